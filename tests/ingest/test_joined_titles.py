"""Item titles: one joining two things ("Bålhytte og shelter") names neither whole, a part is an initiative
where a sentence opens with it in the definite form, named with its complement; a one-word title is named
by its definite form with a place ("nattevandringen i Ydbyparken"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Landsbyråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n1. Godkendelse\nGodkendt.\n\n" + body
    return {i.name for i in facts_of(text, "j.txt").initiatives}


def test_a_joined_title_names_its_parts_as_the_text_opens_with_them():
    found = _initiatives("2. Legeplads og bænke\n\nKaren fortalte, at Ydby Sparekasse har givet en legeplads.\n\n"
                         "Bænkene ved gadekæret males af spejderne i maj.\n\n3. Eventuelt\n\nIntet.\n")
    assert "Legeplads og bænke" not in found
    assert "Bænkene ved gadekæret" in found


def test_a_routine_part_of_a_joined_title_names_nothing():
    found = _initiatives("2. Bålhytte og referat\n\nReferatet blev godkendt.\n\n3. Eventuelt\n\nIntet.\n")
    assert "Referatet" not in found


def test_a_one_word_title_is_named_by_its_definite_form_with_a_place():
    found = _initiatives("2. Nattevandring\n\nBeboerhuset har siden 2016 koordineret nattevandringen i Ydbyparken. "
                         "Fra januar overtager Natteravnene.\n\n3. Eventuelt\n\nIntet.\n")
    assert "nattevandringen i Ydbyparken" in found
