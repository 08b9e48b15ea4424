"""Lists kept after the last item when the header names who came ("Deltog ikke:", "Gæster:", a
"Referent" signature over the name), and the writer's "undertegnede" in a list
(ingest/late_lists.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

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


def test_the_members_who_signed_the_protocol_came_with_their_posts():
    text = ("SENIORRÅDET I YDBY KOMMUNE\n\nReferat af ordinært møde\nOnsdag den 13. april 2016 kl. 9.30\n\n"
            "Til stede: Rådets medlemmer, dog ikke næstformanden, der havde meldt afbud.\n\n"
            "Punkt 1. Godkendelse af dagsorden\nGodkendt.\n\nPunkt 2. Eventuelt\nIntet.\n\n"
            "Underskrevet af:\n\nHans Jørgen Lykke, formand\nInger Marie Bonde, kasserer\nErik Vinther, sekretær\n"
            "Ruth Sommer\n")
    people = persons_of(text)
    assert {p.status for p in people.values()} == {"present"}
    assert set(people) == {"Hans Jørgen Lykke", "Inger Marie Bonde", "Erik Vinther", "Ruth Sommer"}
    assert "formand" in people["Hans Jørgen Lykke"].roles and "medlem" in people["Ruth Sommer"].roles
    # "…, formand" ends its own person's line: no post of the name on the next line
    assert "formand" not in people["Inger Marie Bonde"].roles and "kasserer" in people["Inger Marie Bonde"].roles


def test_attendance_in_a_footer_paragraph_after_the_decisions():
    text = ("LAG Ydby – Lokal Aktionsgruppe\nBESLUTNINGSPROTOKOL\nBestyrelsesmøde den 21. november 2013 kl. 19.00\n\n"
            "Beslutninger:\n\n1. Dagsordenen blev godkendt.\n\n2. Protokollen blev godkendt.\n\n3. Næste møde: 23. januar.\n\n"
            "------------------------------------------------------------------------\n"
            "Til stede: Erik Nissen (formand), Kirsten Juhl (næstformand), Bent Aagaard Lund, Margit\n"
            "Hollesen, Jens Peter Holm (repr. Ydby Kommune), Anna-Lise Bonde. Fraværende: Ole\n"
            "Sønnichsen. Desuden deltog koordinator Helle Brodersen.\n"
            "------------------------------------------------------------------------\n")
    people = persons_of(text)
    present = {"Erik Nissen", "Kirsten Juhl", "Bent Aagaard Lund", "Margit Hollesen", "Jens Peter Holm", "Anna-Lise Bonde"}
    assert {name for name, p in people.items() if p.status == "present"} >= present
    assert people["Ole Sønnichsen"].status == "absent"  # the sentence after his name is no part of it
