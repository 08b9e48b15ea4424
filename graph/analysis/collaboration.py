"""Who works with whom: typed, weighted, dated ties between persons or organisations, each explained.

Four kinds of tie, each traced to the minutes:
- `co_attended`: present at the same meeting (evidence: meeting ids);
- `co_involved`: involved in the same initiative or named in the same agenda item (evidence:
  initiative and agenda-item ids; quotes: the passages stating the involvement);
- `stated`: the minutes say they collaborate, COLLABORATES_WITH (evidence: document ids);
- `funding`: one funded the other, FUNDED; directed, `a` funded `b` (evidence: document ids).
Person ties roll up to the organisations the persons are members of or represent; a rolled-up
tie's evidence is the person pairs ("person:a|person:b") behind it and its weight the sum of
theirs. Pairs come from one clique per meeting, initiative or item (`grouping.clique_pairs`),
never from all persons, so 10k meetings take seconds.
"""
from __future__ import annotations

from typing import Iterable

import networkx as nx
import numpy as np
import pandas as pd

from graph.analysis.grouping import clique_pairs, pair_summary
from graph.errors import AnalysisError
from graph.schema import BODY, LABELS, ORGANISATION, PERSON
from graph.frames import Frames, collector_paused, derived, document_meetings

CO_ATTENDED, CO_INVOLVED, STATED, FUNDING = "co_attended", "co_involved", "stated", "funding"
TIE_TYPES = (CO_ATTENDED, CO_INVOLVED, STATED, FUNDING)
TIE_COLUMNS = ("a", "b", "type", "weight", "first", "last", "amount_dkk", "years", "evidence",
               "quotes")
LEVELS = ("person", "organisation")
PERSON_PREFIX, ORG_PREFIX, BODY_PREFIX = (LABELS[label].id_prefix + ":"
                                          for label in (PERSON, ORGANISATION, BODY))
_KEYS = ["a", "b", "type"]


def _empty() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in TIE_COLUMNS})
    frame["first"] = frame["last"] = pd.Series(dtype="datetime64[us]")
    frame["weight"] = pd.Series(dtype=int)
    return frame


def _finish(ties: pd.DataFrame, nodes: np.ndarray, tie_type: str) -> pd.DataFrame:
    """Decode node codes, add the type and the columns other types fill."""
    if ties.empty:
        return _empty()
    ties = ties.assign(a=nodes[ties["a"].to_numpy()], b=nodes[ties["b"].to_numpy()],
                       type=tie_type, amount_dkk=pd.NA)
    for column in ("years", "quotes"):
        if column not in ties:
            ties[column] = [[] for _ in range(len(ties))]
    return ties[list(TIE_COLUMNS)]


