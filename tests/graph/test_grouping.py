"""The group helpers equal the pandas operations they replace, on random rows."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from graph.analysis.grouping import clique_pairs, group_lists


@pytest.mark.parametrize("trial", range(40))
def test_clique_pairs_equal_a_self_merge(trial):
    rng = np.random.default_rng(trial)
    n = int(rng.integers(0, 80))
    group = rng.integers(0, int(rng.integers(1, 12)), n)
    member = rng.integers(0, int(rng.integers(1, 20)), n)  # repeats (group, member) now and then
    rows = pd.DataFrame({"group": group, "member": member, "row": np.arange(n)})
    merged = rows.merge(rows, on="group")
    merged = merged[merged["member_x"] < merged["member_y"]]
    first, second = clique_pairs(group, member)
    assert sorted(zip(first.tolist(), second.tolist())) == sorted(
        zip(merged["row_x"].tolist(), merged["row_y"].tolist()))


def test_group_lists_equal_groupby_agg_list():
    frame = pd.DataFrame({"key": ["a", "a", None, "b", "c", "c", "c"],
                          "value": ["x", "y", "z", "w", "u", "v", "u"]})
    frame = frame.sort_values("key", kind="stable")
    expected = frame.groupby("key")["value"].agg(list)
    found = group_lists(frame["key"], frame["value"])
    assert found.to_dict() == expected.to_dict()
    assert list(found.index) == list(expected.index) and found.name == "value"
    assert group_lists(frame["key"].iloc[:0], frame["value"].iloc[:0]).empty


def test_group_lists_refuses_unsorted_keys():
    with pytest.raises(ValueError):
        group_lists(pd.Series(["b", "a", "b"]), pd.Series([1, 2, 3]))
