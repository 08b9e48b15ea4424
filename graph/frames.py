"""The graph as pandas DataFrames, read only through the `Store` protocol.

Analysis and the dashboard work on these tables rather than on the store, so they run the same
on the embedded store and on Neo4j, and a test can build them by hand. An empty store gives
empty frames with the same columns, so callers need no special case for "nothing ingested yet".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import pandas as pd

from graph import schema
from graph.store.base import Node, Relationship, Store

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


def _frame(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """A frame with exactly `columns` (in order), even when `rows` is empty."""
    return pd.DataFrame(list(rows), columns=list(columns))


def _roles(value: Any) -> str:
    """Roles as one display string: lists joined with "; ", a single role as is."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ROLE_SEPARATOR.join(str(v) for v in value if v)
    return str(value)


def _node_rows(nodes: list[Node], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"id": n.id, **{k: n.properties.get(k) for k in keys if k != "id"}} for n in nodes]


def _by_end(rels: list[Relationship]) -> dict[str, str]:
    """end → start of relationships such as HELD (body → meeting), first by id."""
    found: dict[str, str] = {}
    for rel in rels:
        found.setdefault(rel.end, rel.start)
    return found


def _meetings(store: Store, names: Mapping[str, str]) -> pd.DataFrame:
    """Meetings; body and municipality fall back to the HELD and IN relationships."""
    held = _by_end(store.relationships(schema.HELD))
    located = {r.start: r.end for r in store.relationships(schema.IN)}
    rows = []
    for node in store.nodes(schema.MEETING):
        props = node.properties
        body = props.get("body") or names.get(held.get(node.id, ""))
        municipality = props.get("municipality") or names.get(located.get(node.id, ""))
        rows.append({"id": node.id, "date": props.get("date"), "body": body,
                     "municipality": municipality, "location": props.get("location")})
    frame = _frame(rows, MEETING_COLUMNS)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce", format="ISO8601")
    return frame


