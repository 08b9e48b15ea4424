"""Louvain communities exactly as networkx finds them, without networkx's overhead per call.

Community shifts run Louvain once per scope and period, thousands of small graphs, and
`networkx.community.louvain_communities` spends most of a small graph's time around the
algorithm: rebuilding the graph, views and dispatch, a full `modularity` per level. This is
the same algorithm step by step (networkx 3.x, undirected): the same seeded shuffle, the same
iteration orders, the same float expressions in the same order, on dicts of node numbers. So
with integer weights, where every sum is exact, it returns networkx's partition;
tests/graph/test_louvain.py checks that on many random graphs. Other graphs go to networkx.
"""
from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable

import networkx as nx

Neighbours = list[dict[int, int]]  # node number → {neighbour number: weight}, in networkx's order


@dataclass(frozen=True)
class WeightedAdjacency:
    """An undirected graph with integer weights as numbered nodes, ordered as networkx orders them.

    Build it with `from_graph` (any graph) or `from_sorted_edges` (nodes and edges already
    sorted, as the period networks are), then call `louvain`.
    """

    nodes: list[Hashable]
    neighbours: Neighbours

    @classmethod
    def from_graph(cls, graph: nx.Graph, weight: str = "weight") -> WeightedAdjacency | None:
        """The graph as Louvain sees it, or None if not simple, undirected, with int weights.

        Louvain first copies the graph edge by edge (`graph.edges` order, missing weights 1);
        the copy's neighbour order is what its loops follow, so it is rebuilt the same way.
        """
        if graph.is_directed() or graph.is_multigraph():
            return None
        nodes = list(graph)
        number = {node: i for i, node in enumerate(nodes)}
        neighbours: Neighbours = [{} for _ in nodes]
        for a, b, w in graph.edges(data=weight, default=1):
            if type(w) is not int:  # float sums would depend on the order of addition
                return None
            i, j = number[a], number[b]
            neighbours[i][j] = w
            neighbours[j][i] = w
        return cls(nodes, neighbours)

    @classmethod
    def from_sorted_edges(cls, nodes: list[Hashable], x: Iterable[int], y: Iterable[int],
                          weights: Iterable[int]) -> WeightedAdjacency:
        """Nodes in graph order; edges (x < y, node numbers) sorted by x then y, no self-loops.

        Equals `from_graph` of the graph made by adding these nodes, then these edges in this
        order: every neighbour list comes out ascending either way.
        """
        neighbours: Neighbours = [{} for _ in nodes]
        for a, b, w in zip(x, y, weights):
            neighbours[a][b] = w
            neighbours[b][a] = w
        return cls(nodes, neighbours)

    def clique_components(self) -> list[set[Hashable]] | None:
        """The connected components if each is a clique whose edges all weigh the same, else None.

        Such components are the modularity optimum already (one meeting per body, as in most
        quarters), so callers can skip Louvain.
        """
        sizes = [len(nbrs) for nbrs in self.neighbours]
        loops = any(u in nbrs for u, nbrs in enumerate(self.neighbours))
        if not loops and any(sizes[v] != size for size, nbrs in zip(sizes, self.neighbours)
                             for v in nbrs):
            return None  # a quick no: in a clique every member has as many neighbours
        seen = [False] * len(self.nodes)
        found = []
        for start in range(len(self.nodes)):
            if seen[start]:
                continue
            seen[start] = True
            component, stack = [start], [start]
            while stack:
                for other in self.neighbours[stack.pop()]:
                    if not seen[other]:
                        seen[other] = True
                        component.append(other)
                        stack.append(other)
            n = len(component)
            edges = sum(1 for u in component for v in self.neighbours[u] if v >= u)
            weights = {w for u in component for w in self.neighbours[u].values()}
            if edges != n * (n - 1) // 2 or len(weights) > 1:
                return None
            found.append(set(component))
        return self._named(found)

    def louvain(self, seed: int, resolution: float = 1, threshold: float = 0.0000001
                ) -> list[set[Hashable]]:
        """As `networkx.community.louvain_communities(graph, "weight", resolution, threshold,
        seed)`: the same communities."""
        rng = random.Random(seed)  # what networkx makes of an int seed
        graph = self.neighbours
        members: list[set[int]] = [{u} for u in range(len(graph))]
        partition = [{u} for u in range(len(graph))]
        if not any(graph):
            return self._named(partition)
        degrees = _degrees(graph)
        deg_sum = sum(degrees)  # the same on every level: merged edges become self-loops
        quality = _Modularity(deg_sum / 2, 1 / deg_sum**2, resolution)
        mod = quality.of([nbrs.get(u, 0) for u, nbrs in enumerate(graph)], degrees)
        level = _one_level(graph, degrees, members, quality, partition, rng)
        found, improvement = level.partition, True  # networkx goes on after the first level
        while improvement:
            found = [set(s) for s in level.partition]
            new_mod = quality.of(level.inside, level.stot)
            if new_mod - mod <= threshold:
                break
            mod = new_mod
            graph, members = _gen_graph(graph, level.inner, members)
            level = _one_level(graph, _degrees(graph), members, quality, level.partition, rng)
            improvement = level.improvement
        return self._named(found)

    def _named(self, partition: list[set[int]]) -> list[set[Hashable]]:
        return [{self.nodes[u] for u in part} for part in partition]


