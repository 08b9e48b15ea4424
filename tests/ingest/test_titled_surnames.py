"""A board post before a surname alone ("Formand Jensen") is the one listed person of that surname
(ingest/extract/titled_surnames.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_HEADER = ("Referat af møde i Integrationsrådet i Hjortby\nDato: 4. marts 2021\n"
           "Deltagere: Bjarne Krogh (Røde Kors Hjortby), Eva Dam (Venligboerne Hjortby), {third}\n\n")
_ITEMS = "1. Velkomst\nFormand Krogh bød velkommen.\n2. Eventuelt\nNæstformand Dam takkede for mødet.\n"


def test_a_post_and_a_surname_give_the_one_person_of_that_surname_the_post():
    people = persons_of(_HEADER.format(third="Ole Holt (Ydby IF)") + _ITEMS, "r.txt")
    assert "formand" in people["Bjarne Krogh"].roles and "Krogh" in people["Bjarne Krogh"].mentions
    assert "næstformand" in people["Eva Dam"].roles
    assert "Krogh" not in people


def test_a_surname_two_people_share_gives_no_one_the_post():
    people = persons_of(_HEADER.format(third="Lise Krogh (Ydby IF)") + _ITEMS, "r.txt")
    assert "formand" not in people["Bjarne Krogh"].roles and "formand" not in people["Lise Krogh"].roles
