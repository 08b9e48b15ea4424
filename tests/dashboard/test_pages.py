"""Every dashboard page under `AppTest`, on an empty store and on the hand-built sample graph.

The dashboard finds its store through `CIVIC_GRAPH_DB` (and no `NEO4J_URI`), exactly as a user
would point it elsewhere. A network selection is driven two ways: through the URL (`?person=`),
and as a click, by sending the chart's selection as the browser would (see `click_chart`).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.testing.v1 import AppTest

from dashboard.charts import selected_person
from graph import ids, schema
from graph.store.base import Batch, Node, Relationship
from graph.store.embedded import EmbeddedStore
from tests.graph.test_frames import ANNA, EVA, LOTTE, MARTHA, fill

APP = Path(__file__).resolve().parents[2] / "dashboard"
PAGES = ("overview", "network", "person")
TIMEOUT = 20


@pytest.fixture
def empty_db(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "graph.db"
    EmbeddedStore(db).close()
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(db))
    monkeypatch.setenv("NEO4J_URI", "")  # empty, not unset: it must also override a .env file
    return db


@pytest.fixture
def sample_db(empty_db) -> Path:
    with EmbeddedStore(empty_db) as store:
        fill(store)
    return empty_db


def page(name: str) -> AppTest:
    return AppTest.from_file(str(APP / "pages" / f"{name}.py"), default_timeout=TIMEOUT)


def app() -> AppTest:
    return AppTest.from_file(str(APP / "app.py"), default_timeout=TIMEOUT)


def click_chart(at: AppTest, person: str | None) -> AppTest:
    """Rerun as if the browser reported a click on `person`'s marker (None: selection cleared).

    AppTest has no driver for Plotly selections, and Streamlit forbids setting a chart's
    selection through Session State, so this sends the widget state the frontend would send.
    It uses AppTest internals (`_tree`, `_run`); if a Streamlit upgrade breaks it, the URL test
    above still covers the page.
    """
    chart = at.get("plotly_chart")[0]
    states: WidgetStates = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = chart.proto.id
    points = [{"curve_number": 4, "point_index": 0, "customdata": [person]}] if person else []
    state.string_value = json.dumps({"selection": {"points": points, "point_indices": [0] * len(
        points), "box": [], "lasso": []}})
    return at._run(states)


def texts(at: AppTest) -> str:
    """All visible text of a run (markdown, captions, headers, alerts, metrics), for asserts."""
    parts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "info",
                                  "warning", "error") for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("name", PAGES)
def test_pages_on_an_empty_store_say_how_to_ingest(empty_db, name):
    at = page(name).run()
    assert not at.exception
    assert not at.error
    assert "python -m ingest run" in texts(at)


@pytest.mark.parametrize("name", PAGES)
def test_pages_on_the_sample_graph_render(sample_db, name):
    at = page(name).run()
    assert not at.exception
    assert not at.error


def test_overview_shows_counts_places_activity_and_report(sample_db):
    report = {"documents_ok": 3, "documents_failed": [{"file": "x.pdf", "reason": "krypteret"}],
              "inserted": 40, "counts": {"nodes": {"Person": 7}}}
    sample_db.with_name("ingest-report.json").write_text(json.dumps(report), encoding="utf-8")
    at = page("overview").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Personer"] == "7" and metrics["Møder"] == "3"
    assert metrics["Dokumenter"] == "3" and metrics["Organisationer"] == "1"
    assert metrics["Dokumenter indlæst"] == "3" and metrics["Indsat"] == "40"
    assert "27.02.2018 – 04.03.2019" in texts(at)
    places = at.dataframe[0].value
    assert set(places.iloc[:, 0]) == {"Rudersdal", "Rødovre"}
    active = at.dataframe[1].value
    assert active.iloc[0, 0] in {"Lotte Hassing", "Martha Ahlmann"} and active.iloc[0, 2] == 2
    failed = at.dataframe[2].value
    assert list(failed.iloc[:, 0]) == ["x.pdf"]


def test_overview_without_report_says_so(sample_db):
    at = page("overview").run()
    assert "Ingen indlæsningsrapport fundet." in texts(at)


def test_network_filters_and_url_selection(sample_db):
    at = page("network").run()
    assert not at.exception
    # Present ties: Rudersdal 4 persons, 5 ties; Rødovre 2 persons, 1 tie.
    assert "Personer: 6 · forbindelser: 6" in texts(at)
    at.selectbox(key="network_mun").select("Rødovre").run()
    assert "Personer: 2 · forbindelser: 1" in texts(at)
    at.selectbox(key="network_mun").select("Alle kommuner")
    at.number_input(key="network_min_weight").set_value(2).run()
    assert "Personer: 2 · forbindelser: 1" in texts(at)  # only Lotte–Martha share two meetings
    assert "Klik på en person" in texts(at)
    at.query_params["person"] = LOTTE
    at.run()
    assert not at.exception
    assert "Valgt: **Lotte Hassing** (Rudersdal) · forbindelser: 1 · møder: 2" in texts(at)
    assert at.button(key="network_open_profile")


def test_network_click_selects_and_clears(sample_db):
    at = click_chart(page("network").run(), MARTHA)
    assert not at.exception
    assert "Valgt: **Martha Ahlmann** (Rudersdal) · forbindelser: 3 · møder: 2" in texts(at)
    assert at.query_params["person"] == MARTHA
    at = click_chart(at, None)
    assert "person" not in at.query_params
    assert "Klik på en person" in texts(at)


def test_network_period_slider(sample_db):
    at = page("network").run()
    at.slider(key="network_years").set_range(2018, 2018).run()
    assert not at.exception
    assert "Personer: 4 · forbindelser: 5" in texts(at)


def test_person_page_preselects_from_url_and_switches(sample_db):
    at = page("person")
    at.query_params["person"] = EVA
    at.run()
    assert not at.exception
    assert at.header[0].value == "Eva Nanni"
    meetings = at.dataframe[0].value
    assert list(meetings["Status"]) == ["afbud/fraværende", "til stede"]
    at.selectbox[0].select(LOTTE).run()
    assert not at.exception
    assert at.header[0].value == "Lotte Hassing"
    assert at.query_params["person"] == LOTTE
    frames = {tuple(d.value.columns): d.value for d in at.dataframe}
    coattendees = frames[("Navn", "Kommune", "Fælles møder")]
    assert list(coattendees["Navn"])[:1] == ["Martha Ahlmann"]
    assert list(coattendees["Fælles møder"]) == [2, 1, 1]
    organisations = frames[("Organisation", "Type", "Tilknytning", "Roller")]
    assert list(organisations["Organisation"]) == ["Frivilligcenter Rudersdal"]
    assert list(organisations["Type"]) == ["forening"]
    sources = frames[("Dokument", "Citat")]
    assert set(sources["Citat"]) == {"Deltagere: Lotte Hassing"} and len(sources) == 2


def test_person_page_warns_about_an_unknown_id(sample_db):
    at = page("person")
    at.query_params["person"] = "person:nowhere:nobody"
    at.run()
    assert not at.exception
    assert "findes ikke" in at.warning[0].value


def test_app_navigates_from_network_to_person(sample_db):
    at = app().run()
    assert not at.exception
    assert at.title[0].value == "Overblik"
    at.switch_page("pages/network.py").run()
    assert at.title[0].value == "Netværk"
    at.query_params["person"] = ANNA
    at.run()
    at.button(key="network_open_profile").click().run()
    assert not at.exception
    assert at.title[0].value == "Personprofil"
    assert at.header[0].value == "Anna Jensen"
    assert at.query_params["person"] == ANNA


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
    at = page(name)
    at.query_params["person"] = ids.person_id("Dorte", None)
    at.run()
    assert not at.exception
    assert "nan" not in texts(at).lower().split()


def test_store_error_is_a_message_not_a_traceback(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(blocker / "graph.db"))  # parent is a file
    monkeypatch.setenv("NEO4J_URI", "")
    at = page("overview").run()
    assert not at.exception
    assert "Grafen kunne ikke læses" in at.error[0].value


def test_selected_person_reads_customdata():
    event = {"selection": {"points": [{"curve_number": 4, "customdata": [MARTHA]}]}}
    assert selected_person(event) == MARTHA
    assert selected_person({"selection": {"points": [{"customdata": MARTHA}]}}) == MARTHA
    assert selected_person({"selection": {"points": [{"x": 1.0}]}}) is None
    assert selected_person(None) is None
