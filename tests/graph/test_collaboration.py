"""Collaboration ties on a small hand-built graph, written into both stores; values worked out below.

`Minutes` builds one document's Batch the way PROPERTIES.md fixes ids and properties (the other
analysis tests reuse it). The graph here, municipality Testby:

    doc1  M1 2018-03-01 Forum: Ann, Bo, Cy present, Dan absent.
          Ann and Cy MEMBER_OF Org A; Bo MEMBER_OF Org B.
    doc2  M2 2018-06-01 Forum: Ann, Bo present, Cy unknown.
          Ann and Cy INVOLVED_IN Kulturfest; "Org A og Org B samarbejder" (COLLABORATES_WITH A–B).
    doc3  M3 2019-02-01 Råd: Bo, Dan present; Dan REPRESENTS Org C.
          Org B and Org C INVOLVED_IN Kulturfest; agenda item 3 names Bo and Dan;
          Org C FUNDED Org B 50000 kr. (2019) and Kulturfest 10000 kr. (2019).

Person ties by hand:
    co_attended (present only): M1 → Ann–Bo, Ann–Cy, Bo–Cy; M2 → Ann–Bo; M3 → Bo–Dan.
        Ann–Bo = 2 (M1, M2), first 2018-03-01, last 2018-06-01; the others 1.
    co_involved: Kulturfest → Ann–Cy (dated by doc2: 2018-06-01); item 3 → Bo–Dan (2019-02-01).
Organisation ties (persons roll up: Ann, Cy → A; Bo → B; Dan → C):
    co_attended: Ann–Bo (2) + Bo–Cy (1) → A–B = 3 with pairs [Ann|Bo, Bo|Cy]; Ann–Cy is inside A;
        Bo–Dan (1) → B–C = 1.
    co_involved: Bo–Dan (item) → B–C 1, plus B and C both in Kulturfest → B–C = 2.
    stated: A–B = 1 (doc2); funding: C → B = 1, 50000 kr., [2019] (the grant to Kulturfest is no
    organisation tie).
"""
from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from graph import ids, schema
from graph.analysis.collaboration import (TIE_COLUMNS, collaboration_graph, collaboration_ties,
                                          collaborators)
from graph.errors import AnalysisError
from graph.frames import Frames, load_frames
from graph.store.base import Batch, Node, Relationship

TOWN = "Testby"


class Minutes:
    """One document's rows: its meeting, and what it states, with provenance on everything."""

    def __init__(self, name: str, body: str, date: str, municipality: str = TOWN) -> None:
        self.doc, self.mun = ids.document_id(name), municipality
        self.nodes: dict[str, Node] = {}
        self.rels: list[Relationship] = []
        self.node(self.doc, schema.DOCUMENT, {"name": name, "format": "txt", "chars": 100})
        self.meeting = self.node(ids.meeting_id(body, municipality, date), schema.MEETING,
                                 {"date": date, "body": body, "municipality": municipality})
        mun = self.node(ids.municipality_id(municipality), schema.MUNICIPALITY,
                        {"name": municipality})
        body_id = self.node(ids.body_id(body, municipality), schema.BODY,
                            {"name": body, "municipality": municipality})
        self.rel(schema.HELD, body_id, self.meeting, f"Referat {body}")
        self.rel(schema.IN, self.meeting, mun, municipality)

    def node(self, node_id: str, label: str, props: dict[str, Any], quote: str = "") -> str:
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(node_id, label, props)
            if label != schema.DOCUMENT:
                self.rel(schema.SOURCE, node_id, self.doc, quote or str(props.get("name", "")))
        return node_id

    def rel(self, rel_type: str, start: str, end: str, quote: str, key: str = "",
            **props: Any) -> None:
        provenance = {"doc": self.doc, "start": 0, "end": len(quote), "quote": quote,
                      "extractor": "test"}
        self.rels.append(Relationship(ids.relationship_id(rel_type, start, end, self.doc, key),
                                      rel_type, start, end, {**props, **provenance}))

    def person(self, name: str, status: str | None = "present", roles: tuple[str, ...] = ()) -> str:
        """A person named in the minutes; with a status, they ATTENDED the meeting."""
        node = self.node(ids.person_id(name, self.mun), schema.PERSON,
                         {"name": name, "municipality": self.mun})
        if status is not None:
            self.rel(schema.ATTENDED, node, self.meeting, name, status=status, roles=list(roles))
        return node

    def org(self, name: str, kind: str = "association") -> str:
        return self.node(ids.organisation_id(name, self.mun), schema.ORGANISATION,
                         {"name": name, "kind": kind, "municipality": self.mun})

    def member(self, person: str, org: str, relation: str = schema.MEMBER_OF,
               roles: tuple[str, ...] = ()) -> None:
        props = {"roles": list(roles)} if relation == schema.MEMBER_OF else {"role": "medlem"}
        self.rel(relation, self.person(person, None), self.org(org), f"{person}, {org}", **props)

    def initiative(self, name: str, quote: str | None = None) -> str:
        node = self.node(ids.initiative_id(name, self.mun), schema.INITIATIVE,
                         {"name": name, "kind": "project", "municipality": self.mun}, quote or name)
        self.rel(schema.MENTIONS, self.meeting, node, quote or name)
        return node

    def involved(self, actor: str, initiative: str, role: str = "arbejdsgruppe",
                 quote: str | None = None) -> None:
        self.rel(schema.INVOLVED_IN, actor, initiative, quote or role, key=role, role=role)

    def item(self, number: str, title: str, named: list[str]) -> str:
        item = self.node(ids.item_id(self.meeting, number), schema.AGENDA_ITEM,
                         {"number": number, "title": title, "meeting": self.meeting})
        self.rel(schema.HAS_ITEM, self.meeting, item, title)
        for person in named:
            self.rel(schema.MENTIONS, item, self.person(person, None), person)
        return item

    def funded(self, funder: str, recipient: str, amount: int, year: int, quote: str) -> None:
        self.rel(schema.FUNDED, funder, recipient, quote, key=f"{amount}:{year}",
                 amount_dkk=amount, year=year)

    def stated(self, a: str, b: str, quote: str) -> None:
        self.rel(schema.COLLABORATES_WITH, a, b, quote)

    def batch(self) -> Batch:
        return Batch(self.doc, tuple(self.nodes.values()), tuple(self.rels))


