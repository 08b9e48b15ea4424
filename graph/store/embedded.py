"""The embedded default store: one SQLite file (standard library), no server needed.

Properties are stored as canonical JSON (sorted keys), so equal content gives an equal file
content and "unchanged" is a string comparison. WAL mode lets the dashboard read while the
pipeline writes; each write is one `BEGIN IMMEDIATE … COMMIT` transaction.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from graph.errors import StoreError
from graph.schema import DOCUMENT, SOURCE
from graph.store import check_batch, check_properties
from graph.store.base import Batch, Node, Relationship, WriteReport, merge_properties

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

# Whether another document also sources a node (then its properties merge order-independently).
_SHARED = f"""SELECT 1 FROM rels WHERE "start" = ? AND type = '{SOURCE}' AND doc != ? LIMIT 1"""
_SOURCED = f"""SELECT DISTINCT "start" FROM rels WHERE doc = ? AND type = '{SOURCE}'"""
_ORPHAN = f"""
SELECT 1 FROM nodes WHERE id = ? AND label != '{DOCUMENT}' AND NOT EXISTS (
    SELECT 1 FROM rels WHERE rels."start" = nodes.id AND rels.type = '{SOURCE}')
"""
def _dumps(props: Any) -> str:
    """Canonical JSON of the properties, None values dropped, tuples as lists."""
    kept = {key: value for key, value in props.items() if value is not None}
    return json.dumps(kept, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


class EmbeddedStore:
    """`Store` on a SQLite file at `path` (created with its folder when missing)."""

    def __init__(self, path: Path | str, timeout: float = 30.0) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
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
    def _transaction(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back entirely on any error."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.path}: cannot start {what}: {exc}") from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise StoreError(f"{self.path}: {what} failed, nothing written: {exc}") from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

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
        report = WriteReport()
        with self._transaction(f"write of {batch.document_id}") as conn:
            # the nodes this document sourced before, with the batch's: the only ones it can orphan
            touched = {row[0] for row in conn.execute(_SOURCED, (batch.document_id,))}
            touched |= {node.id for node in batch.nodes}
            for node in batch.nodes:
                self._merge_node(conn, node, batch.document_id, report)
            for rel in batch.relationships:
                self._merge_rel(conn, rel, batch.document_id, report)
            stated = {rel.id for rel in batch.relationships}
            stored = [row[0] for row in conn.execute("SELECT id FROM rels WHERE doc = ?",
                                                     (batch.document_id,))]
            stale = [(rel_id,) for rel_id in stored if rel_id not in stated]
            conn.executemany("DELETE FROM rels WHERE id = ?", stale)
            report.deleted += len(stale)
            orphans = [i for i in sorted(touched) if conn.execute(_ORPHAN, (i,)).fetchone() is not None]
            report.deleted += self._delete_nodes(conn, orphans)
        log.debug("%s: wrote %s", batch.document_id, report)
        return report

    @staticmethod
    def _merge_node(conn: sqlite3.Connection, node: Node, doc: str, report: WriteReport) -> None:
        row = conn.execute("SELECT label, props FROM nodes WHERE id = ?", (node.id,)).fetchone()
        if row is None:
            conn.execute("INSERT INTO nodes (id, label, props) VALUES (?, ?, ?)",
                         (node.id, node.label, _dumps(node.properties)))
            report.inserted += 1
            return
        shared = conn.execute(_SHARED, (node.id, doc)).fetchone() is not None
        props = _dumps(merge_properties(json.loads(row[1]), node.properties, shared=shared))
        if (row[0], row[1]) == (node.label, props):
            report.unchanged += 1
            return
        conn.execute("UPDATE nodes SET label = ?, props = ? WHERE id = ?",
                     (node.label, props, node.id))
        report.updated += 1

    @staticmethod
    def _merge_rel(conn: sqlite3.Connection, rel: Relationship, doc: str,
                   report: WriteReport) -> None:
        values = (rel.type, rel.start, rel.end, doc, _dumps(rel.properties))
        row = conn.execute('SELECT type, "start", "end", doc, props FROM rels WHERE id = ?',
                           (rel.id,)).fetchone()
        if row is None:
            conn.execute('INSERT INTO rels (type, "start", "end", doc, props, id) '
                         "VALUES (?, ?, ?, ?, ?, ?)", (*values, rel.id))
            report.inserted += 1
        elif tuple(row) == values:
            report.unchanged += 1
        else:
            conn.execute('UPDATE rels SET type = ?, "start" = ?, "end" = ?, doc = ?, props = ? '
                         "WHERE id = ?", (*values, rel.id))
            report.updated += 1

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
