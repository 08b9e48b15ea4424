"""People named in prose sentences with a job title before the name: "Fra Vestby Frivilligcenter deltog
centerleder Ida Holm, som også var ordstyrer, og frivilligkonsulent Ole Berg, som skrev referat",
"Desuden deltog landdistriktskoordinator Kirsten Lund, Vestby Kommune" on a line of a list block;
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of


def _persons(text: str) -> dict[str, object]:
    return persons_of(text, "p.txt")


_PROSE = ("Netværk for foreninger i Vestby\n\nNetværksmøde tirsdag den 7. marts 2023 kl. 16.30-18.30\n\n"
          "Til stede var Birgit Holm fra Ældre Sagen Vestby og Kim Lund fra Vestby IF. Fra Vestby Frivilligcenter "
          "deltog centerleder Ida Holm, som også var ordstyrer, og frivilligkonsulent Ole Berg, som skrev referat. "
          "Der var meldt afbud fra Rasmus Holt, foreningskonsulent i Vestby Kommune, og fra Ulla Bech fra Red Barnet Vestby.\n\n"
          "Velkomst\n\nIda bød velkommen.\n")


def test_staff_named_from_their_organisation_with_titles_before_their_names():
    persons = _persons(_PROSE)
    ida, ole = persons["Ida Holm"], persons["Ole Berg"]
    assert ida.status == "present" and "dirigent" in ida.roles
    assert "centerleder (Vestby Frivilligcenter)" in ida.roles and "Vestby Frivilligcenter" in ida.organisations
    assert "referent" in ole.roles and "frivilligkonsulent (Vestby Frivilligcenter)" in ole.roles


def test_a_title_before_one_absent_person_stops_at_the_comma_before_the_next():
    ulla = _persons(_PROSE)["Ulla Bech"]
    assert not any("og fra" in role for role in ulla.roles)
    assert not any("og fra" in org for org in ulla.organisations)


def test_a_sentence_line_in_a_list_block_lists_a_titled_guest():
    text = ("Landsbyrådet for Vestby\n\nBestyrelsesmøde tirsdag d. 16. april 2013 kl. 19.00\n\n"
            "Til stede: Niels Holm (formand), Birthe Lund og Jan Berg\nAfbud: Leif Dam (Vestby Menighedsråd)\n"
            "Desuden deltog landdistriktskoordinator Kirsten Lund, Vestby Kommune, under pkt. 3.\n\n"
            "1. Godkendelse af referat\n\nGodkendt.\n")
    kirsten = _persons(text)["Kirsten Lund"]
    assert kirsten.status == "present"
    assert "landdistriktskoordinator (Vestby Kommune)" in kirsten.roles
