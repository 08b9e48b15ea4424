"""The scope after a role word ("sekretær for rådet og referent"): a second role after "og" and the
body's own generic word are no organisation (ingest/extract/descriptors.py); invented descriptors."""
from __future__ import annotations

import pytest

from ingest.extract.descriptors import parse_descriptor


def test_a_role_after_og_is_a_role_of_its_own_and_the_body_word_no_organisation():
    roles, orgs = parse_descriptor(["Center for Trivsel", "sekretær for rådet og referent"], "Seniorrådet")
    assert "referent" in roles
    assert orgs == ["Center for Trivsel"]
    assert not any("rådet" in r for r in roles)


@pytest.mark.parametrize("descriptor, org", [
    ("formand for Ydby Roklub og Ydby Skakklub", "Ydby Roklub og Ydby Skakklub"),
    ("formand for Kultur og Fritid", "Kultur og Fritid"),
])
def test_an_organisation_with_og_in_its_name_stays_whole(descriptor, org):
    _, orgs = parse_descriptor([descriptor], "Seniorrådet")
    assert orgs == [org]


def test_another_organisations_generic_word_is_kept():
    _, orgs = parse_descriptor(["sekretær for foreningen"], "Seniorrådet")
    assert orgs == ["foreningen"]


@pytest.mark.parametrize("title", ["SSP-konsulent", "IT-medarbejder"])
def test_a_job_title_led_by_an_abbreviation_is_a_title_scoped_by_the_organisation_after_it(title):
    roles, orgs = parse_descriptor([title, "Ydby Kommune"], "Seniorrådet")
    assert roles == [f"{title} (Ydby Kommune)"]
    assert orgs == ["Ydby Kommune"]
