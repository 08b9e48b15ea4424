"""The embedded default store: one SQLite file (standard library), no server needed.

Properties are stored as canonical JSON (sorted keys), so equal content gives an equal file
content and "unchanged" is a string comparison. WAL mode lets the dashboard read while the
pipeline writes; each write is one `BEGIN IMMEDIATE … COMMIT` transaction, or, inside
`grouped()`, one savepoint of a transaction committed every thousand documents or ten seconds.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from graph.errors import StoreError
from graph.schema import DOCUMENT, SOURCE
from graph.store import check_batch, check_properties
from graph.store.base import (Batch, Node, NodeColumns, Relationship, RelationshipColumns, WriteReport,
                              check_keys, merge_properties, sharing_matters, sweep_candidates)

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rels (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, "start" TEXT NOT NULL, "end" TEXT NOT NULL,
    doc TEXT NOT NULL, props TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
CREATE INDEX IF NOT EXISTS rels_start ON rels("start", type);
CREATE INDEX IF NOT EXISTS rels_end ON rels("end");
CREATE INDEX IF NOT EXISTS rels_doc ON rels(doc);
CREATE INDEX IF NOT EXISTS rels_type ON rels(type);
"""

# Each write runs a fixed number of statements over all of the batch's rows: ids go in as one
# JSON array (`json_each`), so one cached statement serves any batch size, and each id costs one
# index seek. Nothing a write runs scans a table, so its cost does not grow with the store.
_NODES_BY_ID = "SELECT nodes.id, nodes.label, nodes.props FROM json_each(?) AS j JOIN nodes ON nodes.id = j.value"
_RELS_OF_DOC = 'SELECT id, type, "start", "end", doc, props FROM rels WHERE doc = ?'
_RELS_OF_OTHER_DOCS = "SELECT rels.id FROM json_each(?) AS j JOIN rels ON rels.id = j.value WHERE rels.doc != ?"
# The given nodes that another document also sources (then their properties merge order-independently).
_SHARED = f"""
SELECT j.value FROM json_each(?) AS j WHERE EXISTS (
    SELECT 1 FROM rels WHERE rels."start" = j.value AND rels.type = '{SOURCE}' AND rels.doc != ?)
"""
_ORPHANS = f"""
SELECT nodes.id FROM json_each(?) AS j JOIN nodes ON nodes.id = j.value
WHERE nodes.label != '{DOCUMENT}' AND NOT EXISTS (
    SELECT 1 FROM rels WHERE rels."start" = nodes.id AND rels.type = '{SOURCE}')
"""
_UPSERT_NODE = ("INSERT INTO nodes (id, label, props) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET label = excluded.label, props = excluded.props")
_INSERT_REL = 'INSERT INTO rels (id, type, "start", "end", doc, props) VALUES (?, ?, ?, ?, ?, ?)'
_INSERT_NEW_REL = _INSERT_REL + " ON CONFLICT (id) DO NOTHING"
_UPSERT_REL = (_INSERT_REL + ' ON CONFLICT (id) DO UPDATE SET type = excluded.type, "start" = excluded."start", '
               '"end" = excluded."end", doc = excluded.doc, props = excluded.props')
# Built once: `json.dumps` with options builds a new encoder on every call.
_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
# Pages the write-ahead log may hold before it is copied into the database (SQLite's default is
# 1,000): a document dirties a few hundred pages, and fewer, larger checkpoints write each
# index page once for many documents. Durability is the same: every commit is in the log.
_CHECKPOINT_PAGES = 10_000
# Inside `grouped()`: a commit after this many writes or seconds, whichever comes first. A
# commit copies every page the transaction dirtied into the log; relationship ids are digests,
# so a few hundred documents already dirty nearly every page of the id and endpoint indexes,
# and a group writes each of them once instead of once per document (10,000 documents: 2.2 GB
# written in groups of 1,024, 5.1 GB in groups of 256).
_GROUP_WRITES = 1024
# Page cache of the connection (SQLite's default is 2 MiB), filled only as pages are read: a
# group's dirty pages stay in memory until its commit instead of spilling into the log early,
# and index pages of a large store are not read from the file again and again.
_CACHE_KIB = 256 * 1024
_GROUP_SECONDS = 10.0


