"""Prose minutes with unnumbered headings set off by two blank lines: a closed heading's passage ends at the next
heading set off the same way (found in held-out 78), and nowhere else.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from ingest.passages import stop_at_set_off_headings
from tests.ingest.closed_minutes import OPEN, SECRET, minutes

_OPENING = ("\n\nTil stede var Rita Holm fra Ældre Sagen og Ib Sand fra Røde Kors.\n\n\nVelkomst\n\nRita bød velkommen.\n\n\n"
            "Nyt fra foreningerne\n\nSolvang Busser kører videre.\n\nIb fortalte om caféen.\n\n\n")


def test_a_closed_heading_ends_at_the_next_heading_set_off_as_far():
    m = minutes(_OPENING + "Fortroligt punkt (udgår af referatet)\n\nEn henvendelse om Karl Quarnbek.\n\n"
                "Drøftelsen er ikke refereret.\n\n\nEventuelt og næste møde\n\nUlla Solvang takkede.\n\nRef. Ib Sand\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert "Eventuelt og næste møde" in m.text


def test_a_short_line_set_off_right_under_the_closed_heading_is_its_text_not_the_next_heading():
    m = minutes(_OPENING + "Fortroligt punkt\n\n\nKarl Quarnbek\n\nSagen blev drøftet.\n\n\nEventuelt\n\nUlla Solvang takkede.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_without_headings_set_off_further_than_paragraphs_the_closed_passage_runs_on():
    cleaned = ["Referat", "", "", "Velkomst", "", "", "Rita bød velkommen.", "", "", "Nyt", "", "", "Fortroligt punkt",
               "", "Karl Quarnbek.", "", "", "Eventuelt", "", "Ulla takkede."]
    assert stop_at_set_off_headings(cleaned, [(12, 20)]) == [(12, 20)]  # "Rita bød velkommen." is set off too
    headed = ["Referat", "", "", "Velkomst", "", "Rita bød velkommen.", "", "", "Nyt", "", "Ib fortalte.", "", "",
              "Fortroligt punkt", "", "Karl Quarnbek.", "", "", "Eventuelt", "", "Ulla takkede."]
    assert stop_at_set_off_headings(headed, [(13, 21)]) == [(13, 18)]


def test_a_name_set_off_as_a_heading_inside_the_closed_part_does_not_end_it():
    m = minutes(_OPENING + "Fortroligt punkt\n\nSagen blev drøftet.\n\n\nKarl Quarnbek\n\nHan får svar.\n\n\n"
                "Eventuelt\n\nUlla Solvang takkede.\n")
    assert SECRET not in m.text
