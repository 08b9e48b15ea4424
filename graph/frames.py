"""The graph as pandas DataFrames, read only through the `Store` protocol.

Analysis and the dashboard work on these tables rather than on the store, so they run the same
on the embedded store and on Neo4j, and a test can build them by hand. An empty store gives
empty frames with the same columns, so callers need no special case for "nothing ingested yet".
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping, TypeVar, cast

import pandas as pd

from graph import schema
from graph.store.base import NodeColumns, Store

PERSON_COLUMNS = ("id", "name", "municipality")
ORGANISATION_COLUMNS = ("id", "name", "kind", "municipality")
BODY_COLUMNS = ("id", "name", "municipality")
MEETING_COLUMNS = ("id", "date", "body", "municipality", "location")
DOCUMENT_COLUMNS = ("id", "name", "format")
ATTENDANCE_COLUMNS = ("person_id", "meeting_id", "status", "roles", "date", "body", "municipality")
MEMBERSHIP_COLUMNS = ("person_id", "org_id", "relation", "roles", "doc")
SOURCE_COLUMNS = ("node_id", "doc", "quote", "start", "end", "document")
INITIATIVE_COLUMNS = ("id", "name", "kind", "municipality")
# `actor_label` is the label of `actor_id` (Person, Organisation or Body), read from its id prefix.
INVOLVEMENT_COLUMNS = ("actor_id", "actor_label", "initiative_id", "role", "status", "doc", "quote")
FUNDING_COLUMNS = ("funder_id", "recipient_id", "amount_dkk", "year", "doc", "quote")
COLLABORATION_COLUMNS = ("start_id", "end_id", "doc", "quote")
# `source_id` is a meeting or an agenda item; `meeting_id` is the meeting either way.
MENTION_COLUMNS = ("source_id", "target_id", "meeting_id", "item_id", "doc", "quote")

ROLE_SEPARATOR = "; "
# When several documents state a person's attendance of one meeting, the most informative
# status wins: a "present" in one set of minutes outweighs an "unknown" in another.
_STATUS_RANK = {status: rank for rank, status in enumerate(("present", "absent", "unknown"))}


@dataclass(frozen=True)
class Frames:
    """Tables of the graph; every frame has its `*_COLUMNS`, possibly with no rows."""

    persons: pd.DataFrame
    organisations: pd.DataFrame
    bodies: pd.DataFrame
    meetings: pd.DataFrame
    documents: pd.DataFrame
    attendance: pd.DataFrame
    memberships: pd.DataFrame
    sources: pd.DataFrame
    # Added for the analyses; defaults keep hand-built `Frames(...)` of the first eight working.
    initiatives: pd.DataFrame = field(default_factory=lambda: _frame((), INITIATIVE_COLUMNS))
    involvements: pd.DataFrame = field(default_factory=lambda: _frame((), INVOLVEMENT_COLUMNS))
    fundings: pd.DataFrame = field(default_factory=lambda: _frame((), FUNDING_COLUMNS))
    collaborations: pd.DataFrame = field(
        default_factory=lambda: _frame((), COLLABORATION_COLUMNS))
    mentions: pd.DataFrame = field(default_factory=lambda: _frame((), MENTION_COLUMNS))

    @property
    def is_empty(self) -> bool:
        """True when nothing has been ingested (no meetings and no persons)."""
        return self.meetings.empty and self.persons.empty


_collector_lock = threading.Lock()
_collector_pauses = 0  # `collector_paused` blocks running now, in all threads
_collector_was_on = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many small objects.

    Every few hundred new lists, dicts or rows start a collection, and while the new objects
    pile up, the collections walk them again and again: reading the graph or building a few
    hundred thousand edges or evidence lists takes up to twice as long with it. What is built
    here has no reference cycles, so nothing waits to be collected. Nestable and thread-safe:
    the collector runs again when the last block ends, if it ran when the first began.
    """
    global _collector_pauses, _collector_was_on
    with _collector_lock:
        if _collector_pauses == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _collector_pauses += 1
    try:
        yield
    finally:
        with _collector_lock:
            _collector_pauses -= 1
            if _collector_pauses == 0 and _collector_was_on:
                gc.enable()


