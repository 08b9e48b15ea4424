"""The dashboard's only data access: the store, frames, analyses, search, review, ingest, export.

The store is a cached resource keyed by where it lives (file path or Neo4j URI), so tests and
users pointing `CIVIC_GRAPH_DB` elsewhere get their own. Frames and analyses are cached data
keyed by that location plus a content version (the embedded file's modification stamps), so a
new `python -m ingest run` shows up without a restart. Errors of the graph package become
`st.error` messages and stop the page; they never reach the user as a traceback.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NoReturn, TypeVar

import networkx as nx
import pandas as pd
import streamlit as st

from dashboard.texts import t
from graph import ids, schema
from graph.analysis import centrality, collaboration, initiatives, timeline
from graph.analysis.coattendance import prune_graph
from graph.analysis.profile import Profile, profile
from graph.console import ReadOnlyConsole
from graph.errors import GraphError
from graph.export import write_export
from graph.frames import Frames, document_meetings
from graph.review import DECISIONS, Candidate, candidates
from graph.search import ITEM_COLUMNS, SearchIndex, build_index
from graph.settings import ENV_FILE, REPO_ROOT, Settings, load_settings, parse_env_file
from graph.store import open_store
from graph.store.base import Store

log = logging.getLogger(__name__)

MAX_ELEMENTS = 1500  # nodes + edges drawn at once; beyond this a browser drawing gets unusable
LAYOUT_SEED = 7  # a fixed seed keeps the network drawing stable between reruns
_NEO4J_TTL = 300  # seconds; a Neo4j server gives no cheap change stamp, so its frames expire
PASSWORD_KEY = "CIVIC_DASHBOARD_PASSWORD"
DECISIONS_KEY = "CIVIC_DECISIONS"
T = TypeVar("T")


@dataclass(frozen=True)
class Source:
    """Where the graph lives and which version of its content; the key of every cached read."""

    location: str
    version: str
    settings: Settings


@dataclass(frozen=True)
class Scope:
    """Which meetings a view covers; None means no restriction. `body` is a body id."""

    municipality: str | None = None
    body: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def is_everything(self) -> bool:
        return self == Scope()


@dataclass(frozen=True)
class NetworkView:
    """A drawable network: the cut graph, positions, node measures and the uncut size."""

    graph: nx.Graph
    positions: dict[str, tuple[float, float]]
    communities: dict[str, int]
    betweenness: dict[str, float]
    total_nodes: int


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


def _guarded(read: Callable[..., T], *args: Any) -> T:
    """`read(*args)`, or the page shows why the graph could not be read and stops."""
    try:
        return read(*args)
    except (GraphError, OSError) as exc:
        log.warning("dashboard could not read the graph: %s", exc)
        _stop_with(t("error.store", detail=exc))


def store() -> Store:
    """The configured store (for ingest, export and review)."""
    src = source()
    return _guarded(_store, src.location, src.settings)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=4)
def _frames(src: Source) -> Frames:
    from graph.frames import load_frames

    return load_frames(_store(src.location, src.settings))


def frames() -> Frames:
    """All frames of the configured graph."""
    return _guarded(_frames, source())


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=4)
def _items(src: Source) -> pd.DataFrame:
    nodes = _store(src.location, src.settings).nodes(schema.AGENDA_ITEM)
    rows = [{"id": n.id, "meeting_id": n.properties.get("meeting"),
             "number": n.properties.get("number"), "title": n.properties.get("title")}
            for n in nodes]
    return pd.DataFrame(rows, columns=list(ITEM_COLUMNS))


def items() -> pd.DataFrame:
    """Agenda items: id, meeting_id, number, title (frames do not carry them)."""
    return _guarded(_items, source())


def body_keys(meetings: pd.DataFrame) -> pd.Series:
    """The body id of each meeting, from its body name and municipality (ids are deterministic)."""
    return pd.Series([ids.body_id(str(b), m if pd.notna(m) else None) if pd.notna(b) else None
                      for b, m in zip(meetings["body"], meetings["municipality"])],
                     index=meetings.index, dtype=object)


def scope_frames(frames: Frames, scope: Scope) -> Frames:
    """The frames restricted to the meetings in `scope` and the documents recording them.

    Nodes stay when a kept document names them (SOURCE) or a kept row refers to them.
    """
    if scope.is_everything:
        return frames
    meetings = frames.meetings
    keep = pd.Series(True, index=meetings.index)
    if scope.municipality is not None:
        keep &= meetings["municipality"] == scope.municipality
    if scope.body is not None:
        keep &= body_keys(meetings) == scope.body
    if scope.start is not None:
        keep &= meetings["date"] >= pd.Timestamp(scope.start)
    if scope.end is not None:
        keep &= meetings["date"] <= pd.Timestamp(scope.end)
    meetings = meetings[keep.fillna(False).astype(bool)]
    kept = set(meetings["id"])
    known = document_meetings(frames)
    docs = set(known.loc[known["meeting_id"].isin(kept), "doc"])

    def by_doc(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["doc"].isin(docs)]

    attendance = frames.attendance[frames.attendance["meeting_id"].isin(kept)]
    mentions = frames.mentions[frames.mentions["meeting_id"].isin(kept)]
    sources, memberships = by_doc(frames.sources), by_doc(frames.memberships)
    involvements, fundings = by_doc(frames.involvements), by_doc(frames.fundings)
    collaborations = by_doc(frames.collaborations)
    named = set(sources["node_id"]) | set(attendance["person_id"]) | set(
        memberships["person_id"]) | set(memberships["org_id"]) | set(mentions["target_id"]) | set(
        involvements["actor_id"]) | set(involvements["initiative_id"])

    def nodes(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["id"].isin(named)]

    return Frames(persons=nodes(frames.persons), organisations=nodes(frames.organisations),
                  bodies=nodes(frames.bodies), meetings=meetings,
                  documents=frames.documents[frames.documents["id"].isin(docs)],
                  attendance=attendance, memberships=memberships, sources=sources,
                  initiatives=nodes(frames.initiatives), involvements=involvements,
                  fundings=fundings, collaborations=collaborations, mentions=mentions)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=16)
def _scoped(src: Source, scope: Scope) -> Frames:
    return scope_frames(_frames(src), scope)


def scoped(scope: Scope) -> Frames:
    """The frames within `scope` (all of them for an empty scope)."""
    return _guarded(_scoped, source(), scope)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=32)
def _network_view(src: Source, level: str, scope: Scope, types: tuple[str, ...],
                  min_weight: int, max_elements: int) -> NetworkView:
    ties = collaboration.collaboration_ties(_scoped(src, scope), level=level)
    full = collaboration.collaboration_graph(ties, types=types)
    shown = prune_graph(full, min_weight=min_weight, max_elements=max_elements)
    found = centrality.communities(shown)
    ranked = centrality.brokers(shown, top=None)
    return NetworkView(shown, _layout(shown), dict(zip(found["person_id"], found["community"])),
                       dict(zip(ranked["person_id"], ranked["betweenness"])),
                       prune_graph(full, min_weight=min_weight).number_of_nodes())


def _even(positions: dict[str, Any], scale: float) -> dict[str, tuple[float, float]]:
    """Positions spread evenly over a disc of radius `scale`, each keeping its direction.

    A spring layout packs a meeting's clique into a ball and leaves a far pendant node
    stretching the box; ranking the distances from the centre fills the disc evenly instead.
    """
    x0 = sum(float(x) for x, _ in positions.values()) / len(positions)
    y0 = sum(float(y) for _, y in positions.values()) / len(positions)
    polar = {node: (math.hypot(x - x0, y - y0), math.atan2(y - y0, x - x0))
             for node, (x, y) in positions.items()}
    ranked = sorted(polar, key=lambda node: (polar[node][0], node))
    return {node: (scale * math.sqrt((rank + 0.5) / len(ranked)) * math.cos(polar[node][1]),
                   scale * math.sqrt((rank + 0.5) / len(ranked)) * math.sin(polar[node][1]))
            for rank, node in enumerate(ranked)}


def _layout(graph: nx.Graph, spacing: float = 2.6) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components on a grid (largest first).

    One layout over separate meetings pushes each clique into a corner as a tight ball.
    """
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    columns = max(1, math.ceil(math.sqrt(len(components))))
    positions: dict[str, tuple[float, float]] = {}
    largest = max((len(c) for c in components), default=1)
    for n, nodes in enumerate(components):
        sub = graph.subgraph(nodes)
        scale = 0.35 + 0.65 * math.sqrt(len(sub) / largest)  # a larger component, a larger box
        local = (_even(nx.spring_layout(sub, seed=LAYOUT_SEED, weight="weight"), scale)
                 if len(sub) > 1 else {next(iter(nodes)): (0.0, 0.0)})
        row, column = divmod(n, columns)
        for node, (x, y) in local.items():
            positions[node] = (float(x) + column * spacing, float(y) - row * spacing)
    return positions


