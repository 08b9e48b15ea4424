"""Closed parts marked the ways the privacy red team's round 18 found (fixtures 129, 132), on invented minutes: a
status pictograph before an item's number that a legend explains ("🔴 lukket punkt"), a padlock there, and an item
blacked out by hand with block characters, one line left unblacked.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

import pytest

from ingest.closed import legend_markers
from ingest.item_titles import clean
from tests.ingest.closed_minutes import OPEN, SECRET, minutes, titles

_NOTION = ("> 🟢 åbent punkt · 🔴 lukket punkt (bliver i bestyrelsens workspace)\n\n"
           "## 🟢 1. Busruter\n\nSolvang Busser kører videre.\n\n## 🔴 2. Eksklusion af medlem\n\nKarl Quarnbek.\n\n"
           "## 🟢 3. Klubben lukker i juli\n\nKlubhuset lukker i juli. Ib Solvang koordinerer.\n")


def test_a_status_pictograph_before_the_number_that_a_legend_explains_closes_its_item():
    m = minutes(_NOTION, "m.md")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert m.closed_items == 1
    assert titles(m) == ["Busruter", "Klubben lukker i juli"]  # the pictographs are no part of a title


def test_a_padlock_before_the_number_closes_its_item():
    m = minutes("1. Busruter\nSolvang Busser kører videre.\n\n🔒 2. Klage\nKarl Quarnbek klager.\n\n"
                "3. Eventuelt\nIb Solvang takkede.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_legend_pictograph_may_carry_a_note_in_brackets():
    assert legend_markers(["🟢 åbent punkt · 🔴 lukket punkt (bliver i bestyrelsens workspace)"]) == {"🔴"}


@pytest.mark.parametrize("line, cleaned", [
    ("## 🔴 4. Eksklusion af medlem", "4. Eksklusion af medlem 🔴"),
    ("☒ 4. Lukket punkt", "☒ 4. Lukket punkt"),  # a check box stays where it is (`ingest/read/boxes.py`)
    ("🔴 Vigtigt", "🔴 Vigtigt"),  # no number: not an item's status
])
def test_a_pictograph_before_an_items_number_is_moved_after_its_title(line, cleaned):
    assert clean(line) == cleaned


@pytest.mark.parametrize("blacked", ["█" * 30, "■■■■■■■■"])
def test_an_item_blacked_out_by_hand_is_closed_whole_with_the_line_the_blacking_missed(blacked):
    m = minutes(f"1.   Busruter\n     Solvang Busser kører videre.\n\n2.   {blacked}\n     Sagsnr.: 25/2209\n"
                f"     Ansøger: Karl Quarnbek, Nørregade 17\n     {blacked}\n     Beslutning: {blacked}\n\n"
                "3.   Eventuelt\n     Ib Solvang takkede.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert m.closed_items == 1 and titles(m) == ["Busruter", "Eventuelt"]
