"""Brokers and communities of the co-attendance network, and how they shift between periods.

Brokers are the persons with the highest betweenness centrality: many shortest paths between
others run through them, so they link groups that otherwise rarely meet. Communities are found
with Louvain under a fixed `seed`, so a re-run gives the same groups: networkx's
`louvain_communities`, step for step but with far less overhead per graph
(`graph.analysis.louvain`). Per period, the network is the co-attendance graph of the period's meetings
(as `graph.analysis.coattendance.coattendance_graph` builds it), kept per scope like the
timeline. Betweenness is exact, computed per connected component as dense matrix products
(Brandes' algorithm from all sources at once), which takes milliseconds for a period's
hundred-odd persons where networkx's loops take a tenth of a second.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

import networkx as nx
import numpy as np
import pandas as pd

from graph.analysis.grouping import clique_pairs
from graph.analysis.louvain import WeightedAdjacency
from graph.analysis.timeline import period_meetings
from graph.frames import Frames, collector_paused, derived

SEED = 42
# Above this many persons in one connected component, networkx estimates betweenness from
# this many seeded sources (O(k·E)) instead of the dense exact computation (O(n³) memory n²).
DENSE_LIMIT = 1500
BROKER_COLUMNS = ("scope", "period", "rank", "person_id", "name", "betweenness",
                  "previous_rank", "meetings")
SHIFT_COLUMNS = ("scope", "period", "previous", "person_id", "name", "community_before",
                 "community_after", "new_peers", "meeting_id", "date")


def _dependencies(adjacency: np.ndarray) -> np.ndarray:
    """Each node's summed dependency (networkx's raw betweenness) in a connected graph.

    Forward: breadth-first levels and shortest-path counts `sigma[s, v]` from every source s;
    backward: dependencies `delta[s, v]` accumulated level by level (Brandes 2001).
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
    return delta.sum(axis=0)


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component label of each of n nodes: the smallest node number reachable, spread along edges."""
    label = np.arange(n)
    while True:
        spread = label.copy()
        np.minimum.at(spread, a, label[b])
        np.minimum.at(spread, b, label[a])
        if np.array_equal(spread, label):
            return label
        label = spread


def _betweenness(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """Normalised betweenness of nodes 0..n-1 with edges (a, b); None if too big to be dense."""
    label = _components(n, a, b)
    order = np.argsort(label, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(label[order]) != 0])
    bounds = list(zip(starts, np.r_[starts[1:], n]))
    if max((hi - lo for lo, hi in bounds), default=0) > DENSE_LIMIT:
        return None
    local = np.empty(n, dtype=int)
    for lo, hi in bounds:
        local[order[lo:hi]] = np.arange(hi - lo)
    edge_order = np.argsort(label[a], kind="stable")
    a, b = a[edge_order], b[edge_order]
    edge_at = np.searchsorted(label[a], label[order[starts]])
    edge_end = np.searchsorted(label[a], label[order[starts]], side="right")
    scores = np.zeros(n)
    for (lo, hi), e_lo, e_hi in zip(bounds, edge_at, edge_end):
        if hi - lo > 2:
            adjacency = np.zeros((hi - lo, hi - lo))
            x, y = local[a[e_lo:e_hi]], local[b[e_lo:e_hi]]
            adjacency[x, y] = adjacency[y, x] = 1.0
            scores[order[lo:hi]] = _dependencies(adjacency)
    return scores / ((n - 1) * (n - 2)) if n > 2 else scores * 0.0


def _ranked(nodes: list[str], scores: Iterable[float]) -> list[tuple[str, float]]:
    """(person, score), best first; scores equal to 12 decimals are ranked by id."""
    return sorted(((str(p), float(v)) for p, v in zip(nodes, scores)),
                  key=lambda item: (-round(item[1], 12), item[0]))


def _graph_ranking(graph: nx.Graph, seed: int) -> list[tuple[str, float]]:
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = list(graph.edges())  # two flat arrays: far cheaper than an array of pairs
    a = np.fromiter((index[x] for x, _ in edges), dtype=int, count=len(edges))
    b = np.fromiter((index[y] for _, y in edges), dtype=int, count=len(edges))
    scores = _betweenness(len(nodes), a, b) if nodes else np.zeros(0)
    if scores is None:
        found = nx.betweenness_centrality(graph, k=DENSE_LIMIT, seed=seed, normalized=True)
        scores = np.array([found[node] for node in nodes])
    return _ranked(nodes, scores)


def brokers(graph: nx.Graph, *, top: int | None = 10, seed: int = SEED) -> pd.DataFrame:
    """The persons with the highest betweenness, best first: rank, person_id, betweenness.

    Betweenness is normalised (0–1, equal to `networkx.betweenness_centrality`) and unweighted:
    a path counts its hops, not its meetings.

    >>> star = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c")])
    >>> brokers(star, top=2).to_dict("records")
    [{'rank': 1, 'person_id': 'hub', 'betweenness': 1.0}, {'rank': 2, 'person_id': 'a', 'betweenness': 0.0}]
    """
    ranked = _graph_ranking(graph, seed)[:top]
    return pd.DataFrame([(n, person, score) for n, (person, score) in enumerate(ranked, 1)],
                        columns=["rank", "person_id", "betweenness"])


def _grouped(groups: Iterable[Iterable[object]]) -> dict[str, int]:
    """person → community number: 0 is the largest community, ties by their smallest member."""
    ordered = sorted((sorted(map(str, group)) for group in groups), key=lambda g: (-len(g), g[0]))
    return {person: number for number, group in enumerate(ordered) for person in group}


def _louvain(network: WeightedAdjacency, seed: int, resolution: float = 1.0) -> dict[str, int]:
    """`_community_of` a network already in Louvain's form."""
    # Components that are cliques of equal weights (one meeting per body, as in most quarters)
    # are the modularity optimum already; Louvain, the costly part of a period, runs otherwise.
    cliques = network.clique_components() if resolution == 1.0 else None
    return _grouped(cliques if cliques is not None else network.louvain(seed, resolution))


