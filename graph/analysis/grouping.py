"""Building blocks over groups of rows that the analyses share: pairs, summaries, lists.

Co-attendance and co-involvement networks are unions of cliques, one per meeting, initiative
or agenda item. A pandas self-merge on the group builds every ordered pair, self-pairs
included, then drops most of them; `clique_pairs` builds only the pairs a < b, as two index
arrays, in one vectorised pass, and `pair_summary` reduces rows per pair in numpy.
`group_lists` is `groupby(...).agg(list)` without a Python call per group, which is what that
costs.
"""
from __future__ import annotations

import numpy as np
import pandas as pd


def clique_pairs(group: np.ndarray, member: np.ndarray, around: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Row numbers (i, j) of every two rows of one group with member[i] < member[j].

    `group` and `member` are integer codes, one row each; rows repeating a (group, member)
    pair each pair with the others, as a self-merge would. The pairs come in no set order.
    `around` (a mask by member code) keeps the pairs with one of those members only.

    >>> i, j = clique_pairs(np.array([0, 0, 0, 1]), np.array([5, 3, 4, 3]))
    >>> sorted(zip(i.tolist(), j.tolist()))
    [(1, 0), (1, 2), (2, 0)]
    """
    if around is not None:  # only the groups of those members can give such pairs
        rows = np.flatnonzero(np.isin(group, group[around[member]]))
        i, j = clique_pairs(group[rows], member[rows])
        kept = around[member[rows[i]]] | around[member[rows[j]]]
        return rows[i[kept]], rows[j[kept]]
    order = np.lexsort((member, group))
    group, member = group[order], member[order]
    n = len(order)
    ends = np.r_[np.flatnonzero(group[1:] != group[:-1]) + 1, n] if n else np.zeros(0, int)
    sizes = np.diff(np.r_[0, ends])
    later = np.repeat(ends, sizes) - np.arange(n) - 1  # rows after each row in its group
    first = np.repeat(np.arange(n), later)
    second = first + 1 + np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later)
    kept = member[first] < member[second]  # equal only where a (group, member) pair repeats
    return order[first[kept]], order[second[kept]]


def pair_summary(a: np.ndarray, b: np.ndarray, item: np.ndarray, names: np.ndarray,
                 first: np.ndarray | None = None, last: np.ndarray | None = None,
                 weight: np.ndarray | None = None) -> pd.DataFrame:
    """Rows grouped by (a, b): weight (row count or sum), first/last date, sorted unique items.

    `item` holds integer codes into `names`, sorted like the names, so each list comes out
    sorted. Runs in numpy: one sort, then `reduceat` over the group boundaries.
    """
    if not len(a):
        return pd.DataFrame({"a": a, "b": b, "weight": np.array([], dtype=int), "first": pd.NaT,
                             "last": pd.NaT, "evidence": []})
    order = np.lexsort((item, b, a))
    a, b, item = a[order], b[order], item[order]
    new_pair = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    distinct = new_pair | np.r_[True, item[1:] != item[:-1]]
    starts = np.flatnonzero(new_pair)
    counts = np.add.reduceat(distinct.astype(np.int64) if weight is None else weight[order],
                             starts)
    unique_items = item[distinct]
    bounds = np.flatnonzero(new_pair[distinct])[1:]
    out = pd.DataFrame({"a": a[starts], "b": b[starts], "weight": counts.astype(int)})
    for column, dates, ufunc in (("first", first, np.fmin), ("last", last, np.fmax)):
        if dates is None:
            out[column] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[us]")
        else:
            out[column] = ufunc.reduceat(dates[order], starts)
    flat = names[unique_items].tolist()
    edges = [0, *bounds.tolist(), len(flat)]
    out["evidence"] = [flat[lo:hi] for lo, hi in zip(edges[:-1], edges[1:])]
    return out


def group_lists(keys: pd.Series, values: pd.Series) -> pd.Series:
    """`values.groupby(keys).agg(list)` for `keys` already sorted: one list per key, in row order.

    >>> group_lists(pd.Series(["a", "a", "b"], name="k"), pd.Series([3, 1, 2], name="v")).to_dict()
    {'a': [3, 1], 'b': [2]}
    """
    known = keys.notna().to_numpy()  # groupby leaves out missing keys
    code, distinct = pd.factorize(keys[known])  # numbered in order of appearance
    if np.any(code[1:] < code[:-1]):
        raise ValueError("group_lists needs its keys sorted")
    items = values[known].tolist()
    starts = [0, *(np.flatnonzero(code[1:] != code[:-1]) + 1).tolist()] if items else []
    lists = [items[lo:hi] for lo, hi in zip(starts, [*starts[1:], len(items)])]
    return pd.Series(lists, index=pd.Index(distinct, name=keys.name), name=values.name,
                     dtype=object)
