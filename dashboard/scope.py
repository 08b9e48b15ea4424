"""Which meetings a view covers (municipality, body, period) and the frames within it.

Pure functions over `Frames`, so the pages, the cached reads in `dashboard.data` and the tests
share one definition of "the graph of Rudersdal's Integrationsforum in 2018".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from graph import ids
from graph.frames import Frames, document_meetings


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
