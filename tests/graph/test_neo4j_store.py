"""What only the Neo4j store has to get right, beyond the shared contract in test_store_contract.py:
query text built from the vocabulary alone, connection errors, neo4j:// URIs, kept constraints."""
from __future__ import annotations

import pytest
from neo4j import GraphDatabase

from graph.errors import SchemaError, StoreError
from graph.schema import LABELS, REL_TYPES
from graph.store import cypher
from graph.store.base import Batch, Node, Relationship
from tests.conftest import require_neo4j


def test_query_text_comes_only_from_the_vocabulary():
    for label in LABELS:
        assert f":{label}" in cypher.merge_nodes(label)
    for rel_type in REL_TYPES:
        assert f":{rel_type} " in cypher.merge_relationships(rel_type)
    with pytest.raises(SchemaError):
        cypher.merge_nodes("Person) DETACH DELETE n //")
    with pytest.raises(SchemaError):
        cypher.merge_relationships("KNOWS")
    assert cypher.nodes_with_label("Nope") is None and cypher.relationships_of_type("NOPE") is None


def _provenance(doc: str) -> dict[str, object]:
    return {"doc": doc, "start": 0, "end": 3, "quote": "abc", "extractor": "test"}


def _batch(doc: str, rel_type: str = "ATTENDED", end: str = "meeting:m") -> Batch:
    nodes = (Node(doc, "Document"), Node("person:p", "Person", {"name": "P"}),
             Node("meeting:m", "Meeting"), Node("body:b", "Body"))
    sources = tuple(Relationship(f"src:{n.id}", "SOURCE", n.id, doc, _provenance(doc))
                    for n in nodes[1:])
    stated = Relationship("rel:1", rel_type, "person:p", end, _provenance(doc))
    return Batch(doc, nodes, (*sources, stated))


@pytest.mark.neo4j
def test_unreachable_server_names_the_uri():
    settings = require_neo4j()
    with pytest.raises(StoreError, match="127.0.0.1:1"):
        from graph.store.neo4j import Neo4jStore

        Neo4jStore("bolt://127.0.0.1:1", settings["user"], settings["password"])


@pytest.mark.neo4j
def test_wrong_password_is_a_store_error():
    from graph.store.neo4j import Neo4jStore

    settings = require_neo4j()
    with pytest.raises(StoreError, match=settings["uri"]):
        Neo4jStore(settings["uri"], settings["user"], settings["password"] + "-wrong")


@pytest.mark.neo4j
def test_routing_uri_and_relationship_moving_type_and_end():
    from graph.store.neo4j import Neo4jStore

    settings = require_neo4j()
    uri = settings["uri"].replace("bolt://", "neo4j://")
    with Neo4jStore(uri, settings["user"], settings["password"], settings["database"]) as store:
        store.clear()
        store.write(_batch("doc:a"))
        report = store.write(_batch("doc:a", rel_type="MEMBER_OF", end="body:b"))
        assert (report.inserted, report.updated, report.deleted) == (0, 1, 0)
        moved = [r for r in store.relationships() if r.id == "rel:1"]
        assert [(r.type, r.start, r.end) for r in moved] == [("MEMBER_OF", "person:p", "body:b")]
        assert store.relationships("ATTENDED") == []
        with pytest.raises(SchemaError, match="doc:a"):
            store.write(Batch("doc:a", (Node("x:1", "Thing"),), ()))
        store.clear()
        assert store.counts() == {"nodes": {}, "relationships": {}}
    auth = (settings["user"], settings["password"])
    with GraphDatabase.driver(settings["uri"], auth=auth) as driver:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
    assert {"entity_id", "person_id", "rel_attended_id"} <= {r["name"] for r in records}