def _dumps(props: Any) -> str:
    """Canonical JSON of the properties, None values dropped, tuples as lists."""
    return _JSON.encode({key: value for key, value in props.items() if value is not None})


def _fetch(conn: sqlite3.Connection, sql: str, ids: Iterable[str],
           *params: Any) -> dict[str, tuple[Any, ...]]:
    """Rows of `sql` (first column the id) for `ids` in one statement: {id: the other columns}."""
    array = list(ids)
    if not array:
        return {}
    return {row[0]: row[1:] for row in conn.execute(sql, (_JSON.encode(array), *params))}


def _merge_nodes(conn: sqlite3.Connection, batch: Batch, report: WriteReport) -> None:
    """Steps 2 and 6 for the batch's nodes: only new or changed rows are written."""
    stored = _fetch(conn, _NODES_BY_ID, [node.id for node in batch.nodes])
    old_props = {node_id: json.loads(row[1]) for node_id, row in stored.items()}
    # whether a node is shared is asked only where the answer can change the merge
    contested = [node.id for node in batch.nodes
                 if node.id in old_props and sharing_matters(old_props[node.id], node.properties)]
    shared = _fetch(conn, _SHARED, contested, batch.document_id)
    rows = []
    for node in batch.nodes:
        old = stored.get(node.id)
        if old is None:
            props = _dumps(node.properties)
            report.inserted += 1
        else:
            props = _dumps(merge_properties(old_props[node.id], node.properties,
                                            shared=node.id in shared))
            if old == (node.label, props):
                report.unchanged += 1
                continue
            report.updated += 1
        rows.append((node.id, node.label, props))
    conn.executemany(_UPSERT_NODE, rows)


def _merge_rels(conn: sqlite3.Connection, batch: Batch, own: dict[str, tuple[Any, ...]],
                report: WriteReport) -> None:
    """Steps 3 and 6 for the batch's relationships; `own` are the document's stored ones."""
    doc = batch.document_id
    fresh, changed = [], []
    for rel in batch.relationships:
        row = (rel.id, rel.type, rel.start, rel.end, doc, _dumps(rel.properties))
        old = own.get(rel.id)
        if old is None:
            fresh.append(row)
        elif old == row[1:]:
            report.unchanged += 1
        else:
            changed.append(row)
    # An id the document did not store before is new unless another document stored it (the
    # id encodes the document, so almost never): insert without looking first, then move the
    # few that were refused to this document (rule 3).
    before = conn.total_changes
    conn.executemany(_INSERT_NEW_REL, fresh)
    inserted = conn.total_changes - before
    if inserted < len(fresh):
        elsewhere = _fetch(conn, _RELS_OF_OTHER_DOCS, [row[0] for row in fresh], doc)
        changed += [row for row in fresh if row[0] in elsewhere]
    conn.executemany(_UPSERT_REL, changed)
    report.inserted += inserted
    report.updated += len(changed)


class _Group:
    """The open group of `EmbeddedStore.grouped()`: writes since its last commit."""

    def __init__(self) -> None:
        self.writes = 0
        self.started = time.monotonic()

    def written(self) -> bool:
        """Count one write; whether the group is due for a commit now (the count restarts)."""
        self.writes += 1
        if self.writes < _GROUP_WRITES and time.monotonic() - self.started < _GROUP_SECONDS:
            return False
        self.writes = 0
        return True


