"""Every dashboard page under `AppTest`: on an empty store, on the ingested samples, on the
hand-built graph plus minutes without dates and places, and on a store that cannot be read."""
from __future__ import annotations

import pytest

from graph import ids, schema
from graph.store.base import Batch, Node, Relationship
from graph.store.embedded import EmbeddedStore
from tests.dashboard.conftest import PAGES, page, texts
from tests.graph.test_frames import LOTTE

NEEDS_GRAPH = tuple(name for name in PAGES if name != "data_tools")


@pytest.mark.parametrize("name", NEEDS_GRAPH)
def test_pages_on_an_empty_store_say_how_to_ingest(empty_db, name):
    at = page(name).run()
    assert not at.exception
    assert not at.error
    assert "python -m ingest run" in texts(at)


def test_the_data_page_works_on_an_empty_store(empty_db):
    at = page("data_tools").run()
    assert not at.exception and not at.error
    assert at.file_uploader


@pytest.mark.parametrize("name", PAGES)
def test_pages_on_the_ingested_samples_render(samples_db, name):
    at = page(name, q="frivillig").run()
    assert not at.exception
    assert not at.error
    assert "nan" not in texts(at).lower().split()


def _sparse_batch() -> Batch:
    """Minutes without date, body or municipality, naming a person without a municipality."""
    doc, meeting = ids.document_id("sparse"), "meeting:unknown:unknown:undated-1"
    dorte = ids.person_id("Dorte", None)
    provenance = {"doc": doc, "start": 0, "end": 5, "quote": "Dorte", "extractor": "test"}
    rels = [Relationship(ids.relationship_id(kind, start, end, doc), kind, start, end,
                         {**props, **provenance})
            for kind, start, end, props in (
                (schema.ATTENDED, dorte, meeting, {"status": "present"}),
                (schema.ATTENDED, LOTTE, meeting, {"status": "present"}),
                (schema.SOURCE, dorte, doc, {}), (schema.SOURCE, LOTTE, doc, {}),
                (schema.SOURCE, meeting, doc, {}))]
    nodes = (Node(doc, schema.DOCUMENT, {"name": "sparse.txt"}), Node(meeting, schema.MEETING, {}),
             Node(dorte, schema.PERSON, {"name": "Dorte"}),
             Node(LOTTE, schema.PERSON, {"name": "Lotte Hassing"}))
    return Batch(doc, nodes, tuple(rels))


@pytest.mark.parametrize("name", PAGES)
def test_pages_tolerate_missing_dates_and_places(sample_db, name):
    with EmbeddedStore(sample_db) as store:
        store.write(_sparse_batch())
    at = page(name, person=ids.person_id("Dorte", None), q="dorte")
    at.run()
    assert not at.exception
    assert not at.error
    assert "nan" not in texts(at).lower().split()


@pytest.mark.parametrize("name", ["overview", "network", "person", "search"])
def test_store_error_is_a_message_not_a_traceback(tmp_path, monkeypatch, name):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(blocker / "graph.db"))  # parent is a file
    monkeypatch.setenv("NEO4J_URI", "")
    at = page(name).run()
    assert not at.exception
    assert "Grafen kunne ikke læses" in at.error[0].value
