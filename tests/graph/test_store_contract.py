"""The store contract (graph/store/base.py), run unchanged against every store.

Uses only the `store` fixture and the public protocol, so it runs on the embedded store and on
a real Neo4j alike.
"""
from __future__ import annotations

import pytest

from graph.errors import StoreError
from graph.export import export_json
from graph.store.base import Batch, Node, Relationship, WriteReport

HOSTILE = "'}) DETACH DELETE n //"


def rel(rel_type: str, start: str, end: str, doc: str, key: str = "", **props) -> Relationship:
    provenance = {"doc": doc, "start": 0, "end": 7, "quote": "Referat", "extractor": "test"}
    return Relationship(f"rel:{doc}:{rel_type}:{start}:{end}:{key}", rel_type, start, end,
                        {**provenance, **props})


def batch(doc: str, nodes: list[Node], rels: list[Relationship] = ()) -> Batch:
    """A document's batch: its Document node, the nodes (each SOURCEd) and the relationships."""
    sources = [rel("SOURCE", n.id, doc, doc) for n in nodes]
    document = Node(doc, "Document", {"name": f"{doc}.txt"})
    return Batch(doc, (document, *nodes), (*sources, *rels))


def person(name: str, **props) -> Node:
    return Node(f"person:x:{name}", "Person", {"name": name, **props})


MEETING = Node("meeting:forum:x:2024-01-01", "Meeting", {"date": "2024-01-01"})


def attended(name: str, doc: str, **props) -> Relationship:
    return rel("ATTENDED", f"person:x:{name}", MEETING.id, doc, **props)


def doc_a() -> Batch:
    return batch("doc:a", [MEETING, person("anna"), person("bo")],
                 [attended("anna", "doc:a", status="present"), attended("bo", "doc:a")])


def test_write_and_read_back(store):
    report = store.write(doc_a())
    assert report == WriteReport(inserted=4 + 5, updated=0, unchanged=0, deleted=0)
    assert [n.id for n in store.nodes()] == sorted(["doc:a", MEETING.id, "person:x:anna",
                                                    "person:x:bo"])
    assert [n.id for n in store.nodes("Person")] == ["person:x:anna", "person:x:bo"]
    assert store.node("person:x:anna") == person("anna")
    assert store.node("person:x:nobody") is None
    rels = store.relationships("ATTENDED")
    assert [r.id for r in rels] == sorted(r.id for r in rels)
    anna = next(r for r in rels if r.start == "person:x:anna")
    assert anna == attended("anna", "doc:a", status="present")
    all_ids = [r.id for r in store.relationships()]
    assert all_ids == sorted(all_ids) and len(all_ids) == 5


def test_rewriting_the_same_batch_changes_nothing(store):
    store.write(doc_a())
    before = export_json(store)
    report = store.write(doc_a())
    assert report == WriteReport(inserted=0, updated=0, unchanged=9, deleted=0)
    assert export_json(store) == before


def test_changed_property_counts_as_update(store):
    store.write(doc_a())
    changed = batch("doc:a", [MEETING, person("anna", age=41), person("bo")],
                    [attended("anna", "doc:a", status="absent"), attended("bo", "doc:a")])
    report = store.write(changed)
    assert (report.inserted, report.updated, report.deleted) == (0, 2, 0)
    assert store.node("person:x:anna").properties == {"name": "anna", "age": 41}


def test_replacing_a_batch_removes_what_it_no_longer_states(store):
    store.write(doc_a())
    store.write(batch("doc:b", [MEETING, person("bo")], [attended("bo", "doc:b")]))
    report = store.write(batch("doc:a", [MEETING], []))
    # gone: doc:a's two ATTENDED and its SOURCE of anna and bo, then anna, now unsourced;
    # bo stays because doc:b still sources it
    assert report.deleted == 2 + 2 + 1
    assert [n.id for n in store.nodes("Person")] == ["person:x:bo"]
    assert [(r.start, r.properties["doc"]) for r in store.relationships("ATTENDED")] == [
        ("person:x:bo", "doc:b")]
    assert {r.properties["doc"] for r in store.relationships("SOURCE")
            if r.start == "person:x:bo"} == {"doc:b"}


def test_empty_batch_retracts_a_document_but_keeps_its_node(store):
    store.write(doc_a())
    report = store.write(Batch("doc:a", (), ()))
    assert report.deleted == 5 + 3  # relationships, then the three orphaned nodes
    assert [n.id for n in store.nodes()] == ["doc:a"]
    assert store.relationships() == []


