"""Who attended with whom: the co-attendance network of persons, built from the attendance frame.

Two persons are tied when both were at the same meeting; the tie's weight is the number of
meetings they shared, and the tie keeps those meeting ids as its evidence, so every edge drawn
in the dashboard can be traced back to minutes.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from graph.analysis.grouping import clique_pairs
from graph.errors import AnalysisError
from graph.frames import collector_paused

DateLike: TypeAlias = "str | dt.date | dt.datetime | pd.Timestamp"
REQUIRED_COLUMNS = ("person_id", "meeting_id", "status")


def _check_columns(frame: pd.DataFrame, needed: Iterable[str]) -> None:
    missing = [column for column in needed if column not in frame.columns]
    if missing:
        raise AnalysisError(f"attendance frame lacks columns {missing}; "
                            f"it has {list(frame.columns)}")


def _select(attendance: pd.DataFrame, municipality: str | None, start: DateLike | None,
            end: DateLike | None, statuses: Iterable[str]) -> pd.DataFrame:
    """The attendance rows inside the filters; rows without a date drop out of any period."""
    needed = [*REQUIRED_COLUMNS]
    needed += ["municipality"] if municipality is not None else []
    needed += ["date"] if start is not None or end is not None else []
    _check_columns(attendance, needed)
    keep = attendance["status"].isin(list(statuses))
    if municipality is not None:
        keep &= attendance["municipality"] == municipality
    if start is not None or end is not None:
        dates = pd.to_datetime(attendance["date"], errors="coerce")
        if start is not None:
            keep &= dates >= pd.Timestamp(start)
        if end is not None:
            keep &= dates <= pd.Timestamp(end)
    return attendance.loc[keep.fillna(False).astype(bool), ["person_id", "meeting_id"]]


def coattendance_graph(attendance: pd.DataFrame, *, municipality: str | None = None,
                       start: DateLike | None = None, end: DateLike | None = None,
                       statuses: Iterable[str] = ("present",)) -> nx.Graph:
    """Persons as nodes, an edge between two persons who attended the same meeting.

    Edge attributes: `weight` (number of shared meetings) and `meetings` (their sorted ids).
    Node attribute `meetings`: the number of meetings the person attended within the filters.
    `start` and `end` are inclusive; `statuses` says which attendance statuses count.

    >>> frame = pd.DataFrame({"person_id": ["a", "b", "a", "b", "c"],
    ...                       "meeting_id": ["m1", "m1", "m2", "m2", "m2"],
    ...                       "status": ["present"] * 5})
    >>> g = coattendance_graph(frame)
    >>> g["a"]["b"]["weight"], g["a"]["b"]["meetings"], g["a"]["c"]["weight"]
    (2, ['m1', 'm2'], 1)
    """
    rows = _select(attendance, municipality, start, end, statuses).drop_duplicates()
    graph = nx.Graph()
    per_person = rows.groupby("person_id")["meeting_id"].nunique()
    graph.add_nodes_from((person, {"meetings": int(n)})
                         for person, n in zip(per_person.index, per_person.to_numpy()))
    with collector_paused():  # an edge is a dict and a list: often hundreds of thousands
        graph.add_edges_from(_shared_meetings(rows.dropna()))
    return graph


def _shared_meetings(rows: pd.DataFrame) -> Iterator[tuple[str, str, dict[str, object]]]:
    """(a, b, {"meetings", "weight"}) per pair a < b, in the order a loop would first meet them.

    That order (meetings sorted, pairs of a meeting sorted) is the graph's neighbour order,
    which Louvain's result depends on.
    """
    person, persons = pd.factorize(rows["person_id"], sort=True)
    meeting, meetings = pd.factorize(rows["meeting_id"], sort=True)
    first, second = clique_pairs(meeting, person)
    if not len(first):
        return
    a, b, m = person[first], person[second], meeting[first]
    order = np.lexsort((m, b, a))  # by pair, then meeting
    a, b, m = a[order], b[order], m[order]
    starts = np.flatnonzero(np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])])
    ends = np.r_[starts[1:], len(a)]
    first_seen = np.lexsort((b[starts], a[starts], m[starts]))
    names, ids = np.asarray(persons, dtype=object), np.asarray(meetings, dtype=object)[m].tolist()
    for lo, hi, x, y in zip(starts[first_seen].tolist(), ends[first_seen].tolist(),
                            names[a[starts[first_seen]]].tolist(),
                            names[b[starts[first_seen]]].tolist()):
        yield x, y, {"meetings": ids[lo:hi], "weight": hi - lo}


def prune_graph(graph: nx.Graph, *, min_weight: int = 1, max_elements: int | None = None,
                keep_isolates: bool = False) -> nx.Graph:
    """A copy without edges lighter than `min_weight`, cut to at most `max_elements` nodes + edges.

    The cut keeps the best-connected persons (by degree, then number of meetings, then id), so
    a drawing stays readable and its size bounded however large the graph grows.

    >>> g = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1})])
    >>> sorted(prune_graph(g, min_weight=2).nodes)
    ['a', 'b']
    >>> sorted(prune_graph(g, max_elements=3).nodes)
    ['a', 'b']
    """
    kept = nx.Graph()
    with collector_paused():  # a copy of every node and edge
        kept.add_nodes_from(graph.nodes(data=True))
        kept.add_edges_from((a, b, d) for a, b, d in graph.edges(data=True)
                            if d.get("weight", 1) >= min_weight)
    if not keep_isolates:
        kept.remove_nodes_from([n for n in list(kept.nodes) if kept.degree(n) == 0])
    if max_elements is None or kept.number_of_nodes() + kept.number_of_edges() <= max_elements:
        return kept
    ranked = sorted(kept.nodes, key=lambda n: (-kept.degree(n),
                                                -kept.nodes[n].get("meetings", 0), str(n)))
    chosen: set[str] = set()
    elements = 0
    for node in ranked:
        cost = 1 + sum(1 for other in kept.neighbors(node) if other in chosen)
        if elements + cost > max_elements:
            break
        chosen.add(node)
        elements += cost
    return kept.subgraph(chosen).copy()


def coattendees(graph: nx.Graph, person_id: str, *, limit: int | None = None) -> pd.DataFrame:
    """The persons tied to `person_id`, most shared meetings first: person_id, shared, meetings.

    >>> g = nx.Graph([("a", "b", {"weight": 2, "meetings": ["m1", "m2"]})])
    >>> coattendees(g, "a").to_dict("records")
    [{'person_id': 'b', 'shared': 2, 'meetings': ['m1', 'm2']}]
    """
    columns = ["person_id", "shared", "meetings"]
    if person_id not in graph:
        return pd.DataFrame(columns=columns)
    rows = [{"person_id": other, "shared": int(data.get("weight", 1)),
             "meetings": list(data.get("meetings", []))}
            for other, data in graph[person_id].items()]
    rows.sort(key=lambda row: (-row["shared"], str(row["person_id"])))
    return pd.DataFrame(rows[:limit] if limit is not None else rows, columns=columns)