def write(store: Any, *minutes: Minutes) -> Frames:
    for one in minutes:
        store.write(one.batch())
    return load_frames(store)


def pid(name: str) -> str:
    return ids.person_id(name, TOWN)


def oid(name: str) -> str:
    return ids.organisation_id(name, TOWN)


ANN, BO, CY, DAN = pid("Ann"), pid("Bo"), pid("Cy"), pid("Dan")
ORG_A, ORG_B, ORG_C = oid("Org A"), oid("Org B"), oid("Org C")
M1, M2, M3 = (ids.meeting_id(b, TOWN, d) for b, d in
              (("Forum", "2018-03-01"), ("Forum", "2018-06-01"), ("Råd", "2019-02-01")))
KULTURFEST = ids.initiative_id("Kulturfest", TOWN)


def graph_minutes() -> list[Minutes]:
    one = Minutes("doc1.txt", "Forum", "2018-03-01")
    for name in ("Ann", "Bo", "Cy"):
        one.person(name)
    one.person("Dan", "absent")
    one.member("Ann", "Org A")
    one.member("Cy", "Org A")
    one.member("Bo", "Org B")
    two = Minutes("doc2.txt", "Forum", "2018-06-01")
    two.person("Ann")
    two.person("Bo")
    two.person("Cy", "unknown")
    fest = two.initiative("Kulturfest")
    two.involved(pid("Ann"), fest, quote="Ann og Cy arrangerer Kulturfest")
    two.involved(pid("Cy"), fest, quote="Ann og Cy arrangerer Kulturfest")
    two.stated(two.org("Org A"), two.org("Org B"), "Org A og Org B samarbejder om lektiehjælp")
    three = Minutes("doc3.txt", "Råd", "2019-02-01")
    three.person("Bo")
    three.person("Dan")
    three.member("Dan", "Org C", schema.REPRESENTS)
    fest = three.initiative("Kulturfest")
    three.involved(three.org("Org B"), fest, role="", quote="Org B er med i Kulturfest")
    three.involved(three.org("Org C"), fest, role="", quote="Org C er med i Kulturfest")
    three.item("3", "Boligsocialt arbejde", ["Bo", "Dan"])
    three.funded(three.org("Org C"), three.org("Org B"), 50000, 2019, "Org C bevilger 50.000 kr.")
    three.funded(three.org("Org C"), fest, 10000, 2019, "tilskud på 10.000 kr. til Kulturfest")
    return [one, two, three]


@pytest.fixture
def frames(store) -> Frames:
    return write(store, *graph_minutes())


def tie(ties: pd.DataFrame, a: str, b: str, tie_type: str) -> pd.Series:
    found = ties[(ties["a"] == a) & (ties["b"] == b) & (ties["type"] == tie_type)]
    assert len(found) == 1, (a, b, tie_type, ties[["a", "b", "type"]].to_dict("records"))
    return found.iloc[0]