@pytest.mark.parametrize("rel_type, start, end", [
    ("ATTENDED", "person:x:anna", MEETING.id),  # same type and ends
    ("MENTIONS", MEETING.id, "person:x:anna"),  # another type, ends swapped
])
def test_a_relationship_id_stated_by_another_document_moves_to_it(store, rel_type, start, end):
    store.write(doc_a())
    stated = attended("anna", "doc:b")
    moved = Relationship(attended("anna", "doc:a").id, rel_type, start, end, stated.properties)
    report = store.write(batch("doc:b", [MEETING, person("anna")], [moved]))
    # doc:b's Document and two SOURCEs are new; doc:a's ATTENDED of anna is now doc:b's (rule 3)
    assert report == WriteReport(inserted=1 + 2, updated=1, unchanged=2, deleted=0)
    found = [r for r in store.relationships() if r.id == moved.id]
    assert found == [moved]
    assert [r.start for r in store.relationships("ATTENDED")] == (
        ["person:x:bo"] if rel_type != "ATTENDED" else ["person:x:anna", "person:x:bo"])
    assert store.write(batch("doc:b", [MEETING, person("anna")], [moved])).updated == 0


def test_two_documents_share_a_node_and_merge_properties(store):
    store.write(batch("doc:a", [Node("mun:x", "Municipality", {"name": "X", "a": 1, "shared": "b"})]))
    report = store.write(batch("doc:b", [Node("mun:x", "Municipality",
                                              {"name": "X", "b": 2, "shared": "a", "a": None})]))
    assert report.updated == 1
    assert store.nodes("Municipality") == [
        Node("mun:x", "Municipality", {"name": "X", "a": 1, "b": 2, "shared": "a"})]
    assert sorted(r.properties["doc"] for r in store.relationships("SOURCE")) == ["doc:a", "doc:b"]


def _spellings(order):
    spelled = {"doc:a": ("Dansk-Syrisk Forening", ["x"]), "doc:b": ("Dansk Syrisk Forening", ["y"])}
    return [batch(doc, [Node("org:x:dansk-syrisk-forening", "Organisation",
                             {"name": spelled[doc][0], "aliases": spelled[doc][1]})]) for doc in order]


def test_shared_node_properties_do_not_depend_on_write_order(store):
    for b in _spellings(["doc:a", "doc:b"]):
        store.write(b)
    forward = store.nodes("Organisation")
    assert forward[0].properties == {"name": "Dansk Syrisk Forening", "aliases": ["x", "y"]}
    rerun = [store.write(b) for b in _spellings(["doc:a", "doc:b"])]
    assert all(r.updated == 0 and r.inserted == 0 for r in rerun)
    store.clear()
    for b in _spellings(["doc:b", "doc:a"]):
        store.write(b)
    assert store.nodes("Organisation") == forward


def test_a_node_of_one_document_takes_that_document_s_new_values(store):
    store.write(batch("doc:a", [person("anna", note="old")]))
    store.write(batch("doc:a", [person("anna", note="new")]))
    assert store.node("person:x:anna").properties["note"] == "new"


def test_property_types_round_trip(store):
    props = {"int": 42, "negative": -7, "big": 2**62, "float": 0.1, "whole_float": 2.0,
             "true": True, "false": False, "words": ["b", "a", "æ"], "ints": [3, 1],
             "empty": "", "zero": 0}
    store.write(batch("doc:a", [person("anna", **props)]))
    stored = store.node("person:x:anna").properties
    assert stored == {"name": "anna", **props}
    for key, value in props.items():
        assert type(stored[key]) is type(value), key
    assert stored["words"] == ["b", "a", "æ"]  # list order is kept


def test_delete_nodes_removes_touching_relationships(store):
    store.write(doc_a())
    report = store.delete_nodes(["person:x:anna", "person:x:nobody"])
    assert report.deleted == 1 + 2  # the node, its SOURCE and its ATTENDED
    assert store.node("person:x:anna") is None
    assert all("person:x:anna" not in (r.start, r.end) for r in store.relationships())
    assert store.node("person:x:bo") is not None


def test_counts(store):
    assert store.counts() == {"nodes": {}, "relationships": {}}
    store.write(doc_a())
    assert store.counts() == {"nodes": {"Document": 1, "Meeting": 1, "Person": 2},
                              "relationships": {"ATTENDED": 2, "SOURCE": 3}}


def test_clear(store):
    store.write(doc_a())
    store.clear()
    assert store.nodes() == [] and store.relationships() == []
    assert store.counts() == {"nodes": {}, "relationships": {}}


@pytest.mark.parametrize("text", [HOSTILE, 'say "hi"', "back`tick`", "it's", "Ærø Å ø æ",
                                  "line\nbreak", "back\\slash", "$param {x}", "emoji 🌍"])
def test_hostile_strings_are_stored_verbatim(store, text):
    node_id = f"person:x:{text}"
    node = Node(node_id, "Person", {"name": text, "aliases": [text, HOSTILE]})
    extra = rel("MENTIONS", MEETING.id, node_id, "doc:a", key=text, quote=text)
    store.write(batch("doc:a", [MEETING, node], [extra]))
    assert store.node(node_id) == node
    assert [r for r in store.relationships("MENTIONS")] == [extra]
    assert store.counts()["nodes"] == {"Document": 1, "Meeting": 1, "Person": 1}