def _codes(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    codes, names = pd.factorize(values, sort=True)
    return codes, np.asarray(names, dtype=object)


def _around_mask(nodes: np.ndarray, around: set[str] | None) -> np.ndarray | None:
    return None if around is None else np.isin(nodes, list(around))


def _of(ids: pd.Series, prefixes: tuple[str, ...]) -> pd.Series:
    """Which ids have one of the labels' prefixes (ids are deterministic: PROPERTIES.md)."""
    return ids.astype("string").str.startswith(prefixes).fillna(False).astype(bool)


def _co_attended(frames: Frames, prefixes: tuple[str, ...], statuses: Iterable[str],
                 around: set[str] | None) -> pd.DataFrame:
    if PERSON_PREFIX not in prefixes:  # only persons attend
        return _empty()
    rows = frames.attendance
    rows = rows[rows["status"].isin(list(statuses))]
    rows = rows.drop_duplicates(["person_id", "meeting_id"])
    node, node_names = _codes(rows["person_id"])
    meeting, meeting_names = _codes(rows["meeting_id"])
    i_a, i_b = clique_pairs(meeting, node, _around_mask(node_names, around))
    dates = pd.to_datetime(rows["date"]).to_numpy()[i_a]
    ties = pair_summary(node[i_a], node[i_b], meeting[i_a], meeting_names, dates, dates)
    return _finish(ties, node_names, CO_ATTENDED)


def _dated(docs: pd.Series, dates: dict[str, pd.Timestamp]) -> pd.Series:
    """The date of each document's meeting (NaT when unknown)."""
    return pd.to_datetime(docs.map(dates), errors="coerce")


def _co_involved(frames: Frames, prefixes: tuple[str, ...], dates: dict[str, pd.Timestamp],
                 around: set[str] | None) -> pd.DataFrame:
    inv, men = frames.involvements, frames.mentions
    men = men[men["item_id"].notna()]
    said = pd.concat([
        pd.DataFrame({"group": inv["initiative_id"], "node": inv["actor_id"],
                      "date": _dated(inv["doc"], dates), "quote": inv["quote"]}),
        pd.DataFrame({"group": men["item_id"], "node": men["target_id"],
                      "date": _dated(men["doc"], dates), "quote": men["quote"]}),
    ], ignore_index=True)
    said = said[_of(said["node"], prefixes)]
    if around is not None:  # only initiatives and items with one of them matter
        said = said[said["group"].isin(said.loc[said["node"].isin(around), "group"])]
    spans = said.groupby(["group", "node"], as_index=False).agg(first=("date", "min"),
                                                                last=("date", "max"))
    node, node_names = _codes(spans["node"])
    group, group_names = _codes(spans["group"])
    i_a, i_b = clique_pairs(group, node, _around_mask(node_names, around))
    if not len(i_a):
        return _empty()
    pairs = pd.DataFrame({"a": node[i_a], "b": node[i_b], "group": group[i_a]})
    first, last = spans["first"].to_numpy(), spans["last"].to_numpy()
    # The tie exists once both are known to be involved; it was last seen at the later mention.
    ties = pair_summary(node[i_a], node[i_b], group[i_a], group_names,
                        np.fmax(first[i_a], first[i_b]), np.fmax(last[i_a], last[i_b]))
    quotes = said[["group", "node", "quote"]].dropna().assign(
        group=lambda q: pd.Index(group_names).get_indexer(q["group"]),
        node=lambda q: pd.Index(node_names).get_indexer(q["node"]))
    quote, quote_names = _codes(quotes["quote"])
    quotes = quotes.assign(quote=quote)
    both = pd.concat([pairs.merge(quotes, left_on=["group", side], right_on=["group", "node"])
                      for side in ("a", "b")])
    lists = pair_summary(both["a"].to_numpy(), both["b"].to_numpy(), both["quote"].to_numpy(),
                         quote_names)
    # Both are sorted by (a, b), and every pair with quotes is a tie: place them by search.
    n = len(node_names)
    at = np.searchsorted(ties["a"].to_numpy() * n + ties["b"].to_numpy(),
                         lists["a"].to_numpy() * n + lists["b"].to_numpy())
    quoted: list[list[str]] = [[] for _ in range(len(ties))]
    for i, found in zip(at.tolist(), lists["evidence"].tolist()):
        quoted[i] = found
    ties["quotes"] = quoted
    return _finish(ties, node_names, CO_INVOLVED)


def _statements(frame: pd.DataFrame, ends: tuple[str, str], prefixes: tuple[str, ...],
                dates: dict[str, pd.Timestamp], tie_type: str, around: set[str] | None) -> pd.DataFrame:
    """COLLABORATES_WITH (undirected, a < b) or FUNDED (directed) rows between those labels."""
    start, end = ends
    rows = frame[_of(frame[start], prefixes) & _of(frame[end], prefixes)
                 & (frame[start] != frame[end])]
    if around is not None:
        rows = rows[rows[start].isin(around) | rows[end].isin(around)]
    if rows.empty:
        return _empty()
    a, b = rows[start], rows[end]
    if tie_type != FUNDING:
        a, b = a.where(a < b, rows[end]), b.where(a < b, rows[start])
    node, node_names = _codes(pd.concat([a, b], ignore_index=True))
    doc, doc_names = _codes(rows["doc"])
    date = _dated(rows["doc"], dates)
    if "year" in rows:  # a grant's own year, when the minutes give it, dates it better
        date = pd.to_datetime(rows["year"].astype("string") + "-01-01", errors="coerce").fillna(date)
    a_code, b_code = node[:len(rows)], node[len(rows):]
    ties = pair_summary(a_code, b_code, doc, doc_names, date.to_numpy(), date.to_numpy())
    quote, quote_names = _codes(rows["quote"].fillna(""))
    ties["quotes"] = pair_summary(a_code, b_code, quote, quote_names)["evidence"]
    ties = _finish(ties, node_names, tie_type)
    if tie_type == FUNDING:
        grants = pd.DataFrame({"a": a.to_numpy(), "b": b.to_numpy(),
                               "amount": rows["amount_dkk"].to_numpy(),
                               "year": rows["year"].to_numpy()})
        by_pair = grants.groupby(["a", "b"])
        amounts = by_pair["amount"].sum(min_count=1).astype("Int64").to_dict()
        years = by_pair["year"].agg(lambda ys: sorted({int(y) for y in ys.dropna()})).to_dict()
        pairs = list(zip(ties["a"], ties["b"]))
        ties["amount_dkk"] = [amounts.get(pair, pd.NA) for pair in pairs]
        ties["years"] = [years.get(pair, []) for pair in pairs]
    return ties


def _direct(frames: Frames, prefixes: tuple[str, ...], statuses: Iterable[str],
            around: set[str] | None) -> list[pd.DataFrame]:
    """Ties read straight off the frames between nodes with these id prefixes (no roll-up)."""
    known = document_meetings(frames)
    dates = dict(zip(known["doc"].tolist(), known["date"].tolist()))
    return [_co_attended(frames, prefixes, statuses, around),
            _co_involved(frames, prefixes, dates, around),
            _statements(frames.collaborations, ("start_id", "end_id"), prefixes, dates, STATED,
                        around),
            _statements(frames.fundings, ("funder_id", "recipient_id"), prefixes, dates, FUNDING,
                        around)]


def _roll_up(ties: pd.DataFrame, memberships: pd.DataFrame) -> pd.DataFrame:
    """Person ties as ties between their organisations; the person pairs become the evidence."""
    links = memberships[["person_id", "org_id"]].dropna().drop_duplicates()
    ties = ties[ties["type"] != FUNDING].reset_index(drop=True)
    members = pd.Index(links["person_id"].unique())
    org, org_names = _codes(links["org_id"])
    link = pd.DataFrame({"person": members.get_indexer(links["person_id"]), "org": org})
    coded = pd.DataFrame({"pair": np.arange(len(ties)), "type": ties["type"],
                          "a": members.get_indexer(ties["a"]), "b": members.get_indexer(ties["b"]),
                          "weight": ties["weight"], "first": ties["first"], "last": ties["last"]})
    rolled = (coded[(coded["a"] >= 0) & (coded["b"] >= 0)]
              .merge(link.rename(columns={"person": "a", "org": "org_a"}), on="a")
              .merge(link.rename(columns={"person": "b", "org": "org_b"}), on="b"))
    rolled = rolled[rolled["org_a"] != rolled["org_b"]]
    if rolled.empty:
        return _empty()
    pair_names = (ties["a"] + "|" + ties["b"]).to_numpy(dtype=object)
    parts = []
    for tie_type, group in rolled.groupby("type"):
        org_a, org_b = group["org_a"].to_numpy(), group["org_b"].to_numpy()
        # org codes sort like the ids; pair codes are rows of `ties`, sorted by (a, b)
        reduced = pair_summary(np.minimum(org_a, org_b), np.maximum(org_a, org_b),
                               group["pair"].to_numpy(), pair_names, group["first"].to_numpy(),
                               group["last"].to_numpy(), weight=group["weight"].to_numpy())
        parts.append(_finish(reduced, org_names, str(tie_type)))
    return _combine(parts)


def _combine(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate tie frames; a tie found by two routes (direct and rolled up) becomes one."""
    parts = [part for part in parts if not part.empty]
    if not parts:
        return _empty()
    ties = pd.concat(parts, ignore_index=True)
    twice = pd.Series(_tie_keys(ties)).duplicated(keep=False).to_numpy()
    if twice.any():
        merged = ties[twice].groupby(_KEYS, sort=False).agg(
            weight=("weight", "sum"), first=("first", "min"), last=("last", "max"),
            amount_dkk=("amount_dkk", "first"), years=("years", "sum"),
            evidence=("evidence", "sum"), quotes=("quotes", "sum")).reset_index()
        ties = pd.concat([ties[~twice], merged], ignore_index=True)
    order = np.argsort(_tie_keys(ties), kind="stable")  # by a, b, type; unique by now
    ties = ties.take(order).reset_index(drop=True)[list(TIE_COLUMNS)]
    ties["weight"] = ties["weight"].astype(int)
    return ties


def _tie_keys(ties: pd.DataFrame) -> np.ndarray:
    """One integer per tie that sorts like (a, b, type): ids and types coded in sort order."""
    node, nodes = pd.factorize(pd.concat([ties["a"], ties["b"]], ignore_index=True), sort=True)
    kind, kinds = pd.factorize(ties["type"], sort=True)
    return (node[:len(ties)].astype(np.int64) * len(nodes) + node[len(ties):]) * len(kinds) + kind


def collaboration_ties(frames: Frames, *, level: str = "person",
                       statuses: Iterable[str] = ("present",), include_bodies: bool = False,
                       around: Iterable[str] | None = None) -> pd.DataFrame:
    """Every tie between persons (or organisations) as a tidy frame with `TIE_COLUMNS`.

    `a`, `b` are node ids (a < b, except funding: `a` funded `b`); `weight` is the number of
    meetings, initiatives/items or documents (for rolled-up ties: the sum of the person ties);
    `first`/`last` date the evidence. `around` keeps only ties touching those ids (fast path for
    one person's collaborators). Bodies count as organisations only with `include_bodies`.

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": ["p1", "p2"], "meeting_id": "m1", "status": "present"})
    >>> frames = make_frames(attendance=att)
    >>> collaboration_ties(frames)[["a", "b", "type", "weight", "evidence"]].to_dict("records")
    [{'a': 'p1', 'b': 'p2', 'type': 'co_attended', 'weight': 1, 'evidence': ['m1']}]
    """
    if level not in LEVELS:
        raise AnalysisError(f"unknown level {level!r}; choose one of {LEVELS}")
    wanted = None if around is None else set(around)
    with collector_paused():  # a tie carries lists: hundreds of thousands of them
        if level == "person":
            return _combine(_direct(frames, (PERSON_PREFIX,), statuses, wanted))
        prefixes = (ORG_PREFIX, BODY_PREFIX) if include_bodies else (ORG_PREFIX,)
        members = frames.memberships[_of(frames.memberships["org_id"], prefixes)]
        around_persons = (None if wanted is None
                          else set(members.loc[members["org_id"].isin(wanted), "person_id"]))
        person_ties = _combine(_direct(frames, (PERSON_PREFIX,), statuses, around_persons))
        ties = _combine([_roll_up(person_ties, members),
                         *_direct(frames, prefixes, statuses, wanted)])
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
        raise AnalysisError(f"ties frame lacks columns {missing}; it has {list(ties.columns)}")
    rows = ties[ties["type"].isin(list(types))]
    a, b = rows["a"].to_numpy(dtype=object), rows["b"].to_numpy(dtype=object)
    low = np.where(a < b, a, b) if len(rows) else a  # funding ties are directed; the graph is not
    high = np.where(low == a, b, a) if len(rows) else b
    # Group by integer codes, sorted like the ids and types: as grouping by them, but faster.
    node, nodes = pd.factorize(np.concatenate([low, high]), sort=True)
    kind, kinds = pd.factorize(rows["type"], sort=True)
    coded = pd.DataFrame({"x": node[:len(rows)], "y": node[len(rows):], "type": kind,
                          "weight": rows["weight"].to_numpy(), "first": rows["first"].to_numpy(),
                          "last": rows["last"].to_numpy()})
    per_type = coded.groupby(["x", "y", "type"])["weight"].sum().reset_index()
    names, type_names = np.asarray(nodes, dtype=object), [str(t) for t in kinds]
    types_of: dict[tuple[int, int], dict[str, int]] = {}
    for x, y, tie_type, weight in zip(per_type["x"].tolist(), per_type["y"].tolist(),
                                      per_type["type"].tolist(), per_type["weight"].tolist()):
        types_of.setdefault((x, y), {})[type_names[tie_type]] = int(weight)
    summary = coded.groupby(["x", "y"]).agg(weight=("weight", "sum"), first=("first", "min"),
                                            last=("last", "max")).reset_index()
    graph = nx.Graph()
    with collector_paused():  # an edge is two dicts: often hundreds of thousands
        graph.add_edges_from((names[x], names[y], {"weight": int(weight), "first": first,
                                                   "last": last, "types": types_of[(x, y)]})
                             for x, y, weight, first, last in zip(
                                 summary["x"].tolist(), summary["y"].tolist(),
                                 summary["weight"].tolist(), _boxed(summary["first"]),
                                 _boxed(summary["last"])))
    return graph


def _boxed(dates: pd.Series) -> list[pd.Timestamp]:
    """The dates as Timestamps (NaT where missing), each distinct date boxed once: few dates
    recur over many ties, and making a Timestamp costs more than the rest of an edge."""
    codes, distinct = pd.factorize(dates)
    boxed = [*distinct, pd.NaT]  # code -1 (missing) picks the NaT at the end
    return [boxed[code] for code in codes.tolist()]


def _names(frames: Frames) -> dict[str, str]:
    return derived(frames, _all_names)


def _all_names(frames: Frames) -> dict[str, str]:
    named = (frames.persons, frames.organisations, frames.bodies, frames.initiatives)
    return {i: str(n) for frame in named
            for i, n in zip(frame["id"].tolist(), frame["name"].tolist()) if pd.notna(n)}


def _why(tie: pd.Series, node_id: str, names: dict[str, str]) -> str:
    """One tie in words, e.g. "2 meetings together" or "funded by them 50000 kr. (2018)"."""
    weight, evidence = int(tie["weight"]), list(tie["evidence"])
    rolled = bool(evidence) and "|" in evidence[0]
    if rolled:
        pairs = f"{len(evidence)} member pair{'s' if len(evidence) != 1 else ''}"
        what = {CO_ATTENDED: "met", CO_INVOLVED: "shared initiatives or items",
                STATED: "stated collaboration"}.get(str(tie["type"]), str(tie["type"]))
        return f"members {what} {weight}× ({pairs})"
    if tie["type"] == CO_ATTENDED:
        return f"{weight} meeting{'s' if weight != 1 else ''} together"
    if tie["type"] == CO_INVOLVED:
        return "both in " + ", ".join(names.get(e, e) for e in evidence)
    if tie["type"] == STATED:
        quote = f': "{tie["quotes"][0]}"' if len(tie["quotes"]) else ""
        return f"collaboration stated {weight}×{quote}"
    direction = "funded them" if tie["a"] == node_id else "funded by them"
    amount = f" {tie['amount_dkk']} kr." if pd.notna(tie["amount_dkk"]) else ""
    years = f" ({', '.join(map(str, tie['years']))})" if len(tie["years"]) else ""
    return f"{direction}{amount}{years}"


def _ties_around(frames: Frames, node_id: str, statuses: tuple[str, ...]) -> pd.DataFrame:
    """The ties of one node (kept: a person's profile lists their collaborators too)."""
    level = "organisation" if node_id.startswith((ORG_PREFIX, BODY_PREFIX)) else "person"
    return collaboration_ties(frames, level=level, statuses=statuses, around=[node_id],
                              include_bodies=node_id.startswith(BODY_PREFIX))


def collaborators(frames: Frames, node_id: str, *, limit: int | None = None,
                  statuses: Iterable[str] = ("present",)) -> pd.DataFrame:
    """The partners of a person (or organisation, or body), strongest first, each with why.

    Columns: partner_id, name, score (sum of tie weights), one weight column per tie type,
    first, last, why (the ties in words), evidence (meeting, initiative or document ids, or
    the person pairs behind an organisation's tie).

    >>> from graph.frames import make_frames
    >>> att = pd.DataFrame({"person_id": ["p1", "p2", "p1", "p2", "p3"],
    ...                     "meeting_id": ["m1", "m1", "m2", "m2", "m2"], "status": "present"})
    >>> persons = pd.DataFrame({"id": ["p1", "p2", "p3"], "name": ["Ann", "Bo", "Cy"]})
    >>> frames = make_frames(persons=persons, attendance=att)
    >>> collaborators(frames, "p1")[["partner_id", "name", "score", "why"]].to_dict("records")[0]
    {'partner_id': 'p2', 'name': 'Bo', 'score': 2, 'why': '2 meetings together'}
    """
    ties = derived(frames, _ties_around, node_id, tuple(statuses))
    columns = ["partner_id", "name", "score", *TIE_TYPES, "first", "last", "why", "evidence"]
    if ties.empty:
        return pd.DataFrame(columns=columns)
    names = _names(frames)
    ties = ties.assign(partner_id=ties["b"].where(ties["a"] == node_id, ties["a"]))
    by_partner = ties.groupby("partner_id", sort=False)
    dates = by_partner.agg(first=("first", "min"), last=("last", "max"))
    weights = ties.pivot_table(index="partner_id", columns="type", values="weight",
                               aggfunc="sum", fill_value=0)
    said: dict[str, list[str]] = {}
    evidence: dict[str, set[str]] = {}
    for (_, tie), partner in zip(ties.iterrows(), ties["partner_id"]):  # one node's ties: few
        said.setdefault(partner, []).append(_why(tie, node_id, names))
        evidence.setdefault(partner, set()).update(tie["evidence"])
    rows = []
    for partner, first, last in zip(dates.index, dates["first"], dates["last"]):
        typed = {t: int(weights.at[partner, t]) if t in weights.columns else 0 for t in TIE_TYPES}
        rows.append({"partner_id": partner, "name": names.get(str(partner), partner),
                     "score": sum(typed.values()), **typed, "first": first, "last": last,
                     "why": "; ".join(said[partner]), "evidence": sorted(evidence[partner])})
    found = pd.DataFrame(rows, columns=columns)
    found = found.sort_values(["score", "name", "partner_id"], ascending=[False, True, True],
                              ignore_index=True)
    return found.head(limit) if limit is not None else found
