"""Organisation names in running text that share words are one name ("Center for Kultur og Fritid")."""
from __future__ import annotations

from ingest.extract.overlaps import joined_overlaps
from tests.ingest.text_facts import facts_of

_MINUTES = ("Referat af møde i Seniorrådet, Odder Kommune\nMødedato: 2. juni 2022\n\n"
            "Deltagere: Hanne Lund, Kirsten Bro\n\n"
            "1. Orientering\nKonsulent Lis Holt fortalte, at Center for Sundhed og Omsorg og "
            "Center for Teknik og Miljø arbejder sammen om bænkene.\n")


def test_a_centre_for_two_areas_is_one_organisation():
    names = {o.name for o in facts_of(_MINUTES, "o.txt").organisations}
    assert {"Center for Sundhed og Omsorg", "Center for Teknik og Miljø"} <= names
    assert not names & {"Center for Sundhed", "Sundhed og Omsorg", "Center for Teknik", "Teknik og Miljø"}


def test_names_on_two_lines_or_apart_stay_apart():
    text = "Center for Sundhed\nSundhed og Omsorg"
    found = [("Center for Sundhed", 0, 18), ("Sundhed og Omsorg", 19, 36)]
    assert joined_overlaps(found, text) == found
