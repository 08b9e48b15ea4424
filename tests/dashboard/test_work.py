"""Onboarding brief, search, identity review and data (upload, export, console) pages."""
from __future__ import annotations

import io
import zipfile

import pytest

from dashboard import data
from ingest.identity import parse_decisions
from tests.conftest import SAMPLES, TWO_NAMES_MINUTES, require_neo4j
from tests.dashboard.conftest import ingest_samples, page, table_with, texts, use_store


@pytest.fixture
def doubtful_db(tmp_path, monkeypatch):
    """Two sets of minutes naming "Erik Kristansen" and "Erik Kristiansen"."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    for name, date, person in (("a.txt", "1.3.2019", "Erik Kristansen"),
                               ("b.txt", "5.9.2019", "Erik Kristiansen")):
        (folder / name).write_text(TWO_NAMES_MINUTES.format(date=date, name=person), encoding="utf-8")
    return use_store(monkeypatch, ingest_samples(tmp_path / "graph.db", [folder]))


def test_onboarding_brief_with_downloads(samples_db):
    at = page("onboarding").run()
    assert not at.exception
    assert at.selectbox(key="url.municipality").value == "Rudersdal"  # most meetings
    assert at.header[0].value == "Introduktion: Rudersdal"
    assert [b.label for b in at.get("download_button")] == ["Hent som Markdown", "Hent som HTML"]
    people = table_with(at, "Navn", "Repræsenterer", "Sidst set").value
    assert "Anne Mette Meimann" in set(people["Navn"])
    items = table_with(at, "Punkt", "Titel").value
    assert set(items["Dato"]) == {"28.02.2019"}
    at.selectbox(key="url.municipality").select("Næstved").run()
    assert at.header[0].value == "Introduktion: Næstved"
    assert at.query_params["municipality"] == "Næstved"


def test_search_from_the_url_and_the_box(samples_db):
    at = page("search").run()
    assert "Skriv et navn" in texts(at)
    at.text_input(key="url.q").input("tårbæk").run()
    assert not at.exception
    assert at.query_params["q"] == "tårbæk"
    found = table_with(at, "Hvad", "Navn", "Tekst").value
    assert "Lyngby-Taarbæk Kommune" in set(found["Navn"])
    at = page("search", q="bevilling").run()
    found = table_with(at, "Hvad", "Navn", "Tekst").value
    assert set(found["Hvad"]) <= {"Tekst · Organisation", "Tekst · møde", "Tekst · Initiativ",
                                  "Tekst · Person", "Tekst · Forum/råd"}
    assert any("000_0ce891f5167f50c9.txt" in where for where in found["Hvor"])
    at = page("search", q="zzzxq").run()
    assert "Intet fundet" in texts(at)


def test_search_by_kind(samples_db):
    at = page("search", q="frivillig").run()
    at.multiselect(key="url.kind").set_value(["person"]).run()
    assert not at.exception
    assert "Intet fundet" in texts(at) or set(
        table_with(at, "Hvad", "Navn").value["Hvad"]) == {"Person"}


def test_review_without_doubts_says_so(samples_db):
    assert "Ingen tvivlsomme identiteter" in texts(page("review").run())


def test_review_records_same_not_same_and_rename(doubtful_db):
    decisions = doubtful_db.with_name("decisions.tsv")
    at = page("review").run()
    assert not at.exception
    assert "Erik Kristansen" in texts(at) and "Erik Kristiansen" in texts(at)
    assert "efternavnene er ét bogstav fra hinanden" in texts(at)
    at.button(key="review_same").click().run()
    assert not at.exception
    assert "Gemt: samme person" in at.success[0].value
    at.text_input(key="review_note").input("to personer").run()
    at.button(key="review_not_same").click().run()
    at.text_input(key="review_new_name").input("Erik Kristiansen").run()
    at.button(key="review_rename").click().run()
    found = parse_decisions(decisions.read_text(encoding="utf-8"))
    assert [(d.verdict, d.municipality, d.a, d.b) for d in found] == [
        ("same", "Gribskov", "Erik Kristansen", "Erik Kristiansen"),
        ("not-same", "Gribskov", "Erik Kristansen", "Erik Kristiansen"),
        ("rename", "Gribskov", "Erik Kristansen", "Erik Kristiansen")]
    assert found[1].note == "to personer"
    at.run()
    assert "Allerede afgjort" in texts(at)


def test_upload_ingests_with_progress_and_report(empty_db):
    at = page("data_tools").run()
    assert at.button(key="data_ingest").disabled
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    at.file_uploader(key="data_upload").set_value([
        (sample.name, sample.read_bytes(), "text/plain"),
        ("broken.pdf", b"not a pdf", "application/pdf")]).run()
    at.button(key="data_ingest").click().run()
    assert not at.exception
    assert at.progress and at.progress[0].value == 100
    assert "Dokumenter indlæst: 1; kunne ikke læses: 1" in at.warning[0].value
    failed = table_with(at, "Fil", "Årsag").value
    assert list(failed["Fil"]) == ["broken.pdf"]
    overview = page("overview").run()
    assert {m.label: m.value for m in overview.metric}["Dokumenter"] == "1"
    assert {m.label: m.value for m in overview.metric}["Dokumenter indlæst"] == "1"


def test_uploads_are_linked_like_one_ingest_of_the_same_files(empty_db, ingested):
    from graph.export import export_json
    from graph.store.embedded import EmbeddedStore

    seen = []
    uploads = [(path.name, path.read_bytes()) for path in sorted(SAMPLES.iterdir())]
    report = data.ingest_files(uploads, lambda done, name: seen.append((done, name)))
    assert report["documents_ok"] == len(uploads)
    assert seen[-1] == (len(uploads), "") and [name for _, name in seen[1:-1]] == [n for n, _ in uploads]
    with EmbeddedStore(empty_db) as uploaded, EmbeddedStore(ingested) as by_command:
        assert export_json(uploaded) == export_json(by_command)


def test_export_offers_every_format(samples_db):
    at = page("data_tools", tab="export").run()
    assert not at.exception
    assert [b.label for b in at.get("download_button")] == ["JSON", "GraphML", "GEXF", "CSV (zip)"]
    archive = zipfile.ZipFile(io.BytesIO(data.export_bytes("csv")))
    assert sorted(archive.namelist()) == ["nodes.csv", "relationships.csv"]
    assert data.export_bytes("graphml").startswith(b"<?xml")


def test_console_needs_neo4j(samples_db):
    at = page("data_tools", tab="console").run()
    assert not at.exception
    assert "kræver Neo4j" in texts(at)


@pytest.mark.neo4j
def test_console_reads_and_reports_a_refused_write(monkeypatch, tmp_path):
    server = require_neo4j()
    use_store(monkeypatch, tmp_path / "graph.db")
    monkeypatch.setenv("NEO4J_URI", server["uri"])
    monkeypatch.setenv("NEO4J_USER", server["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", server["password"])
    at = page("data_tools", tab="console").run()
    at.text_area(key="console_query").input("UNWIND [1, 2] AS x RETURN x, x * 10 AS y").run()
    at.button(key="console_run").click().run()
    assert not at.exception and not at.error
    assert at.dataframe[0].value.to_dict("list") == {"x": [1, 2], "y": [10, 20]}
    at.text_area(key="console_query").input("CREATE (n:X) RETURN n").run()
    at.button(key="console_run").click().run()
    assert "kan kun læse" in at.error[0].value
