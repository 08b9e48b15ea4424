"""Initiatives owned by a genitive written with an apostrophe ("Røde Kors' landsindsamling"), named with
their venue and town ("lektiecaféen på biblioteket i Vestby"), volunteer services ("besøgstjenesten"),
and bare events an event verb names ("holder byfest"); invented minutes."""
from __future__ import annotations

from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Fritidsråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in extract(segment(text_to_document(text, "o.txt", "txt"))).initiatives}


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
