"""The storage contract: property-graph rows and the `Store` protocol both stores implement.

A document is the unit of writing. `write(batch)` replaces everything that document said
before, in one transaction: nodes are merged by id, the document's relationships are merged
by id, relationships it no longer states are removed, and nodes no longer sourced by any
document are removed. Writing the same batch twice therefore changes nothing.

Exact semantics, identical in every store (the contract tests in tests/graph check them):

1. Validation, before anything is written; a violation raises `StoreError` naming the document:
   node ids and relationship ids are unique within the batch; every relationship's start and
   end are nodes of the batch; every relationship's `doc` property equals `batch.document_id`;
   property values are None, str, int (64-bit), float, bool, or a list whose items are all
   str, all int, all float or all bool (no maps, no nested lists); no property is named `id`
   (the row's id is not a property). `graph.store.check_batch` implements this step.
2. Nodes merge by id. The stored label becomes the batch's label. Properties merge key by key
   with `merge_properties`: a key absent from the batch, or None in it, keeps its stored value
   (a write never removes a property). A key present in the batch overwrites the stored value
   when no other document sources the node (it has no SOURCE relationship with another `doc`).
   A node shared with other documents is merged without regard to order: lists become the
   sorted union, and of two different scalars the smaller one stays ("Dansk Syrisk Kulturforening"
   over "Dansk-Syrisk Kulturforening"). So re-running an ingest changes nothing, and the result
   does not depend on the order in which documents are written.
3. Relationships merge by id (the id already encodes type, start, end and document). A stored
   relationship is replaced wholesale: type, start, end and properties become the batch's,
   None values dropped. A relationship belongs to exactly one document, its `doc`.
4. Stored relationships whose `doc` is the batch's document and whose id is not in the batch
   are deleted.
5. Sweep: every node this write touched (the batch's nodes, and the nodes the document sourced
   before) that is not a Document and has no outgoing SOURCE relationship left is deleted together
   with every relationship touching it. Only a document's own write can take a node's last SOURCE,
   so looking at those nodes alone keeps the store free of orphans at a cost that does not grow
   with the store.
6. `WriteReport`: each batch node and relationship counts once as inserted (new id), updated
   (stored row differs after the merge) or unchanged; values compare by type and value, so
   True, 1 and 1.0 differ and a list equals a tuple with the same items. `deleted` counts the
   nodes and relationships removed by steps 4 and 5.
All six steps run in one transaction: on any error nothing is written.

Reads return properties as plain dicts with lists (never tuples); None values are never stored.
`delete_nodes` removes the given nodes (unknown ids are ignored) and every relationship touching
them, in one transaction, without a sweep; `deleted` counts nodes plus relationships.
`set_properties` replaces the properties of stored nodes and relationships wholesale (keys left
out are removed), in one transaction, without a sweep: label, type, ends and the relationship's
document stay; unknown ids are ignored; properties are validated like a batch's, and a
relationship's `doc` property must stay its document. Each known row counts as updated or
unchanged. It exists for erasure (`graph.forget`), which must remove values a `write` keeps.
`counts` omits labels and types with no rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ContextManager, Iterable, Mapping, Protocol

from graph.schema import DOCUMENT, SOURCE

Properties = Mapping[str, Any]  # values: str, int, float, bool, None, or lists of str/int/float


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    properties: Properties = field(default_factory=dict)


@dataclass(frozen=True)
class Relationship:
    """A relationship stated by one document; `id` is derived from (type, start, end, doc, key)."""

    id: str
    type: str
    start: str
    end: str
    properties: Properties = field(default_factory=dict)  # includes the provenance keys


@dataclass(frozen=True)
class Batch:
    """Everything one document contributes to the graph."""

    document_id: str
    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]


@dataclass
class WriteReport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def add(self, other: "WriteReport") -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.deleted += other.deleted


def _order_key(value: Any) -> tuple[str, Any]:
    return (type(value).__name__, value)


def merge_properties(stored: Properties, stated: Properties, *, shared: bool) -> dict[str, Any]:
    """A node's properties after a write (rule 2 above)."""
    merged = dict(stored)
    for key, value in stated.items():
        if value is None:
            continue
        old = merged.get(key)
        if old is None or not shared or old == value:
            merged[key] = list(value) if isinstance(value, tuple) else value
        elif isinstance(old, list) and isinstance(value, (list, tuple)):
            merged[key] = sorted(set(old) | set(value), key=_order_key)
        else:
            merged[key] = min(old, value, key=_order_key)
    return merged


def sharing_matters(stored: Properties, stated: Properties) -> bool:
    """Whether `merge_properties` depends on `shared`: some key is set on both sides, differently.

    A store need only ask whether such a node is shared; for every other node the answer
    cannot change the result.
    """
    for key, value in stated.items():
        old = stored.get(key)
        if value is not None and old is not None and old != value:
            return True
    return False


def sweep_candidates(batch: Batch, sourced_before: Iterable[str]) -> list[str]:
    """The nodes a write may leave without a SOURCE (rule 5), sorted: those the document sourced
    before and the batch's own, less its Documents (never swept) and the nodes it gives a SOURCE.
    Usually none, so a store need not look at all."""
    kept = {rel.start for rel in batch.relationships if rel.type == SOURCE}
    kept |= {node.id for node in batch.nodes if node.label == DOCUMENT}
    touched = set(sourced_before) | {node.id for node in batch.nodes}
    return sorted(touched - kept)


class Store(Protocol):
    """What the rest of the product may ask of a graph store. Both implementations pass one contract."""

    def write(self, batch: Batch) -> WriteReport:
        """Replace the document's contribution with `batch`, atomically."""

    def grouped(self) -> ContextManager[None]:
        """A block whose writes may be committed together (fewer, larger commits); each write
        stays atomic, and what was written is committed when the block ends or raises."""

    def nodes(self, label: str | None = None) -> list[Node]:
        """All nodes, or those with `label`, sorted by id."""

    def relationships(self, type: str | None = None) -> list[Relationship]:
        """All relationships, or those of `type`, sorted by id."""

    def node(self, node_id: str) -> Node | None:
        """One node by id."""

    def delete_nodes(self, node_ids: Iterable[str]) -> WriteReport:
        """Remove nodes and every relationship touching them (used by erasure)."""

    def set_properties(self, nodes: Iterable[Node], relationships: Iterable[Relationship]) -> WriteReport:
        """Replace the stored properties of these nodes and relationships (used by erasure)."""

    def counts(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: n}, "relationships": {type: n}}."""

    def clear(self) -> None:
        """Remove everything (tests and `graph reset`)."""

    def close(self) -> None:
        """Release connections."""