def _community_of(graph: nx.Graph, seed: int, resolution: float = 1.0) -> dict[str, int]:
    """person → community number: 0 is the largest community, ties by their smallest member."""
    if graph.number_of_nodes() == 0:
        return {}
    network = WeightedAdjacency.from_graph(graph)
    if network is not None:
        return _louvain(network, seed, resolution)
    found = [set(c) for c in nx.connected_components(graph)]
    if resolution != 1.0 or not all(_plain_clique(graph.subgraph(c)) for c in found):
        found = nx.community.louvain_communities(graph, weight="weight", seed=seed,
                                                 resolution=resolution)
    return _grouped(found)


def _plain_clique(graph: nx.Graph) -> bool:
    n = graph.number_of_nodes()
    weights = {w for _, _, w in graph.edges(data="weight", default=1)}
    return graph.number_of_edges() == n * (n - 1) // 2 and len(weights) <= 1


def communities(graph: nx.Graph, *, seed: int = SEED, resolution: float = 1.0) -> pd.DataFrame:
    """Louvain communities: person_id, community (0 = the largest, then by smallest member).

    >>> g = nx.union(nx.complete_graph(["a", "b", "c"]), nx.complete_graph(["x", "y", "z"]))
    >>> g.add_edge("c", "x")
    >>> communities(g).groupby("community")["person_id"].apply(list).tolist()
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    found = _community_of(graph, seed, resolution)
    return pd.DataFrame(sorted(found.items(), key=lambda item: (item[1], item[0])),
                        columns=["person_id", "community"])


@dataclass(frozen=True)
class _Periods:
    """Every period's co-attendance network as arrays: nodes and edges grouped by period."""

    keys: list[tuple[str, str]]  # (scope, period), oldest first per scope
    names: np.ndarray  # person ids by code
    nodes: pd.DataFrame  # snap, person (code), meetings; sorted by snap, person
    edges: pd.DataFrame  # snap, x, y (codes, x < y), weight; sorted by snap
    node_at: np.ndarray  # nodes of period i: rows node_at[i]:node_at[i + 1]
    edge_at: np.ndarray


