"""A representatives' meeting listing its member associations, each with the delegates it sent in brackets
("1. Ældre Sagen Ydby (Inger Lise Bonde, Kaj Thomsen)"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_DELEGATES = ("# Frivilligcenter Ydby – Repræsentantskabsmøde 2014\n\n**Dato:** onsdag den 23. april 2014, kl. 19.00\n\n"
              "## Repræsenterede medlemsforeninger (delegerede i parentes)\n\n"
              "1. Ældre Sagen Ydby (Inger Lise Bonde, Kaj Thomsen)\n2. Ydby Lokalhistoriske Forening (Ejnar Smed)\n"
              "3. Hammel Besøgsvenner (Lis Kjeldgaard)\n4. Spejderne i Ydby (ingen delegeret)\n\n"
              "## Referat\n\n### 1. Valg af dirigent\nEjnar Smed blev valgt.\n\n### 2. Eventuelt\nIntet.\n")


def test_each_delegate_is_tied_to_the_association_that_sent_them():
    people = persons_of(_DELEGATES, "r.md")
    assert "Ældre Sagen Ydby" in people["Inger Lise Bonde"].organisations
    assert "Ældre Sagen Ydby" in people["Kaj Thomsen"].organisations
    assert "Hammel Besøgsvenner" in people["Lis Kjeldgaard"].organisations
    assert all(people[n].status == "present" for n in ("Inger Lise Bonde", "Ejnar Smed", "Lis Kjeldgaard"))


def test_an_association_is_no_person_and_one_without_a_delegate_sends_no_one():
    facts = facts_of(_DELEGATES, "r.md")
    names = {p.name for p in facts.persons}
    assert not names & {"Hammel Besøgsvenner", "Ældre Sagen Ydby", "Spejderne i Ydby"}
    assert facts.meeting.body == "Frivilligcenter Ydby"
