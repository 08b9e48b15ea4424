"""Co-attendance on a hand-built attendance frame; expected weights worked out by hand below.

Meetings (present unless said):
    m1 2018-02-27 Rudersdal: lotte, martha, eva
    m2 2018-05-15 Rudersdal: lotte, martha, kristian; eva absent
    m3 2019-03-04 Rødovre:   anna, bo; carl unknown
    m4 (no date)  Rudersdal: lotte, kristian
Present pairs: m1 → lotte-martha, lotte-eva, martha-eva; m2 → lotte-martha, lotte-kristian,
martha-kristian; m3 → anna-bo; m4 → lotte-kristian.
So lotte-martha = 2 (m1, m2), lotte-kristian = 2 (m2, m4), every other pair 1.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from graph.analysis.coattendance import coattendance_graph, coattendees, prune_graph
from graph.errors import AnalysisError

ROWS = [
    ("lotte", "m1", "present", "2018-02-27", "Rudersdal"),
    ("martha", "m1", "present", "2018-02-27", "Rudersdal"),
    ("eva", "m1", "present", "2018-02-27", "Rudersdal"),
    ("lotte", "m2", "present", "2018-05-15", "Rudersdal"),
    ("martha", "m2", "present", "2018-05-15", "Rudersdal"),
    ("kristian", "m2", "present", "2018-05-15", "Rudersdal"),
    ("eva", "m2", "absent", "2018-05-15", "Rudersdal"),
    ("anna", "m3", "present", "2019-03-04", "Rødovre"),
    ("bo", "m3", "present", "2019-03-04", "Rødovre"),
    ("carl", "m3", "unknown", "2019-03-04", "Rødovre"),
    ("lotte", "m4", "present", None, "Rudersdal"),
    ("kristian", "m4", "present", None, "Rudersdal"),
]


@pytest.fixture
def attendance() -> pd.DataFrame:
    frame = pd.DataFrame(ROWS, columns=["person_id", "meeting_id", "status", "date",
                                        "municipality"])
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def weights(graph: nx.Graph) -> dict[tuple[str, str], int]:
    return {tuple(sorted((a, b))): d["weight"] for a, b, d in graph.edges(data=True)}


def test_weights_and_evidence(attendance):
    graph = coattendance_graph(attendance)
    assert weights(graph) == {
        ("lotte", "martha"): 2, ("kristian", "lotte"): 2, ("eva", "lotte"): 1,
        ("eva", "martha"): 1, ("kristian", "martha"): 1, ("anna", "bo"): 1,
    }
    assert graph["lotte"]["martha"]["meetings"] == ["m1", "m2"]
    assert graph["lotte"]["kristian"]["meetings"] == ["m2", "m4"]
    assert "carl" not in graph  # only "present" counts by default
    assert graph.nodes["lotte"]["meetings"] == 3 and graph.nodes["eva"]["meetings"] == 1


def test_other_statuses_can_count(attendance):
    graph = coattendance_graph(attendance, statuses=("present", "unknown"))
    assert graph["anna"]["carl"]["weight"] == 1 and graph["bo"]["carl"]["weight"] == 1


def test_municipality_filter(attendance):
    graph = coattendance_graph(attendance, municipality="Rødovre")
    assert sorted(graph.nodes) == ["anna", "bo"] and weights(graph) == {("anna", "bo"): 1}


def test_period_is_inclusive_and_drops_undated_meetings(attendance):
    graph = coattendance_graph(attendance, start="2018-05-15", end=pd.Timestamp("2018-12-31"))
    assert weights(graph) == {("lotte", "martha"): 1, ("kristian", "lotte"): 1,
                              ("kristian", "martha"): 1}
    assert graph["lotte"]["kristian"]["meetings"] == ["m2"]  # m4 has no date


def test_duplicate_rows_count_once(attendance):
    doubled = pd.concat([attendance, attendance])
    assert weights(coattendance_graph(doubled)) == weights(coattendance_graph(attendance))


def test_empty_frame_gives_empty_graph(attendance):
    graph = coattendance_graph(attendance.iloc[0:0])
    assert graph.number_of_nodes() == 0


@pytest.mark.parametrize("kwargs, column", [({}, "status"), ({"municipality": "Rødovre"},
                                                            "municipality"),
                                            ({"start": "2018-01-01"}, "date")])
def test_missing_columns_raise_a_named_error(attendance, kwargs, column):
    with pytest.raises(AnalysisError, match=column):
        coattendance_graph(attendance.drop(columns=[column]), **kwargs)


def test_prune_by_weight_and_size(attendance):
    graph = coattendance_graph(attendance)
    heavy = prune_graph(graph, min_weight=2)
    assert weights(heavy) == {("lotte", "martha"): 2, ("kristian", "lotte"): 2}
    # Degrees: lotte 3, martha 3, kristian 2, eva 2, anna 1, bo 1. A budget of 6 elements takes
    # lotte (1), martha (1 + 1 edge), kristian (1 + 2 edges) = 6; eva would cost 3 more.
    small = prune_graph(graph, max_elements=6)
    assert sorted(small.nodes) == ["kristian", "lotte", "martha"]
    assert small.number_of_nodes() + small.number_of_edges() == 6
    assert prune_graph(graph, max_elements=1000).number_of_edges() == 6


def test_coattendees_sorted_by_shared_meetings(attendance):
    table = coattendees(coattendance_graph(attendance), "lotte")
    assert list(table["person_id"]) == ["kristian", "martha", "eva"]
    assert list(table["shared"]) == [2, 2, 1]
    assert list(coattendees(coattendance_graph(attendance), "lotte", limit=1)["person_id"]) == [
        "kristian"]
    assert coattendees(nx.Graph(), "nobody").empty
