"""A role heading over a listed person's initials alone ("Referent: EM") gives that person the role
(ingest/extract/initialled_roles.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_a_minute_taker_written_by_initials_is_the_listed_person_they_belong_to():
    text = ("Referat fra Lokalrådet 3. maj 2021\n\nTil stede: Erik Mørup, Anne Holm, Bo Dam, Anders Hald\n"
            "Referent: EM\n\n1. Velkommen\nEM bød velkommen.\n2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "i.txt")
    people = {p.name: p for p in facts.persons}
    assert "referent" in people["Erik Mørup"].roles and facts.meeting.minute_taker == "Erik Mørup"
    assert not any("referent" in p.roles for name, p in people.items() if name != "Erik Mørup")


def test_initials_that_fit_two_listed_people_give_no_one_the_role():
    text = ("Referat fra Lokalrådet 3. maj 2021\n\nTil stede: Anne Holm, Anders Hald, Bo Dam\n"
            "Referent: AH\n\n1. Velkommen\nTekst.\n2. Eventuelt\nIntet.\n")
    assert not any("referent" in p.roles for p in facts_of(text, "i.txt").persons)
