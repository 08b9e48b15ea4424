"""An afdelingsbestyrelse's minutes under a housing company's letterhead: the company on the first line, the
department below it, "Referat af afdelingsbestyrelsesmøde" as title. The body is the department's board
(`letterhead_board.py`, data/lexicon/body_words.txt); invented minutes."""
from __future__ import annotations

from ingest.letterhead_board import letterhead_board
from tests.ingest.text_facts import facts_of

_TEXT = ("Ydby Boligselskab\nAfdeling 7 – Engparken\n\nREFERAT AF AFDELINGSBESTYRELSESMØDE\n\n"
         "Tirsdag den 4. maj 2020 kl. 19.00\n\nFremmødte bestyrelsesmedlemmer:\nAnna Berg (formand)\nOle Dam\n\n"
         "Ad 1.\nAnna orienterede. Ole er kontaktperson for afdelingsbestyrelsen.\n\nAd 2.\nIntet.\n")


def test_the_board_is_the_departments_under_the_company():
    top = ["Ydby Boligselskab", "Afdeling 7 – Engparken", "", "REFERAT AF AFDELINGSBESTYRELSESMØDE"]
    assert letterhead_board(top) == "Afdelingsbestyrelsen for Afdeling 7 – Engparken"


def test_the_department_board_is_the_body_and_no_agency():
    facts = facts_of(_TEXT, "a.txt")
    assert facts.meeting.body == "Afdelingsbestyrelsen for Afdeling 7 – Engparken"
    assert not any(o.name.lower() == "afdelingsbestyrelsen" for o in facts.organisations)
