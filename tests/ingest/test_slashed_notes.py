"""A slash inside a note parts an umbrella from its member, not the note from the list (ingest/extract/descriptors.py)."""
from __future__ import annotations

from ingest.extract.descriptors import parse_descriptor


def test_a_role_with_an_umbrella_and_its_member_in_the_note():
    roles, orgs = parse_descriptor(["formand (DH / Gigtforeningen)"], "Handicaprådet")
    assert roles == ["formand"]
    assert orgs == ["DH", "Gigtforeningen"]


def test_a_slash_outside_a_note_still_parts_roles():
    roles, orgs = parse_descriptor(["næstformand/formand for Vestby Roklub"], "Handicaprådet")
    assert "næstformand" in roles and "Vestby Roklub" in orgs
    assert not any("(" in o or ")" in o for o in orgs)