def _frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with exactly `columns` (in order), even when `rows` is empty."""
    return pd.DataFrame(list(rows), columns=list(columns))


def _table(columns: Mapping[str, list[Any]], names: tuple[str, ...]) -> pd.DataFrame:
    """A frame from one list per column (far cheaper than a dict per row), columns `names`."""
    if not any(columns[name] for name in names):  # empty lists would make float columns
        return _frame((), names)
    return pd.DataFrame({name: columns[name] for name in names}, columns=list(names))


def _roles(value: Any) -> str:
    """Roles as one display string: lists joined with "; ", a single role as is."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ROLE_SEPARATOR.join([str(v) for v in value if v])  # a list: faster than a generator
    return str(value)


def _node_table(store: Store, label: str, names: tuple[str, ...]) -> pd.DataFrame:
    """The nodes of `label` as a frame: `id`, then the properties `names` (None where absent)."""
    return _columns_table(store.node_columns(label, names[1:]), names)


def _columns_table(found: NodeColumns, names: tuple[str, ...]) -> pd.DataFrame:
    return _table({"id": found.ids, **found.values}, names)


def _meetings(store: Store, names: Mapping[str, str]) -> pd.DataFrame:
    """Meetings; body and municipality fall back to the HELD and IN relationships."""
    found = store.node_columns(schema.MEETING, MEETING_COLUMNS[1:])
    ids, bodies, municipalities = found.ids, found.values["body"], found.values["municipality"]
    # The fallbacks read two whole relationship types; only when some meeting needs them.
    if not all(bodies):
        held_by = store.relationship_columns(schema.HELD, ())
        held: dict[str, str] = {}
        for body, meeting in zip(held_by.starts, held_by.ends):  # the first by id
            held.setdefault(meeting, body)
        bodies = [b or names.get(held.get(i, "")) for i, b in zip(ids, bodies)]
    if not all(municipalities):
        located_in = store.relationship_columns(schema.IN, ())
        located = dict(zip(located_in.starts, located_in.ends))
        municipalities = [m or names.get(located.get(i, "")) for i, m in zip(ids, municipalities)]
    frame = _table({"id": ids, "date": found.values["date"], "body": bodies,
                    "municipality": municipalities, "location": found.values["location"]},
                   MEETING_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", format="ISO8601")
    return frame


def _merged_statements(persons: list[str], meetings: list[str], statuses: list[str],
                       roles: list[list[Any]]) -> dict[tuple[str, str], tuple[str, list[Any]]]:
    """(person, meeting) → (status, roles) where several documents state one attendance."""
    merged: dict[tuple[str, str], tuple[str, list[Any]]] = {}
    for key, status, said in zip(zip(persons, meetings), statuses, roles):
        if key not in merged:
            merged[key] = (status, list(said))
            continue
        kept, known = merged[key]
        if _STATUS_RANK.get(status, 99) < _STATUS_RANK.get(kept, 99):
            kept = status
        merged[key] = (kept, known + [r for r in said if r not in known])
    return merged


def _attendance(store: Store, meetings: pd.DataFrame) -> pd.DataFrame:
    """One row per (person, meeting), statuses and roles merged over documents."""
    found = store.relationship_columns(schema.ATTENDED, ("status", "roles"))
    persons, ends = found.starts, found.ends
    statuses = [s or "unknown" for s in found.values["status"]]
    roles = [[r] if isinstance(r, str) else list(r) for r in (r or [] for r in found.values["roles"])]
    frame = _table({"person_id": persons, "meeting_id": ends, "status": statuses,
                    "roles": roles}, ATTENDANCE_COLUMNS[:4])
    twice = frame.duplicated(["person_id", "meeting_id"], keep=False).to_numpy()
    if twice.any():  # most attendances are stated once; merge the others in Python
        at = twice.nonzero()[0].tolist()
        merged = _merged_statements([persons[i] for i in at], [ends[i] for i in at],
                                    [statuses[i] for i in at], [roles[i] for i in at])
        for i in at:
            statuses[i], roles[i] = merged[(persons[i], ends[i])]
        frame["status"] = statuses
    if persons:
        frame["roles"] = [_roles(r) for r in roles]
    frame = (frame[~frame.duplicated(["person_id", "meeting_id"])]
             .sort_values(["person_id", "meeting_id"], ignore_index=True))
    details = meetings[["id", "date", "body", "municipality"]].rename(columns={"id": "meeting_id"})
    return frame.merge(details, on="meeting_id", how="left")[list(ATTENDANCE_COLUMNS)]


def _memberships(store: Store) -> pd.DataFrame:
    columns: dict[str, list[Any]] = {name: [] for name in MEMBERSHIP_COLUMNS}
    for rel_type in (schema.MEMBER_OF, schema.REPRESENTS):
        found = store.relationship_columns(rel_type, ("roles", "role", "doc"))
        columns["person_id"] += found.starts
        columns["org_id"] += found.ends
        columns["relation"] += [rel_type] * len(found.starts)
        # `roles`, or the single `role` where a row has no `roles` (no stored value is None)
        columns["roles"] += [_roles(role if roles is None else roles)
                             for roles, role in zip(found.values["roles"], found.values["role"])]
        columns["doc"] += found.values["doc"]
    return _table(columns, MEMBERSHIP_COLUMNS)


def _sources(store: Store, documents: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(documents["id"], documents["name"]))
    found = store.relationship_columns(schema.SOURCE, ("quote", "start", "end"))
    return _table({"node_id": found.starts, "doc": found.ends, **found.values,
                   "document": [names.get(e, e) for e in found.ends]}, SOURCE_COLUMNS)


_PREFIX_LABELS = {label.id_prefix: name for name, label in schema.LABELS.items()}


def _label_of(node_id: str) -> str | None:
    """The label an id belongs to, from its prefix (`person:…` → Person); ids are deterministic."""
    return _PREFIX_LABELS.get(node_id.split(":", 1)[0])


def _involvements(store: Store) -> pd.DataFrame:
    found = store.relationship_columns(schema.INVOLVED_IN, ("role", "status", "doc", "quote"))
    return _table({"actor_id": found.starts, "actor_label": [_label_of(s) for s in found.starts],
                   "initiative_id": found.ends, **found.values}, INVOLVEMENT_COLUMNS)


def _fundings(store: Store) -> pd.DataFrame:
    found = store.relationship_columns(schema.FUNDED, ("amount_dkk", "year", "doc", "quote"))
    frame = _table({"funder_id": found.starts, "recipient_id": found.ends, **found.values},
                   FUNDING_COLUMNS)
    for column in ("amount_dkk", "year"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _collaborations(store: Store) -> pd.DataFrame:
    found = store.relationship_columns(schema.COLLABORATES_WITH, ("doc", "quote"))
    return _table({"start_id": found.starts, "end_id": found.ends, **found.values},
                  COLLABORATION_COLUMNS)


def _mentions(store: Store) -> pd.DataFrame:
    """MENTIONS from meetings and from agenda items, each row with the meeting it belongs to."""
    has_item = store.relationship_columns(schema.HAS_ITEM, ())
    item_meeting = dict(zip(has_item.ends, has_item.starts))
    found = store.relationship_columns(schema.MENTIONS, ("doc", "quote"))
    starts = found.starts
    item = schema.LABELS[schema.AGENDA_ITEM].id_prefix  # `startswith` first: it rules out most
    items = [s if s.startswith(item) and _label_of(s) == schema.AGENDA_ITEM else None for s in starts]
    meetings = [item_meeting.get(s) if i is not None else s for s, i in zip(starts, items)]
    return _table({"source_id": starts, "target_id": found.ends, "meeting_id": meetings,
                   "item_id": items, **found.values}, MENTION_COLUMNS)


def load_frames(store: Store) -> Frames:
    """Read the whole graph from `store` into `Frames`.

    Reads columns (`Store.node_columns`, `Store.relationship_columns`): only the properties
    the frames hold, without an object per row.

    >>> from graph.store.embedded import EmbeddedStore
    >>> import tempfile, pathlib
    >>> with EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "g.db") as empty:
    ...     list(load_frames(empty).persons.columns)
    ['id', 'name', 'municipality']
    """
    with collector_paused():  # a million rows, each a few dicts and lists
        return _load(store)


def _load(store: Store) -> Frames:
    municipalities = store.node_columns(schema.MUNICIPALITY, ("name",))
    bodies = store.node_columns(schema.BODY, BODY_COLUMNS[1:])
    names = {node_id: node_id if name is None else str(name) for found in (municipalities, bodies)
             for node_id, name in zip(found.ids, found.values["name"])}
    meetings = _meetings(store, names)
    documents = _node_table(store, schema.DOCUMENT, DOCUMENT_COLUMNS)
    return Frames(
        persons=_node_table(store, schema.PERSON, PERSON_COLUMNS),
        organisations=_node_table(store, schema.ORGANISATION, ORGANISATION_COLUMNS),
        bodies=_columns_table(bodies, BODY_COLUMNS),
        meetings=meetings,
        documents=documents,
        attendance=_attendance(store, meetings),
        memberships=_memberships(store),
        sources=_sources(store, documents),
        initiatives=_node_table(store, schema.INITIATIVE, INITIATIVE_COLUMNS),
        involvements=_involvements(store),
        fundings=_fundings(store),
        collaborations=_collaborations(store),
        mentions=_mentions(store),
    )


def document_meetings(frames: Frames) -> pd.DataFrame:
    """doc, meeting_id, date: the meeting each document records (its Meeting's SOURCE).

    Lets a relationship stated in a document (INVOLVED_IN, FUNDED …) be dated and placed.
    """
    return derived(frames, _document_meetings)


def _document_meetings(frames: Frames) -> pd.DataFrame:
    rows = frames.sources[["doc", "node_id"]].rename(columns={"node_id": "meeting_id"})
    dates = frames.meetings[["id", "date"]].rename(columns={"id": "meeting_id"})
    return (rows.merge(dates, on="meeting_id")  # inner: keeps the meetings' SOURCE rows only
            .sort_values(["doc", "date", "meeting_id"]).drop_duplicates("doc")
            .reset_index(drop=True)[["doc", "meeting_id", "date"]])


T = TypeVar("T")


def derived(frames: Frames, compute: Callable[..., T], *args: Hashable) -> T:
    """`compute(frames, *args)`, computed once per `Frames` and arguments.

    Several analyses start from the same intermediate tables (the meeting of each document,
    the meetings of each period, each period's network), each costly on a large graph. They
    are kept on the instance, so they live as long as the frames. Frames are not changed in
    place (the dataclass is frozen and nothing writes into its tables), so what is kept stays
    true. A DataFrame comes back as a shallow copy, which pandas' copy-on-write keeps from
    writing into the kept one; other results are to be read only.
    """
    memo: dict[tuple[str, str, tuple[Hashable, ...]], Any] = frames.__dict__.setdefault(
        "_derived", {})
    key = (compute.__module__, compute.__qualname__, args)
    if key not in memo:
        memo[key] = compute(frames, *args)
    found = memo[key]
    return cast(T, found.copy(deep=False) if isinstance(found, pd.DataFrame) else found)


_COLUMNS = {"persons": PERSON_COLUMNS, "organisations": ORGANISATION_COLUMNS,
            "bodies": BODY_COLUMNS, "meetings": MEETING_COLUMNS, "documents": DOCUMENT_COLUMNS,
            "attendance": ATTENDANCE_COLUMNS, "memberships": MEMBERSHIP_COLUMNS,
            "sources": SOURCE_COLUMNS, "initiatives": INITIATIVE_COLUMNS,
            "involvements": INVOLVEMENT_COLUMNS, "fundings": FUNDING_COLUMNS,
            "collaborations": COLLABORATION_COLUMNS, "mentions": MENTION_COLUMNS}


def make_frames(**tables: pd.DataFrame) -> Frames:
    """`Frames` from the tables given; the others empty. Missing columns are added (all NA).

    For examples, tests and benchmarks that build a few tables by hand instead of a store.

    >>> att = pd.DataFrame({"person_id": ["p1"], "meeting_id": ["m1"], "status": ["present"]})
    >>> list(make_frames(attendance=att).attendance.columns) == list(ATTENDANCE_COLUMNS)
    True
    """
    unknown = sorted(set(tables) - set(_COLUMNS))
    if unknown:
        raise TypeError(f"make_frames: unknown tables {unknown}; known: {sorted(_COLUMNS)}")
    made = {}
    for name, columns in _COLUMNS.items():
        table = tables.get(name, _frame((), columns))
        extra = [c for c in table.columns if c not in columns]
        made[name] = table.reindex(columns=[*columns, *extra])
    if "date" in made["meetings"]:
        made["meetings"]["date"] = pd.to_datetime(made["meetings"]["date"], errors="coerce")
    if "date" in made["attendance"]:
        made["attendance"]["date"] = pd.to_datetime(made["attendance"]["date"], errors="coerce")
    return Frames(**made)


def to_plain(value: Any) -> Any:
    """A value JSON can hold: dates as ISO strings, NaN/NA/NaT as None, numpy scalars unboxed."""
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if value is None or (not isinstance(value, (str, bytes)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of an analysis frame as JSON-ready dicts (for `--json` and the dashboard).

    >>> records(pd.DataFrame({"date": pd.to_datetime(["2018-02-27", None]), "n": [1, None]}))
    [{'date': '2018-02-27', 'n': 1.0}, {'date': None, 'n': None}]
    """
    return [{str(k): to_plain(v) for k, v in row.items()} for row in frame.to_dict("records")]
