"""`Store` on a Neo4j 5 server over Bolt, with the embedded store's exact semantics.

Each write is one managed transaction (`execute_write` retries transient errors) of two
statements, whatever the batch's size: the first reads the stored rows the batch touches; node
properties are merged with `merge_properties` and inserted/updated/unchanged decided in Python
with the same canonical-JSON comparison as the embedded store; the second writes only new or
changed rows, as `UNWIND` batches per label and type, and deletes the document's stale
relationships. Orphans are swept by a third statement when a node may have lost its SOURCE.
All Cypher lives in `graph.store.cypher`.
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, Mapping, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction, Record
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from graph.errors import StoreError
from graph.schema import SOURCE
from graph.store import check_batch, check_properties, cypher
from graph.store.base import Batch, Node, Relationship, WriteReport, merge_properties, sweep_candidates

log = logging.getLogger(__name__)

T = TypeVar("T")
RowsByName = dict[str, list[dict[str, Any]]]  # query rows per label or relationship type
_schema_ready: set[tuple[str, str | None]] = set()  # (uri, database) whose constraints exist


def _kept(props: Mapping[str, Any]) -> dict[str, Any]:
    """Properties as stored: None dropped, tuples as lists."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in props.items() if v is not None}


def _canonical(props: Mapping[str, Any]) -> str:
    """The embedded store's comparison key, so both stores agree on 'unchanged' (True != 1 != 1.0)."""
    return json.dumps(_kept(props), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _plain(props: Mapping[str, Any]) -> dict[str, Any]:
    """Stored properties without the merge key, keys sorted like the embedded store's JSON."""
    return {key: props[key] for key in sorted(props) if key != "id"}


def _node(record: Record | Mapping[str, Any]) -> Node:
    props = _plain(record["props"])
    label = next(name for name in record["labels"] if name != cypher.ENTITY)
    return Node(record["id"], label, props)


def _relationship(record: Record) -> Relationship:
    props = _plain(record["props"])
    return Relationship(record["id"], record["type"], record["start"], record["end"], props)


class Neo4jStore:
    """`Store` on the Neo4j server at `uri` (bolt:// or neo4j://), in `database` or the default."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None) -> None:
        self.uri, self.database = uri, database
        try:
            self._driver: Driver = GraphDatabase.driver(uri, auth=(user, password))
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise StoreError(f"Neo4j at {uri} refused user {user!r}: {exc.message}") from exc
        except (ServiceUnavailable, DriverError, Neo4jError, ValueError, OSError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {exc}") from exc
        if (uri, database) not in _schema_ready:
            self._run("creating constraints", self._create_schema)
            _schema_ready.add((uri, database))

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, what: str, action: Callable[[], T]) -> T:
        try:
            return action()
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j at {self.uri}: {what} failed: {exc}") from exc

    def _create_schema(self) -> None:
        with self._driver.session(database=self.database) as session:
            for statement in cypher.CONSTRAINTS:
                session.run(statement).consume()
            session.run(cypher.AWAIT_INDEXES, seconds=300).consume()

    def _read(self, query: str, **params: Any) -> list[Record]:
        def work() -> list[Record]:
            records, _, _ = self._driver.execute_query(query, params, database_=self.database,
                                                      routing_="r")
            return records

        return self._run("read", work)

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Batch) -> WriteReport:
        """Replace the document's contribution with `batch`, atomically (see `store.base`)."""
        check_batch(batch)  # also refuses labels and types outside the vocabulary

        def work() -> WriteReport:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(_write, batch)

        report = self._run(f"write of {batch.document_id}", work)
        log.debug("%s: wrote %s", batch.document_id, report)
        return report

    @contextmanager
    def grouped(self) -> Iterator[None]:
        """Writes stay one transaction each here (a retried transaction must hold one document
        only, so a transient error never repeats another document's write)."""
        yield

    def delete_nodes(self, node_ids: Iterable[str]) -> WriteReport:
        """Remove nodes and every relationship touching them (used by erasure); no sweep."""
        ids = sorted(set(node_ids))

        def work() -> WriteReport:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(_detach_delete, cypher.DELETE_NODES, ids=ids)

        return self._run("delete of nodes", work)

    def set_properties(self, nodes: Iterable[Node], relationships: Iterable[Relationship]) -> WriteReport:
        """Replace the properties of stored nodes and relationships wholesale (see `store.base`)."""
        nodes, relationships = list(nodes), list(relationships)
        rows: list[Node | Relationship] = [*nodes, *relationships]
        for row in rows:
            check_properties("set_properties", row.id, row.properties)

        def work() -> WriteReport:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(_set_properties, nodes, relationships, self.uri)

        return self._run("property update", work)

    def clear(self) -> None:
        """Remove every node and relationship in batches; constraints and indexes stay."""
        def work() -> None:
            with self._driver.session(database=self.database) as session:
                session.run(cypher.CLEAR).consume()

        self._run("clear", work)

    # -- reading ---------------------------------------------------------------------------

    def nodes(self, label: str | None = None) -> list[Node]:
        """All nodes, or those with `label`, sorted by id."""
        query = cypher.ALL_NODES if label is None else cypher.nodes_with_label(label)
        if query is None:
            return []
        return sorted((_node(r) for r in self._read(query)), key=lambda n: n.id)

    def relationships(self, type: str | None = None) -> list[Relationship]:
        """All relationships, or those of `type`, sorted by id."""
        query = cypher.ALL_RELATIONSHIPS if type is None else cypher.relationships_of_type(type)
        if query is None:
            return []
        return sorted((_relationship(r) for r in self._read(query)), key=lambda r: r.id)

    def node(self, node_id: str) -> Node | None:
        """One node by id, or None."""
        records = self._read(cypher.NODE, id=node_id)
        return _node(records[0]) if records else None

    def counts(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: n}, "relationships": {type: n}}, keys sorted, zeros omitted."""
        found: dict[str, dict[str, int]] = {"nodes": {}, "relationships": {}}
        for record in self._read(cypher.COUNTS):
            if record["n"]:
                found[record["kind"]][record["name"]] = record["n"]
        return {kind: dict(sorted(rows.items())) for kind, rows in found.items()}

    def close(self) -> None:
        """Close the driver (idempotent)."""
        self._driver.close()


def _detach_delete(tx: ManagedTransaction, query: str, **params: Any) -> WriteReport:
    record = tx.run(query, params).single(strict=True)
    return WriteReport(deleted=record["nodes"] + record["rels"])


def _set_properties(tx: ManagedTransaction, nodes: list[Node], relationships: list[Relationship],
                    uri: str) -> WriteReport:
    """Only rows that exist and differ are written; the comparison is the embedded store's."""
    report = WriteReport()
    stored_nodes = {r["id"]: _node(r) for r in tx.run(cypher.FETCH_NODES, ids=[n.id for n in nodes], doc="")}
    node_rows = []
    for node in nodes:
        old = stored_nodes.get(node.id)
        if old is None:
            continue
        if _canonical(old.properties) == _canonical(node.properties):
            report.unchanged += 1
            continue
        report.updated += 1
        node_rows.append({"id": node.id, "props": {**_kept(node.properties), "id": node.id}})
    stored_rels = {r["id"]: _relationship(r) for r in tx.run(cypher.FETCH_RELATIONSHIPS,
                                                              ids=[r.id for r in relationships])}
    rel_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in relationships:
        found = stored_rels.get(rel.id)
        if found is None:
            continue
        if rel.properties.get("doc") != found.properties.get("doc"):
            raise StoreError(f"Neo4j at {uri}: set_properties: relationship {rel.id} must keep "
                             f"doc {found.properties.get('doc')!r}, got {rel.properties.get('doc')!r}")
        if _canonical(found.properties) == _canonical(rel.properties):
            report.unchanged += 1
            continue
        report.updated += 1
        rel_rows[found.type].append({"id": rel.id, "props": {**_kept(rel.properties), "id": rel.id}})
    if node_rows:
        tx.run(cypher.SET_NODE_PROPERTIES, rows=node_rows).consume()
    for rel_type, rows in rel_rows.items():
        tx.run(cypher.set_relationship_properties(rel_type), rows=rows).consume()
    return report


