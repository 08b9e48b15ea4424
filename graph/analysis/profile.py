"""One person on one page: memberships with their periods, roles, meetings, initiatives, partners.

Stated memberships (MEMBER_OF, REPRESENTS) are dated by the meetings whose minutes state them;
a seat in a body is inferred from attendance (first and last meeting seen, meetings missed in
between). Everything is read from `Frames`, so the profile is the same on every store.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pandas as pd

from graph import ids
from graph.analysis.collaboration import collaborators
from graph.analysis.timeline import membership_periods
from graph.errors import AnalysisError
from graph.frames import ROLE_SEPARATOR, Frames, document_meetings, records

MEMBERSHIP_COLUMNS = ("org_id", "name", "kind", "relation", "roles", "first_seen", "last_seen",
                      "attended", "held", "missed", "gaps", "evidence")
MEETING_COLUMNS = ("date", "meeting_id", "body", "municipality", "status", "roles", "documents")
INITIATIVE_COLUMNS = ("initiative_id", "name", "roles", "first_seen", "last_seen", "documents")


@dataclass(frozen=True)
class Profile:
    """A person's profile; every table is a DataFrame with the module's `*_COLUMNS`."""

    person: dict[str, Any]
    roles: list[str]  # most frequent first
    memberships: pd.DataFrame
    meetings: pd.DataFrame
    initiatives: pd.DataFrame
    collaborators: pd.DataFrame

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: dates as ISO strings, missing values as None."""
        return {"person": self.person, "roles": self.roles,
                **{f.name: records(getattr(self, f.name)) for f in dataclasses.fields(self)
                   if f.name not in ("person", "roles")}}


def _split(roles: pd.Series) -> list[str]:
    return [r for text in roles.dropna() for r in str(text).split(ROLE_SEPARATOR) if r]


def _stated(frames: Frames, person_id: str, dates: dict[str, Any]) -> pd.DataFrame:
    """MEMBER_OF / REPRESENTS rows of the person, one per (organisation, relation)."""
    rows = frames.memberships[frames.memberships["person_id"] == person_id]
    rows = rows.assign(date=pd.to_datetime(rows["doc"].map(dates), errors="coerce"))
    out = []
    for (org, relation), group in rows.groupby(["org_id", "relation"], sort=True):
        out.append({"org_id": org, "relation": relation,
                    "roles": sorted(set(_split(group["roles"]))),
                    "first_seen": group["date"].min(), "last_seen": group["date"].max(),
                    "evidence": sorted(set(group["doc"].dropna()))})
    return pd.DataFrame(out, columns=["org_id", "relation", "roles", "first_seen", "last_seen",
                                      "evidence"])


def _seats(frames: Frames, person_id: str) -> pd.DataFrame:
    """Bodies the person sat in, inferred from attendance."""
    mine = frames.attendance[frames.attendance["person_id"] == person_id]
    periods = membership_periods(dataclasses.replace(frames, attendance=mine))
    # object dtype first: a column that is all missing is float64, which takes no string fill (pandas 4 refuses it)
    places = periods[["municipality", "body"]].astype(object).fillna("")
    keyed = mine.astype({"municipality": object, "body": object}).fillna({"municipality": "", "body": ""})
    roles = {key: sorted(set(_split(group))) for key, group in
             keyed.groupby(["municipality", "body"])["roles"]}
    return pd.DataFrame({
        "org_id": [ids.body_id(str(b), str(m) or None)  # "" slugs to "unknown", as in ids
                   for m, b in zip(places["municipality"], places["body"])],
        "relation": "ATTENDED",
        "roles": [roles.get((m, b), []) for m, b in zip(places["municipality"], places["body"])],
        **{c: periods[c] for c in ("first_seen", "last_seen")},
        **{c: periods[c].astype("Int64") for c in ("attended", "held", "missed", "gaps")},
        "evidence": [[a, b] if a != b else [a] for a, b in zip(periods["first_meeting"],
                                                              periods["last_meeting"])]})


def profile(frames: Frames, person_id: str, *, top: int = 10) -> Profile:
    """The profile of `person_id`; raises `AnalysisError` when the graph has no such person.

    >>> from graph.frames import make_frames
    >>> persons = pd.DataFrame({"id": ["person:x:ann", "person:x:bo"], "name": ["Ann", "Bo"]})
    >>> att = pd.DataFrame({"person_id": ["person:x:ann", "person:x:bo"], "meeting_id": "m1",
    ...                     "status": "present", "roles": ["formand", ""], "body": "Forum"})
    >>> meetings = pd.DataFrame({"id": ["m1"], "date": ["2018-02-27"], "body": "Forum"})
    >>> p = profile(make_frames(persons=persons, meetings=meetings, attendance=att), "person:x:ann")
    >>> p.roles, p.meetings["meeting_id"].tolist(), p.collaborators["name"].tolist()
    (['formand'], ['m1'], ['Bo'])
    """
    people = frames.persons.set_index("id")
    if person_id not in people.index:
        raise AnalysisError(f"no person {person_id!r} in the graph")
    row = people.loc[person_id]
    known = document_meetings(frames)
    dates = dict(zip(known["doc"].tolist(), known["date"].tolist()))
    names = pd.concat([frames.organisations[["id", "name", "kind"]],
                       frames.bodies[["id", "name"]].assign(kind="body")]).drop_duplicates("id")
    memberships = pd.concat([_seats(frames, person_id), _stated(frames, person_id, dates)],
                            ignore_index=True).merge(names, left_on="org_id", right_on="id",
                                                     how="left")
    memberships["name"] = memberships["name"].fillna(memberships["org_id"])
    memberships = memberships.sort_values(["first_seen", "name", "relation"], na_position="last")
    mine = frames.attendance[frames.attendance["person_id"] == person_id]
    docs = (known[known["meeting_id"].isin(mine["meeting_id"])]
            .groupby("meeting_id")["doc"].agg(sorted))
    meetings = mine.assign(documents=[docs.get(m, []) for m in mine["meeting_id"]])
    meetings = meetings.sort_values(["date", "meeting_id"], na_position="last")
    roles = Counter(_split(mine["roles"]) + _split(
        frames.memberships.loc[frames.memberships["person_id"] == person_id, "roles"]))
    return Profile(
        person=records(pd.DataFrame([{"id": person_id, "name": row.get("name"),
                                      "municipality": row.get("municipality")}]))[0],
        roles=[role for role, _ in sorted(roles.items(), key=lambda item: (-item[1], item[0]))],
        memberships=memberships.reset_index(drop=True).reindex(columns=list(MEMBERSHIP_COLUMNS)),
        meetings=meetings.reset_index(drop=True).reindex(columns=list(MEETING_COLUMNS)),
        initiatives=_initiatives(frames, person_id, dates),
        collaborators=collaborators(frames, person_id, limit=top))


def _initiatives(frames: Frames, person_id: str, dates: dict[str, Any]) -> pd.DataFrame:
    rows = frames.involvements[frames.involvements["actor_id"] == person_id]
    rows = rows.assign(date=pd.to_datetime(rows["doc"].map(dates), errors="coerce"))
    names = dict(zip(frames.initiatives["id"].tolist(), frames.initiatives["name"].tolist()))
    out = [{"initiative_id": init, "name": names.get(init, init),
            "roles": sorted(set(group["role"].dropna())),
            "first_seen": group["date"].min(), "last_seen": group["date"].max(),
            "documents": sorted(set(group["doc"].dropna()))}
           for init, group in rows.groupby("initiative_id", sort=True)]
    return pd.DataFrame(out, columns=list(INITIATIVE_COLUMNS))
