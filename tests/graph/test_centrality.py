"""Brokers and communities on hand-built graphs in both stores; expected values worked out below.

Path (2018): meetings of two present persons each — p1·p2, p2·p3, p3·p4, p4·p5 — give the path
p1–p2–p3–p4–p5. Normalised betweenness divides the pairs a node lies between by the
(n−1)(n−2)/2 = 6 pairs of the other nodes: p3 lies between (p1,p4), (p1,p5), (p2,p4), (p2,p5) →
4/6; p2 between p1 and p3, p4, p5 → 3/6, likewise p4; the ends 0.
Star (2019): hub·a, hub·b, hub·c, hub·d → hub lies between all C(4, 2) = 6 pairs → 1.0.
Two cliques (2020): meeting X a, b, c, d; meeting Y e, f, g, h; meeting Z d, e. Louvain (seed
fixed) gives {a, b, c, d} and {e, f, g, h}; d and e are the brokers: d lies on every shortest
path between {a, b, c} and {e, f, g, h} (3 · 4 = 12 pairs), e between {a, b, c, d} and
{f, g, h} (12 pairs), out of C(7, 2) = 21 pairs of other nodes → 12/21 each; the rest 0.
"""
from __future__ import annotations

import networkx as nx
import pytest

from graph import ids
from graph.analysis.centrality import (brokers, communities, community_shifts, period_brokers,
                                       period_graphs)
from graph.analysis.coattendance import coattendance_graph
from tests.graph.test_collaboration import TOWN, Minutes, write

P = [f"p{n}" for n in range(1, 6)]
PATH = [(P[i], P[i + 1]) for i in range(4)]
STAR = [("hub", leaf) for leaf in "abcd"]


def pid(name: str) -> str:
    return ids.person_id(name, TOWN)


def meetings(year: int, groups: list[tuple[str, ...]], first: int = 0) -> list[Minutes]:
    found = []
    for n, names in enumerate(groups, start=first):
        one = Minutes(f"{year}-{n}.txt", "Forum", f"{year}-{n % 12 + 1:02d}-01")
        for name in names:
            one.person(name)
        found.append(one)
    return found


CLIQUES = [("a", "b", "c", "d"), ("e", "f", "g", "h"), ("d", "e")]


@pytest.fixture
def frames(store):
    return write(store, *meetings(2018, PATH), *meetings(2019, STAR),
                 *meetings(2020, CLIQUES))


def test_betweenness_on_a_path_by_hand(frames):
    graph = period_graphs(frames)[(TOWN, "2018")]
    scores = dict(zip(*brokers(graph, top=None)[["person_id", "betweenness"]].T.values))
    expected = {"p1": 0, "p2": 3 / 6, "p3": 4 / 6, "p4": 3 / 6, "p5": 0}
    assert scores == pytest.approx({pid(k): v for k, v in expected.items()})
    assert brokers(graph, top=1)["person_id"].tolist() == [pid("p3")]


def test_betweenness_on_a_star_by_hand(frames):
    ranked = brokers(period_graphs(frames)[(TOWN, "2019")], top=2)
    assert ranked.values.tolist() == [[1, pid("hub"), 1.0], [2, pid("a"), 0.0]]


def test_two_cliques_and_their_brokers(frames):
    graph = period_graphs(frames)[(TOWN, "2020")]
    groups = communities(graph).groupby("community")["person_id"].apply(sorted).tolist()
    assert groups == [[pid(x) for x in "abcd"], [pid(x) for x in "efgh"]]
    assert communities(graph).equals(communities(graph))  # the seed makes it stable
    top = brokers(graph, top=2)
    assert top["person_id"].tolist() == [pid("d"), pid("e")]
    assert top["betweenness"].tolist() == pytest.approx([12 / 21, 12 / 21])


def test_dense_betweenness_equals_networkx():
    for seed in range(5):
        graph = nx.gnp_random_graph(30, 0.08, seed=seed)
        found = dict(zip(*brokers(graph, top=None)[["person_id", "betweenness"]].T.values))
        expected = nx.betweenness_centrality(graph)
        assert {str(k): v for k, v in expected.items()} == pytest.approx(found)


def test_period_graphs_equal_the_coattendance_graph(frames):
    attendance = frames.attendance[frames.attendance["date"].dt.year == 2020]
    expected = coattendance_graph(attendance)
    graph = period_graphs(frames)[(TOWN, "2020")]
    assert sorted(graph.edges) == sorted(tuple(sorted(e)) for e in expected.edges)
    assert all(graph[a][b]["weight"] == expected[a][b]["weight"] for a, b in graph.edges)
    assert dict(graph.nodes(data="meetings")) == dict(expected.nodes(data="meetings"))


def test_period_brokers_list_only_real_brokers_with_their_meetings(frames):
    found = period_brokers(frames, top=3)
    assert found[["period", "rank", "person_id"]].values.tolist() == [
        ["2018", 1, pid("p3")], ["2018", 2, pid("p2")], ["2018", 3, pid("p4")],
        ["2019", 1, pid("hub")], ["2020", 1, pid("d")], ["2020", 2, pid("e")]]
    hub = found[found["person_id"] == pid("hub")].iloc[0]
    assert hub["meetings"] == [ids.meeting_id("Forum", TOWN, f"2019-{m:02d}-01")
                               for m in (1, 2, 3, 4)]


def test_community_shifts_name_who_moved(store):
    # 2018: {a, b, c, d} and {e, f, g, h} apart; 2019: d sits with e, f, g, h instead.
    frames = write(store, *meetings(2018, [("a", "b", "c", "d"), ("e", "f", "g", "h")]),
                   *meetings(2019, [("a", "b", "c"), ("d", "e", "f", "g", "h")]))
    moved = community_shifts(frames)
    assert moved[["period", "previous", "person_id"]].values.tolist() == [
        ["2019", "2018", pid("d")]]
    row = moved.iloc[0]
    assert row["new_peers"] == [pid(x) for x in "efgh"]
    assert row["meeting_id"] == ids.meeting_id("Forum", TOWN, "2019-02-01")


def test_empty_graph():
    assert brokers(nx.Graph()).empty and communities(nx.Graph()).empty


def test_disjoint_cliques_skip_louvain_with_the_same_answer():
    graph = nx.union(nx.complete_graph(["a", "b", "c"]), nx.complete_graph(["x", "y"]))
    nx.set_edge_attributes(graph, 1, "weight")
    expected = sorted(sorted(c) for c in nx.community.louvain_communities(graph, seed=42))
    found = communities(graph).groupby("community")["person_id"].apply(sorted).tolist()
    assert sorted(found) == expected == [["a", "b", "c"], ["x", "y"]]
