"""Exports: canonical JSON, and GraphML / GEXF / CSV files that other tools can read."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from graph.build import build_batch
from graph.errors import ExportError
from graph.export import LIST_SEPARATOR, export_json, write_export
from graph.store.embedded import EmbeddedStore
from tests.graph.test_build import TEXT, sample_facts


def two_documents():
    """Two independent documents (different municipalities, so no shared node)."""
    return (build_batch(sample_facts()),
            build_batch(sample_facts(TEXT + "\n", municipality="Rødovre")))


def test_json_is_canonical(store):
    first, second = two_documents()
    store.write(first)
    store.write(second)
    text = export_json(store)
    data = json.loads(text)
    assert [n["id"] for n in data["nodes"]] == sorted(n["id"] for n in data["nodes"])
    assert [r["id"] for r in data["relationships"]] == sorted(r["id"] for r in data["relationships"])
    assert set(data["nodes"][0]) == {"id", "label", "properties"}
    assert set(data["relationships"][0]) == {"id", "type", "start", "end", "properties"}
    assert "Rødovre" in text  # not escaped
    assert text == json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def test_json_is_identical_whatever_the_write_order(store, tmp_path):
    first, second = two_documents()
    store.write(first)
    store.write(second)
    other = EmbeddedStore(tmp_path / "other.db")
    other.write(second)
    other.write(first)
    other.write(second)
    assert export_json(other) == export_json(store)
    other.close()


@pytest.fixture
def filled(tmp_path):
    store = EmbeddedStore(tmp_path / "graph.db")
    for batch in two_documents():
        store.write(batch)
    yield store
    store.close()


def test_graphml_is_readable(filled, tmp_path):
    out = tmp_path / "out" / "graph.graphml"
    write_export(filled, "graphml", out)
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.number_of_nodes() == len(filled.nodes())
    assert graph.number_of_edges() == len(filled.relationships())
    lotte = graph.nodes["person:rudersdal:lotte-hassing"]
    assert lotte["label"] == "Person" and lotte["aliases"] == "Lotte"
    attended = [d for _, _, d in graph.edges(data=True) if d["type"] == "ATTENDED"]
    assert {d["status"] for d in attended} == {"present", "absent"}
    assert isinstance(attended[0]["start"], int)


def test_gexf_is_readable(filled, tmp_path):
    out = tmp_path / "graph.gexf"
    write_export(filled, "gexf", out)
    graph = nx.read_gexf(out)
    assert graph.number_of_nodes() == len(filled.nodes())
    assert graph.number_of_edges() == len(filled.relationships())
    lotte = graph.nodes["person:rudersdal:lotte-hassing"]
    assert lotte["label"] == "Lotte Hassing" and lotte["node_label"] == "Person"


def test_csv_files(filled, tmp_path):
    out = tmp_path / "csv"
    write_export(filled, "csv", out)
    with open(out / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "relationships.csv", encoding="utf-8", newline="") as handle:
        rels = list(csv.DictReader(handle))
    assert [row["id"] for row in nodes] == [n.id for n in filled.nodes()]
    assert len(rels) == len(filled.relationships())
    assert list(rels[0])[:4] == ["id", "type", "start_id", "end_id"]
    member = next(r for r in rels if r["type"] == "ATTENDED" and "lotte" in r["start_id"])
    assert member["roles"] == LIST_SEPARATOR.join(["formand"])


def test_unknown_format(filled, tmp_path):
    with pytest.raises(ExportError, match="xlsx"):
        write_export(filled, "xlsx", tmp_path / "x.xlsx")
