"""The pure helpers both stores build their writes on (graph/store/base.py)."""
from __future__ import annotations

import pytest

from graph.store.base import Batch, Node, Relationship, merge_properties, sharing_matters, sweep_candidates


@pytest.mark.parametrize("stored, stated", [
    ({"name": "A"}, {"name": "A"}),  # the same value
    ({"name": "A"}, {"note": "x"}),  # a key only the batch has
    ({"name": "A"}, {"name": None}),  # None keeps the stored value
    ({"name": "A", "aliases": ["b"]}, {"name": "A"}),  # a key only the store has
    ({"n": True}, {"n": 1}),  # equal in Python, so the merge takes the batch's value either way
])
def test_sharing_does_not_matter_when_no_key_is_set_differently(stored, stated):
    assert not sharing_matters(stored, stated)
    assert merge_properties(stored, stated, shared=True) == merge_properties(stored, stated, shared=False)


@pytest.mark.parametrize("stored, stated", [
    ({"name": "Dansk Syrisk"}, {"name": "Dansk-Syrisk"}),  # shared, the smaller stays
    ({"aliases": ["a"]}, {"aliases": ["b"]}),
    ({"aliases": ["b", "a"]}, {"aliases": ("b", "a")}),  # a tuple is not the stored list: the merge sorts it
])
def test_sharing_matters_when_a_key_is_set_differently(stored, stated):
    assert sharing_matters(stored, stated)
    assert merge_properties(stored, stated, shared=True) != merge_properties(stored, stated, shared=False)


def _source(node_id: str, doc: str) -> Relationship:
    return Relationship(f"src:{node_id}", "SOURCE", node_id, doc, {"doc": doc})


def test_sweep_candidates_are_the_touched_nodes_that_may_have_lost_their_source():
    doc = Node("doc:a", "Document")
    batch = Batch("doc:a", (doc, Node("p:1", "Person"), Node("p:2", "Person")), (_source("p:1", "doc:a"),))
    # p:1 keeps a SOURCE, the Document is never swept; p:2 has none in the batch, p:3 was sourced before
    assert sweep_candidates(batch, ["p:1", "p:3"]) == ["p:2", "p:3"]
    assert sweep_candidates(Batch("doc:a", (doc,), ()), []) == []
