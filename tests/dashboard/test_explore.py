"""Overview, network, recurring initiatives and change over time: filters, URLs and clicks."""
from __future__ import annotations

import json

from tests.dashboard.conftest import app, click_chart, click_row, page, table_with, tables, texts
from tests.graph.test_frames import ANNA, MARTHA

FORUM = "body:rudersdal:integrationsforum"


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
    assert "Ingen indlæsningsrapport fundet." not in texts(at)


def test_overview_filters_by_body_and_keeps_it_in_the_url(sample_db):
    at = page("overview").run()
    assert "Ingen indlæsningsrapport fundet." in texts(at)
    at.selectbox(key="url.body").select(FORUM).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Personer"], metrics["Møder"], metrics["Dokumenter"]) == ("4", "2", "2")
    assert at.query_params["body"] == FORUM
    at.selectbox(key="url.municipality").select("Rødovre").run()
    assert list(at.selectbox(key="url.body").options) == ["Alle fora/råd",
                                                          "Ældrerådet (Rødovre)"]
    assert {m.label: m.value for m in at.metric}["Personer"] == "3"


def test_overview_opens_a_person_from_the_activity_table(sample_db):
    at = app().run()
    at = click_row(at, table_with(at, "Navn", "Seneste møde"), 0)
    assert not at.exception
    assert at.title[0].value == "Personprofil"
    assert at.header[0].value in {"Lotte Hassing", "Martha Ahlmann"}


def test_network_filters_and_shares_them_in_the_url(sample_db):
    at = page("network").run()
    assert not at.exception
    # Present ties: Rudersdal 4 persons, 5 ties; Rødovre 2 persons, 1 tie.
    assert "Knuder: 6 · forbindelser: 6 · fællesskaber: 2" in texts(at)
    at.selectbox(key="url.municipality").select("Rødovre").run()
    assert "Knuder: 2 · forbindelser: 1" in texts(at)
    assert at.query_params["municipality"] == "Rødovre"
    at.selectbox(key="url.municipality").select("")
    at.number_input(key="url.min").set_value(2).run()
    assert "Knuder: 2 · forbindelser: 1" in texts(at)  # only Lotte–Martha share two meetings
    assert at.query_params["min"] == "2" and "municipality" not in at.query_params


def test_network_reads_its_filters_from_a_shared_url(sample_db):
    at = page("network", years="2018-2018", colour="group", size="betweenness").run()
    assert not at.exception
    assert "Knuder: 4 · forbindelser: 5" in texts(at)
    assert at.selectbox(key="url.colour").value == "group"
    assert at.slider(key="url.years").value == (2018, 2018)


def test_network_tie_types_and_organisations(samples_db):
    at = page("network").run()
    persons = texts(at)
    at.multiselect(key="url.tie").set_value(["stated"]).run()
    assert not at.exception
    assert texts(at) != persons
    assert at.query_params.get("tie") in ("stated", ["stated"])
    at.radio(key="url.level").set_value("organisation").run()
    assert not at.exception
    assert "Knuder:" in texts(at)
    at.multiselect(key="url.tie").set_value([]).run()
    assert "Vælg mindst én slags forbindelse." in texts(at)


def test_clicking_a_node_opens_its_profile(sample_db):
    at = app().run()
    at.switch_page("views/network.py").run()
    assert at.title[0].value == "Netværk"
    at = click_chart(at, MARTHA)
    assert not at.exception
    assert at.title[0].value == "Personprofil"
    assert at.header[0].value == "Martha Ahlmann"
    assert at.query_params["person"] == MARTHA


def test_initiatives_rank_recurring_ones_with_drivers(samples_db):
    at = page("initiatives").run()
    assert not at.exception
    metrics = {m.label: int(m.value) for m in at.metric}
    assert metrics["Initiativer"] > metrics["Tilbagevendende"] >= 1
    ranked = table_with(at, "Initiativ", "Møder", "Drives af").value
    assert ranked.iloc[0]["Møder"] == 2 and ranked.iloc[0]["Initiativ"] == "Koordinationsgruppen"
    assert (ranked["Drives af"] != "–").any()
    assert at.get("plotly_chart")
    at.toggle(key="url.recurring").set_value(True).run()
    assert at.query_params["recurring"] == "1"
    assert len(table_with(at, "Initiativ", "Møder").value) == metrics["Tilbagevendende"]


def test_initiatives_say_so_when_none_recur(sample_db):
    at = page("initiatives", recurring="1").run()
    assert not at.exception
    assert "Intet initiativ er nævnt ved mere end ét møde" in texts(at)


def test_an_initiative_row_opens_its_profile(samples_db):
    at = app().run()
    at.switch_page("views/initiatives.py").run()
    at = click_row(at, table_with(at, "Initiativ", "Møder", "Drives af"), 0)
    assert not at.exception
    assert at.title[0].value == "Initiativprofil"
    assert at.header[0].value == "Koordinationsgruppen"


def test_change_over_time_by_year_with_newcomers_and_leavers(sample_db):
    at = page("change").run()
    assert not at.exception
    assert at.radio(key="url.period").value == "2019"
    found = tables(at)
    assert set(found[("Navn", "Første møde i perioden")]["Navn"]) == {"Anna Jensen", "Bo Holm",
                                                                       "Carl Berg"}
    leavers = found[("Navn", "Sidste møde før")]
    assert set(leavers["Sidste møde før"]) >= {"15.05.2018 · Integrationsforum (Rudersdal)"}
    at.radio(key="url.period").set_value("2018").run()
    assert "Første periode med møder: alle er nye." in texts(at)


def test_change_in_one_municipality_names_its_brokers(sample_db):
    at = page("change", municipality="Rudersdal").run()
    assert not at.exception
    brokers = table_with(at, "Plads", "Betweenness").value
    assert set(brokers["Navn"]) == {"Lotte Hassing", "Martha Ahlmann"}
    at.radio(key="url.by").set_value("term").run()
    assert not at.exception
    assert at.query_params["by"] == "term"
    assert "Perioden 2018–2021" in texts(at)


def test_change_on_the_samples_shows_metrics_and_newcomers(samples_db):
    at = page("change", municipality="Rudersdal", period="2019").run()
    assert not at.exception
    assert len(table_with(at, "Navn", "Første møde i perioden").value) == 15
    assert len(table_with(at, "Navn", "Sidste møde før").value) == 3
    assert at.get("plotly_chart")
    assert ANNA  # the hand-built ids stay importable for the other modules