class EmbeddedStore:
    """`Store` on a SQLite file at `path` (created with its folder when missing)."""

    def __init__(self, path: Path | str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._group: _Group | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
            self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
            # Each write is a savepoint inside its group: SQLite keeps the prior content of every page
            # it changes in a sub-journal, a temporary file by default (9.6 GB of file writes for
            # 10,000 documents); held in memory it costs a copy and no system calls.
            self._conn.execute("PRAGMA temp_store = MEMORY")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open embedded store {self.path}: {exc}") from exc

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def grouped(self) -> Iterator[None]:
        """Writes inside commit together every `_GROUP_WRITES` writes or `_GROUP_SECONDS`.

        Each write stays atomic (a savepoint): one that fails leaves no trace and the others
        stand. What was written before the block ends or raises is committed then; a process
        killed inside loses at most its last group, which a re-run writes again.
        """
        if self._group is not None:  # already grouped: the outer block commits
            yield
            return
        self._group = _Group()
        try:
            yield
        finally:
            with self._lock:
                self._group = None
                if self._conn.in_transaction:
                    self._commit("grouped writes")

    def _commit(self, what: str) -> None:
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._undo(("ROLLBACK",))
            raise StoreError(f"{self.path}: commit of {what} failed, those writes are lost: {exc}") from exc

    @contextmanager
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction (a savepoint inside `grouped()`); rolled back entirely on any error."""
        with self._lock:
            group = self._group
            begin, commit, undo = (("SAVEPOINT w", "RELEASE w", ("ROLLBACK TO w", "RELEASE w")) if group
                                   else ("BEGIN IMMEDIATE", "COMMIT", ("ROLLBACK",)))
            try:
                if group and not self._conn.in_transaction:
                    self._conn.execute("BEGIN IMMEDIATE")
                    group.started = time.monotonic()
                self._conn.execute(begin)
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot start {what}: {exc}") from exc
            try:
                yield self._conn
                self._conn.execute(commit)
            except sqlite3.Error as exc:
                self._undo(undo)
                raise StoreError(f"{self.path}: {what} failed, nothing written: {exc}") from exc
            except BaseException:
                self._undo(undo)
                raise
            if group and group.written():
                self._commit("grouped writes")

    def _undo(self, statements: tuple[str, ...]) -> None:
        if self._conn.in_transaction:
            for statement in statements:
                self._conn.execute(statement)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: read failed: {exc}") from exc

    # -- writing ---------------------------------------------------------------------------

    def write(self, batch: Batch) -> WriteReport:
        """Replace the document's contribution with `batch`, atomically (see `store.base`)."""
        check_batch(batch)
        doc = batch.document_id
        report = WriteReport()
        with self._transaction(f"write of {doc}") as conn:
            own = {row[0]: row[1:] for row in conn.execute(_RELS_OF_DOC, (doc,))}
            _merge_nodes(conn, batch, report)  # first: whether a node is shared is read before any change
            _merge_rels(conn, batch, own, report)
            stated = {rel.id for rel in batch.relationships}
            stale = [(rel_id,) for rel_id in own if rel_id not in stated]
            conn.executemany("DELETE FROM rels WHERE id = ?", stale)
            report.deleted += len(stale)
            sourced_before = [row[1] for row in own.values() if row[0] == SOURCE]
            orphans = sorted(_fetch(conn, _ORPHANS, sweep_candidates(batch, sourced_before)))
            report.deleted += self._delete_nodes(conn, orphans)
        log.debug("%s: wrote %s", doc, report)
        return report

    @staticmethod
    def _delete_nodes(conn: sqlite3.Connection, node_ids: list[str]) -> int:
        """Delete nodes and every relationship touching them; the number of rows removed."""
        params = [(node_id, node_id) for node_id in node_ids]
        before = conn.total_changes
        conn.executemany('DELETE FROM rels WHERE "start" = ? OR "end" = ?', params)
        conn.executemany("DELETE FROM nodes WHERE id = ?", [(i,) for i in node_ids])
        return conn.total_changes - before

    def delete_nodes(self, node_ids: Iterable[str]) -> WriteReport:
        """Remove nodes and every relationship touching them (used by erasure); no sweep."""
        unique = sorted(set(node_ids))
        with self._transaction("delete of nodes") as conn:
            deleted = self._delete_nodes(conn, unique)
        return WriteReport(deleted=deleted)

    def set_properties(self, nodes: Iterable[Node], relationships: Iterable[Relationship]) -> WriteReport:
        """Replace the properties of stored nodes and relationships wholesale (see `store.base`)."""
        nodes, relationships = list(nodes), list(relationships)
        rows: list[Node | Relationship] = [*nodes, *relationships]
        for row in rows:
            check_properties("set_properties", row.id, row.properties)
        report = WriteReport()
        with self._transaction("property update") as conn:
            for node in nodes:
                found = conn.execute("SELECT props FROM nodes WHERE id = ?", (node.id,)).fetchone()
                if found is not None:
                    self._set(conn, "nodes", node.id, found[0], _dumps(node.properties), report)
            for rel in relationships:
                found = conn.execute("SELECT props, doc FROM rels WHERE id = ?", (rel.id,)).fetchone()
                if found is None:
                    continue
                if rel.properties.get("doc") != found[1]:
                    raise StoreError(f"{self.path}: set_properties: relationship {rel.id} must keep "
                                     f"doc {found[1]!r}, got {rel.properties.get('doc')!r}")
                self._set(conn, "rels", rel.id, found[0], _dumps(rel.properties), report)
        return report

    @staticmethod
    def _set(conn: sqlite3.Connection, table: str, row_id: str, stored: str, props: str,
             report: WriteReport) -> None:
        if stored == props:
            report.unchanged += 1
            return
        conn.execute(f"UPDATE {table} SET props = ? WHERE id = ?", (props, row_id))
        report.updated += 1

    def clear(self) -> None:
        """Remove everything."""
        with self._transaction("clear") as conn:
            conn.execute("DELETE FROM rels")
            conn.execute("DELETE FROM nodes")

    # -- reading ---------------------------------------------------------------------------

    def nodes(self, label: str | None = None) -> list[Node]:
        """All nodes, or those with `label`, sorted by id."""
        where, params = ("WHERE label = ?", (label,)) if label is not None else ("", ())
        rows = self._query(f"SELECT id, label, props FROM nodes {where} ORDER BY id", params)
        return [Node(r[0], r[1], json.loads(r[2])) for r in rows]

    def relationships(self, type: str | None = None) -> list[Relationship]:
        """All relationships, or those of `type`, sorted by id."""
        where, params = ("WHERE type = ?", (type,)) if type is not None else ("", ())
        rows = self._query(f'SELECT id, type, "start", "end", props FROM rels {where} '
                           "ORDER BY id", params)
        return [Relationship(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]

    def node_columns(self, label: str, keys: Sequence[str]) -> NodeColumns:
        """The nodes with `label` as columns (see `store.base`)."""
        ids, values = self._columns("nodes", "label", label, ("id",), keys)
        return NodeColumns(ids[0], values)

    def relationship_columns(self, type: str, keys: Sequence[str]) -> RelationshipColumns:
        """The relationships of `type` as columns (see `store.base`)."""
        (starts, ends), values = self._columns("rels", "type", type, ('"start"', '"end"'), keys)
        return RelationshipColumns(starts, ends, values)

    def _columns(self, table: str, kind: str, name: str, fixed: tuple[str, ...],
                 keys: Sequence[str]) -> tuple[list[list[Any]], dict[str, list[Any]]]:
        """The `fixed` columns and the properties `keys` of the rows of one label or type.

        SQLite picks the keys out of each row's JSON as one JSON array per row (json_extract
        with several paths, or `->`, give each value as its stored JSON text), and one
        `json.loads` parses the arrays of all rows: far cheaper than a parse and an object
        per row.
        """
        check_keys(keys)
        paths = [f"$.{key}" for key in keys]
        picked = ("json_extract(props, " + ", ".join("?" for _ in paths) + ")" if len(paths) > 1
                  else "json_array(props -> ?)" if paths else "NULL")
        rows = self._query(f"SELECT {', '.join(fixed)}, {picked} FROM {table} WHERE {kind} = ? "
                           "ORDER BY id", [*paths, name])
        columns = [list(column) for column in zip(*rows)] or [[] for _ in range(len(fixed) + 1)]
        found = json.loads(f"[{','.join(columns[-1])}]") if keys else []
        values = [list(column) for column in zip(*found)] or [[] for _ in keys]
        return columns[:-1], dict(zip(keys, values))

    def node(self, node_id: str) -> Node | None:
        """One node by id, or None."""
        rows = self._query("SELECT id, label, props FROM nodes WHERE id = ?", (node_id,))
        return Node(rows[0][0], rows[0][1], json.loads(rows[0][2])) if rows else None

    def counts(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: n}, "relationships": {type: n}}, keys sorted."""
        nodes = self._query("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label")
        rels = self._query("SELECT type, COUNT(*) FROM rels GROUP BY type ORDER BY type")
        return {"nodes": dict(nodes), "relationships": dict(rels)}

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()
