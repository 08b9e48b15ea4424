"""The body of minutes titled by their meeting alone ("Referat af netværksmøde for …", a general
assembly or a steering group's meeting under a heading naming whose); invented minutes."""
from __future__ import annotations

from ingest.meeting_titles import titled_meeting_body
from tests.ingest.text_facts import facts_of


def _body(text: str, name: str = "m.txt") -> str | None:
    return facts_of(text, name).meeting.body


def test_a_general_assembly_under_the_association_in_capitals():
    text = ("YDBY BORGERFORENING\n\nReferat af ordinær generalforsamling onsdag den 2. marts 2022 kl. 19.00\n\n"
            "Til stede: 20 medlemmer\n\n1. Valg af dirigent\nKaren Holm blev valgt.\n\n"
            "2. Orientering fra Landsbyrådet\nLandsbyrådet har holdt møde. Landsbyrådet søger midler.\n")
    assert _body(text) == "Ydby Borgerforening"


def test_a_steering_group_meeting_under_a_markdown_heading():
    text = ("# Partnerskab for ældres trivsel i Ydby\n\n## Referat fra styregruppemøde\n\n**Dato:** 4. marts 2024\n\n"
            "### 1. Madklubben\n\nMadklubben i Ydby Seniorråd kører. Seniorrådet er glade.\n")
    assert _body(text, "m.md") == "Styregruppen for Partnerskab for ældres trivsel i Ydby"


def test_a_network_meeting_named_by_its_title_line():
    assert titled_meeting_body(["Ydby Frivilligcenter · Nyheder · Referater",
                                "Referat af netværksmøde for sociale foreninger",
                                "Tid: Tirsdag den 9. november 2021"]) == "Netværksmøde for sociale foreninger"


def test_a_plain_referat_line_or_a_bare_meeting_names_nothing():
    assert titled_meeting_body(["Referat", "Dato: 4. marts 2024"]) is None
    assert titled_meeting_body(["Referat af mødet den 4. marts 2024"]) is None
    assert titled_meeting_body(["YDBY KOMMUNE", "Referat fra styregruppemøde den 4. marts"]) is None


def test_minutes_sent_as_a_letter_are_dated_and_named_by_their_title_not_the_letter():
    # held-out 104: the letter's date and its addressee line had been taken for the meeting's date and body
    text = ("Frivilligcenter Vestby\nNørregade 14, 7400 Vestby\n\n                                Vestby, 4. april 2019\n\n"
            "Til bestyrelsen og suppleanter\n\nReferat af bestyrelsesmødet tirsdag den 2. april 2019\n\nKære alle\n\n"
            "Til stede var Birthe Holm og Ole Dam.\n\n1. Økonomi\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    meeting = facts_of(text).meeting
    assert meeting.date == "2019-04-02"
    assert meeting.body == "Bestyrelsen for Frivilligcenter Vestby"


def test_a_meeting_title_over_a_referat_line_with_its_date_names_the_meeting():
    from ingest.meeting_titles import titled_meeting_body

    top = ["Netværksmøde for sociale foreninger i Ydby", "Referat – onsdag den 21. september 2022 kl. 16.00–18.00"]
    assert titled_meeting_body(top) == "Netværksmøde for sociale foreninger i Ydby"