def _degrees(graph: Neighbours) -> list[int]:
    """Weighted degrees; a self-loop counts twice, as in `graph.degree(weight=...)`."""
    return [sum(nbrs.values()) + nbrs.get(u, 0) for u, nbrs in enumerate(graph)]


@dataclass(frozen=True)
class _Modularity:
    """`networkx.community.modularity` from each community's inner weight and degree sum."""

    m: float
    norm: float
    resolution: float

    def of(self, inside: list[int], stot: list[int]) -> float:
        """Summed in community order, as networkx sums its list of non-empty communities."""
        m, norm, resolution = self.m, self.norm, self.resolution
        # An emptied community adds 0.0, which leaves a float sum as it is.
        return sum(inside[c] / m - resolution * stot[c] * stot[c] * norm
                   for c in range(len(stot)))


@dataclass(frozen=True)
class _Level:
    partition: list[set[int]]  # original nodes per community, emptied ones dropped
    inner: list[set[int]]  # this level's nodes per community, emptied ones dropped
    inside: list[int]  # per community number: weight of its inner edges, self-loops once
    stot: list[int]  # per community number: its degree sum
    improvement: bool


def _one_level(graph: Neighbours, degrees: list[int], members: list[set[int]],
               quality: _Modularity, partition: list[set[int]], rng: random.Random) -> _Level:
    """networkx's `_one_level`, undirected: move nodes to the neighbour community gaining most.

    Also keeps each community's inner weight, so the level's modularity needs no pass over
    the edges. Weights are ints: their sums are exact, so int sums give networkx's floats.
    """
    m, resolution = quality.m, quality.resolution
    node2com = list(range(len(graph)))
    inner_partition = [{u} for u in range(len(graph))]
    stot = list(degrees)
    loops = [adj.get(u, 0) for u, adj in enumerate(graph)]
    inside = list(loops)
    nbrs = [adj if u not in adj else {v: w for v, w in adj.items() if v != u}
            for u, adj in enumerate(graph)]
    rand_nodes = list(range(len(graph)))
    rng.shuffle(rand_nodes)
    scale = 2 * m**2
    nb_moves = 1
    improvement = False
    while nb_moves > 0:
        nb_moves = 0
        for u in rand_nodes:
            best_mod: float = 0
            best_com = node2com[u]
            weights2com: defaultdict[int, int] = defaultdict(int)
            for nbr, wt in nbrs[u].items():
                weights2com[node2com[nbr]] += wt
            degree = degrees[u]
            stot[best_com] -= degree
            # `weights2com[best_com]` adds the own community last when no neighbour is in it,
            # as networkx does; the loop below then weighs it in that place.
            remove_cost = (-weights2com[best_com] / m
                           + resolution * (stot[best_com] * degree) / scale)
            for nbr_com, wt in weights2com.items():
                gain = remove_cost + wt / m - resolution * (stot[nbr_com] * degree) / scale
                if gain > best_mod:
                    best_mod = gain
                    best_com = nbr_com
            stot[best_com] += degree
            old_com = node2com[u]
            if best_com != old_com:
                partition[old_com].difference_update(members[u])
                inner_partition[old_com].remove(u)
                partition[best_com].update(members[u])
                inner_partition[best_com].add(u)
                inside[old_com] -= weights2com[old_com] + loops[u]
                inside[best_com] += weights2com[best_com] + loops[u]
                improvement = True
                nb_moves += 1
                node2com[u] = best_com
    return _Level(list(filter(len, partition)), list(filter(len, inner_partition)), inside,
                  stot, improvement)


def _gen_graph(graph: Neighbours, partition: list[set[int]], members: list[set[int]]
               ) -> tuple[Neighbours, list[set[int]]]:
    """networkx's `_gen_graph`: one node per community, edges summed, in `graph.edges` order."""
    node2com: dict[int, int] = {}
    joined: list[set[int]] = []
    for number, part in enumerate(partition):
        nodes: set[int] = set()
        for node in part:
            node2com[node] = number
            nodes.update(members[node])
        joined.append(nodes)
    reduced: Neighbours = [{} for _ in partition]
    for u, nbrs in enumerate(graph):
        com1 = node2com[u]
        for v, wt in nbrs.items():
            if v >= u:
                com2 = node2com[v]
                total = wt + reduced[com1].get(com2, 0)
                reduced[com1][com2] = total
                reduced[com2][com1] = total
    return reduced, joined
