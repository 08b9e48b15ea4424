"""Change over time: snapshots by year, quarter or municipal term, who came, stayed and left.

A person is active in a snapshot when the minutes of one of its meetings list them as present
or merely name them (status "unknown": minutes often name attendees outside a list); an
"absent" (afbud) does not count. Snapshots are kept per scope (by default the municipality,
since person ids are per municipality), and each is compared with the scope's previous
snapshot that had meetings. Every change row carries the meeting that shows it.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from graph.analysis.grouping import clique_pairs
from graph.errors import AnalysisError
from graph.frames import Frames, collector_paused, derived, document_meetings

PERIODS = ("year", "quarter", "term")
SCOPES = ("municipality", "body", "all")
ACTIVE_STATUSES = ("present", "unknown")
FIRST_TERM = 2014  # Danish municipal terms: 2014–2017, 2018–2021, 2022–2025, …
SNAPSHOT_COLUMNS = ("scope", "period", "start", "end", "meetings", "persons", "organisations",
                    "ties", "density", "components", "newcomers", "returners", "stayed",
                    "leavers", "retention", "previous")
CHANGE_COLUMNS = ("scope", "period", "previous", "person_id", "name", "change", "meeting_id",
                  "date", "documents")


def label_periods(dates: pd.Series, by: str = "year") -> pd.DataFrame:
    """period (label), start, end for each date: "2018", "2018Q1" or "2018–2021" (4-year terms).

    >>> label_periods(pd.Series(pd.to_datetime(["2019-02-28", "2022-01-01"])), "term")["period"].tolist()
    ['2018–2021', '2022–2025']
    """
    if by not in PERIODS:
        raise AnalysisError(f"unknown period {by!r}; choose one of {PERIODS}")
    dates = pd.to_datetime(dates, errors="coerce")
    year = dates.dt.year.astype("Int64")
    if by == "quarter":
        quarter = dates.dt.quarter.astype("Int64")
        start = pd.to_datetime({"year": year, "month": (quarter - 1) * 3 + 1, "day": 1},
                               errors="coerce")
        return pd.DataFrame({"period": year.astype("string") + "Q" + quarter.astype("string"),
                             "start": start, "end": start + pd.offsets.QuarterEnd(0)})
    first = year if by == "year" else FIRST_TERM + ((year - FIRST_TERM) // 4) * 4
    last = first if by == "year" else first + 3
    label = first.astype("string") if by == "year" else (first.astype("string") + "–"
                                                          + last.astype("string"))
    return pd.DataFrame({"period": label,
                         "start": pd.to_datetime(first.astype("string") + "-01-01", errors="coerce"),
                         "end": pd.to_datetime(last.astype("string") + "-12-31", errors="coerce")})


def _scope(frame: pd.DataFrame, scope: str) -> pd.Series:
    if scope not in SCOPES:
        raise AnalysisError(f"unknown scope {scope!r}; choose one of {SCOPES}")
    municipality = frame["municipality"].astype(object).fillna("?").astype(str)  # an all-missing column is float64
    if scope == "municipality":
        return municipality
    if scope == "body":
        return municipality + " / " + frame["body"].fillna("?").astype(str)
    return pd.Series("all", index=frame.index)


def period_meetings(frames: Frames, by: str = "year", scope: str = "municipality") -> pd.DataFrame:
    """Dated meetings with scope, period, start, end and `snap` (0, 1, … within the scope).

    Undated meetings belong to no period and are left out.
    """
    return derived(frames, _period_meetings, by, scope)


def _period_meetings(frames: Frames, by: str, scope: str) -> pd.DataFrame:
    meetings = frames.meetings.dropna(subset=["date"])
    meetings = pd.concat([meetings.reset_index(drop=True),
                          label_periods(meetings["date"].reset_index(drop=True), by)], axis=1)
    meetings["scope"] = _scope(meetings, scope)
    order = meetings[["scope", "start"]].drop_duplicates().sort_values(["scope", "start"])
    order["snap"] = order.groupby("scope").cumcount()
    return meetings.merge(order, on=["scope", "start"])


def _activity(frames: Frames, meetings: pd.DataFrame, statuses: Iterable[str]) -> pd.DataFrame:
    """One row per (scope, snap, person): first and last meeting attended in the snapshot."""
    rows = frames.attendance[frames.attendance["status"].isin(list(statuses))]
    rows = rows[["person_id", "meeting_id"]].merge(
        meetings[["id", "date", "scope", "snap", "period"]].rename(columns={"id": "meeting_id"}))
    rows = rows.sort_values(["scope", "snap", "person_id", "date", "meeting_id"])
    grouped = rows.groupby(["scope", "snap", "person_id"], sort=False)
    firsts, lasts = grouped.head(1), grouped.tail(1)
    active = firsts.rename(columns={"meeting_id": "first_meeting", "date": "first_date"})
    return active.merge(lasts[["scope", "snap", "person_id", "meeting_id", "date"]].rename(
        columns={"meeting_id": "last_meeting", "date": "last_date"}), on=["scope", "snap",
                                                                           "person_id"])


def _network(frames: Frames, meetings: pd.DataFrame, statuses: Iterable[str]) -> pd.DataFrame:
    """Per (scope, snap): ties, density and components of the co-attendance network."""
    rows = frames.attendance[frames.attendance["status"].isin(list(statuses))]
    rows = rows[["person_id", "meeting_id"]].drop_duplicates().merge(
        meetings[["id", "scope", "snap"]].rename(columns={"id": "meeting_id"}))
    keys = rows[["scope", "snap"]].drop_duplicates().reset_index(drop=True)
    if rows.empty:
        return keys.assign(ties=0, density=0.0, components=0)
    node, _ = pd.factorize(rows["scope"] + "\x1f" + rows["snap"].astype(str) + "\x1f"
                           + rows["person_id"])
    group, _ = pd.factorize(rows["meeting_id"])
    # connected components: spread the smallest node code through shared meetings until stable
    label = np.arange(node.max() + 1)
    while True:
        lowest = np.full(group.max() + 1, label.size)
        np.minimum.at(lowest, group, label[node])
        spread = label.copy()
        np.minimum.at(spread, node, lowest[group])
        if np.array_equal(spread, label):
            break
        label = spread
    per_node = pd.DataFrame({"scope": rows["scope"], "snap": rows["snap"], "node": node,
                             "label": label[node]}).drop_duplicates("node")
    first, second = clique_pairs(group, node)
    nodes = label.size
    pairs = np.sort(node[first] * nodes + node[second])
    tied = pairs[np.r_[True, pairs[1:] != pairs[:-1]][:len(pairs)]] // nodes  # each tie once
    per_node = per_node.assign(ties=np.bincount(tied, minlength=nodes)[per_node["node"]])
    ties = per_node.groupby(["scope", "snap"])["ties"].sum()
    ties = ties[ties > 0]
    out = per_node.groupby(["scope", "snap"]).agg(n=("node", "size"), components=("label", "nunique"))
    out = out.join(ties).fillna({"ties": 0}).reset_index()
    n = out["n"].astype(float)
    out["density"] = np.where(n > 1, 2 * out["ties"] / (n * (n - 1)).where(n > 1, 1), 0.0)
    return out[["scope", "snap", "ties", "density", "components"]]


def _organisations(frames: Frames, meetings: pd.DataFrame) -> pd.Series:
    """Per (scope, snap): organisations a member tie or a mention in its minutes shows active."""
    known = document_meetings(frames)
    docs = dict(zip(known["doc"].tolist(), known["meeting_id"].tolist()))
    members = frames.memberships
    mentions = frames.mentions
    seen = pd.concat([
        pd.DataFrame({"org": members["org_id"], "meeting_id": members["doc"].map(docs)}),
        pd.DataFrame({"org": mentions["target_id"], "meeting_id": mentions["meeting_id"]}),
    ], ignore_index=True)
    seen = seen[seen["org"].astype("string").str.startswith("org:").fillna(False).astype(bool)]
    seen = seen.merge(meetings[["id", "scope", "snap"]].rename(columns={"id": "meeting_id"}))
    return seen.groupby(["scope", "snap"])["org"].nunique().rename("organisations")


def _documents(frames: Frames) -> dict[str, list[str]]:
    """meeting id → the sorted ids of the documents recording it."""
    known = document_meetings(frames).sort_values(["meeting_id", "doc"])
    found: dict[str, list[str]] = {}
    for meeting, doc in zip(known["meeting_id"].tolist(), known["doc"].tolist()):
        found.setdefault(meeting, []).append(doc)
    return found


def changes(frames: Frames, *, by: str = "year", scope: str = "municipality",
            statuses: Iterable[str] = ACTIVE_STATUSES) -> pd.DataFrame:
    """Who came, returned, stayed and left, snapshot by snapshot (`CHANGE_COLUMNS`).

    newcomer: first seen in the scope (meeting: their first meeting of the snapshot; in a
    scope's first snapshot everyone is a newcomer); returner: seen before, but not in the
    previous snapshot; stayed: active in this and the previous snapshot (meeting: their first
    meeting of this one); leaver: active in the previous snapshot, not in this one (meeting:
    the last one they attended).

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": ["a", "b", "a", "c"], "meeting_id": ["m1", "m1", "m2", "m2"],
    ...                     "status": "present"})
    >>> meetings = pd.DataFrame({"id": ["m1", "m2"], "date": ["2018-02-27", "2019-02-28"],
    ...                          "municipality": "Rudersdal"})
    >>> rows = changes(make_frames(meetings=meetings, attendance=att))
    >>> rows[rows["period"] == "2019"][["person_id", "change", "meeting_id"]].values.tolist()
    [['a', 'stayed', 'm2'], ['c', 'newcomer', 'm2'], ['b', 'leaver', 'm1']]
    """
    rows = derived(frames, _kinds, by, scope, tuple(statuses))
    names = dict(zip(frames.persons["id"].tolist(), frames.persons["name"].tolist()))
    docs = _documents(frames)
    rows = rows.assign(name=rows["person_id"].map(names).astype(object).fillna(rows["person_id"]),
                       documents=[docs.get(m, []) for m in rows["meeting_id"].tolist()])
    order = {"stayed": 0, "returner": 1, "newcomer": 2, "leaver": 3}
    rows = rows.assign(rank=rows["change"].map(order)).sort_values(
        ["scope", "snap", "rank", "name", "person_id"])
    return rows.reset_index(drop=True)[list(CHANGE_COLUMNS)]


def _active(frames: Frames, by: str, scope: str, statuses: tuple[str, ...]) -> pd.DataFrame:
    """`_activity` of the periods; `changes` and `snapshots` both start from it."""
    return _activity(frames, period_meetings(frames, by, scope), statuses)


def _kinds(frames: Frames, by: str, scope: str, statuses: tuple[str, ...]) -> pd.DataFrame:
    """`_change_kinds` of the periods; `changes` and `snapshots` both start from it."""
    return _change_kinds(period_meetings(frames, by, scope),
                         derived(frames, _active, by, scope, statuses))


def _change_kinds(meetings: pd.DataFrame, active: pd.DataFrame) -> pd.DataFrame:
    """scope, snap, period, previous, person_id, change, meeting_id, date (unsorted)."""
    periods = meetings[["scope", "snap", "period"]].drop_duplicates()
    before = active[["scope", "snap", "person_id", "last_meeting", "last_date"]].assign(
        snap=active["snap"] + 1)
    rows = active.merge(before, on=["scope", "snap", "person_id"], how="outer", indicator=True,
                        suffixes=("", "_before"))
    rows = rows.drop(columns="period").merge(periods, on=["scope", "snap"])  # drops after-the-end
    first_seen = active.groupby(["scope", "person_id"])["snap"].min().rename("first_snap")
    rows = rows.join(first_seen, on=["scope", "person_id"])
    kind = np.select([rows["_merge"] == "both", rows["_merge"] == "right_only",
                      rows["snap"] == rows["first_snap"]], ["stayed", "leaver", "newcomer"],
                     "returner")
    leaver = kind == "leaver"
    rows = rows.assign(change=kind,
                       meeting_id=rows["first_meeting"].where(~leaver, rows["last_meeting_before"]),
                       date=rows["first_date"].where(~leaver, rows["last_date_before"]))
    previous = periods.assign(snap=periods["snap"] + 1).rename(columns={"period": "previous"})
    return rows.merge(previous, on=["scope", "snap"], how="left")[
        ["scope", "snap", "period", "previous", "person_id", "change", "meeting_id", "date"]]


def snapshots(frames: Frames, *, by: str = "year", scope: str = "municipality",
              statuses: Iterable[str] = ACTIVE_STATUSES,
              tie_statuses: Iterable[str] = ("present",)) -> pd.DataFrame:
    """One row per (scope, period) with meetings (`SNAPSHOT_COLUMNS`), oldest first per scope.

    persons: active persons; organisations: those with a member tie or a mention in the
    period's minutes; ties, density, components: the co-attendance network of the persons
    present (`tie_statuses`); newcomers … leavers: counts of `changes`; retention: the share of
    the previous snapshot's persons still active (NaN in a scope's first snapshot).

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": ["a", "b", "a", "c"], "meeting_id": ["m1", "m1", "m2", "m2"],
    ...                     "status": "present"})
    >>> meetings = pd.DataFrame({"id": ["m1", "m2"], "date": ["2018-02-27", "2019-02-28"],
    ...                          "municipality": "Rudersdal"})
    >>> snaps = snapshots(make_frames(meetings=meetings, attendance=att))
    >>> snaps[["period", "persons", "ties", "retention"]].values.tolist()
    [['2018', 2, 1, nan], ['2019', 2, 1, 0.5]]
    """
    meetings = period_meetings(frames, by, scope)
    grouped = meetings.groupby(["scope", "snap"])
    out = grouped.agg(period=("period", "first"), start=("start", "first"), end=("end", "first"),
                      meetings=("id", "nunique"))
    active = derived(frames, _active, by, scope, tuple(statuses))
    out = out.join(active.groupby(["scope", "snap"]).size().rename("persons"))
    out = out.join(_organisations(frames, meetings))
    out = out.join(_network(frames, meetings, tie_statuses).set_index(["scope", "snap"]))
    counts = (derived(frames, _kinds, by, scope, tuple(statuses))
              .groupby(["scope", "snap", "change"]).size().unstack(fill_value=0))
    out = out.join(counts).reset_index()
    for column in ("persons", "organisations", "ties", "components", "newcomer", "returner",
                   "stayed", "leaver"):
        out[column] = (out[column] if column in out else pd.Series(0, index=out.index)) \
            .fillna(0).astype(int)
    out["density"] = out["density"].fillna(0.0).astype(float)
    out = out.rename(columns={"newcomer": "newcomers", "returner": "returners",
                              "leaver": "leavers"})
    before = out.groupby("scope")["persons"].shift(1)
    out["retention"] = out["stayed"] / before
    out["previous"] = out.groupby("scope")["period"].shift(1)
    return out.sort_values(["scope", "snap"]).reset_index(drop=True)[list(SNAPSHOT_COLUMNS)]


def _body_ranks(frames: Frames) -> pd.DataFrame:
    """Dated meetings with `body_key` and `rank`: 0, 1, … in date order within the body."""
    meetings = frames.meetings.dropna(subset=["date"]).copy()
    meetings["body_key"] = _scope(meetings, "body")
    meetings = meetings.sort_values(["body_key", "date", "id"])
    meetings["rank"] = meetings.groupby("body_key").cumcount()
    return meetings


def attendance_gaps(frames: Frames, *, statuses: Iterable[str] = ACTIVE_STATUSES) -> pd.DataFrame:
    """Runs of a body's meetings a person missed between two they attended.

    Columns: person_id, municipality, body, missed, from_meeting, to_meeting, from_date,
    to_date, meetings (the missed meeting ids). "Missed" covers both a stated afbud and not
    being named at all.

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": "a", "meeting_id": ["m1", "m4"], "status": "present"})
    >>> meetings = pd.DataFrame({"id": ["m1", "m2", "m3", "m4"], "body": "Forum",
    ...                          "date": ["2018-01-01", "2018-02-01", "2018-03-01", "2018-04-01"]})
    >>> attendance_gaps(make_frames(meetings=meetings, attendance=att))[["missed", "meetings"]].values.tolist()
    [[2, ['m2', 'm3']]]
    """
    meetings = derived(frames, _body_ranks)
    seen = derived(frames, _ranked_attendance, tuple(statuses))
    following = seen.groupby(["person_id", "body_key"])["rank"].shift(-1)
    gaps = seen.assign(next_rank=following)
    gaps = gaps[gaps["next_rank"] - gaps["rank"] > 1]
    # Meetings are sorted by body, then rank: a body's meeting of rank r is at its start + r.
    ids, dates = meetings["id"].tolist(), meetings["date"].tolist()
    start: dict[str, int] = {}
    for at, key in enumerate(meetings["body_key"].tolist()):
        start.setdefault(key, at)
    offset = np.array([start[key] for key in gaps["body_key"].tolist()], dtype=int)
    lo = gaps["rank"].astype(int) + 1
    hi = gaps["next_rank"].astype(int)
    with collector_paused():  # a list of missed meetings per gap
        missed = [ids[a:b] for a, b in zip((offset + lo).tolist(), (offset + hi).tolist())]
    out = pd.DataFrame({
        "person_id": gaps["person_id"].to_numpy(), "municipality": gaps["municipality"].to_numpy(),
        "body": gaps["body"].to_numpy(), "missed": (hi - lo).to_numpy(),
        "from_meeting": [m[0] for m in missed], "to_meeting": [m[-1] for m in missed],
        "from_date": [dates[a] for a in (offset + lo).tolist()],
        "to_date": [dates[b - 1] for b in (offset + hi).tolist()],
        "meetings": missed})
    return out.sort_values(["person_id", "municipality", "body", "from_date"], ignore_index=True)


def _ranked_attendance(frames: Frames, statuses: tuple[str, ...]) -> pd.DataFrame:
    """Attendance with each meeting's rank in its body; gaps and memberships both read it."""
    return _attended_ranks(frames, derived(frames, _body_ranks), statuses)