def _attendance(store: Store, meetings: pd.DataFrame) -> pd.DataFrame:
    """One row per (person, meeting), statuses and roles merged over documents."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for rel in store.relationships(schema.ATTENDED):
        status = rel.properties.get("status") or "unknown"
        roles = rel.properties.get("roles") or []
        roles = [roles] if isinstance(roles, str) else list(roles)
        row = merged.setdefault((rel.start, rel.end), {"status": status, "roles": []})
        if _STATUS_RANK.get(status, 99) < _STATUS_RANK.get(row["status"], 99):
            row["status"] = status
        row["roles"] += [r for r in roles if r not in row["roles"]]
    rows = [{"person_id": p, "meeting_id": m, "status": v["status"], "roles": _roles(v["roles"])}
            for (p, m), v in sorted(merged.items())]
    frame = _frame(rows, ATTENDANCE_COLUMNS[:4])
    details = meetings[["id", "date", "body", "municipality"]].rename(columns={"id": "meeting_id"})
    return frame.merge(details, on="meeting_id", how="left")[list(ATTENDANCE_COLUMNS)]


def _memberships(store: Store) -> pd.DataFrame:
    rows = []
    for rel_type in (schema.MEMBER_OF, schema.REPRESENTS):
        for rel in store.relationships(rel_type):
            props = rel.properties
            rows.append({"person_id": rel.start, "org_id": rel.end, "relation": rel_type,
                         "roles": _roles(props.get("roles", props.get("role"))),
                         "doc": props.get("doc")})
    return _frame(rows, MEMBERSHIP_COLUMNS)


def _sources(store: Store, documents: pd.DataFrame) -> pd.DataFrame:
    names = dict(zip(documents["id"], documents["name"]))
    rows = [{"node_id": rel.start, "doc": rel.end, "quote": rel.properties.get("quote"),
             "start": rel.properties.get("start"), "end": rel.properties.get("end"),
             "document": names.get(rel.end, rel.end)}
            for rel in store.relationships(schema.SOURCE)]
    return _frame(rows, SOURCE_COLUMNS)


_PREFIX_LABELS = {label.id_prefix: name for name, label in schema.LABELS.items()}


def _label_of(node_id: str) -> str | None:
    """The label an id belongs to, from its prefix (`person:…` → Person); ids are deterministic."""
    return _PREFIX_LABELS.get(node_id.split(":", 1)[0])


def _involvements(store: Store) -> pd.DataFrame:
    rows = [{"actor_id": rel.start, "actor_label": _label_of(rel.start), "initiative_id": rel.end,
             "role": rel.properties.get("role"), "status": rel.properties.get("status"),
             "doc": rel.properties.get("doc"), "quote": rel.properties.get("quote")}
            for rel in store.relationships(schema.INVOLVED_IN)]
    return _frame(rows, INVOLVEMENT_COLUMNS)


def _fundings(store: Store) -> pd.DataFrame:
    rows = [{"funder_id": rel.start, "recipient_id": rel.end,
             "amount_dkk": rel.properties.get("amount_dkk"), "year": rel.properties.get("year"),
             "doc": rel.properties.get("doc"), "quote": rel.properties.get("quote")}
            for rel in store.relationships(schema.FUNDED)]
    frame = _frame(rows, FUNDING_COLUMNS)
    for column in ("amount_dkk", "year"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _collaborations(store: Store) -> pd.DataFrame:
    rows = [{"start_id": rel.start, "end_id": rel.end, "doc": rel.properties.get("doc"),
             "quote": rel.properties.get("quote")}
            for rel in store.relationships(schema.COLLABORATES_WITH)]
    return _frame(rows, COLLABORATION_COLUMNS)


def _mentions(store: Store) -> pd.DataFrame:
    """MENTIONS from meetings and from agenda items, each row with the meeting it belongs to."""
    item_meeting = {rel.end: rel.start for rel in store.relationships(schema.HAS_ITEM)}
    rows = []
    for rel in store.relationships(schema.MENTIONS):
        item = rel.start if _label_of(rel.start) == schema.AGENDA_ITEM else None
        meeting = item_meeting.get(rel.start) if item is not None else rel.start
        rows.append({"source_id": rel.start, "target_id": rel.end, "meeting_id": meeting,
                     "item_id": item, "doc": rel.properties.get("doc"),
                     "quote": rel.properties.get("quote")})
    return _frame(rows, MENTION_COLUMNS)


def load_frames(store: Store) -> Frames:
    """Read the whole graph from `store` into `Frames`.

    >>> from graph.store.embedded import EmbeddedStore
    >>> import tempfile, pathlib
    >>> with EmbeddedStore(pathlib.Path(tempfile.mkdtemp()) / "g.db") as empty:
    ...     list(load_frames(empty).persons.columns)
    ['id', 'name', 'municipality']
    """
    municipalities = store.nodes(schema.MUNICIPALITY)
    bodies = store.nodes(schema.BODY)
    names = {n.id: str(n.properties.get("name", n.id)) for n in (*municipalities, *bodies)}
    meetings = _meetings(store, names)
    documents = _frame(_node_rows(store.nodes(schema.DOCUMENT), DOCUMENT_COLUMNS),
                       DOCUMENT_COLUMNS)
    return Frames(
        persons=_frame(_node_rows(store.nodes(schema.PERSON), PERSON_COLUMNS), PERSON_COLUMNS),
        organisations=_frame(_node_rows(store.nodes(schema.ORGANISATION), ORGANISATION_COLUMNS),
                             ORGANISATION_COLUMNS),
        bodies=_frame(_node_rows(bodies, BODY_COLUMNS), BODY_COLUMNS),
        meetings=meetings,
        documents=documents,
        attendance=_attendance(store, meetings),
        memberships=_memberships(store),
        sources=_sources(store, documents),
        initiatives=_frame(_node_rows(store.nodes(schema.INITIATIVE), INITIATIVE_COLUMNS),
                           INITIATIVE_COLUMNS),
        involvements=_involvements(store),
        fundings=_fundings(store),
        collaborations=_collaborations(store),
        mentions=_mentions(store),
    )


def document_meetings(frames: Frames) -> pd.DataFrame:
    """doc, meeting_id, date: the meeting each document records (its Meeting's SOURCE).

    Lets a relationship stated in a document (INVOLVED_IN, FUNDED …) be dated and placed.
    """
    rows = frames.sources[["doc", "node_id"]].rename(columns={"node_id": "meeting_id"})
    dates = frames.meetings[["id", "date"]].rename(columns={"id": "meeting_id"})
    return (rows.merge(dates, on="meeting_id")  # inner: keeps the meetings' SOURCE rows only
            .sort_values(["doc", "date", "meeting_id"]).drop_duplicates("doc")
            .reset_index(drop=True)[["doc", "meeting_id", "date"]])


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
