"""Who works with whom: typed, weighted, dated ties between persons or organisations, each explained.

Four kinds of tie, each traced to the minutes:
- `co_attended`: present at the same meeting (evidence: meeting ids);
- `co_involved`: involved in the same initiative or named in the same agenda item (evidence:
  initiative and agenda-item ids; quotes: the passages stating the involvement);
- `stated`: the minutes say they collaborate, COLLABORATES_WITH (evidence: document ids);
- `funding`: one funded the other, FUNDED; directed, `a` funded `b` (evidence: document ids).
Person ties roll up to the organisations the persons are members of or represent; a rolled-up
tie's evidence is the person pairs ("person:a|person:b") behind it. Pairs come from one clique
per meeting, initiative or item, built with a vectorised self-merge, never from all persons.
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx
import pandas as pd

from graph.errors import AnalysisError
from graph.frames import Frames, document_meetings, make_frames

CO_ATTENDED, CO_INVOLVED, STATED, FUNDING = "co_attended", "co_involved", "stated", "funding"
TIE_TYPES = (CO_ATTENDED, CO_INVOLVED, STATED, FUNDING)
TIE_COLUMNS = ("a", "b", "type", "weight", "first", "last", "amount_dkk", "years", "evidence",
               "quotes")
LEVELS = ("person", "organisation")
_KEYS = ["a", "b", "type"]


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame(columns=list(TIE_COLUMNS))
    frame["first"] = frame["last"] = pd.Series(dtype="datetime64[ns]")
    return frame


def _sorted_lists(frame: pd.DataFrame, column: str) -> pd.Series:
    """Per (a, b, type): the sorted unique values of `column` as a list."""
    rows = frame[[*_KEYS, column]].dropna().drop_duplicates().sort_values([*_KEYS, column])
    return rows.groupby(_KEYS, sort=False)[column].agg(list)


def _clique_pairs(members: pd.DataFrame, group: str, around: set[str] | None) -> pd.DataFrame:
    """Pairs a < b of `node`s sharing a `group`, with the group and both nodes' `date`."""
    members = members.drop_duplicates(["group", "node"])
    if around is not None:
        groups = members.loc[members["node"].isin(around), "group"].unique()
        members = members[members["group"].isin(groups)]
    pairs = members.merge(members, on="group", suffixes=("_a", "_b"))
    pairs = pairs[pairs["node_a"] < pairs["node_b"]]
    if around is not None:
        pairs = pairs[pairs["node_a"].isin(around) | pairs["node_b"].isin(around)]
    return pairs.rename(columns={"node_a": "a", "node_b": "b", "group": group})


def _aggregate(pairs: pd.DataFrame, tie_type: str, evidence: str,
               quotes: str | None = None) -> pd.DataFrame:
    """One tie per (a, b): weight = distinct evidence items, first/last dates, the lists."""
    if pairs.empty:
        return _empty()
    pairs = pairs.assign(type=tie_type)
    grouped = pairs.groupby(_KEYS, sort=True)
    ties = pd.DataFrame({"weight": grouped[evidence].nunique(), "first": grouped["first"].min(),
                         "last": grouped["last"].max()})
    ties["evidence"] = _sorted_lists(pairs, evidence)
    ties["quotes"] = (_sorted_lists(pairs, quotes) if quotes else pd.Series(dtype=object))
    ties["quotes"] = ties["quotes"].apply(lambda value: value if isinstance(value, list) else [])
    ties["amount_dkk"], ties["years"] = pd.NA, [[] for _ in range(len(ties))]
    return ties.reset_index()[list(TIE_COLUMNS)]


def _dated(docs: pd.Series, dates: dict[str, pd.Timestamp]) -> pd.Series:
    """The date of each document's meeting (NaT when unknown)."""
    return pd.to_datetime(docs.map(dates), errors="coerce")


def _co_attended(frames: Frames, nodes: set[str], statuses: Iterable[str],
                 around: set[str] | None) -> pd.DataFrame:
    rows = frames.attendance
    rows = rows[rows["status"].isin(list(statuses)) & rows["person_id"].isin(nodes)]
    members = pd.DataFrame({"group": rows["meeting_id"], "node": rows["person_id"],
                            "date": rows["date"]})
    pairs = _clique_pairs(members, "meeting_id", around)
    pairs = pairs.assign(first=pairs["date_a"], last=pairs["date_a"])
    return _aggregate(pairs, CO_ATTENDED, "meeting_id")


