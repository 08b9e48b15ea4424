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
import numpy as np
import pandas as pd

from graph.analysis.timeline import period_meetings
from graph.frames import Frames

SEED = 42
# Up to this many persons, betweenness is exact (Brandes over dense matrices: a few ms for a
# period of a hundred persons); above, networkx estimates it from this many seeded sources.
DENSE_LIMIT = 1500
BROKER_COLUMNS = ("scope", "period", "rank", "person_id", "name", "betweenness",
                  "previous_rank", "meetings")
SHIFT_COLUMNS = ("scope", "period", "previous", "person_id", "name", "community_before",
                 "community_after", "new_peers", "meeting_id", "date")


def _dense_betweenness(adjacency: np.ndarray) -> np.ndarray:
    """Brandes' algorithm from every source at once, as matrix products (unweighted, undirected).

    Forward: breadth-first levels and shortest-path counts `sigma[s, v]`; backward: the
    dependencies `delta[s, v]` accumulated level by level. Normalised like networkx.
    """
    n = adjacency.shape[0]
    sigma, frontier = np.eye(n), np.eye(n)
    seen = np.eye(n, dtype=bool)
    levels = [seen.copy()]
    while True:
        reach = frontier @ adjacency
        new = (reach > 0) & ~seen
        if not new.any():
            break
        frontier = np.where(new, reach, 0.0)
        sigma += frontier
        seen |= new
        levels.append(new)
    delta = np.zeros((n, n))
    safe = np.where(sigma > 0, sigma, 1.0)
    for depth in range(len(levels) - 1, 0, -1):
        share = np.where(levels[depth], (1.0 + delta) / safe, 0.0)
        delta += np.where(levels[depth - 1], sigma * (share @ adjacency), 0.0)
    np.fill_diagonal(delta, 0.0)
    return delta.sum(axis=0) / ((n - 1) * (n - 2)) if n > 2 else np.zeros(n)


def brokers(graph: nx.Graph, *, top: int | None = 10, seed: int = SEED,
            dense_limit: int = DENSE_LIMIT) -> pd.DataFrame:
    """The persons with the highest betweenness, best first: rank, person_id, betweenness.

    Betweenness is normalised (0–1, as `networkx.betweenness_centrality`) and unweighted: a
    path counts its hops, not its meetings. Ties in score are ranked by id.

    >>> star = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c")])
    >>> brokers(star, top=2).to_dict("records")
    [{'rank': 1, 'person_id': 'hub', 'betweenness': 1.0}, {'rank': 2, 'person_id': 'a', 'betweenness': 0.0}]
    """
    columns = ["rank", "person_id", "betweenness"]
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=columns)
    nodes = list(graph.nodes)
    if len(nodes) <= dense_limit:
        values = _dense_betweenness(nx.to_numpy_array(graph, nodelist=nodes, weight=None))
        scores = dict(zip(nodes, values.tolist()))
    else:
        scores = nx.betweenness_centrality(graph, k=dense_limit, seed=seed, normalized=True)
    ranked = sorted(scores.items(), key=lambda item: (-round(item[1], 12), str(item[0])))[:top]
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
                  statuses: Iterable[str] = ("present",),
                  only: str | None = None) -> dict[tuple[str, str], nx.Graph]:
    """(scope, period) → that period's co-attendance graph, oldest first per scope.

    Each graph is what `coattendance_graph` gives for the period's meetings (edge `weight` =
    shared meetings, node `meetings` = meetings attended), without the per-edge meeting lists,
    built for all periods in one vectorised pass. `only` keeps one scope (e.g. "Rudersdal").
    """
    meetings = period_meetings(frames, by, scope)
    if only is not None:
        meetings = meetings[meetings["scope"] == only]
    rows = frames.attendance[frames.attendance["status"].isin(list(statuses))]
    rows = rows[["person_id", "meeting_id"]].drop_duplicates().merge(
        meetings[["id", "scope", "snap", "period"]].rename(columns={"id": "meeting_id"}))
    snap = rows.groupby(["scope", "snap"], sort=True).ngroup().to_numpy()
    snaps = rows.drop_duplicates(["scope", "snap"]).sort_values(["scope", "snap"])
    snaps = list(zip(snaps["scope"], snaps["period"]))
    person, persons = pd.factorize(rows["person_id"])
    members = pd.DataFrame({"meeting": pd.factorize(rows["meeting_id"])[0], "snap": snap,
                            "person": person})
    pairs = members.merge(members[["meeting", "person"]], on="meeting")
    pairs = pairs[pairs["person_x"] < pairs["person_y"]]
    edges = pairs.groupby(["snap", "person_x", "person_y"]).size().reset_index(name="weight")
    attended = members.groupby(["snap", "person"]).size().reset_index(name="meetings")
    names = np.asarray(persons, dtype=object)
    graphs: dict[tuple[str, str], nx.Graph] = {}
    edge_groups = dict(list(edges.groupby("snap")))
    for code, nodes in attended.groupby("snap"):
        graph = nx.Graph()
        graph.add_nodes_from((p, {"meetings": int(m)})
                             for p, m in zip(names[nodes["person"]], nodes["meetings"]))
        found = edge_groups.get(code)
        if found is not None:
            graph.add_weighted_edges_from(zip(names[found["person_x"]], names[found["person_y"]],
                                              found["weight"].astype(int).tolist()))
        scope_key, period = snaps[code]
        graphs[(str(scope_key), str(period))] = graph
    return graphs


