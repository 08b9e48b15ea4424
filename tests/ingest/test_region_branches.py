"""A known organisation followed by a part of the country names its regional branch ("DGI
Nordvestjylland", data/lexicon/regions.txt); invented minutes."""
from __future__ import annotations

import pytest

from tests.ingest.text_facts import facts_of


@pytest.mark.parametrize("branch", ["DGI Nordvestjylland", "DGI Storstrømmen", "DGI Himmerland"])
def test_a_regional_branch_keeps_its_part_of_the_country(branch):
    text = ("Referat af bestyrelsesmøde\nDato: 4. marts 2025\nTil stede: Jonna Kildegaard (formand)\n\n"
            f"1. Motion\nTurneringen holdes sammen med {branch}, som står for dommerne.\n2. Eventuelt\nIntet.\n")
    names = {o.name for o in facts_of(text, "r.txt").organisations}
    assert branch in names and "DGI" not in names
