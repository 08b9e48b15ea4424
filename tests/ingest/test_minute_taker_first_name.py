"""A minute taker named by first name under the list that names them whole ("Referent: Anette")
is that listed person (ingest/extract/speakers.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_ITEMS = "\n1. Velkomst\nGodkendt.\n2. Eventuelt\nIntet.\n"


def _persons(header: str) -> dict:
    return persons_of("Ydby Frivilligråd\nReferat\nDato: 4. marts 2025\n" + header + _ITEMS)


def test_the_minute_taker_by_first_name_is_the_listed_person():
    people = _persons("Til stede:\nJonna Kildegaard, Ydby Roklub\nPoul Ravnholt, Ydby Skakklub\n\nReferent: Jonna\n")
    assert set(people) == {"Jonna Kildegaard", "Poul Ravnholt"}
    assert "referent" in people["Jonna Kildegaard"].roles


def test_a_first_name_two_listed_people_share_stays_apart():
    people = _persons("Til stede:\nJonna Kildegaard, Ydby Roklub\nJonna Ravnholt, Ydby Skakklub\n\nReferent: Jonna\n")
    assert "referent" not in people["Jonna Kildegaard"].roles
    assert "referent" not in people["Jonna Ravnholt"].roles


def test_a_chair_of_the_meeting_by_first_name_is_the_listed_person():
    people = _persons("Til stede:\nJonna Kildegaard, Ydby Roklub\nPoul Ravnholt, Ydby Skakklub\n\nOrdstyrer: Poul\n")
    assert set(people) == {"Jonna Kildegaard", "Poul Ravnholt"}
    assert "dirigent" in people["Poul Ravnholt"].roles


def test_a_minute_taker_after_another_heading_on_the_same_line_and_a_slashed_signature():
    header = "Deltagere: Bente Moos (Røde Kors Ydby), Anette Kjær (Ydby Kommune)\nOrdstyrer: Bente   Referent: Anette\n"
    assert "referent" in _persons(header)["Anette Kjær"].roles
    signed = persons_of("Ydby Frivilligråd\nReferat\nDato: 4. marts 2025\nDeltagere: Bente Moos, Anette Kjær\n"
                        + _ITEMS + "\nRef./Anette Kjær\n")
    assert "referent" in signed["Anette Kjær"].roles