def _co_involved(frames: Frames, nodes: set[str], dates: dict[str, pd.Timestamp],
                 around: set[str] | None) -> pd.DataFrame:
    inv, men = frames.involvements, frames.mentions
    men = men[men["item_id"].notna()]
    members = pd.concat([
        pd.DataFrame({"group": inv["initiative_id"], "node": inv["actor_id"],
                      "date": _dated(inv["doc"], dates), "quote": inv["quote"]}),
        pd.DataFrame({"group": men["item_id"], "node": men["target_id"],
                      "date": _dated(men["doc"], dates), "quote": men["quote"]}),
    ])
    members = members[members["node"].isin(nodes)]
    spans = members.groupby(["group", "node"]).agg(first=("date", "min"), last=("date", "max"))
    pairs = _clique_pairs(spans.reset_index(), "group", around)
    if pairs.empty:
        return _empty()
    # The tie exists once both are known to be involved; it was last seen at the later mention.
    pairs = pairs.assign(first=pairs[["first_a", "first_b"]].max(axis=1),
                         last=pairs[["last_a", "last_b"]].max(axis=1))
    quotes = members[["group", "node", "quote"]].dropna()
    said = pd.concat([pairs[["a", "b", "group"]].merge(quotes, left_on=["group", side],
                                                       right_on=["group", "node"])
                      for side in ("a", "b")])
    ties = _aggregate(pairs, CO_INVOLVED, "group")
    if not said.empty:
        lists = _sorted_lists(said.assign(type=CO_INVOLVED), "quote")
        ties["quotes"] = [lists.get((a, b, CO_INVOLVED), []) for a, b in zip(ties["a"], ties["b"])]
    return ties


def _statements(frame: pd.DataFrame, a: str, b: str, nodes: set[str], dates: dict[str, pd.Timestamp],
                tie_type: str, around: set[str] | None, directed: bool) -> pd.DataFrame:
    rows = frame[frame[a].isin(nodes) & frame[b].isin(nodes) & (frame[a] != frame[b])]
    if around is not None:
        rows = rows[rows[a].isin(around) | rows[b].isin(around)]
    if rows.empty:
        return _empty()
    first, second = rows[a], rows[b]
    if not directed:
        first, second = first.where(first < second, rows[b]), second.where(first < second, rows[a])
    date = _dated(rows["doc"], dates)
    if "year" in rows:  # a grant's own year, when the minutes give it, dates it better
        year = pd.to_datetime(rows["year"].astype("string") + "-01-01", errors="coerce")
        date = year.fillna(date)
    pairs = pd.DataFrame({"a": first, "b": second, "doc": rows["doc"], "quote": rows["quote"],
                          "first": date, "last": date})
    ties = _aggregate(pairs, tie_type, "doc", "quote")
    if "amount_dkk" in rows:
        pairs = pairs.assign(type=tie_type, amount_dkk=rows["amount_dkk"], year=rows["year"])
        ties = ties.set_index(_KEYS)
        ties["amount_dkk"] = pairs.groupby(_KEYS)["amount_dkk"].sum(min_count=1).astype("Int64")
        ties["years"] = [sorted({int(y) for y in ys})
                         for ys in _sorted_lists(pairs, "year").reindex(ties.index)
                         .apply(lambda v: v if isinstance(v, list) else [])]
        ties = ties.reset_index()[list(TIE_COLUMNS)]
    return ties


def _direct(frames: Frames, nodes: set[str], statuses: Iterable[str],
            around: set[str] | None) -> list[pd.DataFrame]:
    """Ties read straight off the frames between `nodes` (no roll-up)."""
    known = document_meetings(frames)
    dates = dict(zip(known["doc"], known["date"]))
    return [_co_attended(frames, nodes, statuses, around),
            _co_involved(frames, nodes, dates, around),
            _statements(frames.collaborations, "start_id", "end_id", nodes, dates, STATED, around,
                        directed=False),
            _statements(frames.fundings, "funder_id", "recipient_id", nodes, dates, FUNDING,
                        around, directed=True)]