def _attended_ranks(frames: Frames, meetings: pd.DataFrame,
                    statuses: Iterable[str]) -> pd.DataFrame:
    rows = frames.attendance[frames.attendance["status"].isin(list(statuses))]
    rows = rows[["person_id", "meeting_id"]].drop_duplicates().merge(
        meetings[["id", "body_key", "rank", "date", "municipality", "body"]],
        left_on="meeting_id", right_on="id")
    return rows.sort_values(["person_id", "body_key", "rank"], ignore_index=True)


def membership_periods(frames: Frames, *,
                       statuses: Iterable[str] = ACTIVE_STATUSES) -> pd.DataFrame:
    """A person's time in a body, inferred from attendance: first and last seen, and the gaps.

    Columns: person_id, municipality, body, first_seen, last_seen, first_meeting,
    last_meeting, attended, held (the body's meetings from first to last), missed, gaps.

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": "a", "meeting_id": ["m1", "m3"], "status": "present"})
    >>> meetings = pd.DataFrame({"id": ["m1", "m2", "m3"], "body": "Forum",
    ...                          "date": ["2018-01-01", "2018-02-01", "2018-03-01"]})
    >>> periods = membership_periods(make_frames(meetings=meetings, attendance=att))
    >>> periods[["first_meeting", "last_meeting", "attended", "held", "missed", "gaps"]].values.tolist()
    [['m1', 'm3', 2, 3, 1, 1]]
    """
    seen = derived(frames, _ranked_attendance, tuple(statuses))
    step = seen["rank"] - seen.groupby(["person_id", "body_key"])["rank"].shift(1)
    seen = seen.assign(gap=(step > 1).astype(int))
    grouped = seen.groupby(["person_id", "body_key"], sort=True)
    out = grouped.agg(municipality=("municipality", "first"), body=("body", "first"),
                      first_seen=("date", "min"), last_seen=("date", "max"),
                      first_meeting=("meeting_id", "first"), last_meeting=("meeting_id", "last"),
                      attended=("rank", "size"), low=("rank", "min"), high=("rank", "max"),
                      gaps=("gap", "sum"))
    out["held"] = out["high"] - out["low"] + 1
    out["missed"] = out["held"] - out["attended"]
    return out.reset_index()[["person_id", "municipality", "body", "first_seen", "last_seen",
                              "first_meeting", "last_meeting", "attended", "held", "missed",
                              "gaps"]]
