"""An agenda table's heading row ("Punkt   Drøftelse   Beslutning") under the last people list is no
person (ingest/agenda_columns.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = """HJORTBY KOMMUNE
Frivilligrådet

Mødedato:       Onsdag den 4. september 2024

Medlemmer:      Karen Holm, formand (Ældre Sagen Hjortby)
                Ole Dam (Røde Kors Hjortby)

Gæst:           Mie Lund, Frivilligcenter Hjortby, under pkt. 2


Punkt                     Drøftelse                          Beslutning
------------------------------------------------------------------------
1. Godkendelse af         Ingen bemærkninger.                Godkendt.
dagsorden

2. Besøgsvenner           Mie fortalte om besøgsvennerne.    Taget til efterretning.
"""


def test_an_agenda_tables_heading_row_is_no_person():
    facts = facts_of(_MINUTES, "f.txt")
    assert not any("Drøftelse" in p.name or "Punkt" in p.name for p in facts.persons)
    assert {p.name for p in facts.persons if p.status == "present"} == {"Karen Holm", "Ole Dam", "Mie Lund"}
