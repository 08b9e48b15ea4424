"""Minutes quoted in a mail reply ("> " on every line) read as the minutes they quote (ingest/read/quotes.py)."""
from __future__ import annotations

from ingest.read import text_to_document
from ingest.segment import segment
from tests.ingest.text_facts import persons_of

REPLY = """Fra: Henning Holm
Emne: SV: Referat fra netværksmødet 29. september

Tak for referatet. Rettelser er skrevet ind med >>> foran.

> Referat fra mødet i Sundhedsnetværket tirsdag den 29. september 2020
>
> Til stede: Henning Holm (Ældre Sagen Ydby), Inge Marie Skov
> (Hjerteforeningen Ydby), Jørgen Brask (Diabetesforeningen) og
> Lone Bech Hansen (koordinator, Frivilligcenter Ydby, referent).
>>> Jørgen var der kun til punkt 1.
>
> 1. Nyt fra kommunen
> Lone orienterede.
>
> 2. Personsag (lukket)
> Henvendelse fra Xerxes Fortrolig om støtte.
>
> 3. Eventuelt
> Intet.
"""


def test_a_list_of_people_broken_over_quoted_lines_is_one_list():
    people = persons_of(REPLY, "r.txt")
    assert "Hjerteforeningen Ydby" in people["Inge Marie Skov"].organisations
    assert people["Jørgen Brask"].status == "present" and "Diabetesforeningen" in people["Jørgen Brask"].organisations
    assert "referent" in people["Lone Bech Hansen"].roles


def test_a_closed_item_in_quoted_minutes_stays_closed():
    minutes = segment(text_to_document(REPLY, "r.txt", "txt"))
    assert minutes.closed_items == 1 and "Xerxes" not in minutes.text


def test_a_single_quoted_line_is_left_as_written():
    text = "Referat\n> Husk kaffen\nTil stede: Ib Holm\n"
    assert "> Husk kaffen" in text_to_document(text, "q.txt", "txt").text
