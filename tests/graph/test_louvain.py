"""`WeightedAdjacency.louvain` gives networkx's partition, step for step, on many random graphs.

The graphs are what the analyses feed it: unions of meeting cliques with integer weights (the
shared meetings), plus random sparse and dense graphs, isolated nodes and self-loops, under
several seeds and resolutions. The comparison is exact: the same sets of nodes.
"""
from __future__ import annotations

import random

import networkx as nx
import pytest

from graph.analysis.centrality import communities
from graph.analysis.louvain import WeightedAdjacency


def _meetings_graph(rng: random.Random) -> nx.Graph:
    """Persons as nodes, one clique per meeting, weight = shared meetings (as co-attendance)."""
    people = [f"person:x:{rng.randint(0, 10**5)}" for _ in range(rng.randint(1, 50))]
    graph = nx.Graph()
    graph.add_nodes_from(people)
    for _ in range(rng.randint(0, 20)):
        present = rng.sample(people, min(len(people), rng.randint(1, 9)))
        for i, a in enumerate(present):
            for b in present[i + 1:]:
                shared = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                graph.add_edge(a, b, weight=shared + 1)
    return graph


def _random_graph(rng: random.Random) -> nx.Graph:
    graph = nx.gnp_random_graph(rng.randint(0, 60), rng.random() * 0.4, seed=rng.randint(0, 999))
    for a, b in graph.edges:
        graph[a][b]["weight"] = rng.randint(1, 4)
    if graph and rng.random() < 0.3:
        node = rng.choice(list(graph))
        graph.add_edge(node, node, weight=rng.randint(1, 3))  # a self-loop
    return graph


def _parts(partition: list[set]) -> list[list[str]]:
    return sorted(sorted(map(str, part)) for part in partition)


@pytest.mark.parametrize("trial", range(60))
def test_louvain_equals_networkx(trial):
    rng = random.Random(trial)
    graph = _meetings_graph(rng) if trial % 2 else _random_graph(rng)
    seed, resolution = rng.randint(0, 99), rng.choice([1, 1.0, 0.5, 1.7])
    network = WeightedAdjacency.from_graph(graph)
    assert network is not None
    expected = nx.community.louvain_communities(graph, weight="weight", seed=seed,
                                                resolution=resolution)
    assert _parts(network.louvain(seed, resolution)) == _parts(expected)


def test_missing_weights_count_one_and_float_weights_go_to_networkx():
    graph = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    network = WeightedAdjacency.from_graph(graph)
    assert network is not None and network.neighbours[0] == {1: 1, 2: 1}
    graph["a"]["b"]["weight"] = 0.5  # sums of floats depend on their order: not copied
    assert WeightedAdjacency.from_graph(graph) is None
    assert WeightedAdjacency.from_graph(nx.DiGraph([("a", "b")])) is None
    found = communities(graph).groupby("community")["person_id"].apply(sorted).tolist()
    expected = nx.community.louvain_communities(graph, weight="weight", seed=42)
    assert sorted(found) == _parts(expected)


def test_sorted_edges_give_the_graphs_order():
    """Period networks skip building a graph; their neighbour order must be the graph's."""
    rng = random.Random(7)
    graph = _meetings_graph(rng)
    nodes = sorted(graph)
    number = {node: i for i, node in enumerate(nodes)}
    edges = sorted((min(number[a], number[b]), max(number[a], number[b]), w)
                   for a, b, w in graph.edges(data="weight"))
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_weighted_edges_from((nodes[x], nodes[y], w) for x, y, w in edges)
    direct = WeightedAdjacency.from_sorted_edges(nodes, *zip(*edges)) if edges else None
    if direct is not None:
        assert direct == WeightedAdjacency.from_graph(ordered)


def test_clique_components():
    cliques = nx.union(nx.complete_graph(["a", "b", "c"]), nx.complete_graph(["x", "y"]))
    nx.set_edge_attributes(cliques, 2, "weight")
    network = WeightedAdjacency.from_graph(cliques)
    assert network is not None
    assert _parts(network.clique_components() or []) == [["a", "b", "c"], ["x", "y"]]
    cliques.add_edge("c", "x", weight=2)
    joined = WeightedAdjacency.from_graph(cliques)
    assert joined is not None and joined.clique_components() is None