@pytest.mark.parametrize("bad", [
    Batch("doc:a", (), (rel("ATTENDED", "person:x:anna", MEETING.id, "doc:a"),)),
    Batch("doc:a", (person("anna"), MEETING), (rel("ATTENDED", "person:x:anna", MEETING.id, "doc:b"),)),
    Batch("doc:a", (person("anna"), person("anna")), ()),
    Batch("doc:a", (person("anna", nested={"a": 1}),), ()),
    Batch("doc:a", (person("anna", mixed=["a", 1]),), ()),
    Batch("doc:a", (person("anna", id="other"),), ()),
])
def test_invalid_batches_are_refused_and_nothing_is_written(store, bad):
    store.write(doc_a())
    before = export_json(store)
    with pytest.raises(StoreError, match="doc:a"):
        store.write(bad)
    assert export_json(store) == before


def test_labels_and_types_outside_the_vocabulary_are_refused(store):
    from graph.errors import SchemaError

    with pytest.raises(SchemaError, match="not in graph/schema.py"):
        store.write(batch("doc:a", [Node("x:1", "Spaceship", {"name": "x"})]))
    assert store.counts() == {"nodes": {}, "relationships": {}}


# --- set_properties (erasure) ---------------------------------------------------------------------


def test_set_properties_replaces_properties_wholesale(store):
    store.write(doc_a())
    anna = store.node("person:x:anna")
    source = next(r for r in store.relationships("SOURCE") if r.start == "person:x:anna")
    redacted = Relationship(source.id, "MENTIONS", "x", "y", {**source.properties, "quote": "[slettet]"})
    report = store.set_properties(
        [Node(anna.id, "Meeting", {"aliases": ["A"]}), Node("person:x:nobody", "Person", {})],
        [redacted, rel("SOURCE", "person:x:nobody", "doc:a", "doc:a")],
    )
    assert report == WriteReport(updated=2)
    assert store.node(anna.id) == Node(anna.id, "Person", {"aliases": ["A"]})  # name removed, label kept
    stored = next(r for r in store.relationships() if r.id == source.id)
    assert (stored.type, stored.start, stored.end) == ("SOURCE", source.start, source.end)
    assert stored.properties == {**source.properties, "quote": "[slettet]"}
    assert store.node("person:x:nobody") is None
    again = store.set_properties([store.node(anna.id)], [stored])
    assert again == WriteReport(unchanged=2)


@pytest.mark.parametrize("bad", [
    {"nodes": [person("anna", nested={"a": 1})]},
    {"nodes": [person("anna", id="other")]},
    {"relationships": [Relationship(attended("anna", "doc:a").id, "ATTENDED", "person:x:anna",
                                    MEETING.id, {"doc": "doc:b"})]},  # moved to another document
])
def test_set_properties_refuses_invalid_rows_and_writes_nothing(store, bad):
    store.write(doc_a())
    before = export_json(store)
    ok = Node("person:x:bo", "Person", {"name": "bo", "changed": True})
    with pytest.raises(StoreError):
        store.set_properties([ok, *bad.get("nodes", [])], bad.get("relationships", []))
    assert export_json(store) == before


# --- grouped writes (the ingest's batches) --------------------------------------------------------


def test_grouped_writes_are_all_there_after_the_block(store):
    with store.grouped():
        store.write(doc_a())
        store.write(batch("doc:b", [MEETING, person("cai")], [attended("cai", "doc:b")]))
        with store.grouped():  # nested: the outer block commits
            store.write(batch("doc:c", [person("dea")]))
    assert [n.id for n in store.nodes("Person")] == ["person:x:anna", "person:x:bo", "person:x:cai",
                                                     "person:x:dea"]
    with store.grouped():
        assert store.write(doc_a()) == WriteReport(unchanged=4 + 5)


def test_a_failing_write_in_a_group_leaves_no_trace_and_the_others_stand(store):
    bad = Batch("doc:b", (person("eve"), MEETING), (rel("ATTENDED", "person:x:eve", MEETING.id, "doc:x"),))
    with store.grouped():
        store.write(doc_a())
        with pytest.raises(StoreError, match="doc:b"):
            store.write(bad)
        store.write(batch("doc:c", [person("dea")]))
    assert [n.id for n in store.nodes("Person")] == ["person:x:anna", "person:x:bo", "person:x:dea"]


def test_writes_before_an_error_escaping_the_group_are_kept(store):
    class Stop(Exception):
        pass

    with pytest.raises(Stop), store.grouped():
        store.write(doc_a())
        raise Stop
    assert [n.id for n in store.nodes("Person")] == ["person:x:anna", "person:x:bo"]
    assert store.write(doc_a()) == WriteReport(unchanged=4 + 5)
