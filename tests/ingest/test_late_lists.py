"""Lists kept after the last item when the header names who came ("Deltog ikke:", "Gæster:", a
"Referent" signature over the name), and the writer's "undertegnede" in a list
(ingest/late_lists.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = """Foreningen Besøgsvenner Hjortby

Referat af bestyrelsesmøde tirsdag den 4. marts 2025

Vi mødtes kl. 19.00 hos Karen og sluttede ved ni. Til stede var
bestyrelsen: Karen, Poul, Bodil og undertegnede. Karen havde bagt.

1. Meddelelser
Karen fortalte om foreningens økonomi.

2. Eventuelt
Intet.

Bestyrelsen: Karen Lund (formand), Poul Vestergaard, Bodil Riis, Mogens Krag og Lise Hald (sekretær)

Deltog ikke: Mogens Krag

Gæster: Tove Berg, Frivilligcenter Hjortby (pkt. 1)

Referent
Lise Hald
"""


def test_absence_and_guest_lists_after_the_last_item_are_read_when_the_header_lists_members():
    people = {p.name: p for p in facts_of(_MINUTES, "b.txt").persons}
    assert people["Mogens Krag"].status == "absent"
    assert people["Tove Berg"].status == "present" and "Frivilligcenter Hjortby" in people["Tove Berg"].organisations
    assert people["Bodil Riis"].status == "present"


def test_undertegnede_is_the_signed_minute_taker_and_no_organisation():
    facts = facts_of(_MINUTES, "b.txt")
    assert facts.meeting.minute_taker == "Lise Hald"
    people = {p.name: p for p in facts.persons}
    assert people["Lise Hald"].status == "present" and "referent" in people["Lise Hald"].roles
    assert not any("undertegnede" in o.name or "bagt" in o.name for o in facts.organisations)
    assert not any("undertegnede" in org or "bagt" in org for p in facts.persons for org in p.organisations)


def test_a_referent_signature_with_the_name_on_the_next_line_gives_the_minute_taker():
    text = ("Referat af møde i Netværket Ydby\nDato: 3. maj 2024\nDeltagere: Karen Holm, Ole Dam\n\n"
            "1. Velkomst\nKaren bød velkommen.\n2. Eventuelt\nIntet.\n\nReferent\nOle Dam\n")
    assert facts_of(text, "r.txt").meeting.minute_taker == "Ole Dam"