def _roll_up(ties: pd.DataFrame, memberships: pd.DataFrame, organisations: set[str]) -> pd.DataFrame:
    """Person ties as ties between their organisations; the person pairs become the evidence."""
    links = memberships.loc[memberships["org_id"].isin(organisations),
                            ["person_id", "org_id"]].drop_duplicates()
    ties = ties[ties["type"] != FUNDING]
    rolled = (ties.merge(links, left_on="a", right_on="person_id")
              .merge(links, left_on="b", right_on="person_id", suffixes=("_a", "_b")))
    rolled = rolled[rolled["org_id_a"] != rolled["org_id_b"]]
    if rolled.empty:
        return _empty()
    low = rolled[["org_id_a", "org_id_b"]].min(axis=1)
    high = rolled[["org_id_a", "org_id_b"]].max(axis=1)
    rolled = rolled.assign(pair=rolled["a"] + "|" + rolled["b"], a=low, b=high)
    grouped = rolled.groupby(_KEYS, sort=True)
    out = pd.DataFrame({"weight": grouped["weight"].sum(), "first": grouped["first"].min(),
                        "last": grouped["last"].max()})
    out["evidence"] = _sorted_lists(rolled, "pair")
    out["amount_dkk"], out["years"] = pd.NA, [[] for _ in range(len(out))]
    out["quotes"] = [[] for _ in range(len(out))]
    return out.reset_index()[list(TIE_COLUMNS)]


