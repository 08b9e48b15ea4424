"""Initiatives owned by a genitive written with an apostrophe ("Røde Kors' landsindsamling"), named with
their venue and town ("lektiecaféen på biblioteket i Vestby"), volunteer services ("besøgstjenesten"),
bare events an event verb names ("holder byfest"), and no well-known programme where a local organisation
bears its name ("Bydelsmødrene i Ydby Strand"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Fritidsråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in facts_of(text, "o.txt").initiatives}


def test_an_apostrophe_genitive_owns_the_initiative():
    assert "Ydby Kors' landsindsamling" in _initiatives("1. Eventuelt\nKaren mindede om Ydby Kors' landsindsamling den 1. oktober.\n")


def test_a_definite_initiative_keeps_its_venue_and_town_but_no_association():
    found = _initiatives("1. Nyt\nKaren fortalte, at lektiecaféen på biblioteket i Vestby lukker, og at "
                         "caféen på skolen i Ydby Skakforening fortsætter.\n")
    assert "lektiecaféen på biblioteket i Vestby" in found
    assert not any("skolen i Ydby" in name for name in found)  # "Ydby Skakforening" is no town


def test_volunteer_services_named_by_who_serves():
    found = _initiatives("1. Nyt\nKaren fortalte, at besøgstjenesten nu har 23 besøgsvenner. Motionsvennerne i Vestby "
                         "holder pause. Ydby Flygtningevenner søger frivillige.\n")
    assert {"besøgstjenesten", "Motionsvennerne i Vestby"} <= found
    assert "Flygtningevenner" not in found


def test_an_event_verb_names_a_bare_event_but_not_a_meeting():
    found = _initiatives("1. Eventuelt\nYdby IF holder byfest 29.-30. juni. Bestyrelsen holder møde i maj.\n")
    assert "byfest" in found
    assert "møde" not in found


def test_a_programme_that_names_a_local_organisation_is_that_organisation():
    text = ("Referat af møde i Ydby Boligråd 2. marts 2022\n\nDeltagere\nNavn\tOrganisation\tFunktion\n"
            "Sara Ali\tBydelsmødrene i Ydby Strand\tGæst\n\n1. Oplæg\nSara fortalte om Bydelsmødrene i Ydby Strand, "
            "som har 11 uddannede bydelsmødre.\n")
    facts = facts_of(text)
    assert "Bydelsmødrene i Ydby Strand" in {o.name for o in facts.organisations}
    assert "Bydelsmødre" not in {i.name for i in facts.initiatives}
