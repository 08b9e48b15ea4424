"""A page's people listed under the organisations that sent them, as a nested list ("<li>Viborg Kommune<ul><li>Peter
Riis</li>…"), and a time range leading the line under the date ("Kl. 9.30–11.30 · Houlkær Medborgerhus, …").
Held-out 106 (untuned: no one tied to the organisation their list is under; the time read as part of the place);
invented minutes."""
from __future__ import annotations

from ingest.read.markup import html_to_text
from tests.ingest.text_facts import facts_of

_PAGE = ("<h1>Styregruppen for Boligsocial Helhedsplan Vestby</h1><p>Referat af møde torsdag den 22. juni 2017</p>"
         "<p>Kl. 9.30–11.30 · Vestby Medborgerhus, Vestbyvej 38, 8800 Vestby</p><h2>Til stede</h2>"
         "<ul><li>Boligselskabet Vestby<ul><li>Anders Kjeldsen, direktør (formand)</li><li>Lene Brix</li></ul></li>"
         "<li>Vestby Kommune<ul><li>Peter Riis, Børn &amp; Unge</li></ul></li></ul>"
         "<h2>Afbud</h2><ul><li>SSP Vestby<ul><li>Kenneth Lund</li></ul></li></ul>"
         "<h2>1. Godkendelse af referat</h2><p>Godkendt.</p><h2>2. Eventuelt</h2><p>Intet.</p>")


def test_a_nested_lists_items_are_indented_under_the_item_holding_them():
    assert html_to_text("<ul><li>Vestby Kommune<ul><li>Peter Riis</li></ul></li><li>Ib</li></ul>").splitlines() == [
        "• Vestby Kommune", "  • Peter Riis", "• Ib"]


def test_people_listed_under_an_organisation_belong_to_it():
    facts = facts_of(_PAGE, "m.html")
    persons = {p.name: p for p in facts.persons}
    assert "Boligselskabet Vestby" in persons["Lene Brix"].organisations
    assert "Vestby Kommune" in persons["Peter Riis"].organisations
    assert persons["Kenneth Lund"].status == "absent" and "SSP Vestby" in persons["Kenneth Lund"].organisations
    assert not {"Boligselskabet Vestby", "Vestby Kommune"} & set(persons)


def test_a_time_range_leading_the_line_under_the_date_is_the_meetings_time_and_the_rest_its_place():
    meeting = facts_of(_PAGE, "m.html").meeting
    assert (meeting.start, meeting.end) == ("09:30", "11:30")
    assert meeting.location == "Vestby Medborgerhus, Vestbyvej 38, 8800 Vestby"
