"""The body of minutes titled by a meeting of an association (invented minutes)."""
from __future__ import annotations

import pytest

from ingest.meeting_body import assembly_body, title_body
from ingest.read import text_to_document
from ingest.segment import segment


@pytest.mark.parametrize("title, body", [
    ("Bestyrelsesmøde i Grundejerforeningen Solbakken", "Bestyrelsen for Grundejerforeningen Solbakken"),
    ("Referat af styregruppemøde (ekstra) for Vestby Lokalråd", "Styregruppen for Vestby Lokalråd"),
    ("Ordinær generalforsamling i Vestby Skytteforening", "Vestby Skytteforening"),
    ("Stormøde 2019 i Venskabsgruppen Vestby", "Venskabsgruppen Vestby"),
])
def test_a_meeting_of_an_association_names_its_body(title, body):
    assert title_body(title) == body


@pytest.mark.parametrize("title", ["Møde i Ældrerådet", "Netværksmøde om fritid i Vestby", "Referat 7. marts 2019"])
def test_other_titles_name_no_body_here(title):
    assert title_body(title) is None


def test_the_association_heading_the_page_of_a_general_meeting():
    assert assembly_body(["Vestby Skytteforening  ·  VSF            Generalforsamling 2019", "",
                          "REFERAT AF ORDINÆR GENERALFORSAMLING"]) == "Vestby Skytteforening"
    assert assembly_body(["Vestby Skytteforening", "Referat af bestyrelsesmøde"]) is None


def test_header_of_board_minutes_titled_by_the_association():
    text = ("REFERAT\nBestyrelsesmøde i Grundejerforeningen Solbakken\n\nTid: 7. marts 2019 kl. 19\n"
            "Til stede: Gitte Holm, Peder Lund\n\n1. Velkomst\nOk.\n")
    assert segment(text_to_document(text, "m.txt", "txt")).header.body == "Bestyrelsen for Grundejerforeningen Solbakken"
