"""A known organisation's name wrapped over two lines of running text is read whole ("Danmarks\nNaturfredningsforening"),
as a name the document writes whole elsewhere is (`ingest/extract/wrapped_names.py`); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_a_known_name_broken_at_a_line_end_is_one_organisation():
    facts = facts_of("Ydby Landsbyforening\nReferat af bestyrelsesmøde 6. november 2013\n\nDeltagere: Anna Berg, Ole Dam\n\n"
                     "1. Eventuelt\nOle undersøger, om Danmarks\nNaturfredningsforening stadig leverer sække, og om Røde\n"
                     "Kors vil hjælpe.\n", "w.txt")
    names = {o.name for o in facts.organisations}
    assert {"Danmarks Naturfredningsforening", "Røde Kors"} <= names
    assert not names & {"Naturfredningsforening", "Kors"}


def test_a_town_after_a_name_with_local_branches_is_the_branch():
    facts = facts_of("Ydby Landsbyforening\nReferat af bestyrelsesmøde 6. november 2013\n\nDeltagere: Anna Berg, Ole Dam\n\n"
                     "1. Eventuelt\nVi bygger sammen med spejderne fra FDF Thorsager. Røde Kors Fredericias frivillige og "
                     "Ældre Sagen Ole Hansen var med.\n", "b.txt")
    names = {o.name for o in facts.organisations}
    assert "FDF Thorsager" in names
    assert not names & {"Røde Kors Fredericias", "Ældre Sagen Ole"}
