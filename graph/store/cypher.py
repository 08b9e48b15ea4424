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


def _merge_nodes(label: str, rows: str = "$rows") -> str:
    others = ":".join(other for other in LABELS if other != label)
    return (
        f"UNWIND {rows} AS row\n"
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


def _create_relationships(rel_type: str, rows: str) -> str:
    return (
        f"UNWIND {rows} AS row\n"
        f"MATCH (a:{ENTITY} {{id: row.start}})\n"
        f"MATCH (b:{ENTITY} {{id: row.end}})\n"
        f"CREATE (a)-[r:{rel_type}]->(b)\n"
        "SET r = row.props"
    )


def _update_relationships(rel_type: str, rows: str) -> str:
    return f"UNWIND {rows} AS row\nMATCH ()-[r:{rel_type} {{id: row.id}}]->()\nSET r = row.props"


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
_SHARED = f"EXISTS {{ (n)-[s:{SOURCE}]->() WHERE s.doc <> $doc }}"
FETCH_NODES = f"UNWIND $ids AS id MATCH (n:{ENTITY} {{id: id}}) RETURN {_NODE_COLUMNS}, {_SHARED} AS shared"
# A relationship id is unique per type only, so look in every type (one index seek each).
FETCH_RELATIONSHIPS = _union(
    "UNWIND $ids AS id MATCH (a)-[r:{name} {{id: id}}]->(b) "
    f"RETURN elementId(r) AS element_id, {_REL_COLUMNS}",
    REL_TYPES,
)

# A write reads everything it compares in one statement: the batch's stored nodes; the
# document's stored relationships (one seek on each type's `doc` index); and, for the batch's
# relationship ids the document did not store, any relationship with that id (in practice
# none, as the id encodes the document, but rule 3 moves it; one seek per id and type, the
# larger part of the statement's work for a new document).
_REL_ROW = "{element_id: elementId(r), id: r.id, type: type(r), start: a.id, end: b.id, props: properties(r)}"
FETCH_FOR_WRITE = f"""
CALL () {{
  UNWIND $node_ids AS id MATCH (n:{ENTITY} {{id: id}})
  RETURN collect({{id: n.id, labels: labels(n), props: properties(n), shared: {_SHARED}}}) AS nodes
}}
CALL () {{
  CALL () {{
{_union("    MATCH (a)-[r:{name} {{doc: $doc}}]->(b) RETURN r, a, b", REL_TYPES)}
  }}
  RETURN collect({_REL_ROW}) AS own
}}
CALL (own) {{
  WITH [row IN own | row.id] AS known
  WITH [id IN $rel_ids WHERE NOT id IN known] AS fresh
  CALL (fresh) {{
{_union("    MATCH (a)-[r:{name}]->(b) WHERE r.id IN fresh RETURN r, a, b", REL_TYPES)}
  }}
  RETURN collect({_REL_ROW}) AS elsewhere
}}
RETURN nodes, own, elsewhere
"""


def _write_batch() -> str:
    """One statement for all of a write's changes, in an order that keeps ids unique: nodes
    (per label, vocabulary order, so every write takes locks in the same order), then
    relationships deleted or moved away, then relationships created, then updated in place.
    Parameters: `nodes` and `created`/`updated` map a label or type to rows; `deleted` lists
    element ids. A label or type without rows costs an UNWIND of nothing."""
    steps = [_merge_nodes(label, f"$nodes.{label}") for label in LABELS]
    steps.append("UNWIND $deleted AS eid\nMATCH ()-[r]->() WHERE elementId(r) = eid\nDELETE r")
    steps += [_create_relationships(rel_type, f"$created.{rel_type}") for rel_type in REL_TYPES]
    steps += [_update_relationships(rel_type, f"$updated.{rel_type}") for rel_type in REL_TYPES]
    return "\n".join(f"CALL () {{\n{step}\n}}" for step in steps) + "\nFINISH"


WRITE_BATCH = _write_batch()

_DETACH_DELETE = (
    "WITH collect(n) AS doomed\n"
    "CALL (doomed) { UNWIND doomed AS n MATCH (n)-[r]-() RETURN count(DISTINCT r) AS rels }\n"
    "FOREACH (n IN doomed | DETACH DELETE n)\n"
    "RETURN size(doomed) AS nodes, rels"
)
# Run on the nodes a write may have left without a SOURCE (the document's before, and the
# batch's), never on the whole graph.
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


# Column reads: the id (and ends) and the values of the properties `$keys` of each row.
_NODE_VALUES = {label: f"MATCH (n:{label}) RETURN n.id AS id, [key IN $keys | n[key]] AS values"
                for label in LABELS}
_RELATIONSHIP_VALUES = {
    rel_type: f"MATCH (a)-[r:{rel_type}]->(b) RETURN r.id AS id, a.id AS start, b.id AS end, "
              "[key IN $keys | r[key]] AS values"
    for rel_type in REL_TYPES
}


def node_values(label: str) -> str | None:
    """The column read of nodes of `label` (parameter `keys`), or None for an unknown label."""
    return _NODE_VALUES.get(label)


def relationship_values(rel_type: str) -> str | None:
    """The column read of `rel_type` relationships (parameter `keys`), or None for an unknown type."""
    return _RELATIONSHIP_VALUES.get(rel_type)


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
