"""Ids are deterministic, readable and follow graph/PROPERTIES.md."""
from __future__ import annotations

import re

import pytest

from graph import ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lotte Hassing", "lotte-hassing"),
        ("Ældre- og Værdighedsrådet", "aeldre-og-vaerdighedsraadet"),
        ("Rødovre Kommune", "roedovre-kommune"),
        ("Åbenrå", "aabenraa"),
        ("Birgit Hoé Knudsen", "birgit-hoe-knudsen"),
        ("  Røde   Kors (suppleant) ", "roede-kors-suppleant"),
        ("Dansk-Syrisk Kulturforening", "dansk-syrisk-kulturforening"),
        ("3.a", "3-a"),
        ("Straße", "strasse"),
        ("", ids.UNKNOWN),
        (None, ids.UNKNOWN),
    ],
)
def test_slug(text, expected):
    assert ids.slug(text) == expected


def test_slug_never_empty():
    value = ids.slug("Ωμέγα")
    assert re.fullmatch(r"h[0-9a-f]{8}", value)
    assert value == ids.slug("Ωμέγα")


def test_ids_follow_properties_md():
    assert ids.person_id("Lotte Hassing", "Rudersdal") == "person:rudersdal:lotte-hassing"
    assert ids.organisation_id("Røde Kors", "Rudersdal") == "org:rudersdal:roede-kors"
    assert ids.organisation_id("Socialdemokratiet", None) == "org:dk:socialdemokratiet"
    assert ids.body_id("Integrationsforum", "Rudersdal") == "body:rudersdal:integrationsforum"
    assert ids.municipality_id("Rødovre") == "mun:roedovre"
    meeting = ids.meeting_id("Integrationsforum", "Rudersdal", "2018-02-27")
    assert meeting == "meeting:integrationsforum:rudersdal:2018-02-27"
    assert ids.item_id(meeting, "2") == "item:integrationsforum:rudersdal:2018-02-27:2"
    assert ids.initiative_id("Venligboerne Café", "Rudersdal") == "init:rudersdal:venligboerne-cafe"


def test_missing_keys_are_spelt_unknown():
    assert ids.person_id("Anne", None) == "person:unknown:anne"
    assert ids.meeting_id(None, None, "2020-01-01") == "meeting:unknown:unknown:2020-01-01"


def test_document_id_is_content_hash():
    assert ids.document_id("Referat") == ids.document_id("Referat")
    assert re.fullmatch(r"doc:[0-9a-f]{16}", ids.document_id("Referat"))
    assert ids.document_id("Referat") != ids.document_id("Referat ")


def test_relationship_id_is_stable_and_distinguishes_every_part():
    base = ("ATTENDED", "person:a:b", "meeting:x", "doc:1")
    first = ids.relationship_id(*base)
    assert re.fullmatch(r"rel:[0-9a-f]{16}", first)
    assert first == ids.relationship_id(*base)
    variants = {
        ids.relationship_id("MENTIONS", *base[1:]),
        ids.relationship_id(base[0], "person:a:c", *base[2:]),
        ids.relationship_id(*base[:2], "meeting:y", base[3]),
        ids.relationship_id(*base[:3], "doc:2"),
        ids.relationship_id(*base, key="50000:2018"),
    }
    assert first not in variants and len(variants) == 5