def test_person_ties_by_hand(frames):
    ties = collaboration_ties(frames)
    assert list(ties.columns) == list(TIE_COLUMNS)
    kinds = {(r.a, r.b, r.type): r.weight for r in ties.itertuples()}
    assert kinds == {(ANN, BO, "co_attended"): 2, (ANN, CY, "co_attended"): 1,
                     (BO, CY, "co_attended"): 1, (BO, DAN, "co_attended"): 1,
                     (ANN, CY, "co_involved"): 1, (BO, DAN, "co_involved"): 1}
    ann_bo = tie(ties, ANN, BO, "co_attended")
    assert ann_bo["evidence"] == [M1, M2]
    assert (ann_bo["first"], ann_bo["last"]) == (pd.Timestamp("2018-03-01"),
                                                pd.Timestamp("2018-06-01"))
    fest = tie(ties, ANN, CY, "co_involved")
    assert fest["evidence"] == [KULTURFEST] and fest["first"] == pd.Timestamp("2018-06-01")
    assert fest["quotes"] == ["Ann og Cy arrangerer Kulturfest"]
    item = tie(ties, BO, DAN, "co_involved")
    assert item["evidence"] == [ids.item_id(M3, "3")]


def test_absent_and_unknown_do_not_tie_unless_asked(frames):
    ties = collaboration_ties(frames, statuses=("present", "unknown", "absent"))
    assert tie(ties, ANN, CY, "co_attended")["weight"] == 2  # Cy unknown at M2 now counts
    assert tie(ties, ANN, DAN, "co_attended")["evidence"] == [M1]  # Dan absent at M1


def test_organisation_ties_roll_up_with_person_pairs(frames):
    ties = collaboration_ties(frames, level="organisation")
    kinds = {(r.a, r.b, r.type): r.weight for r in ties.itertuples()}
    assert kinds == {(ORG_A, ORG_B, "co_attended"): 3, (ORG_B, ORG_C, "co_attended"): 1,
                     (ORG_B, ORG_C, "co_involved"): 2, (ORG_A, ORG_B, "stated"): 1,
                     (ORG_C, ORG_B, "funding"): 1}
    assert tie(ties, ORG_A, ORG_B, "co_attended")["evidence"] == [f"{ANN}|{BO}", f"{BO}|{CY}"]
    involved = tie(ties, ORG_B, ORG_C, "co_involved")
    assert sorted(involved["evidence"]) == sorted([f"{BO}|{DAN}", KULTURFEST])
    stated = tie(ties, ORG_A, ORG_B, "stated")
    assert stated["evidence"] == [ids.document_id("doc2.txt")]
    assert stated["quotes"] == ["Org A og Org B samarbejder om lektiehjælp"]
    grant = tie(ties, ORG_C, ORG_B, "funding")
    assert (grant["amount_dkk"], grant["years"]) == (50000, [2019])
    assert grant["first"] == pd.Timestamp("2019-01-01")  # the grant's year dates it


def test_bodies_count_as_organisations_only_when_asked(frames):
    plain = collaboration_ties(frames, level="organisation")
    assert not plain["a"].str.startswith("body:").any()


def test_graph_sums_types(frames):
    graph = collaboration_graph(collaboration_ties(frames, level="organisation"))
    assert graph[ORG_A][ORG_B]["weight"] == 4
    assert graph[ORG_A][ORG_B]["types"] == {"co_attended": 3, "stated": 1}
    assert graph[ORG_B][ORG_C]["types"] == {"co_attended": 1, "co_involved": 2, "funding": 1}


def test_collaborators_ranked_with_why(frames):
    found = collaborators(frames, BO)
    assert found["partner_id"].tolist() == [ANN, DAN, CY]  # 2, 2 (1 + 1), 1; ties by name
    assert found["score"].tolist() == [2, 2, 1]
    dan = found.set_index("partner_id").loc[DAN]
    assert dan["why"] == f"1 meeting together; both in {ids.item_id(M3, '3')}"
    assert set(dan["evidence"]) == {M3, ids.item_id(M3, "3")}


def test_collaborators_of_an_organisation(frames):
    found = collaborators(frames, ORG_B).set_index("partner_id")
    assert found.loc[ORG_C, "score"] == 4 and found.loc[ORG_A, "score"] == 4
    assert "funded by them 50000 kr. (2019)" in found.loc[ORG_C, "why"]
    assert "members met 3×" in found.loc[ORG_A, "why"]


def test_unknown_level_is_a_named_error(frames):
    with pytest.raises(AnalysisError, match="unknown level"):
        collaboration_ties(frames, level="body")


def test_empty_graph_gives_empty_frames(store):
    frames = load_frames(store)
    assert collaboration_ties(frames).empty
    assert list(collaboration_ties(frames, level="organisation").columns) == list(TIE_COLUMNS)
    assert collaborators(frames, ANN).empty