def network_view(level: str, scope: Scope, types: tuple[str, ...], min_weight: int = 1,
                 max_elements: int = MAX_ELEMENTS) -> NetworkView:
    """Persons' or organisations' ties of `types` within `scope`, cut to `max_elements`."""
    return _guarded(_network_view, source(), level, scope, tuple(sorted(types)), min_weight,
                    max_elements)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=8)
def _initiatives(src: Source, scope: Scope) -> pd.DataFrame:
    return initiatives.initiative_summary(_scoped(src, scope))


def initiative_summary(scope: Scope = Scope()) -> pd.DataFrame:
    """One row per initiative in `scope` (graph.analysis.initiatives), most meetings first."""
    return _guarded(_initiatives, source(), scope)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=8)
def _change(src: Source, by: str, scope: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    frames = _frames(src)
    return (timeline.snapshots(frames, by=by, scope=scope),
            timeline.changes(frames, by=by, scope=scope),
            centrality.period_brokers(frames, by=by, scope=scope))


def change(by: str, scope: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Snapshots, changes (newcomers, leavers …) and brokers per period (graph.analysis)."""
    return _guarded(_change, source(), by, scope)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=16)
def _collaborators(src: Source, node_id: str, limit: int) -> pd.DataFrame:
    return collaboration.collaborators(_frames(src), node_id, limit=limit)


def collaborators(node_id: str, limit: int = 10) -> pd.DataFrame:
    """The strongest partners of a person or organisation, with the weight of each tie type."""
    return _guarded(_collaborators, source(), node_id, limit)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=16)
def _person_profile(src: Source, person_id: str) -> Profile:
    return profile(_frames(src), person_id)


def person_profile(person_id: str) -> Profile:
    """Memberships with periods, meetings, initiatives of a person (graph.analysis.profile)."""
    return _guarded(_person_profile, source(), person_id)


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=8)
def _stages(src: Source) -> pd.DataFrame:
    return initiatives.stage_evidence(_frames(src))


def stage_evidence() -> pd.DataFrame:
    """Every stage word the minutes state about an initiative (graph.analysis.initiatives)."""
    return _guarded(_stages, source())


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=4)
def _search_index(src: Source) -> SearchIndex:
    return build_index(_frames(src), _items(src))


def search_index() -> SearchIndex:
    return _guarded(_search_index, source())


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=4)
def _candidates(src: Source) -> list[Candidate]:
    return candidates(_store(src.location, src.settings))


def review_candidates() -> list[Candidate]:
    """Doubtful identities with their evidence (graph.review)."""
    return _guarded(_candidates, source())


def decisions_path() -> Path:
    """The identity decisions file: `CIVIC_DECISIONS` (relative to the repository) or the default."""
    value = os.environ.get(DECISIONS_KEY)
    if not value:
        return DECISIONS
    path = Path(value).expanduser()
    return path if path.is_absolute() else REPO_ROOT / path


def export_bytes(fmt: str) -> bytes:
    """The whole graph as `fmt` (graph.export); CSV as a zip of nodes.csv and relationships.csv."""
    with tempfile.TemporaryDirectory(prefix="export-") as tmp:
        out = Path(tmp) / ("csv" if fmt == "csv" else f"graph.{fmt}")
        write_export(store(), fmt, out)
        if fmt != "csv":
            return out.read_bytes()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(out.iterdir()):
                archive.write(path, path.name)
        return buffer.getvalue()


def ingest_files(files: list[tuple[str, bytes]],
                 on_progress: Callable[[int, str], None]) -> dict[str, Any]:
    """Ingest uploaded minutes one document at a time into the store; the merged report.

    Each file goes through `ingest.pipeline.run` on its own, so progress is per document;
    a later document still links to names the earlier ones stored. The merged report is saved
    where `python -m ingest run` saves its own, so the overview shows it.
    """
    from ingest.pipeline import Report, run

    merged = Report()
    with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
        for n, (name, content) in enumerate(files):
            on_progress(n, name)
            path = Path(tmp) / Path(name).name
            path.write_bytes(content)
            report = run([path], store())
            merged.documents_ok += [Path(d).name for d in report.documents_ok]
            merged.failed += [(Path(f).name, reason) for f, reason in report.failed]
            merged.closed_items += report.closed_items
            merged.writes.add(report.writes)
            merged.doubts += [d for d in report.doubts if d not in merged.doubts]
            merged.unresolved += report.unresolved
            merged.counts = report.counts
        on_progress(len(files), "")
    result = merged.as_dict()
    try:
        _report_path().write_text(json.dumps(result, ensure_ascii=False, indent=1),
                                  encoding="utf-8")
    except OSError as exc:
        log.warning("could not save the ingest report: %s", exc)
    clear_caches()
    return result


def password() -> str:
    """The dashboard password: `CIVIC_DASHBOARD_PASSWORD` from the environment, else `.env`."""
    if PASSWORD_KEY in os.environ:
        return os.environ[PASSWORD_KEY]
    try:
        return parse_env_file(ENV_FILE.read_text(encoding="utf-8"), str(ENV_FILE)).get(
            PASSWORD_KEY, "") if ENV_FILE.is_file() else ""
    except (GraphError, OSError) as exc:
        _stop_with(t("error.store", detail=exc))


@st.cache_resource(show_spinner=False)
def _console(location: str, _settings: Settings) -> ReadOnlyConsole:
    return ReadOnlyConsole.from_settings(_settings)


def console() -> ReadOnlyConsole | None:
    """The read-only Cypher console, or None when the store is not Neo4j."""
    src = source()
    if not src.settings.uses_neo4j:
        return None
    return _guarded(_console, src.location, src.settings)


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


def clear_caches() -> None:
    """Drop every cached read, e.g. after an ingest or when Neo4j changed underneath."""
    for cached in (_frames, _items, _scoped, _network_view, _initiatives, _change,
                   _collaborators, _person_profile, _stages, _search_index, _candidates,
                   _report):
        cached.clear()


def refresh_button() -> None:
    """A sidebar button that drops every cached read, e.g. after ingesting into Neo4j."""
    if st.sidebar.button(t("common.refresh"), help=t("common.refresh_help"), key="refresh"):
        clear_caches()