def _periods(frames: Frames, by: str, scope: str, statuses: Iterable[str],
             only: str | None) -> _Periods:
    meetings = period_meetings(frames, by, scope)
    if only is not None:
        meetings = meetings[meetings["scope"] == only]
    rows = frames.attendance[frames.attendance["status"].isin(list(statuses))]
    rows = rows[["person_id", "meeting_id"]].drop_duplicates().merge(
        meetings[["id", "scope", "snap", "period"]].rename(columns={"id": "meeting_id"}))
    snap = rows.groupby(["scope", "snap"], sort=True).ngroup().to_numpy()
    keys = rows.drop_duplicates(["scope", "snap"]).sort_values(["scope", "snap"])
    person, persons = pd.factorize(rows["person_id"], sort=True)
    first, second = clique_pairs(pd.factorize(rows["meeting_id"])[0], person)
    # (period, person) and (period, x, y) as one integer each: np.unique sorts and counts them
    n = max(len(persons), 1)
    code, meetings = np.unique(snap * n + person, return_counts=True)
    nodes = pd.DataFrame({"snap": code // n, "person": code % n, "meetings": meetings})
    code, weight = np.unique((snap[first] * n + person[first]) * n + person[second],
                             return_counts=True)
    edges = pd.DataFrame({"snap": code // (n * n), "x": code // n % n, "y": code % n,
                          "weight": weight})
    periods = np.arange(len(keys) + 1)
    return _Periods([(str(s), str(p)) for s, p in zip(keys["scope"], keys["period"])],
                    np.asarray(persons, dtype=object), nodes, edges,
                    np.searchsorted(nodes["snap"].to_numpy(), periods),
                    np.searchsorted(edges["snap"].to_numpy(), periods))


def period_graphs(frames: Frames, *, by: str = "year", scope: str = "municipality",
                  statuses: Iterable[str] = ("present",),
                  only: str | None = None) -> dict[tuple[str, str], nx.Graph]:
    """(scope, period) → that period's co-attendance graph, oldest first per scope.

    Each graph is what `coattendance_graph` gives for the period's meetings (edge `weight` =
    shared meetings, node `meetings` = meetings attended), without the per-edge meeting lists,
    built for all periods in one vectorised pass. `only` keeps one scope (e.g. "Rudersdal").
    """
    found = derived(frames, _periods, by, scope, tuple(statuses), only)
    names, counts = found.names[found.nodes["person"]].tolist(), found.nodes["meetings"].tolist()
    xs, ys = found.names[found.edges["x"]].tolist(), found.names[found.edges["y"]].tolist()
    weights = found.edges["weight"].astype(int).tolist()
    graphs: dict[tuple[str, str], nx.Graph] = {}
    with collector_paused():  # graphs of a few hundred thousand edges in all
        for code, key in enumerate(found.keys):
            graph = nx.Graph()
            lo, hi = found.node_at[code], found.node_at[code + 1]
            graph.add_nodes_from((p, {"meetings": m})
                                 for p, m in zip(names[lo:hi], counts[lo:hi]))
            lo, hi = found.edge_at[code], found.edge_at[code + 1]
            graph.add_weighted_edges_from(zip(xs[lo:hi], ys[lo:hi], weights[lo:hi]))
            graphs[key] = graph
    return graphs


def _period_networks(found: _Periods) -> Iterator[tuple[tuple[str, str], WeightedAdjacency]]:
    """Each period's network as `period_graphs` would give it, without building the graphs."""
    people, xs, ys = (found.nodes["person"].to_numpy(), found.edges["x"].to_numpy(),
                      found.edges["y"].to_numpy())
    weights = found.edges["weight"].astype(int).tolist()
    for code, key in enumerate(found.keys):
        nodes = people[found.node_at[code]:found.node_at[code + 1]]
        lo, hi = found.edge_at[code], found.edge_at[code + 1]
        yield key, WeightedAdjacency.from_sorted_edges(
            found.names[nodes].tolist(), np.searchsorted(nodes, xs[lo:hi]).tolist(),
            np.searchsorted(nodes, ys[lo:hi]).tolist(), weights[lo:hi])


def _names(frames: Frames) -> dict[str, str]:
    return dict(zip(frames.persons["id"].tolist(), frames.persons["name"].tolist()))


def _with_meetings(frame: pd.DataFrame, frames: Frames, by: str, scope: str) -> pd.DataFrame:
    """Add `meetings`: each (scope, period, person)'s meetings of the period, oldest first."""
    lists = derived(frames, _period_attendance, by, scope)
    keys = zip(frame["scope"].tolist(), frame["period"].tolist(), frame["person_id"].tolist())
    return frame.assign(meetings=[list(lists.get(key, ())) for key in keys])


def _period_attendance(frames: Frames, by: str, scope: str
                       ) -> dict[tuple[str, str, str], list[str]]:
    """(scope, period, person) → the meetings they were present at, oldest first."""
    meetings = period_meetings(frames, by, scope)
    attendance = frames.attendance
    rows = (attendance.loc[attendance["status"] == "present", ["person_id", "meeting_id"]]
            .drop_duplicates()
            .merge(meetings[["id", "scope", "period", "date"]], left_on="meeting_id",
                   right_on="id"))
    rows = rows.sort_values(["date", "meeting_id"])  # each list in this order, whatever its key
    lists: dict[tuple[str, str, str], list[str]] = {}
    with collector_paused():  # tens of thousands of keys and lists
        for place, period, person, meeting in zip(rows["scope"].tolist(), rows["period"].tolist(),
                                                  rows["person_id"].tolist(),
                                                  rows["meeting_id"].tolist()):
            lists.setdefault((place, period, person), []).append(meeting)
    return lists


def period_brokers(frames: Frames, *, by: str = "year", scope: str = "municipality",
                   only: str | None = None, top: int = 5, seed: int = SEED) -> pd.DataFrame:
    """The top brokers of each period (`BROKER_COLUMNS`), with their rank one period earlier.

    Only persons with a betweenness above 0 are listed; `meetings` lists the person's
    meetings of the period, the evidence of their position.
    """
    found = derived(frames, _periods, by, scope, ("present",), only)
    names = _names(frames)
    rows: list[dict[str, object]] = []
    before: dict[str, dict[str, int]] = {}
    people, xs, ys = (found.nodes["person"].to_numpy(), found.edges["x"].to_numpy(),
                      found.edges["y"].to_numpy())
    for code, (scope_key, period) in enumerate(found.keys):
        nodes = people[found.node_at[code]:found.node_at[code + 1]]
        lo, hi = found.edge_at[code], found.edge_at[code + 1]
        a, b = np.searchsorted(nodes, xs[lo:hi]), np.searchsorted(nodes, ys[lo:hi])
        persons = found.names[nodes].tolist()
        scores = _betweenness(len(nodes), a, b)
        ranked = (_ranked(persons, scores) if scores is not None else
                  _graph_ranking(nx.Graph(list(zip(found.names[nodes[a]], found.names[nodes[b]]))),
                                 seed))
        earlier = before.get(scope_key, {})
        for rank, (person, score) in enumerate(ranked[:top], 1):
            if score <= 0:  # no path runs through them: no broker, however the ids sort
                break
            rows.append({"scope": scope_key, "period": period, "rank": rank,
                         "person_id": person, "name": names.get(person, person),
                         "betweenness": score, "previous_rank": earlier.get(person)})
        before[scope_key] = {person: rank for rank, (person, _) in enumerate(ranked, 1)}
    frame = pd.DataFrame(rows, columns=list(BROKER_COLUMNS[:-1]))
    frame["previous_rank"] = frame["previous_rank"].astype("Int64")
    return _with_meetings(frame, frames, by, scope)[list(BROKER_COLUMNS)]


def _shifted(then: dict[str, int], now: dict[str, int]) -> list[tuple[str, int, int, list[str]]]:
    """(person, before, after, new peers) for those whose new community does not carry on the old.

    A community carries on the earlier one it shares most members with (ties: the lower number).
    """
    shared: dict[int, dict[int, int]] = {}
    for person, after in now.items():
        if person in then:
            counts = shared.setdefault(after, {})
            counts[then[person]] = counts.get(then[person], 0) + 1
    carried = {after: min(counts, key=lambda before: (-counts[before], before))
               for after, counts in shared.items()}
    members_now: dict[int, set[str]] = {}
    members_then: dict[int, set[str]] = {}
    for person, number in now.items():
        members_now.setdefault(number, set()).add(person)
    for person, number in then.items():
        members_then.setdefault(number, set()).add(person)
    return [(person, then[person], after,
             sorted(members_now[after] - members_then[then[person]] - {person}))
            for person, after in sorted(now.items())
            if person in then and carried.get(after) != then[person]]


def community_shifts(frames: Frames, *, by: str = "year", scope: str = "municipality",
                     only: str | None = None, seed: int = SEED) -> pd.DataFrame:
    """Persons whose community changed between a scope's consecutive periods (`SHIFT_COLUMNS`).

    A community carries on into the next period as the one sharing most of its members; a
    person changed when their new community does not carry on their old one. `new_peers` are
    the members of the new community who were not in the old one; `meeting_id` is the
    person's first meeting of the new period.
    """
    rows: list[tuple[str, str, str, str, int, int, list[str]]] = []
    previous: dict[str, tuple[str, dict[str, int]]] = {}
    found = derived(frames, _periods, by, scope, ("present",), only)
    for (scope_key, period), network in _period_networks(found):
        now = _louvain(network, seed)
        if scope_key in previous:
            label, then = previous[scope_key]
            rows += [(scope_key, period, label, *shift) for shift in _shifted(then, now)]
        previous[scope_key] = (period, now)
    moved = pd.DataFrame(rows, columns=["scope", "period", "previous", "person_id",
                                        "community_before", "community_after", "new_peers"])
    names = _names(frames)
    moved = _with_meetings(moved.assign(name=moved["person_id"].map(names)
                                        .fillna(moved["person_id"])), frames, by, scope)
    dates = dict(zip(frames.meetings["id"].tolist(), frames.meetings["date"].tolist()))
    moved["meeting_id"] = [found[0] if found else None for found in moved["meetings"]]
    moved["date"] = pd.to_datetime(moved["meeting_id"].map(dates))
    return moved[list(SHIFT_COLUMNS)].reset_index(drop=True)