def _combine(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate tie frames; a tie found by two routes (direct and rolled up) becomes one."""
    parts = [part for part in parts if not part.empty]
    if not parts:
        return _empty()
    ties = pd.concat(parts, ignore_index=True)
    twice = ties.duplicated(_KEYS, keep=False)
    if twice.any():
        merged = ties[twice].groupby(_KEYS, sort=False).agg(
            weight=("weight", "sum"), first=("first", "min"), last=("last", "max"),
            amount_dkk=("amount_dkk", "first"), years=("years", "sum"),
            evidence=("evidence", "sum"), quotes=("quotes", "sum")).reset_index()
        ties = pd.concat([ties[~twice], merged], ignore_index=True)
    ties = ties.sort_values(_KEYS, ignore_index=True)[list(TIE_COLUMNS)]
    ties["weight"] = ties["weight"].astype(int)
    return ties


def collaboration_ties(frames: Frames, *, level: str = "person",
                       statuses: Iterable[str] = ("present",), include_bodies: bool = False,
                       around: Iterable[str] | None = None) -> pd.DataFrame:
    """Every tie between persons (or organisations) as a tidy frame with `TIE_COLUMNS`.

    `a`, `b` are node ids (a < b, except funding: `a` funded `b`); `weight` is the number of
    meetings, initiatives/items or statements (for rolled-up ties: the sum of the person ties);
    `first`/`last` date the evidence. `around` keeps only ties touching those ids (fast path for
    one person's collaborators). Bodies count as organisations only with `include_bodies`.

    >>> att = pd.DataFrame({"person_id": ["p1", "p2"], "meeting_id": "m1", "status": "present"})
    >>> frames = make_frames(attendance=att)
    >>> collaboration_ties(frames)[["a", "b", "type", "weight", "evidence"]].to_dict("records")
    [{'a': 'p1', 'b': 'p2', 'type': 'co_attended', 'weight': 1, 'evidence': ['m1']}]
    """
    if level not in LEVELS:
        raise AnalysisError(f"unknown level {level!r}; choose one of {LEVELS}")
    wanted = None if around is None else set(around)
    persons = set(frames.persons["id"]) | set(frames.attendance["person_id"])
    if level == "person":
        return _combine(_direct(frames, persons, statuses, wanted))
    organisations = set(frames.organisations["id"])
    if include_bodies:
        organisations |= set(frames.bodies["id"])
    members = frames.memberships[frames.memberships["org_id"].isin(organisations)]
    around_persons = (None if wanted is None
                      else set(members.loc[members["org_id"].isin(wanted), "person_id"]))
    person_ties = _combine(_direct(frames, persons, statuses, around_persons))
    ties = _combine([_roll_up(person_ties, members, organisations),
                     *_direct(frames, organisations, statuses, wanted)])
    if wanted is not None:
        ties = ties[ties["a"].isin(wanted) | ties["b"].isin(wanted)].reset_index(drop=True)
    return ties


def collaboration_graph(ties: pd.DataFrame, *, types: Iterable[str] = TIE_TYPES) -> nx.Graph:
    """An undirected graph of the ties: edge `weight` sums the types, `types` maps type → weight.

    >>> ties = pd.DataFrame({"a": ["x", "x"], "b": ["y", "y"], "type": ["co_attended", "stated"],
    ...                      "weight": [2, 1], "first": pd.NaT, "last": pd.NaT})
    >>> g = collaboration_graph(ties)
    >>> g["x"]["y"]["weight"], g["x"]["y"]["types"]
    (3, {'co_attended': 2, 'stated': 1})
    """
    missing = [c for c in ("a", "b", "type", "weight", "first", "last") if c not in ties.columns]
    if missing:
        raise AnalysisError(f"ties frame lacks columns {missing}")
    graph = nx.Graph()
    rows = ties[ties["type"].isin(list(types))]
    for a, b, tie_type, weight, first, last in rows[["a", "b", "type", "weight", "first",
                                                     "last"]].itertuples(index=False):
        data = graph.get_edge_data(a, b) or {"weight": 0, "types": {}, "first": first, "last": last}
        data["weight"] += int(weight)
        data["types"][tie_type] = data["types"].get(tie_type, 0) + int(weight)
        data["first"] = min((d for d in (data["first"], first) if pd.notna(d)), default=pd.NaT)
        data["last"] = max((d for d in (data["last"], last) if pd.notna(d)), default=pd.NaT)
        graph.add_edge(a, b, **data)
    return graph


def _names(frames: Frames) -> dict[str, str]:
    named = (frames.persons, frames.organisations, frames.bodies, frames.initiatives)
    return {i: str(n) for frame in named for i, n in zip(frame["id"], frame["name"]) if pd.notna(n)}


def _why(tie_type: str, weight: int, tie: pd.Series, node_id: str, names: dict[str, str]) -> str:
    """One tie type in words, e.g. "2 meetings together" or "funded by X: 50000 kr. (2018)"."""
    if tie_type == CO_ATTENDED:
        return f"{weight} meeting{'s' if weight != 1 else ''} together"
    if tie_type == CO_INVOLVED:
        return "both in " + ", ".join(names.get(e, e) for e in tie["evidence"]) if tie["evidence"] \
            else f"both involved ({weight})"
    if tie_type == STATED:
        quote = f": \"{tie['quotes'][0]}\"" if tie["quotes"] else ""
        return f"collaboration stated {weight}×{quote}"
    direction = "funded them" if tie["a"] == node_id else "funded by them"
    amount = f" {tie['amount_dkk']} kr." if pd.notna(tie["amount_dkk"]) else ""
    years = f" ({', '.join(map(str, tie['years']))})" if tie["years"] else ""
    return f"{direction}{amount}{years}"


def collaborators(frames: Frames, node_id: str, *, limit: int | None = None,
                  statuses: Iterable[str] = ("present",)) -> pd.DataFrame:
    """The partners of a person (or organisation), strongest first, each with why.

    Columns: partner_id, name, score (sum of tie weights), one weight column per tie type,
    first, last, why (the ties in words), evidence (meeting, initiative, document ids or
    person pairs behind it).

    >>> att = pd.DataFrame({"person_id": ["p1", "p2", "p1", "p2", "p3"],
    ...                     "meeting_id": ["m1", "m1", "m2", "m2", "m2"], "status": "present"})
    >>> persons = pd.DataFrame({"id": ["p1", "p2", "p3"], "name": ["Ann", "Bo", "Cy"]})
    >>> frames = make_frames(persons=persons, attendance=att)
    >>> collaborators(frames, "p1")[["partner_id", "name", "score", "why"]].to_dict("records")[0]
    {'partner_id': 'p2', 'name': 'Bo', 'score': 2, 'why': '2 meetings together'}
    """
    level = "organisation" if node_id.startswith(("org:", "body:")) else "person"
    ties = collaboration_ties(frames, level=level, statuses=statuses, around=[node_id],
                              include_bodies=node_id.startswith("body:"))
    columns = ["partner_id", "name", "score", *TIE_TYPES, "first", "last", "why", "evidence"]
    if ties.empty:
        return pd.DataFrame(columns=columns)
    names = _names(frames)
    ties = ties.assign(partner_id=ties["b"].where(ties["a"] == node_id, ties["a"]))
    rows = []
    for partner, group in ties.groupby("partner_id", sort=False):
        weights = dict(zip(group["type"], group["weight"].astype(int)))
        reasons = [_why(t, weights[t], tie, node_id, names) for t in TIE_TYPES
                   for _, tie in group[group["type"] == t].iterrows()]
        rows.append({"partner_id": partner, "name": names.get(str(partner), partner),
                     "score": sum(weights.values()),
                     **{t: weights.get(t, 0) for t in TIE_TYPES},
                     "first": group["first"].min(), "last": group["last"].max(),
                     "why": "; ".join(reasons),
                     "evidence": sorted({e for items in group["evidence"] for e in items})})
    found = pd.DataFrame(rows, columns=columns)
    found = found.sort_values(["score", "name", "partner_id"], ascending=[False, True, True],
                              ignore_index=True)
    return found.head(limit) if limit is not None else found
