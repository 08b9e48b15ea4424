"""Lines that close an item with the people its task falls to ("Ansvarlig: Bo og Ida laver opslag"): tovholdere of
the item's initiative (ingest/extract/task_owners.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_TEXT = """Referat af netværksmøde i Frivilligrådet Ydby
Dato: 3. oktober 2024 kl. 17-19

Deltagere: Bo Dam (Ydby Bibliotek), Ida Friis (Røde Kors Ydby), Lars Bak (Ydby Kommune)

1. Velkommen
Kort runde.
Ansvarlig: alle
Deadline: -

2. Strikkecaféen
Strikkecaféen har fået 6 nye deltagere og mangler garn.
Ansvarlig: Bo og Ida laver opslag på biblioteket.
Deadline: 1. november 2024

3. Eventuelt
Lars fortalte om kommunens nye hjemmeside.
Ansvarlig: Lars (hjemmeside), Ida (opslag)
"""


def test_a_task_line_makes_its_people_tovholdere_of_the_items_initiative():
    facts = facts_of(_TEXT)
    persons = {p.name: p for p in facts.persons}
    assert "tovholder (Strikkecaféen)" in persons["Bo Dam"].roles
    assert "tovholder (Strikkecaféen)" in persons["Ida Friis"].roles
    cafe = next(i for i in facts.initiatives if i.name == "Strikkecaféen")
    assert ("Bo Dam", "ansvarlig") in cafe.persons


def test_a_task_line_of_an_item_without_an_initiative_and_notes_after_the_names():
    persons = {p.name: p for p in facts_of(_TEXT).persons}
    assert "tovholder" in persons["Lars Bak"].roles


def test_a_task_for_everyone_names_no_one():
    facts = facts_of(_TEXT.replace("Ansvarlig: Bo og Ida laver opslag på biblioteket.", "Ansvarlig: alle"))
    persons = {p.name: p for p in facts.persons}
    assert not any(r.startswith("tovholder") for r in persons["Bo Dam"].roles)


_STATED = """Referat af møde i Brugerrådet for Ydby Aktivitetscenter
Dato: 12. september 2013

Til stede: Poul Kirk, Else Marie Toft, Bo Dam, Ida Friis

1. Høstfest 2013
Høstfesten holdes fredag den 4. oktober i salen. Poul og Else Marie er tovholdere.

2. Nyt fra caféen
Caféen har åbent hver dag. Bo Dam er tovholder for Strikkecaféen i Ydby.

3. Eventuelt
Ida er fortsat tovholder.
"""


def test_a_sentence_making_people_tovholdere_names_the_initiative_of_its_sentence_or_its_items_title():
    persons = {p.name: p for p in facts_of(_STATED).persons}
    assert "tovholder (Høstfest 2013)" in persons["Poul Kirk"].roles  # the item's title
    assert "tovholder (Høstfest 2013)" in persons["Else Marie Toft"].roles
    assert "tovholder" not in persons["Poul Kirk"].roles
    assert "tovholder (Strikkecaféen i Ydby)" in persons["Bo Dam"].roles  # its own sentence, not the title
    assert persons["Ida Friis"].roles.count("tovholder") == 1  # an item naming no initiative leaves it bare
