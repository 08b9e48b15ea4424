"""The board of the association whose letterhead heads its minutes (ingest/letterhead_board.py);
invented minutes."""
from __future__ import annotations

import pytest

from tests.ingest.text_facts import facts_of

_REST = ("Dato: Tirsdag den 4. marts 2025 kl. 17.00\n"
         "Til stede: Jonna Kildegaard (formand), Poul Ravnholt (Ydby Roklub)\n"
         "1. Godkendelse af dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n")


def _facts(top: str):
    return facts_of(top + _REST, "b.txt")


@pytest.mark.parametrize("top", [
    "Frivilligcenter Ydby · Bestyrelsen\nFrivilligcenter Ydby, Torvet 1, 9999 Ydby\n\nReferat\n",
    "Frivilligcenter Ydby\n\nReferat af bestyrelsesmøde\n",
])
def test_the_board_is_of_the_association_on_the_letterhead(top):
    facts = _facts(top)
    assert facts.meeting.body == "Bestyrelsen for Frivilligcenter Ydby"
    people = {p.name: p for p in facts.persons}
    assert "Frivilligcenter Ydby" in people["Jonna Kildegaard"].organisations
    assert "Bestyrelsen" not in {o.name for o in facts.organisations}


def test_a_municipality_on_the_letterhead_owns_no_board():
    facts = _facts("Ydby Kommune · Udvalget\n\nReferat\n")
    assert facts.meeting.body != "Udvalget for Ydby Kommune"


def test_a_meeting_with_a_complement_is_named_by_it():
    facts = _facts("Frivilligcenter Ydby · Nyheder\n\nReferat af netværksmøde for sociale foreninger\n")
    assert "Frivilligcenter" not in (facts.meeting.body or "")


def test_a_local_branch_of_a_known_organisation_heads_its_board_meeting():
    # a running header beside the meeting, and the title in capitals, as PDF text writes them
    facts = _facts("Ældre Sagen Ydby                          Bestyrelsesmøde 04.03.2025\n\n"
                   "REFERAT AF BESTYRELSESMØDE\n\n")
    assert facts.meeting.body == "Bestyrelsen for Ældre Sagen Ydby"
    people = {p.name: p for p in facts.persons}
    assert "Ældre Sagen Ydby" in people["Jonna Kildegaard"].organisations
