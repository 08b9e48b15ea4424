"""Every Cypher statement the Neo4j store runs, generated once at import from `graph.schema`.

Labels and relationship types cannot be query parameters, so each label and type gets its own
query text, built here from the vocabulary and never from data: `merge_nodes(label)` and
`merge_relationships(type)` refuse names the vocabulary does not declare. Everything else is
parameterised, and writes are `UNWIND $rows AS row MERGE …` batches.

Every node carries its vocabulary label plus `Entity`, whose uniqueness constraint on `id`
lets one MERGE find a node whatever its current label (a write may change the label).
Stored properties are the row's properties plus `id`; readers strip `id` again.
"""
from __future__ import annotations

from typing import Iterable

from graph.errors import SchemaError
from graph.schema import DOCUMENT, LABELS, REL_TYPES, SOURCE

ENTITY = "Entity"


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def _constraints() -> tuple[str, ...]:
    node_labels = (ENTITY, *LABELS)
    statements = [
        f"CREATE CONSTRAINT {_snake(label)}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in node_labels
    ]
    for rel_type in REL_TYPES:
        name = rel_type.lower()
        statements.append(f"CREATE CONSTRAINT rel_{name}_id IF NOT EXISTS "
                          f"FOR ()-[r:{rel_type}]-() REQUIRE r.id IS UNIQUE")
        statements.append(f"CREATE INDEX rel_{name}_doc IF NOT EXISTS "
                          f"FOR ()-[r:{rel_type}]-() ON (r.doc)")
    return tuple(statements)


# Schema statements, each in its own auto-commit transaction, at connect.
CONSTRAINTS = _constraints()
AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"


def _merge_nodes(label: str) -> str:
    others = ":".join(other for other in LABELS if other != label)
    return (
        "UNWIND $rows AS row\n"
        f"MERGE (n:{ENTITY} {{id: row.id}})\n"
        "SET n += row.props\n"
        f"REMOVE n:{others}\n"
        f"SET n:{label}"
    )


def _merge_relationships(rel_type: str) -> str:
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (a:{ENTITY} {{id: row.start}})\n"
        f"MATCH (b:{ENTITY} {{id: row.end}})\n"
        f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b)\n"
        "SET r = row.props"
    )


_MERGE_NODES = {label: _merge_nodes(label) for label in LABELS}
_MERGE_RELATIONSHIPS = {rel_type: _merge_relationships(rel_type) for rel_type in REL_TYPES}


def merge_nodes(label: str) -> str:
    """MERGE rows {id, props} as nodes of `label`: props are added (other keys stay), label replaced."""
    try:
        return _MERGE_NODES[label]
    except KeyError:
        raise SchemaError(f"unknown node label {label!r}; see graph.schema.LABELS") from None


def merge_relationships(rel_type: str) -> str:
    """MERGE rows {id, start, end, props} as `rel_type` relationships; props replace wholesale."""
    try:
        return _MERGE_RELATIONSHIPS[rel_type]
    except KeyError:
        raise SchemaError(f"unknown relationship type {rel_type!r}; "
                          "see graph.schema.REL_TYPES") from None


def _union(template: str, names: Iterable[str]) -> str:
    return "\nUNION ALL\n".join(template.format(name=name) for name in names)


_NODE_COLUMNS = "n.id AS id, labels(n) AS labels, properties(n) AS props"
_REL_COLUMNS = "r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"

