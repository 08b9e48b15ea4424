"""Export a store's whole graph as canonical JSON, GraphML, GEXF or CSV files.

The JSON export is canonical: two stores with the same content give byte-identical text,
so exports can be diffed and compared across stores. GraphML, GEXF and CSV cannot hold lists,
so list properties are joined with "; " there.
"""
from __future__ import annotations

import csv
import json
import logging
import sys
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from graph.errors import ExportError
from graph.store.base import Store

log = logging.getLogger(__name__)

FORMATS = ("json", "graphml", "gexf", "csv")
LIST_SEPARATOR = "; "
_GEXF_RESERVED = ("id", "label", "start", "end")  # GEXF reads these as its own attributes


def export_json(store: Store) -> str:
    """The whole graph as canonical JSON: nodes and relationships sorted by id, keys sorted."""
    data = {
        "nodes": [
            {"id": n.id, "label": n.label, "properties": dict(n.properties)}
            for n in sorted(store.nodes(), key=lambda n: n.id)
        ],
        "relationships": [
            {"id": r.id, "type": r.type, "start": r.start, "end": r.end,
             "properties": dict(r.properties)}
            for r in sorted(store.relationships(), key=lambda r: r.id)
        ],
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def _flat(value: Any) -> Any:
    """A property value a flat file can hold: lists joined with LIST_SEPARATOR."""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The graph as a `MultiDiGraph`: node attribute `label`, edge key = id, attribute `type`.

    Properties become attributes with lists joined by "; " (GraphML and GEXF hold no lists).
    """
    graph = nx.MultiDiGraph()
    for n in store.nodes():
        attrs = {k: _flat(v) for k, v in n.properties.items()}
        graph.add_node(n.id, **{**attrs, "label": n.label})
    for r in store.relationships():
        attrs = {k: _flat(v) for k, v in r.properties.items()}
        graph.add_edge(r.start, r.end, key=r.id, **{**attrs, "type": r.type})
    return graph


def _for_gexf(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Rename properties GEXF would read as its own (`start`/`end` mean time spans there).

    GEXF's `label` becomes the node's name (what Gephi shows); the vocabulary label is kept
    as `node_label`, other reserved keys get a trailing underscore (`start_`, `end_`).
    """
    out = nx.MultiDiGraph()
    for node_id, attrs in graph.nodes(data=True):
        renamed = {(k + "_" if k in _GEXF_RESERVED else k): v for k, v in attrs.items()}
        renamed["node_label"] = renamed.pop("label_")
        out.add_node(node_id, **{**renamed, "label": str(attrs.get("name", node_id))})
    for start, end, key, attrs in graph.edges(keys=True, data=True):
        renamed = {(k + "_" if k in _GEXF_RESERVED else k): v for k, v in attrs.items()}
        out.add_edge(start, end, key=key, **{**renamed, "id": key, "label": attrs["type"]})
    return out


def _write_csv(store: Store, out: Path) -> None:
    """`nodes.csv` (id, label, properties…) and `relationships.csv` (id, type, start_id, end_id, …)."""
    out.mkdir(parents=True, exist_ok=True)
    nodes = [{"id": n.id, "label": n.label, **n.properties} for n in store.nodes()]
    rels = [{"id": r.id, "type": r.type, "start_id": r.start, "end_id": r.end, **r.properties}
            for r in store.relationships()]
    for name, rows, fixed in (("nodes.csv", nodes, ["id", "label"]),
                              ("relationships.csv", rels, ["id", "type", "start_id", "end_id"])):
        keys = sorted({key for row in rows for key in row} - set(fixed))
        with open(out / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fixed + keys)
            writer.writeheader()
            writer.writerows({k: _flat(v) for k, v in row.items()} for row in rows)


def _write_json(store: Store, out: Path) -> None:
    text = export_json(store)
    if str(out) == "-":
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


_WRITERS: dict[str, Callable[[Store, Path], None]] = {
    "json": _write_json,
    "graphml": lambda store, out: nx.write_graphml(to_networkx(store), out),
    "gexf": lambda store, out: nx.write_gexf(_for_gexf(to_networkx(store)), out),
    "csv": _write_csv,
}


def write_export(store: Store, fmt: str, out: Path) -> None:
    """Write the graph as `fmt` to `out` (a folder for csv; `-` means stdout for json)."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    if str(out) == "-" and fmt != "json":
        raise ExportError(f"{fmt} export needs a file or folder, not stdout")
    try:
        if fmt != "csv" and str(out) != "-":
            out.parent.mkdir(parents=True, exist_ok=True)
        writer(store, out)
    except (OSError, nx.NetworkXError, TypeError, ValueError) as exc:
        raise ExportError(f"cannot write {fmt} export to {out}: {exc}") from exc
    log.info("wrote %s export to %s", fmt, out)
