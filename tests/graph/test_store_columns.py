"""The column reads of the store contract (graph/store/base.py), against every store.

`node_columns` and `relationship_columns` must give exactly what the row reads give, column by
column: the same rows in id order, each value of the type stored, None where a row lacks a key.
"""
from __future__ import annotations

import pytest

from graph.errors import StoreError
from graph.store.base import (NodeColumns, RelationshipColumns, node_columns_of,
                              relationship_columns_of)
from tests.graph.test_store_contract import HOSTILE, MEETING, batch, person, rel

TYPES = {"int": 42, "big": 2**62, "float": 0.1, "whole_float": 2.0, "true": True, "false": False,
         "words": ["b", "a", "æ"], "ints": [3, 1], "empty": "", "zero": 0}
TEXTS = [HOSTILE, 'say "hi"', "back\\slash", "line\nbreak", "tab\there", "Ærø Å ø æ", "emoji 🌍",
         "\u2028 \x01 \x7f"]


def fill(store) -> None:
    """Two documents: persons with every kind of value and hostile text, and their relationships."""
    people = [person(f"p{i}", note=text, aliases=[text, "x"]) for i, text in enumerate(TEXTS)]
    people.append(person("typed", **TYPES))
    people.append(person('q"uo\\te\n' + HOSTILE, note="id with quotes"))
    attended = [rel("ATTENDED", p.id, MEETING.id, "doc:a", status=s, roles=r)
                for p, s, r in zip(people, ["present", "absent"] * 5, [["formand"], "næstformand", []] * 4)]
    store.write(batch("doc:a", [MEETING, *people], attended))
    store.write(batch("doc:b", [MEETING, person("p0", extra=1.5)],
                      [rel("ATTENDED", "person:x:p0", MEETING.id, "doc:b", quote=HOSTILE)]))


KEYS = ("name", "note", "aliases", "missing", *TYPES)


def test_node_columns_are_the_row_reads_by_column(store):
    fill(store)
    found = store.node_columns("Person", KEYS)
    assert found == node_columns_of(store.nodes("Person"), KEYS)
    assert found.ids == sorted(found.ids) and len(found.ids) == len(TEXTS) + 2
    typed = found.ids.index("person:x:typed")
    for key, value in TYPES.items():
        assert type(found.values[key][typed]) is type(value) and found.values[key][typed] == value
    assert found.values["missing"] == [None] * len(found.ids)
    assert found.values["note"][found.ids.index("person:x:p0")] == HOSTILE


def test_relationship_columns_are_the_row_reads_by_column(store):
    fill(store)
    keys = ("status", "roles", "quote", "start", "end", "doc", "missing")
    for rel_type in ("ATTENDED", "SOURCE"):
        found = store.relationship_columns(rel_type, keys)
        assert found == relationship_columns_of(store.relationships(rel_type), keys)
    # the properties named start and end are values; the ends are the nodes
    source = store.relationship_columns("SOURCE", ("start", "end"))
    assert set(source.ends) == {"doc:a", "doc:b"} and set(source.values["start"]) == {0}


def test_column_reads_of_nothing(store):
    assert store.node_columns("Person", ("name",)) == NodeColumns([], {"name": []})
    assert store.relationship_columns("ATTENDED", ()) == RelationshipColumns([], [], {})
    fill(store)
    assert store.node_columns("Initiative", ("name",)) == NodeColumns([], {"name": []})
    assert store.node_columns("Spaceship", ("name",)) == NodeColumns([], {"name": []})
    found = store.node_columns("Meeting", ())
    assert found == NodeColumns([MEETING.id], {})


@pytest.mark.parametrize("key", ["id", "", "a.b", 'x"]', "$.name", "na me"])
def test_column_reads_refuse_what_is_no_property_name(store, key):
    with pytest.raises(StoreError, match="not a property name"):
        store.node_columns("Person", ("name", key))
    with pytest.raises(StoreError, match="not a property name"):
        store.relationship_columns("ATTENDED", (key,))
