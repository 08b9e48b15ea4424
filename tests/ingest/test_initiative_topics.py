"""Initiatives: labels that name an accounting topic with its year or the body's last meeting are none;
a topic's adjectives keep their noun ("temadag om usynlige handicap"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Seniorråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in facts_of(text, "i.txt").initiatives}


def test_a_budget_label_with_its_year_and_a_follow_up_of_the_last_meeting_name_no_initiative():
    found = _initiatives("1. Økonomi\nBudget 2023:\n  Kontingenter 5.000 kr.\nRegnskab 2022: godkendt.\n\n"
                         "2. Messen\nOpfølgning fra mødet i januar: Messen holdes i maj.\n")
    assert not {"Budget 2023", "Regnskab 2022", "Opfølgning fra mødet i januar"} & found


def test_a_topic_keeps_the_noun_of_its_adjectives():
    found = _initiatives("1. Meddelelser\nKaren orienterede om en temadag om usynlige handicap i maj.\n"
                         "Puljen til frivilligt socialt arbejde 2022 har 300.000 kr.\n")
    assert "temadag om usynlige handicap" in found
    assert "Puljen til frivilligt socialt arbejde 2022" in found