def _write(tx: ManagedTransaction, batch: Batch) -> WriteReport:
    """The six steps of `store.base` in one transaction; re-run whole on a transient error.

    Two statements whatever the batch's size: one reads every stored row the write compares,
    one writes every change. A third sweeps orphans, only when a node may have lost its SOURCE.
    """
    report = WriteReport()
    doc = batch.document_id
    found = tx.run(cypher.FETCH_FOR_WRITE, doc=doc, node_ids=[node.id for node in batch.nodes],
                   rel_ids=[rel.id for rel in batch.relationships]).single(strict=True)
    own = {row["id"]: row for row in found["own"]}
    nodes = _node_rows(batch, found["nodes"], report)
    deleted, created, updated = _relationship_rows(batch, {**_by_id(found["elsewhere"]), **own}, report)
    stated = {rel.id for rel in batch.relationships}
    stale = [row["element_id"] for rel_id, row in own.items() if rel_id not in stated]
    report.deleted += len(stale)
    if nodes or deleted or stale or created or updated:
        tx.run(cypher.WRITE_BATCH, nodes=nodes, deleted=deleted + stale, created=created,
               updated=updated).consume()
    candidates = sweep_candidates(batch, [row["start"] for row in own.values() if row["type"] == SOURCE])
    if candidates:
        report.deleted += _detach_delete(tx, cypher.SWEEP_ORPHANS, ids=candidates).deleted
    return report


