"""`load_frames` on an empty store and on a small hand-built graph (reused by the dashboard tests).

The graph: two municipalities, three meetings, seven persons.
- Integrationsforum, Rudersdal, 2018-02-27 (doc A): Lotte (formand), Martha, Eva present.
- Integrationsforum, Rudersdal, 2018-05-15 (doc B): Lotte, Martha, Kristian present; Eva absent.
- Ældrerådet, Rødovre, 2019-03-04 (doc C): Anna, Bo present; Carl unknown.
"""
from __future__ import annotations

import gc
from typing import Any

import pandas as pd

from graph import ids, schema
from graph.frames import (ATTENDANCE_COLUMNS, MEETING_COLUMNS, MEMBERSHIP_COLUMNS,
                          PERSON_COLUMNS, ROLE_SEPARATOR, SOURCE_COLUMNS, Frames,
                          collector_paused, derived, load_frames, make_frames)
from graph.store.base import Batch, Node, Relationship

RUDERSDAL, ROEDOVRE = "Rudersdal", "Rødovre"
FORUM, AELDRE = "Integrationsforum", "Ældrerådet"
LOTTE = ids.person_id("Lotte Hassing", RUDERSDAL)
MARTHA = ids.person_id("Martha Ahlmann", RUDERSDAL)
EVA = ids.person_id("Eva Nanni", RUDERSDAL)
KRISTIAN = ids.person_id("Kristian Geiker", RUDERSDAL)
ANNA = ids.person_id("Anna Jensen", ROEDOVRE)
BO = ids.person_id("Bo Holm", ROEDOVRE)
CARL = ids.person_id("Carl Berg", ROEDOVRE)
FRIVILLIG = ids.organisation_id("Frivilligcenter Rudersdal", RUDERSDAL)
M1 = ids.meeting_id(FORUM, RUDERSDAL, "2018-02-27")
M2 = ids.meeting_id(FORUM, RUDERSDAL, "2018-05-15")
M3 = ids.meeting_id(AELDRE, ROEDOVRE, "2019-03-04")

# (document name, body, municipality, date, [(name, status, roles)])
MINUTES = (
    ("000_integrationsforum.txt", FORUM, RUDERSDAL, "2018-02-27",
     [("Lotte Hassing", "present", ["formand"]), ("Martha Ahlmann", "present", []),
      ("Eva Nanni", "present", [])]),
    ("001_integrationsforum.txt", FORUM, RUDERSDAL, "2018-05-15",
     [("Lotte Hassing", "present", []), ("Martha Ahlmann", "present", []),
      ("Kristian Geiker", "present", ["referent"]), ("Eva Nanni", "absent", [])]),
    ("002_aeldreraadet.txt", AELDRE, ROEDOVRE, "2019-03-04",
     [("Anna Jensen", "present", []), ("Bo Holm", "present", []), ("Carl Berg", "unknown", [])]),
)


def _minutes_batch(name: str, body: str, mun: str, date: str,
                   attendees: list[tuple[str, str, list[str]]]) -> Batch:
    doc = ids.document_id(name)
    meeting = ids.meeting_id(body, mun, date)
    body_id, mun_id = ids.body_id(body, mun), ids.municipality_id(mun)
    nodes = [Node(doc, schema.DOCUMENT, {"name": name, "format": "txt", "chars": 1000}),
             Node(mun_id, schema.MUNICIPALITY, {"name": mun}),
             Node(body_id, schema.BODY, {"name": body, "municipality": mun}),
             Node(meeting, schema.MEETING, {"date": date, "body": body, "municipality": mun,
                                            "location": "Rådhuset"})]
    rels: list[Relationship] = []

    def rel(rel_type: str, start: str, end: str, quote: str, **props: Any) -> None:
        provenance = {"doc": doc, "start": 0, "end": len(quote), "quote": quote,
                      "extractor": "test"}
        rels.append(Relationship(ids.relationship_id(rel_type, start, end, doc), rel_type,
                                 start, end, {**props, **provenance}))

    rel(schema.HELD, body_id, meeting, f"Emne/udvalg {body}")
    rel(schema.IN, meeting, mun_id, f"{mun} Kommune")
    for person_name, status, roles in attendees:
        person = ids.person_id(person_name, mun)
        nodes.append(Node(person, schema.PERSON, {"name": person_name, "municipality": mun}))
        rel(schema.ATTENDED, person, meeting, person_name, status=status, roles=roles)
        rel(schema.SOURCE, person, doc, f"Deltagere: {person_name}")
    if name.startswith("000"):
        nodes.append(Node(FRIVILLIG, schema.ORGANISATION, {
            "name": "Frivilligcenter Rudersdal", "kind": "association", "municipality": mun}))
        rel(schema.MEMBER_OF, LOTTE, FRIVILLIG, "Lotte Hassing, Frivilligcenter Rudersdal",
            roles=["formand"])
        rel(schema.SOURCE, FRIVILLIG, doc, "Frivilligcenter Rudersdal")
    for node_id in (mun_id, body_id, meeting):
        rel(schema.SOURCE, node_id, doc, f"Referat {body} {date}")
    return Batch(doc, tuple(nodes), tuple(rels))


