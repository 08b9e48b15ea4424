"""Brokers and communities of the co-attendance network, and how they shift between periods.

Brokers are the persons with the highest betweenness centrality: many shortest paths between
others run through them, so they link groups that otherwise rarely meet. Communities are found
with Louvain (`networkx.community.louvain_communities`) under a fixed `seed`, so a re-run gives
the same groups. Per period, the network is the co-attendance graph of the period's meetings
(`graph.analysis.coattendance.coattendance_graph`), kept per scope like the timeline.
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx
import pandas as pd

from graph.analysis.coattendance import coattendance_graph
from graph.analysis.timeline import period_meetings
from graph.errors import AnalysisError
from graph.frames import Frames

SEED = 42
# Above this many persons, betweenness is estimated from this many sampled sources (seeded),
# which keeps a large period at O(k·E) instead of O(n·E).
EXACT_LIMIT = 400
BROKER_COLUMNS = ("scope", "period", "rank", "person_id", "name", "betweenness",
                  "previous_rank", "meetings")
SHIFT_COLUMNS = ("scope", "period", "previous", "person_id", "name", "community_before",
                 "community_after", "new_peers", "meeting_id", "date")


def brokers(graph: nx.Graph, *, top: int | None = 10, seed: int = SEED,
            exact_limit: int = EXACT_LIMIT) -> pd.DataFrame:
    """The persons with the highest betweenness, best first: rank, person_id, betweenness.

    Betweenness is normalised (0–1) and unweighted: a path counts its hops, not meetings.

    >>> star = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c")])
    >>> brokers(star, top=2).to_dict("records")
    [{'rank': 1, 'person_id': 'hub', 'betweenness': 1.0}, {'rank': 2, 'person_id': 'a', 'betweenness': 0.0}]
    """
    columns = ["rank", "person_id", "betweenness"]
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=columns)
    sample = None if graph.number_of_nodes() <= exact_limit else exact_limit
    scores = nx.betweenness_centrality(graph, k=sample, seed=seed, normalized=True)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], str(item[0])))[:top]
    return pd.DataFrame([(n, person, float(score)) for n, (person, score) in enumerate(ranked, 1)],
                        columns=columns)


def communities(graph: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> pd.DataFrame:
    """Louvain communities: person_id, community (0 = the largest, then by smallest member).

    >>> g = nx.union(nx.complete_graph(["a", "b", "c"]), nx.complete_graph(["x", "y", "z"]))
    >>> g.add_edge("c", "x")
    >>> communities(g).groupby("community")["person_id"].apply(list).tolist()
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=["person_id", "community"])
    found = nx.community.louvain_communities(graph, weight="weight", seed=seed,
                                             resolution=resolution)
    ordered = sorted((sorted(map(str, group)) for group in found), key=lambda g: (-len(g), g[0]))
    rows = [(person, number) for number, group in enumerate(ordered) for person in group]
    return pd.DataFrame(rows, columns=["person_id", "community"])


def period_graphs(frames: Frames, *, by: str = "year", scope: str = "municipality",
                  statuses: Iterable[str] = ("present",)) -> dict[tuple[str, str], nx.Graph]:
    """(scope, period) → the co-attendance graph of that period's meetings, oldest first."""
    meetings = period_meetings(frames, by, scope)
    rows = frames.attendance.merge(
        meetings[["id", "scope", "snap", "period"]].rename(columns={"id": "meeting_id"}))
    graphs: dict[tuple[str, str], nx.Graph] = {}
    for (scope_key, _, period), group in rows.groupby(["scope", "snap", "period"], sort=True):
        graphs[(str(scope_key), str(period))] = coattendance_graph(group, statuses=statuses)
    return graphs


def _names(frames: Frames) -> dict[str, str]:
    return dict(zip(frames.persons["id"], frames.persons["name"]))


