"""The dashboard's only data access: the store, the frames, the network and the ingest report.

The store is a cached resource keyed by where it lives (file path or Neo4j URI), so tests and
users pointing `CIVIC_GRAPH_DB` elsewhere get their own. Frames and networks are cached data
keyed by that location plus a content version (the embedded file's modification stamps), so a
new `python -m ingest run` shows up without a restart. Store errors become `st.error` messages
and stop the page; they never reach the user as a traceback.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import networkx as nx
import streamlit as st

from dashboard.texts import t
from graph.analysis.coattendance import coattendance_graph, prune_graph
from graph.errors import GraphError
from graph.frames import Frames, load_frames
from graph.settings import Settings, load_settings
from graph.store import open_store
from graph.store.base import Store

log = logging.getLogger(__name__)

MAX_ELEMENTS = 1500  # nodes + edges drawn at once; beyond this a browser drawing gets unusable
LAYOUT_SEED = 7  # a fixed seed keeps the network drawing stable between reruns
_NEO4J_TTL = 300  # seconds; a Neo4j server gives no cheap change stamp, so its frames expire


@dataclass(frozen=True)
class Source:
    """Where the graph lives and which version of its content; the key of every cached read."""

    location: str
    version: str
    settings: Settings


@dataclass(frozen=True)
class Network:
    """A drawable co-attendance network: the pruned graph, node positions, and its full size."""

    graph: nx.Graph
    positions: dict[str, tuple[float, float]]
    total_persons: int


def _stop_with(message: str) -> NoReturn:
    st.error(message)
    st.stop()


def _settings() -> Settings:
    try:
        return load_settings()
    except GraphError as exc:
        _stop_with(t("error.store", detail=exc))


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "-"
    return f"{stat.st_mtime_ns}:{stat.st_size}"


def source() -> Source:
    """The configured store's location and content version, read once per script run."""
    settings = _settings()
    if settings.uses_neo4j:
        return Source(f"neo4j:{settings.neo4j_uri}/{settings.neo4j_database or ''}", "", settings)
    db = settings.graph_db
    # SQLite in WAL mode writes to "<db>-wal" first, so both files tell whether content changed.
    version = "|".join(_stamp(path) for path in (db, db.with_name(db.name + "-wal")))
    return Source(f"file:{db}", version, settings)


@st.cache_resource(show_spinner=False)
def _store(location: str, _settings: Settings) -> Store:
    """One store per location, shared by all sessions (both stores are thread-safe).

    `_settings` is left out of the cache key (leading underscore); `location` is derived from it.
    """
    log.info("dashboard opens the store at %s", location)
    return open_store(_settings)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=4)
def _frames(src: Source) -> Frames:
    return load_frames(_store(src.location, src.settings))


def frames() -> Frames:
    """All frames of the configured graph; on a store error the page shows why and stops."""
    try:
        return _frames(source())
    except (GraphError, OSError) as exc:
        log.warning("dashboard could not read the graph: %s", exc)
        _stop_with(t("error.store", detail=exc))


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=32)
def _network(src: Source, municipality: str | None, start: dt.date | None, end: dt.date | None,
             min_weight: int, max_elements: int) -> Network:
    full = coattendance_graph(_frames(src).attendance, municipality=municipality,
                              start=start, end=end)
    shown = prune_graph(full, min_weight=min_weight, max_elements=max_elements)
    positions = _layout(shown)
    pruned_size = prune_graph(full, min_weight=min_weight).number_of_nodes()
    return Network(shown, {node: (float(x), float(y)) for node, (x, y) in positions.items()},
                   pruned_size)


def _layout(graph: nx.Graph, spacing: float = 2.6) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components on a grid (largest first).

    One layout over separate meetings pushes each clique into a corner as a tight ball.
    """
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    columns = max(1, math.ceil(math.sqrt(len(components))))
    positions: dict[str, tuple[float, float]] = {}
    for n, nodes in enumerate(components):
        sub = graph.subgraph(nodes)
        local = nx.spring_layout(sub, seed=LAYOUT_SEED, weight="weight") if len(sub) > 1 else {next(iter(nodes)): (0.0, 0.0)}
        row, column = divmod(n, columns)
        for node, (x, y) in local.items():
            positions[node] = (float(x) + column * spacing, float(y) - row * spacing)
    return positions


def network(municipality: str | None = None, start: dt.date | None = None,
            end: dt.date | None = None, min_weight: int = 1,
            max_elements: int = MAX_ELEMENTS) -> Network:
    """The co-attendance network within the filters, cut to `max_elements`, with a layout."""
    try:
        return _network(source(), municipality, start, end, min_weight, max_elements)
    except (GraphError, OSError) as exc:
        log.warning("dashboard could not build the network: %s", exc)
        _stop_with(t("error.store", detail=exc))


@st.cache_data(show_spinner=False, max_entries=4)
def _coattendance(src: Source) -> nx.Graph:
    return coattendance_graph(_frames(src).attendance)


def coattendance() -> nx.Graph:
    """The whole co-attendance graph (present at the same meeting), for person profiles."""
    try:
        return _coattendance(source())
    except (GraphError, OSError) as exc:
        _stop_with(t("error.store", detail=exc))


def _report_path() -> Path:
    """Where `python -m ingest run` leaves its last report: beside the embedded store file."""
    return _settings().graph_db.with_name("ingest-report.json")


@st.cache_data(show_spinner=False, max_entries=4)
def _report(path: str, stamp: str) -> dict[str, Any]:
    value = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(value, dict):
        raise ValueError(f"{path}: expected a JSON object, found {type(value).__name__}")
    return value


def ingest_report() -> tuple[dict[str, Any], dt.datetime] | None:
    """The last ingest report and when it was written, or None when there is none.

    An unreadable report is shown as an error message but does not stop the page.
    """
    path = _report_path()
    if not path.is_file():
        return None
    try:
        report = _report(str(path), _stamp(path))
        written = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        st.error(t("error.report", detail=exc))
        return None
    return report, written


def refresh_button() -> None:
    """A sidebar button that drops every cached read, e.g. after ingesting into Neo4j."""
    if st.sidebar.button(t("common.refresh"), help=t("common.refresh_help"), key="refresh"):
        _frames.clear()
        _network.clear()
        _coattendance.clear()
        _report.clear()
