"""PDF lists wrapped at a narrow width: a post on a line of its own after a comma belongs to the
person above, it opens no list of its own (ingest/sections.py), and a letterhead of two parts parted
by a wide gap names the body in one of them (ingest/header.py)."""
from __future__ import annotations

from ingest.read import text_to_document
from ingest.segment import segment
from tests.ingest.text_facts import persons_of

TEXT = """VESTBY KOMMUNE                                     Ældrerådet

Referat 4. april 2016

Til stede:
Mette Lund (A),
formand
Ove Kjær, Vestby
Pensionistforening
Rita Dam (V)

1. Godkendelse af dagsorden
Godkendt.

2. Eventuelt
Intet.
"""


def test_a_post_wrapped_after_a_comma_belongs_to_the_person_above():
    people = persons_of(TEXT, "w.txt")
    assert "formand" in people["Mette Lund"].roles
    assert "formand" not in people["Ove Kjær"].roles and "formand" not in people["Rita Dam"].roles


def test_a_letterhead_parted_by_a_wide_gap_names_the_body():
    assert segment(text_to_document(TEXT, "w.txt", "txt")).header.body == "Ældrerådet"
