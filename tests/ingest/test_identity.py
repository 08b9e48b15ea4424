"""Identity across documents: conservative, scoped by municipality, curated decisions applied."""
import pytest

from graph.store.embedded import EmbeddedStore
from ingest.identity import Decision, format_decision, parse_decisions, resolve_names, resolve_people
from ingest.link import organisation_key
from ingest.pipeline import run

RUDERSDAL_2018 = ["Martha Ahlmann", "Nada Naanaah", "Sten Sverdrup-Jensen", "Eva Nanni", "Anne Mette Meimann",
                  "Thorkild Damsgaard Olsen", "Kristian Geiker", "Birgit Hoé Knudsen", "Lotte Hassing"]
RUDERSDAL_2019 = ["Martha", "Nada", "Sten", "Eva N", "Anne Mette", "Thorkil", "Kristian", "Birgitte", "Eva S.", "Lisbeth"]


def _canonical(names, decisions=()):
    result = resolve_people([("Rudersdal", n) for n in names], decisions)
    return {n: result.name("person", "Rudersdal", n) for n in names}, result.doubts


def test_first_names_of_a_later_meeting_join_the_full_names_of_an_earlier_one():
    canonical, _ = _canonical(RUDERSDAL_2018 + RUDERSDAL_2019)
    assert canonical["Martha"] == "Martha Ahlmann"
    assert canonical["Eva N"] == "Eva Nanni"
    assert canonical["Anne Mette"] == "Anne Mette Meimann"
    assert canonical["Thorkil"] == "Thorkild Damsgaard Olsen"
    assert canonical["Kristian"] == "Kristian Geiker"
    assert canonical["Birgitte"] == "Birgitte"  # Birgit is another name
    assert canonical["Eva S."] == "Eva S."
    assert canonical["Lisbeth"] == "Lisbeth"


def test_scoped_by_municipality():
    result = resolve_people([("Rudersdal", "Martha Ahlmann"), ("Næstved", "Martha")])
    assert result.name("person", "Næstved", "Martha") == "Martha"


def test_a_first_name_that_fits_two_people_stays_apart_and_is_listed():
    canonical, doubts = _canonical(["Eva Nanni", "Eva Hansen", "Eva"])
    assert canonical["Eva"] == "Eva"
    assert {(d.a, d.b) for d in doubts} == {("Eva", "Eva Hansen"), ("Eva", "Eva Nanni")}


def test_two_different_full_names_never_merge_and_near_misses_are_listed():
    canonical, doubts = _canonical(["Erik Kristansen", "Erik Kristiansen", "Erik Hansen"])
    assert len(set(canonical.values())) == 3
    assert [(d.a, d.b) for d in doubts] == [("Erik Kristansen", "Erik Kristiansen")]


def test_ocr_and_hyphen_variants_merge():
    canonical, _ = _canonical(["Gitte Heiberg-lürgensen", "Gitte Heiberg-Iürgensen", "Sten Sverdrup Jensen",
                               "Sten Sverdrup-Jensen"])
    assert len(set(canonical.values())) == 2


def test_decisions_apply_transitively_and_forbid():
    same = [Decision("same", "person", "Rudersdal", "Erik Kristansen", "Erik Kristiansen"),
            Decision("same", "person", "Rudersdal", "Erik Kristiansen", "E. Kristiansen")]
    canonical, _ = _canonical(["Erik Kristansen", "Erik Kristiansen", "E. Kristiansen"], same)
    assert len(set(canonical.values())) == 1
    never = [Decision("not-same", "person", "Rudersdal", "Martha", "Martha Ahlmann")]
    canonical, _ = _canonical(["Martha Ahlmann", "Martha"], never)
    assert canonical["Martha"] == "Martha"
    renamed = [Decision("rename", "person", "*", "Erik Kristansen", "Erik Kristiansen")]
    canonical, _ = _canonical(["Erik Kristansen"], renamed)
    assert canonical["Erik Kristansen"] == "Erik Kristiansen"


def test_decisions_file_round_trips_and_rejects_bad_lines():
    d = Decision("same", "organisation", "Rudersdal", "Frivilligcentret", "Frivilligcenter Rudersdal", "why")
    assert parse_decisions(format_decision(d)) == [d]
    with pytest.raises(ValueError, match="decisions.tsv:2"):
        parse_decisions("# comment\nmaybe\tperson\tX\ta\tb")


def test_local_organisations_with_or_without_the_municipality_name():
    names = [("Rudersdal", "Frivilligcenter Rudersdal"), ("Rudersdal", "Frivilligcentret"),
             ("Rudersdal", "Integrationsnetværk Rudersdal"), ("Rudersdal", "Integrationsnetværk"),
             ("Rudersdal", "Dansk-Syrisk Kulturforening"), ("Rudersdal", "Dansk Syrisk Kulturforening"),
             ("Rudersdal", "Røde Kors"), ("Næstved", "Frivilligcentret")]
    result = resolve_names("organisation", names, organisation_key)
    name = lambda m, n: result.name("organisation", m, n)  # noqa: E731
    assert name("Rudersdal", "Frivilligcentret") == "Frivilligcenter Rudersdal"
    assert name("Rudersdal", "Integrationsnetværk") == "Integrationsnetværk Rudersdal"
    assert name("Rudersdal", "Dansk Syrisk Kulturforening") == name("Rudersdal", "Dansk-Syrisk Kulturforening")
    assert name("Næstved", "Frivilligcentret") == "Frivilligcentret"


def test_samples_link_the_two_rudersdal_meetings(samples, tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    report = run([samples], store)
    people = {n.id for n in store.nodes("Person")}
    assert "person:rudersdal:martha-ahlmann" in people and "person:rudersdal:martha" not in people
    assert "person:rudersdal:birgitte" in people and "person:rudersdal:birgit-hoe-knudsen" in people
    meetings = {r.end for r in store.relationships("ATTENDED") if r.start == "person:rudersdal:nada-naanaah"}
    assert len(meetings) == 2
    assert ("003_c47b1083447908ab.txt", "Lisbeth") in report.unresolved
