"""The storage contract: property-graph rows and the `Store` protocol both stores implement.

A document is the unit of writing. `write(batch)` replaces everything that document said
before, in one transaction: nodes are merged by id, the document's relationships are merged
by id, relationships it no longer states are removed, and nodes no longer sourced by any
document are removed. Writing the same batch twice therefore changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Protocol

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


class Store(Protocol):
    """What the rest of the product may ask of a graph store. Both implementations pass one contract."""

    def write(self, batch: Batch) -> WriteReport:
        """Replace the document's contribution with `batch`, atomically."""

    def nodes(self, label: str | None = None) -> list[Node]:
        """All nodes, or those with `label`, sorted by id."""

    def relationships(self, type: str | None = None) -> list[Relationship]:
        """All relationships, or those of `type`, sorted by id."""

    def node(self, node_id: str) -> Node | None:
        """One node by id."""

    def delete_nodes(self, node_ids: Iterable[str]) -> WriteReport:
        """Remove nodes and every relationship touching them (used by erasure)."""

    def counts(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: n}, "relationships": {type: n}}."""

    def clear(self) -> None:
        """Remove everything (tests and `graph reset`)."""

    def close(self) -> None:
        """Release connections."""