def period_brokers(frames: Frames, *, by: str = "year", scope: str = "municipality",
                   top: int = 5, seed: int = SEED) -> pd.DataFrame:
    """The top brokers of each period (`BROKER_COLUMNS`), with their rank one period earlier.

    `meetings` lists the person's meetings of the period, the evidence of their position.
    """
    graphs = period_graphs(frames, by=by, scope=scope)
    names = _names(frames)
    rows: list[dict[str, object]] = []
    before: dict[str, dict[str, int]] = {}
    for (scope_key, period), graph in graphs.items():
        ranked = brokers(graph, top=None, seed=seed)
        ranks = dict(zip(ranked["person_id"], ranked["rank"]))
        earlier = before.get(scope_key, {})
        for rank, person, score in ranked.head(top).itertuples(index=False):
            rows.append({"scope": scope_key, "period": period, "rank": int(rank),
                         "person_id": person, "name": names.get(person, person),
                         "betweenness": score, "previous_rank": earlier.get(person),
                         "meetings": _meetings_of(graph, person)})
        before[scope_key] = ranks
    frame = pd.DataFrame(rows, columns=list(BROKER_COLUMNS))
    frame["previous_rank"] = frame["previous_rank"].astype("Int64")
    return frame


def _meetings_of(graph: nx.Graph, person: str) -> list[str]:
    return sorted({m for _, _, data in graph.edges(person, data=True) for m in data["meetings"]})


def _or_max(date: object) -> pd.Timestamp:
    """A date for sorting: unknown dates last."""
    return pd.Timestamp(date) if date is not None and pd.notna(date) else pd.Timestamp.max


def _predecessors(before: pd.DataFrame, after: pd.DataFrame) -> dict[int, int]:
    """Each community after → the community before it shares most members with (if any)."""
    shared = after.merge(before, on="person_id", suffixes=("_after", "_before"))
    counts = shared.groupby(["community_after", "community_before"]).size().rename("n")
    counts = counts.reset_index().sort_values(["community_after", "n", "community_before"],
                                              ascending=[True, False, True])
    best = counts.drop_duplicates("community_after")
    return dict(zip(best["community_after"], best["community_before"]))


def community_shifts(frames: Frames, *, by: str = "year", scope: str = "municipality",
                     seed: int = SEED) -> pd.DataFrame:
    """Persons whose community changed between a scope's consecutive periods (`SHIFT_COLUMNS`).

    A community carries on into the next period as the one sharing most of its members; a
    person changed when their new community does not carry on their old one. `new_peers` are
    the members of the new community who were not in the old one; `meeting_id` is the
    person's first meeting of the new period.
    """
    if by not in ("year", "quarter", "term"):
        raise AnalysisError(f"unknown period {by!r}")
    graphs = period_graphs(frames, by=by, scope=scope)
    names = _names(frames)
    dates = dict(zip(frames.meetings["id"], frames.meetings["date"]))
    rows: list[dict[str, object]] = []
    previous: dict[str, tuple[str, pd.DataFrame]] = {}
    for (scope_key, period), graph in graphs.items():
        now = communities(graph, seed=seed)
        if scope_key in previous:
            label, then = previous[scope_key]
            carried = _predecessors(then, now)
            old = dict(zip(then["person_id"], then["community"]))
            for person, group in zip(now["person_id"], now["community"]):
                if person not in old or carried.get(group) == old[person]:
                    continue
                peers = set(now.loc[now["community"] == group, "person_id"])
                was = set(then.loc[then["community"] == old[person], "person_id"])
                first_dated = sorted(_meetings_of(graph, person),
                                     key=lambda m: (_or_max(dates.get(m)), m))
                rows.append({"scope": scope_key, "period": period, "previous": label,
                             "person_id": person, "name": names.get(person, person),
                             "community_before": int(old[person]),
                             "community_after": int(group),
                             "new_peers": sorted(peers - was - {person}),
                             "meeting_id": first_dated[0] if first_dated else None,
                             "date": dates.get(first_dated[0]) if first_dated else pd.NaT})
        previous[scope_key] = (period, now)
    return pd.DataFrame(rows, columns=list(SHIFT_COLUMNS))
