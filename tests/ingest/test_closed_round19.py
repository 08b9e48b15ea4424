"""Closed parts marked the ways the privacy red team's round 19 found (fixture 137), on invented minutes: a page's
members-only part between shortcodes its publishing system never rendered. (133's pair of scissors lines is in
`test_closed_notes.py`.)

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

import pytest

from tests.ingest.closed_minutes import HTML_HEADER, OPEN, SECRET, minutes, titles


@pytest.mark.parametrize("opening, closing", [('[restrict userlevel="bestyrelse"]', "[/restrict]"),
                                              ("[members_only]", "[/members_only]"),
                                              ("[swpm_protected for=\"3\"]", "[/swpm_protected]")])
def test_a_members_only_shortcode_closes_what_it_wraps_and_the_page_goes_on(opening, closing):
    page = (HTML_HEADER + "<h2>1. Regnskab</h2><p>Ib Solvang gennemgik regnskabet.</p>"
            f"<p>{opening}</p><h2>2. Henvendelse fra frivillig</h2><p>Karl Quarnbek har klaget.</p><p>{closing}</p>"
            "<h2>3. Frivillig Fredag</h2><p>Ulla Solvang koordinerer standene.</p>")
    m = minutes(page, "m.html", header="")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert m.closed_items == 1 and titles(m) == ["Regnskab", "Frivillig Fredag"]


def test_an_unclosed_members_only_shortcode_closes_the_rest():
    m = minutes("1. Regnskab\nIb Solvang gennemgik regnskabet.\n\n[members]\n2. Klage\nKarl Quarnbek klager.\n")
    assert SECRET not in m.text and OPEN in m.text


def test_other_shortcodes_close_nothing():
    m = minutes('1. Regnskab\n[caption id="7"]Ib Solvang[/caption]\n\n2. Eventuelt\n[gallery ids="1,2"]\nUlla Solvang.\n')
    assert m.text.count(OPEN) == 2 and titles(m) == ["Regnskab", "Eventuelt"]