# `shared`: another document sources the node too (see rule 2 in `graph.store.base`).
FETCH_NODES = (
    f"UNWIND $ids AS id MATCH (n:{ENTITY} {{id: id}}) RETURN {_NODE_COLUMNS}, "
    f"EXISTS {{ (n)-[s:{SOURCE}]->() WHERE s.doc <> $doc }} AS shared"
)
# A relationship id is unique per type only, so look in every type (one index seek each).
FETCH_RELATIONSHIPS = _union(
    "UNWIND $ids AS id MATCH (a)-[r:{name} {{id: id}}]->(b) "
    f"RETURN elementId(r) AS element_id, {_REL_COLUMNS}",
    REL_TYPES,
)
DELETE_RELATIONSHIPS = "UNWIND $element_ids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid DELETE r"
DELETE_STALE_RELATIONSHIPS = _union(
    "MATCH ()-[r:{name} {{doc: $doc}}]->() WHERE NOT r.id IN $keep DELETE r RETURN count(*) AS deleted",
    REL_TYPES,
)
_DETACH_DELETE = (
    "WITH collect(n) AS doomed\n"
    "CALL (doomed) { UNWIND doomed AS n MATCH (n)-[r]-() RETURN count(DISTINCT r) AS rels }\n"
    "FOREACH (n IN doomed | DETACH DELETE n)\n"
    "RETURN size(doomed) AS nodes, rels"
)
# The nodes a document sourced before this write: with the batch's own, the only ones that can
# be left without a SOURCE by it, so the sweep looks at them alone (not the whole graph).
SOURCED_BY_DOCUMENT = f"MATCH (n:{ENTITY})-[s:{SOURCE} {{doc: $doc}}]->() RETURN collect(DISTINCT n.id) AS ids"
SWEEP_ORPHANS = (
    f"UNWIND $ids AS id MATCH (n:{ENTITY} {{id: id}}) WHERE NOT n:{DOCUMENT} AND NOT (n)-[:{SOURCE}]->()\n"
    + _DETACH_DELETE
)
DELETE_NODES = f"UNWIND $ids AS id MATCH (n:{ENTITY} {{id: id}})\n" + _DETACH_DELETE

# Erasure: rows {id, props}; props carry the id again, because `SET x = map` replaces every key.
SET_NODE_PROPERTIES = f"UNWIND $rows AS row MATCH (n:{ENTITY} {{id: row.id}}) SET n = row.props"
_SET_RELATIONSHIP_PROPERTIES = {
    rel_type: f"UNWIND $rows AS row MATCH ()-[r:{rel_type} {{id: row.id}}]->() SET r = row.props"
    for rel_type in REL_TYPES
}


def set_relationship_properties(rel_type: str) -> str:
    """Replace the properties of `rel_type` relationships given as rows {id, props}."""
    try:
        return _SET_RELATIONSHIP_PROPERTIES[rel_type]
    except KeyError:
        raise SchemaError(f"unknown relationship type {rel_type!r}; "
                          "see graph.schema.REL_TYPES") from None


NODE = f"MATCH (n:{ENTITY} {{id: $id}}) RETURN {_NODE_COLUMNS}"
ALL_NODES = f"MATCH (n:{ENTITY}) RETURN {_NODE_COLUMNS}"
_NODES_WITH_LABEL = {label: f"MATCH (n:{label}) RETURN {_NODE_COLUMNS}" for label in LABELS}
ALL_RELATIONSHIPS = f"MATCH (a:{ENTITY})-[r]->(b:{ENTITY}) RETURN {_REL_COLUMNS}"
_RELATIONSHIPS_OF_TYPE = {
    rel_type: f"MATCH (a)-[r:{rel_type}]->(b) RETURN {_REL_COLUMNS}" for rel_type in REL_TYPES
}


def nodes_with_label(label: str) -> str | None:
    """The query for nodes of `label`, or None when the vocabulary has no such label."""
    return _NODES_WITH_LABEL.get(label)


def relationships_of_type(rel_type: str) -> str | None:
    """The query for relationships of `rel_type`, or None when the vocabulary has no such type."""
    return _RELATIONSHIPS_OF_TYPE.get(rel_type)


# Counts come from Neo4j's count store: one O(1) lookup per label and type.
COUNTS = (
    _union("MATCH (n:{name}) RETURN 'nodes' AS kind, '{name}' AS name, count(n) AS n", LABELS)
    + "\nUNION ALL\n"
    + _union("MATCH ()-[r:{name}]->() RETURN 'relationships' AS kind, '{name}' AS name, count(r) AS n",
             REL_TYPES)
)
# Auto-commit only (CALL … IN TRANSACTIONS): batches keep the heap small on large graphs.
CLEAR = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS"