def sample_batches() -> list[Batch]:
    """The hand-built graph described in the module docstring, one batch per document."""
    return [_minutes_batch(*minutes) for minutes in MINUTES]


def fill(store: Any) -> Any:
    for batch in sample_batches():
        store.write(batch)
    return store


def test_empty_store_gives_empty_frames_with_columns(store):
    frames = load_frames(store)
    assert frames.is_empty
    assert list(frames.persons.columns) == list(PERSON_COLUMNS)
    assert list(frames.meetings.columns) == list(MEETING_COLUMNS)
    assert list(frames.attendance.columns) == list(ATTENDANCE_COLUMNS)
    assert list(frames.memberships.columns) == list(MEMBERSHIP_COLUMNS)
    assert list(frames.sources.columns) == list(SOURCE_COLUMNS)
    assert all(frame.empty for frame in (frames.organisations, frames.documents,
                                         frames.attendance, frames.sources))


def test_frames_of_the_sample_graph(store):
    frames = load_frames(fill(store))
    assert not frames.is_empty
    assert len(frames.persons) == 7 and len(frames.meetings) == 3 and len(frames.documents) == 3
    assert frames.persons.set_index("id").loc[ANNA, "municipality"] == ROEDOVRE
    assert frames.organisations.set_index("id").loc[FRIVILLIG, "kind"] == "association"
    assert set(frames.bodies["name"]) == {FORUM, AELDRE}


def test_meetings_have_datetime_dates_and_bodies(store):
    meetings = load_frames(fill(store)).meetings.set_index("id")
    assert pd.api.types.is_datetime64_any_dtype(meetings["date"])
    assert meetings.loc[M1, "date"] == pd.Timestamp("2018-02-27")
    assert (meetings.loc[M3, "body"], meetings.loc[M3, "municipality"]) == (AELDRE, ROEDOVRE)


def test_a_meeting_without_body_or_municipality_takes_them_from_held_and_in(store):
    for batch in sample_batches():
        bare = tuple(Node(n.id, n.label, {k: v for k, v in n.properties.items()
                                          if k not in ("body", "municipality")})
                     if n.id == M3 else n for n in batch.nodes)
        store.write(Batch(batch.document_id, bare, batch.relationships))
    meetings = load_frames(store).meetings.set_index("id")
    assert (meetings.loc[M3, "body"], meetings.loc[M3, "municipality"]) == (AELDRE, ROEDOVRE)
    assert meetings.loc[M1, "body"] == FORUM


def test_attendance_rows_carry_status_roles_and_meeting_details(store):
    attendance = load_frames(fill(store)).attendance
    assert len(attendance) == 10
    row = attendance.set_index(["person_id", "meeting_id"]).loc[(LOTTE, M1)]
    assert (row["status"], row["roles"], row["body"]) == ("present", "formand", FORUM)
    assert row["date"] == pd.Timestamp("2018-02-27")
    eva = attendance.set_index(["person_id", "meeting_id"]).loc[(EVA, M2)]
    assert eva["status"] == "absent"


def test_memberships_and_sources(store):
    frames = load_frames(fill(store))
    membership = frames.memberships.iloc[0]
    assert (membership["person_id"], membership["org_id"]) == (LOTTE, FRIVILLIG)
    assert (membership["relation"], membership["roles"]) == (schema.MEMBER_OF, "formand")
    lotte = frames.sources[frames.sources["node_id"] == LOTTE]
    assert sorted(lotte["document"]) == ["000_integrationsforum.txt", "001_integrationsforum.txt"]
    assert set(lotte["quote"]) == {"Deltagere: Lotte Hassing"}


def test_an_attendance_stated_twice_is_one_row_with_the_best_status_and_all_roles(store):
    """A second document records the meeting of 2018-02-27: Lotte unknown, Eva absent there."""
    fill(store)
    store.write(_minutes_batch("003_integrationsforum.txt", FORUM, RUDERSDAL, "2018-02-27",
                               [("Lotte Hassing", "unknown", ["referent", "formand"]),
                                ("Eva Nanni", "absent", [])]))
    attendance = load_frames(store).attendance.set_index(["person_id", "meeting_id"])
    assert not attendance.index.duplicated().any()
    lotte = attendance.loc[(LOTTE, M1)]
    assert lotte["status"] == "present"  # "present" outweighs "unknown" whichever comes first
    assert sorted(lotte["roles"].split(ROLE_SEPARATOR)) == ["formand", "referent"]
    assert attendance.loc[(EVA, M1), "status"] == "present"


def test_derived_tables_are_made_once_per_frames_and_handed_out_as_copies():
    frames = make_frames()
    made: list[int] = []

    def table(_: Frames, n: int) -> pd.DataFrame:
        made.append(n)
        return pd.DataFrame({"n": [n]})

    first = derived(frames, table, 1)
    assert derived(frames, table, 1).equals(first) and derived(frames, table, 2)["n"].item() == 2
    assert made == [1, 2]
    first["written"] = 0  # a caller adding to its copy leaves the kept table alone
    assert list(derived(frames, table, 1).columns) == ["n"]
    assert derived(make_frames(), table, 1)["n"].item() == 1 and made == [1, 2, 1]


def test_collector_paused_nests_and_restores_the_collector_as_it_was():
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
