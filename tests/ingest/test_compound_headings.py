"""Two posts in one heading: "Referent og ordstyrer: Rikke Aaby", "Mødeleder og referent: Signe Holst, …";
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_one_person_under_two_joined_headings_holds_both_posts():
    facts = facts_of("Ydby Kulturforening\nBestyrelsesmøde mandag 6. februar 2023 kl. 19.00\n\n"
                     "Deltagere: Gitte Brøndum (formand), Rikke Aaby, Mogens Lund\n"
                     "Referent og ordstyrer: Rikke Aaby\n\n1. Eventuelt\nIntet.\n")
    rikke = next(p for p in facts.persons if p.name == "Rikke Aaby")
    assert {"referent", "dirigent"} <= set(rikke.roles) and rikke.status == "present"
    assert facts.meeting.minute_taker == "Rikke Aaby"
    assert not any("ordstyrer" in o.lower() for p in facts.persons for o in p.organisations)


def test_headings_joined_by_og_where_one_is_no_heading_stay_unread():
    facts = facts_of("Ydby Kulturforening\nBestyrelsesmøde mandag 6. februar 2023\n\nDeltagere: Gitte Brøndum\n"
                     "Kaffe og kage: Rikke Aaby\n\n1. Eventuelt\nIntet.\n")
    assert not any("referent" in p.roles for p in facts.persons)
