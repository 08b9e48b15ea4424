"""Graph stores: `open_store` picks Neo4j or the embedded default; `check_batch` validates writes.

`check_batch` implements step 1 of the write semantics in `graph.store.base`, so every store
refuses exactly the same batches.
"""
from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from graph.errors import SchemaError, StoreError
from graph.schema import LABELS, REL_TYPES
from graph.settings import Settings, load_settings
from graph.store.base import Batch, Store

log = logging.getLogger(__name__)

_INT64 = (-(2**63), 2**63 - 1)


# Values that are always storable, checked by exact type first (most values are these, and a
# batch has thousands).
_PLAIN = frozenset({str, float, bool, type(None)})
_LIST_ITEMS = frozenset({str, int, float, bool})


def _check_value(value: Any) -> str | None:
    """Why a property value cannot be stored, or None when it can."""
    if value is None or isinstance(value, (str, float, bool)):
        return None
    if isinstance(value, int):
        return None if _INT64[0] <= value <= _INT64[1] else "int outside 64 bits"
    if isinstance(value, (list, tuple)):
        kinds = {type(item) for item in value}
        if len(kinds) > 1:
            return "list with mixed item types"
        if kinds and not kinds <= _LIST_ITEMS:
            return "list items must be str, int, float or bool"
        if int not in kinds:  # items of one plain type: nothing more to check
            return None
        bad = (_check_value(item) for item in value)
        return next((reason for reason in bad if reason), None)
    return f"unsupported type {type(value).__name__}"


def _duplicates(row_ids: list[str]) -> list[str]:
    """Ids that occur more than once, sorted (a set first: batches rarely have any)."""
    if len(set(row_ids)) == len(row_ids):
        return []
    return sorted(i for i, n in Counter(row_ids).items() if n > 1)


def check_batch(batch: Batch) -> None:
    """Raise `StoreError` when a store must refuse `batch` (see `graph.store.base`)."""
    doc = batch.document_id
    node_ids = [n.id for n in batch.nodes]
    for kind, row_ids in (("node", node_ids), ("relationship", [r.id for r in batch.relationships])):
        dupes = _duplicates(row_ids)
        if dupes:
            raise StoreError(f"{doc}: duplicate {kind} ids in batch: {dupes[:5]}")
    unknown = sorted({n.label for n in batch.nodes if n.label not in LABELS}
                     | {r.type for r in batch.relationships if r.type not in REL_TYPES})
    if unknown:  # both stores refuse what the vocabulary does not declare (Neo4j makes it query text)
        raise SchemaError(f"{doc}: labels or relationship types not in graph/schema.py: {unknown}")
    known = set(node_ids)
    for rel in batch.relationships:
        if rel.start not in known or rel.end not in known:
            missing = [end for end in (rel.start, rel.end) if end not in known]
            raise StoreError(f"{doc}: relationship {rel.id} ({rel.type}) points to nodes "
                             f"not in the batch: {missing}")
        if rel.properties.get("doc") != doc:
            raise StoreError(f"{doc}: relationship {rel.id} has doc "
                             f"{rel.properties.get('doc')!r}, expected {doc!r}")
    for node in batch.nodes:
        check_properties(doc, node.id, node.properties)
    for rel in batch.relationships:
        check_properties(doc, rel.id, rel.properties)


def check_properties(owner: str, row_id: str, props: Any) -> None:
    """Raise `StoreError` (naming `owner` and the row) when a store must refuse these properties."""
    if "id" in props:
        raise StoreError(f"{owner}: {row_id} has a property named 'id' (reserved for the id)")
    for key, value in props.items():
        kind = type(value)
        if kind in _PLAIN or (kind is int and _INT64[0] <= value <= _INT64[1]):
            continue
        reason = _check_value(value)
        if reason:
            raise StoreError(f"{owner}: {row_id} property {key!r}: {reason}")


def open_store(settings: Settings | None = None) -> Store:
    """The configured store: Neo4j when `NEO4J_URI` is set, else the embedded file store."""
    settings = settings or load_settings()
    if settings.neo4j_uri:
        from graph.store.neo4j import Neo4jStore  # lazy: needs the neo4j driver

        log.info("opening Neo4j store at %s", settings.neo4j_uri)
        store: Store = Neo4jStore(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password,
            database=settings.neo4j_database,
        )
        return store
    from graph.store.embedded import EmbeddedStore

    log.info("opening embedded store at %s", settings.graph_db)
    return EmbeddedStore(settings.graph_db)