def _by_id(rows: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {row["id"]: row for row in rows}


def _node_rows(batch: Batch, found: list[Mapping[str, Any]], report: WriteReport) -> RowsByName:
    """Rows {id, props} per label for the nodes that are new or change; counts every node."""
    stored = {row["id"]: (_node(row), row["shared"]) for row in found}
    rows: RowsByName = defaultdict(list)
    for node in batch.nodes:
        if node.id not in stored:
            report.inserted += 1
            props = _kept(node.properties)
        else:
            old, shared = stored[node.id]
            props = merge_properties(old.properties, node.properties, shared=shared)
            if (old.label, _canonical(old.properties)) == (node.label, _canonical(props)):
                report.unchanged += 1
                continue
            report.updated += 1
        rows[node.label].append({"id": node.id, "props": props})
    return dict(rows)


def _relationship_rows(batch: Batch, stored: Mapping[str, Mapping[str, Any]],
                       report: WriteReport) -> tuple[list[str], RowsByName, RowsByName]:
    """Element ids to delete, and rows {id, start, end, props} to create or to update in place,
    per type; a relationship whose type or ends change is deleted and created again."""
    deleted: list[str] = []
    created: RowsByName = defaultdict(list)
    updated: RowsByName = defaultdict(list)
    for rel in batch.relationships:
        props = _kept(rel.properties)
        row = {"id": rel.id, "start": rel.start, "end": rel.end, "props": {**props, "id": rel.id}}
        old = stored.get(rel.id)
        if old is None:
            report.inserted += 1
            created[rel.type].append(row)
            continue
        ends = (old["type"], old["start"], old["end"])
        if (*ends, _canonical(_plain(old["props"]))) == (rel.type, rel.start, rel.end, _canonical(props)):
            report.unchanged += 1
            continue
        report.updated += 1
        if ends == (rel.type, rel.start, rel.end):
            updated[rel.type].append(row)
        else:
            deleted.append(old["element_id"])
            created[rel.type].append(row)
    return deleted, dict(created), dict(updated)
