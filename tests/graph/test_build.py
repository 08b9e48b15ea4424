"""`build_batch` turns one document's facts into schema-valid rows with provenance."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from graph import schema
from graph.build import build_batch
from graph.errors import SchemaError
from graph.ids import document_id
from graph.store import check_batch
from ingest.model import (
    EXTRACTOR_VERSION, AgendaItem, Document, Evidence, Facts, GrantFact, InitiativeFact,
    MeetingFact, OrganisationFact, PersonFact,
)

TEXT = (
    "Referat\n"
    "Emne/udvalg\tIntegrationsforum\n"
    "Mødedato\t27.02.2018\n"
    "Deltagere\tLotte Hassing, Frivilligcenter Rudersdal (formand) "
    "Martha Ahlmann, Integrationsforum\n"
    "Afbud\tSten Jensen, Socialdemokratiet\n"
    "1. Velkommen\nMartha bød velkommen.\n"
    "2. Venligboerne Café\nRøde Kors og Lotte Hassing (tovholder) står for Venligboerne Café. "
    "Integrationsforum bevilger 50.000 kr. i 2018 til Venligboerne Café. "
    "Røde Kors har fået 10.000 kr.\n"
)


def ev(quote: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(quote, start + 1)
    return Evidence(start, start + len(quote), quote)


def item(number: str, title: str) -> AgendaItem:
    start = TEXT.index(f"{number}. {title}")
    end = TEXT.find("\n2. ", start + 1) if number == "1" else len(TEXT)
    return AgendaItem(number, title, start, end)


def sample_facts(text: str = TEXT, municipality: str | None = "Rudersdal", body: str | None =
                 "Integrationsforum", date: str | None = "2018-02-27") -> Facts:
    """A small hand-made document: people, a body, a party, an initiative and two grants."""
    doc = Document(document_id(text), "referat.txt", "txt", text)
    return Facts(
        document=doc,
        meeting=MeetingFact(date, municipality, body, start="12.30", end="14.30",
                            minute_taker=None, evidence=ev("Mødedato\t27.02.2018")),
        persons=(
            PersonFact("Lotte Hassing", mentions=("Lotte Hassing", "Lotte"), status="present",
                       roles=("formand",), organisations=("Frivilligcenter Rudersdal",),
                       evidence=(ev("Lotte Hassing", 1), ev("Lotte Hassing"))),
            PersonFact("Martha Ahlmann", status="present", organisations=("Integrationsforum",),
                       evidence=(ev("Martha Ahlmann"),)),
            PersonFact("Sten Jensen", status="absent", organisations=("Socialdemokratiet",),
                       evidence=(ev("Sten Jensen"),)),
        ),
        organisations=(
            OrganisationFact("Frivilligcenter Rudersdal", "association",
                             evidence=(ev("Frivilligcenter Rudersdal"),)),
            OrganisationFact("Socialdemokratiet", "political_party",
                             evidence=(ev("Socialdemokratiet"),)),
            OrganisationFact("Integrationsforum", "council", evidence=(ev("Integrationsforum"),)),
        ),
        initiatives=(
            InitiativeFact("Venligboerne Café", "project", persons=(("Lotte Hassing", "tovholder"),),
                           organisations=("Røde Kors",), evidence=(ev("Venligboerne Café"),)),
        ),
        grants=(
            GrantFact(50000, "Venligboerne Café", "Integrationsforum", 2018,
                      ev("bevilger 50.000 kr. i 2018")),
            GrantFact(10000, "Røde Kors", None, None, ev("Røde Kors har fået 10.000 kr.")),
        ),
        items=(item("1", "Velkommen"), item("2", "Venligboerne Café")),
    )


MEETING = "meeting:integrationsforum:rudersdal:2018-02-27"


def test_node_ids():
    batch = build_batch(sample_facts())
    assert [n.id for n in batch.nodes] == sorted([
        batch.document_id, "mun:rudersdal", "body:rudersdal:integrationsforum", MEETING,
        "item:integrationsforum:rudersdal:2018-02-27:1",
        "item:integrationsforum:rudersdal:2018-02-27:2",
        "person:rudersdal:lotte-hassing", "person:rudersdal:martha-ahlmann",
        "person:rudersdal:sten-jensen", "org:rudersdal:frivilligcenter-rudersdal",
        "org:dk:socialdemokratiet", "org:rudersdal:roede-kors", "init:rudersdal:venligboerne-cafe",
    ])


def test_every_relationship_is_allowed_and_carries_provenance():
    facts = sample_facts()
    batch = build_batch(facts)
    labels = {n.id: n.label for n in batch.nodes}
    for rel in batch.relationships:
        assert schema.check_endpoints(rel.type, labels[rel.start], labels[rel.end]), rel
        props = rel.properties
        assert set(schema.PROVENANCE_KEYS) <= set(props), rel
        assert props["doc"] == batch.document_id and props["extractor"] == EXTRACTOR_VERSION
        assert TEXT[props["start"]:props["end"]] == props["quote"], rel
    check_batch(batch)  # what every store accepts


def test_every_node_but_the_document_has_one_source():
    batch = build_batch(sample_facts())
    sourced = Counter(r.start for r in batch.relationships if r.type == schema.SOURCE)
    for node in batch.nodes:
        assert sourced[node.id] == (0 if node.label == schema.DOCUMENT else 1), node.id
    lotte = next(r for r in batch.relationships
                 if r.type == schema.SOURCE and r.start == "person:rudersdal:lotte-hassing")
    assert lotte.properties["start"] == TEXT.index("Lotte Hassing")  # earliest evidence


def rels(batch, rel_type):
    return sorted((r.start, r.end) for r in batch.relationships if r.type == rel_type)


def test_meeting_structure():
    batch = build_batch(sample_facts())
    assert rels(batch, schema.HELD) == [("body:rudersdal:integrationsforum", MEETING)]
    assert rels(batch, schema.IN) == sorted([
        ("body:rudersdal:integrationsforum", "mun:rudersdal"), (MEETING, "mun:rudersdal"),
        ("org:rudersdal:frivilligcenter-rudersdal", "mun:rudersdal"),
        ("org:rudersdal:roede-kors", "mun:rudersdal"),
    ])
    assert len(rels(batch, schema.HAS_ITEM)) == 2
    item = next(n for n in batch.nodes if n.id.endswith(":1"))
    assert item.properties == {"number": "1", "title": "Velkommen", "meeting": MEETING}
    meeting = next(n for n in batch.nodes if n.id == MEETING)
    assert "minute_taker" not in meeting.properties  # None is not stored


def test_people_attend_and_belong():
    batch = build_batch(sample_facts())
    attended = {r.start: r.properties for r in batch.relationships if r.type == schema.ATTENDED}
    assert attended["person:rudersdal:lotte-hassing"]["status"] == "present"
    assert attended["person:rudersdal:lotte-hassing"]["roles"] == ["formand"]
    assert attended["person:rudersdal:sten-jensen"]["status"] == "absent"
    assert rels(batch, schema.MEMBER_OF) == [
        ("person:rudersdal:lotte-hassing", "org:rudersdal:frivilligcenter-rudersdal"),
        ("person:rudersdal:martha-ahlmann", "body:rudersdal:integrationsforum"),
        ("person:rudersdal:sten-jensen", "org:dk:socialdemokratiet"),
    ]
    lotte = next(n for n in batch.nodes if n.id == "person:rudersdal:lotte-hassing")
    assert lotte.properties == {"name": "Lotte Hassing", "municipality": "Rudersdal",
                                "aliases": ["Lotte"]}


def test_national_organisation_has_no_municipality():
    batch = build_batch(sample_facts())
    party = next(n for n in batch.nodes if n.id == "org:dk:socialdemokratiet")
    assert party.properties == {"name": "Socialdemokratiet", "kind": "political_party"}
    assert not [r for r in batch.relationships if r.type == schema.IN and r.start == party.id]


def test_initiatives_and_grants():
    batch = build_batch(sample_facts())
    init = "init:rudersdal:venligboerne-cafe"
    assert rels(batch, schema.INVOLVED_IN) == [
        ("org:rudersdal:roede-kors", init), ("person:rudersdal:lotte-hassing", init)]
    funded = [r for r in batch.relationships if r.type == schema.FUNDED]
    assert [(r.start, r.end) for r in funded] == [("body:rudersdal:integrationsforum", init)]
    assert funded[0].properties["amount_dkk"] == 50000 and funded[0].properties["year"] == 2018
    mentioned = {end for _, end in rels(batch, schema.MENTIONS)}
    assert "org:rudersdal:roede-kors" in mentioned  # recipient of the unattributed grant
    assert not any(end.startswith("body:") for end in mentioned)


def test_deterministic_and_order_independent():
    facts = sample_facts()
    assert build_batch(facts) == build_batch(facts)
    shuffled = replace(facts, persons=facts.persons[::-1], organisations=facts.organisations[::-1],
                       grants=facts.grants[::-1], items=facts.items[::-1])
    assert build_batch(shuffled) == build_batch(facts)


def test_duplicate_facts_merge_into_one_node():
    facts = sample_facts()
    again = PersonFact("Lotte Hassing", status="unknown", roles=("tovholder",),
                       evidence=(ev("Lotte Hassing", 1),))
    batch = build_batch(replace(facts, persons=facts.persons + (again,)))
    assert len({n.id for n in batch.nodes}) == len(batch.nodes)
    attended = [r for r in batch.relationships
                if r.type == schema.ATTENDED and r.start == "person:rudersdal:lotte-hassing"]
    assert len(attended) == 1
    assert attended[0].properties["status"] == "present"
    assert attended[0].properties["roles"] == ["formand", "tovholder"]


def test_missing_meeting_keys_still_build():
    batch = build_batch(sample_facts(municipality=None, body=None, date=None))
    node_ids = {n.id for n in batch.nodes}
    assert f"meeting:unknown:unknown:undated-{batch.document_id[4:]}" in node_ids
    assert "person:unknown:lotte-hassing" in node_ids
    assert not any(i.startswith(("mun:", "body:")) for i in node_ids)
    check_batch(batch)


def test_schema_violation_is_a_bug(monkeypatch):
    monkeypatch.setattr(schema, "check_endpoints", lambda *args: False)
    with pytest.raises(SchemaError, match="not allowed"):
        build_batch(sample_facts())