def _names(frames: Frames) -> dict[str, str]:
    return dict(zip(frames.persons["id"], frames.persons["name"]))


def _with_meetings(frame: pd.DataFrame, frames: Frames, by: str, scope: str) -> pd.DataFrame:
    """Add `meetings`: each (scope, period, person)'s meetings of the period, oldest first."""
    meetings = period_meetings(frames, by, scope)
    wanted = frame[["scope", "period", "person_id"]].drop_duplicates()
    rows = (frames.attendance[frames.attendance["status"] == "present"]
            [["person_id", "meeting_id"]].drop_duplicates()
            .merge(meetings[["id", "scope", "period", "date"]], left_on="meeting_id",
                   right_on="id").merge(wanted))
    rows = rows.sort_values(["date", "meeting_id"])
    lists = rows.groupby(["scope", "period", "person_id"])["meeting_id"].agg(list)
    found = [lists.get(key, []) for key in zip(frame["scope"], frame["period"], frame["person_id"])]
    return frame.assign(meetings=found)


def period_brokers(frames: Frames, *, by: str = "year", scope: str = "municipality",
                   only: str | None = None, top: int = 5, seed: int = SEED) -> pd.DataFrame:
    """The top brokers of each period (`BROKER_COLUMNS`), with their rank one period earlier.

    `meetings` lists the person's meetings of the period, the evidence of their position.
    """
    names = _names(frames)
    rows: list[dict[str, object]] = []
    before: dict[str, dict[str, int]] = {}
    for (scope_key, period), graph in period_graphs(frames, by=by, scope=scope,
                                                    only=only).items():
        ranked = brokers(graph, top=None, seed=seed)
        earlier = before.get(scope_key, {})
        for rank, person, score in ranked.head(top).itertuples(index=False):
            rows.append({"scope": scope_key, "period": period, "rank": int(rank),
                         "person_id": person, "name": names.get(person, person),
                         "betweenness": score, "previous_rank": earlier.get(person)})
        before[scope_key] = dict(zip(ranked["person_id"], ranked["rank"]))
    frame = pd.DataFrame(rows, columns=list(BROKER_COLUMNS[:-1]))
    frame["previous_rank"] = frame["previous_rank"].astype("Int64")
    return _with_meetings(frame, frames, by, scope)[list(BROKER_COLUMNS)]


def _predecessors(before: pd.DataFrame, after: pd.DataFrame) -> dict[int, int]:
    """Each community after → the community before it shares most members with (if any)."""
    shared = after.merge(before, on="person_id", suffixes=("_after", "_before"))
    counts = shared.groupby(["community_after", "community_before"]).size().rename("n")
    counts = counts.reset_index().sort_values(["community_after", "n", "community_before"],
                                              ascending=[True, False, True])
    best = counts.drop_duplicates("community_after")
    return dict(zip(best["community_after"], best["community_before"]))


def _shifted(then: pd.DataFrame, now: pd.DataFrame) -> pd.DataFrame:
    """Persons in both periods whose community now does not carry on their old one."""
    carried = _predecessors(then, now)
    both = now.merge(then, on="person_id", suffixes=("_after", "_before"))
    moved = both[both["community_after"].map(carried) != both["community_before"]]
    members_now = now.groupby("community")["person_id"].agg(set)
    members_then = then.groupby("community")["person_id"].agg(set)
    peers = [sorted(members_now[a] - members_then[b] - {p}) for p, a, b in
             zip(moved["person_id"], moved["community_after"], moved["community_before"])]
    return moved.assign(new_peers=peers)


def community_shifts(frames: Frames, *, by: str = "year", scope: str = "municipality",
                     only: str | None = None, seed: int = SEED) -> pd.DataFrame:
    """Persons whose community changed between a scope's consecutive periods (`SHIFT_COLUMNS`).

    A community carries on into the next period as the one sharing most of its members; a
    person changed when their new community does not carry on their old one. `new_peers` are
    the members of the new community who were not in the old one; `meeting_id` is the
    person's first meeting of the new period.
    """
    parts = []
    previous: dict[str, tuple[str, pd.DataFrame]] = {}
    for (scope_key, period), graph in period_graphs(frames, by=by, scope=scope,
                                                    only=only).items():
        now = communities(graph, seed=seed)
        if scope_key in previous:
            label, then = previous[scope_key]
            parts.append(_shifted(then, now).assign(scope=scope_key, period=period,
                                                    previous=label))
        previous[scope_key] = (period, now)
    if not parts:
        return pd.DataFrame(columns=list(SHIFT_COLUMNS))
    moved = pd.concat(parts, ignore_index=True)
    names = _names(frames)
    moved = _with_meetings(moved.assign(name=moved["person_id"].map(names)
                                        .fillna(moved["person_id"])), frames, by, scope)
    dates = dict(zip(frames.meetings["id"], frames.meetings["date"]))
    moved["meeting_id"] = [found[0] if found else None for found in moved["meetings"]]
    moved["date"] = pd.to_datetime(moved["meeting_id"].map(dates))
    return moved[list(SHIFT_COLUMNS)].reset_index(drop=True)
