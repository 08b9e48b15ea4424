"""Closed parts the privacy red team's round 13 found, on invented minutes: a marker only in the time schedule, a
withheld note in the signature block naming the item, an abbreviation defined by a labelled key at the end.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

import pytest

from ingest.closed import legend_markers, uses_legend
from ingest.closed_numbers import numbers_closed_by_sentences
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, minutes, titles

ITEMS = ("\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Busruter\nSolvang Busser kører videre.\n\n"
         "3. Klage over visitation{mark}\nKarl Quarnbek klager.\n\n4. Eventuelt\nUlla Solvang takkede.\n")


@pytest.mark.parametrize("sentence, numbers", [
    ("19.45–20.00 Punkt 3 (lukket)", [3]),
    ("Pkt. 3 er udeladt af hensyn til tavshedspligten.", [3]),
    ("Punkt 3 er udgået af det offentlige referat.", [3]),
    ("Punkt 3 udgår af dagsordenen.", []),  # taken off the agenda, not closed
])
def test_sentences_closing_an_item_by_number(sentence, numbers):
    assert sorted(numbers_closed_by_sentences([sentence])) == numbers


def test_a_marker_only_in_the_time_schedule_closes_the_item():
    m = minutes("Tidsplan\n19.30–19.45 Punkt 1–2\n19.45–20.00 Punkt 3 (lukket)\n"
                + ITEMS.format(mark=""), header=HEADER_LINES)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_a_withheld_note_in_the_signature_closes_the_item_it_names_not_the_last():
    m = minutes(ITEMS.format(mark="") + "\nReferent: Ib Sand\n"
                "Pkt. 3 er udeladt af hensyn til tavshedspligten.\n", header=HEADER_LINES)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_an_abbreviation_defined_by_a_labelled_key_at_the_end_closes_a_bracketed_title():
    assert legend_markers(["Forkortelser: LP = lukket punkt"]) == {"LP"}
    assert uses_legend("Klage over visitation (LP)", frozenset({"LP"}))
    assert not uses_legend("Jytte Holm (A)", frozenset({"A"}))  # a single letter in brackets is a party's
    m = minutes(ITEMS.format(mark=" (LP)") + "\nForkortelser: LP = lukket punkt\n", header=HEADER_LINES)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]
