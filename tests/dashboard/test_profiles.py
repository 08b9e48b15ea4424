"""Profiles of a person, an organisation and an initiative: chosen in the URL, with timeline,
memberships, collaborators and why, initiatives, grants and sources; rows open other profiles."""
from __future__ import annotations

from tests.dashboard.conftest import app, click_row, page, table_with, tables, texts
from tests.graph.test_frames import EVA, LOTTE, MARTHA

NETWORK_ORG = "org:rudersdal:integrationsnetvaerket-i-rudersdal"
POOL = "init:lyngby-taarbaek:integrationsraadets-pulje"


def test_person_page_preselects_from_url_and_switches(sample_db):
    at = page("person", person=EVA).run()
    assert not at.exception
    assert at.header[0].value == "Eva Nanni"
    meetings = table_with(at, "Dato", "Status").value
    assert list(meetings["Status"]) == ["afbud/fraværende", "til stede"]
    assert at.get("plotly_chart")  # the meetings timeline
    at.selectbox(key="url.person").select(LOTTE).run()
    assert not at.exception
    assert at.header[0].value == "Lotte Hassing"
    assert at.query_params["person"] == LOTTE
    found = tables(at)
    collaborators = found[("Navn", "Vægt", "Hvorfor", "Periode")]
    assert list(collaborators["Navn"])[:1] == ["Martha Ahlmann"]
    assert list(collaborators["Hvorfor"]) == ["2 møder sammen", "1 møde sammen", "1 møde sammen"]
    memberships = found[("Organisation", "Type", "Tilknytning", "Roller", "Periode", "Manglede")]
    assert memberships.values.tolist() == [
        ["Frivilligcenter Rudersdal", "forening", "medlem", "formand", "27.02.2018", "–"],
        ["Integrationsforum", "forum/råd", "deltog i møder", "formand",
         "27.02.2018 – 15.05.2018", "0"]]
    sources = found[("Dokument", "Dato", "Citat")]
    assert set(sources["Citat"]) == {"Deltagere: Lotte Hassing"} and len(sources) == 2


def test_a_profile_warns_about_an_unknown_id(sample_db):
    at = page("person", person="person:nowhere:nobody").run()
    assert not at.exception
    assert "findes ikke" in at.warning[0].value


def test_a_collaborator_row_opens_their_profile(sample_db):
    at = app()
    at.query_params["person"] = LOTTE
    at.run()
    at.switch_page("views/person.py").run()
    assert at.header[0].value == "Lotte Hassing"
    at = click_row(at, table_with(at, "Navn", "Hvorfor"), 0)
    assert not at.exception
    assert at.header[0].value == "Martha Ahlmann"
    assert at.query_params["person"] == MARTHA


def test_organisation_profile_on_the_samples(samples_db):
    at = page("organisation", organisation=NETWORK_ORG).run()
    assert not at.exception
    assert at.header[0].value == "Integrationsnetværket i Rudersdal"
    assert "forening · Rudersdal · medlemmer: 13" in texts(at)
    members = table_with(at, "Navn", "Tilknytning", "Sidst set").value
    assert "Anne Mette Meimann" in set(members["Navn"])
    partners = table_with(at, "Navn", "Hvorfor").value
    assert "medlemmer mødtes" in partners.iloc[0]["Hvorfor"]
    grants = table_with(at, "Retning", "Modpart", "Beløb").value
    assert set(grants["Beløb"]) == {"50.000 kr.", "30.000 kr."}
    assert set(grants["Retning"]) == {"modtog"}
    assert at.get("plotly_chart")


def test_initiative_profile_shows_stages_grants_and_sources(samples_db):
    at = page("initiative", initiative=POOL).run()
    assert not at.exception
    assert at.header[0].value == "Integrationsrådets pulje"
    assert "stadie: i gang" in texts(at)
    stages = table_with(at, "Stadie", "Ord").value
    assert set(stages["Stadie"]) == {"finansieret", "i gang"}
    assert "(en bevilling)" in set(stages["Ord"])
    grants = table_with(at, "Retning", "Modpart").value
    assert grants.iloc[0]["Modpart"] == "Integrationsrådet"
    assert len(tables(at)[("Dokument", "Dato", "Citat")]) == 1


def test_profiles_say_so_when_the_graph_has_none(sample_db):
    assert "ingen initiativer" in texts(page("initiative").run())
    assert not page("organisation").run().exception
