"""The cheap tests in front of the segmenter's patterns let through every line a pattern matches."""
from __future__ import annotations

import re
import sys

from ingest.segment import _PKT, _PKT_FIRST


def test_every_character_a_pkt_line_may_start_with_is_let_through() -> None:
    # what the first characters of `_PKT`'s alternatives ("ad", "pkt", "punkt", "dagsordenspunkt", "sag", "sak",
    # "top", "tagesordnungspunkt", "immikkoortoq", "§") match under re.IGNORECASE, over all of Unicode
    first = re.compile(r"[apdsti§]", re.I)
    assert {c for c in map(chr, range(sys.maxunicode + 1)) if first.match(c)} == _PKT_FIRST
    assert all(_PKT.match(f"{c}kt. 4 Tekst") is None for c in "bBkK1(")


def test_pkt_lines_in_every_case_start_with_a_let_through_character() -> None:
    for line in ("Pkt. 4 Tekst", "PUNKT 4: Tekst", "ad pkt. 4 –", "Ad 4.", "Sag nr. 4: Tekst", "§ 4 Tekst",
                 "Dagsordenspunkt 4", "ſag nr. 4", "TOP 4 / Punkt 4  Tekst", "Sak 21/24 Tekst", "Tagesordnungspunkt 4",
                 "Immikkoortoq 6. Isertuussaq / Lukket punkt"):
        assert _PKT.match(line) and line[0] in _PKT_FIRST
