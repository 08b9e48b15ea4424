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


@pytest.mark.parametrize("top", [
    "FRIVILLIGCENTER YDBY\nBestyrelsesmøde tirsdag d. 4. marts 2025 i Frivillighuset\n",
    "YDBY KULTURFORENING\nBestyrelsesmøde mandag 6. februar 2023 kl. 19.00 hos Gitte Brøndum\n",
])
def test_a_letterhead_in_capitals_over_a_title_opening_with_the_meeting_names_the_association(top):
    body = _facts(top).meeting.body
    assert body in ("Bestyrelsen for Frivilligcenter Ydby", "Bestyrelsen for Ydby Kulturforening")


@pytest.mark.parametrize("top, body", [
    ("YDBY FORENINGSRÅD\nReferat af bestyrelsesmøde\n", "Ydby Foreningsråd"),
    ("Ydby Idrætsforening - Hovedbestyrelsen\nReferat af bestyrelsesmøde\n", "Ydby Idrætsforening - Hovedbestyrelsen"),
    ("NETVÆRKET FOR FLYGTNINGEVENNER I YDBY\nReferat af netværksmødet\n", "Netværket for Flygtningevenner i Ydby"),
])
def test_a_letterhead_naming_a_council_or_board_is_the_body_itself(top, body):
    assert _facts(top).meeting.body == body


def test_a_label_line_is_no_letterhead():
    assert _facts("Mødetype: Bestyrelse\nReferat af bestyrelsesmøde\n").meeting.body != "Bestyrelsen for Mødetype: Bestyrelse"


def test_the_association_of_a_repraesentantskabsmoede_after_a_dash_is_the_body():
    assert _facts("# Frivilligcenter Ydby – Repræsentantskabsmøde 2014\n").meeting.body == "Frivilligcenter Ydby"
