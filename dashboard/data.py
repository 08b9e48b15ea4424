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
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, NoReturn, TypeVar

import networkx as nx
import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.scope import Scope, scope_frames
from dashboard.texts import t
from graph import schema
from graph.analysis import centrality, collaboration, initiatives, timeline
from graph.analysis.coattendance import prune_graph
from graph.analysis.profile import Profile, profile
from graph.console import ReadOnlyConsole
from graph.errors import GraphError
from graph.export import write_export
from graph.frames import Frames
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
    return NetworkView(shown, charts.layout(shown, LAYOUT_SEED),
                       dict(zip(found["person_id"], found["community"])),
                       dict(zip(ranked["person_id"], ranked["betweenness"])),
                       prune_graph(full, min_weight=min_weight).number_of_nodes())


def network_view(level: str, scope: Scope, types: tuple[str, ...], min_weight: int = 1,
                 max_elements: int = MAX_ELEMENTS) -> NetworkView:
    """Persons' or organisations' ties of `types` within `scope`, cut to `max_elements`."""
    return _guarded(_network_view, source(), level, scope, tuple(sorted(types)), min_weight,
                    max_elements)


def _change(frames: Frames, by: str, scope: str) -> tuple[pd.DataFrame, ...]:
    return (timeline.snapshots(frames, by=by, scope=scope),
            timeline.changes(frames, by=by, scope=scope),
            centrality.period_brokers(frames, by=by, scope=scope))


# The analyses the pages show, by name; each takes the frames (within a scope) and arguments.
_ANALYSES: dict[str, Callable[..., Any]] = {
    "initiatives": initiatives.initiative_summary,
    "stages": initiatives.stage_evidence,
    "change": _change,
    "collaborators": lambda frames, node, limit: collaboration.collaborators(frames, node,
                                                                             limit=limit),
    "profile": profile,
}


@st.cache_data(show_spinner=False, ttl=_NEO4J_TTL, max_entries=64)
def _analysis(src: Source, scope: Scope, name: str, *args: Any) -> Any:
    return _ANALYSES[name](_scoped(src, scope), *args)


def _analyse(name: str, *args: Any, scope: Scope = Scope()) -> Any:
    return _guarded(_analysis, source(), scope, name, *args)


def initiative_summary(scope: Scope = Scope()) -> pd.DataFrame:
    """One row per initiative in `scope` (graph.analysis.initiatives), most meetings first."""
    found: pd.DataFrame = _analyse("initiatives", scope=scope)
    return found


def stage_evidence() -> pd.DataFrame:
    """Every stage word the minutes state about an initiative (graph.analysis.initiatives)."""
    found: pd.DataFrame = _analyse("stages")
    return found


def change(by: str, scope: str) -> tuple[pd.DataFrame, ...]:
    """Snapshots, changes (newcomers, leavers …) and brokers per period (graph.analysis)."""
    found: tuple[pd.DataFrame, ...] = _analyse("change", by, scope)
    return found


def collaborators(node_id: str, limit: int = 10) -> pd.DataFrame:
    """The strongest partners of a person or organisation, with the weight of each tie type."""
    found: pd.DataFrame = _analyse("collaborators", node_id, limit)
    return found


def person_profile(person_id: str) -> Profile:
    """Memberships with periods, meetings, initiatives of a person (graph.analysis.profile)."""
    found: Profile = _analyse("profile", person_id)
    return found


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
    """The identity decisions file: `CIVIC_DECISIONS` (relative to the repository), or else
    data/identity/decisions.tsv."""
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
    """Ingest uploaded minutes into the store as one batch, like `python -m ingest run` on a
    folder: names are linked across the uploads and to what the store holds. The report is
    saved where `python -m ingest run` saves its own, so the overview shows it.
    """
    from ingest.pipeline import run

    with tempfile.TemporaryDirectory(prefix="upload-") as tmp:
        paths = []
        for n, (name, content) in enumerate(files):  # a folder each: two uploads may share a name
            path = Path(tmp) / str(n) / Path(name).name
            path.parent.mkdir()
            path.write_bytes(content)
            paths.append(path)
        on_progress(0, paths[0].name if paths else "")
        merged = run(paths, store(), on_document=lambda done, _total, path: on_progress(done, path.name))
        merged.documents_ok = [Path(d).name for d in merged.documents_ok]
        merged.failed = [(Path(f).name, reason) for f, reason in merged.failed]
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
    for cached in (_frames, _items, _scoped, _network_view, _analysis, _search_index,
                   _candidates, _report):
        cached.clear()


def refresh_button() -> None:
    """A sidebar button that drops every cached read, e.g. after ingesting into Neo4j."""
    if st.sidebar.button(t("common.refresh"), help=t("common.refresh_help"), key="refresh"):
        clear_caches()
