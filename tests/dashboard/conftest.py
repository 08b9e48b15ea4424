"""Fixtures and drivers shared by the dashboard tests.

The dashboard finds its store through `CIVIC_GRAPH_DB` (and no `NEO4J_URI`), exactly as a user
would point it elsewhere. Three graphs: an empty store; the small hand-built graph of
`tests.graph.test_frames` (exact numbers to assert); and `data/samples` ingested once per test
module (what a user sees). Clicks on charts and table rows are sent as the browser would send
them (see `select`), since AppTest has no driver for Plotly or dataframe selections.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.testing.v1 import AppTest

from graph.store.embedded import EmbeddedStore
from ingest.pipeline import run
from tests.conftest import SAMPLES
from tests.graph.test_frames import fill

APP = Path(__file__).resolve().parents[2] / "dashboard"
PAGES = ("overview", "network", "initiatives", "change", "person", "organisation",
         "initiative", "onboarding", "search", "review", "data_tools")
TIMEOUT = 30


def use_store(monkeypatch: pytest.MonkeyPatch, db: Path) -> Path:
    monkeypatch.setenv("CIVIC_GRAPH_DB", str(db))
    monkeypatch.setenv("NEO4J_URI", "")  # empty, not unset: it must also override a .env file
    monkeypatch.delenv("CIVIC_DASHBOARD_PASSWORD", raising=False)
    monkeypatch.setenv("CIVIC_DASHBOARD_PASSWORD", "")  # also overrides a .env file
    monkeypatch.setenv("CIVIC_DECISIONS", str(db.with_name("decisions.tsv")))
    return db


@pytest.fixture
def empty_db(tmp_path, monkeypatch) -> Path:
    db = tmp_path / "graph.db"
    EmbeddedStore(db).close()
    return use_store(monkeypatch, db)


@pytest.fixture
def sample_db(empty_db) -> Path:
    """The hand-built graph: Rudersdal (2 meetings) and Rødovre (1), seven persons."""
    with EmbeddedStore(empty_db) as store:
        fill(store)
    return empty_db


def ingest_samples(db: Path, paths: list[Path] | None = None) -> Path:
    """Ingest `paths` (default data/samples) into a new embedded store at `db`."""
    with pytest.MonkeyPatch.context() as patch:  # the report goes beside this store
        use_store(patch, db)
        with EmbeddedStore(db) as store:
            run(paths or [SAMPLES], store)
    return db


@pytest.fixture(scope="session")
def ingested(tmp_path_factory) -> Path:
    """data/samples ingested once per test run; tests must not write to it."""
    return ingest_samples(tmp_path_factory.mktemp("samples") / "graph.db")


@pytest.fixture
def samples_db(ingested, monkeypatch) -> Path:
    return use_store(monkeypatch, ingested)


def page(name: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP / "views" / f"{name}.py"), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def app() -> AppTest:
    return AppTest.from_file(str(APP / "app.py"), default_timeout=TIMEOUT)


def select(at: AppTest, element: Any, selection: dict[str, Any]) -> AppTest:
    """Rerun as if the browser reported `selection` on a chart or dataframe `element`.

    Streamlit forbids setting a selection through Session State, so this sends the widget
    state the frontend would send. It uses AppTest internals (`_tree`, `_run`); if a Streamlit
    upgrade breaks it, the URL-driven tests still cover the pages.
    """
    states: WidgetStates = at._tree.get_widget_states()
    state = states.widgets.add()
    state.id = element.proto.id
    state.string_value = json.dumps({"selection": selection})
    return at._run(states)


def click_chart(at: AppTest, node: str | None, key: str = "network_chart") -> AppTest:
    """A click on `node`'s marker (None: the selection cleared)."""
    charts = at.get("plotly_chart")
    chart = next((c for c in charts if key in c.proto.id), charts[0])
    points = [{"curve_number": 4, "point_index": 0, "customdata": [node]}] if node else []
    return select(at, chart, {"points": points, "point_indices": [0] * len(points), "box": [],
                              "lasso": []})


def click_row(at: AppTest, table: Any, row: int) -> AppTest:
    """A click selecting `row` of a dataframe shown with row selection."""
    return select(at, table, {"rows": [row], "columns": [], "cells": []})


def texts(at: AppTest) -> str:
    """All visible text of a run (markdown, captions, headers, alerts, metrics), for asserts."""
    parts = [e.value for kind in ("markdown", "caption", "title", "header", "subheader", "info",
                                  "warning", "error", "success") for e in getattr(at, kind)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


def tables(at: AppTest) -> dict[tuple[str, ...], Any]:
    """The dataframes of a run by their column titles."""
    return {tuple(d.value.columns): d.value for d in at.dataframe}


def table_with(at: AppTest, *columns: str) -> Any:
    """The first dataframe element whose columns include `columns`."""
    return next(d for d in at.dataframe if set(columns) <= set(d.value.columns))
