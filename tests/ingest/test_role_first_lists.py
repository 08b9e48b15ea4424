"""A board listed post by post ("- Kasserer: Henrik Aagesen", "- Suppleant: …"): each label is the person's role, never an
organisation. Held-out 98 (untuned: organisations "Kasserer" and "Suppleant"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_HEADER = ("# Bestyrelsesmøde 12.04.2016\n\nYdby Lokalråd\n\nDato: 12. april 2016\n\n## Deltagere\n\n"
           "- Formand: Lise Bjerregaard (Ydby Grundejerforening)\n- Kasserer: Henrik Aagesen\n"
           "- Bestyrelsesmedlemmer: Pia Holm og Jamal Osmani\n- Suppleant: Karin Lund-Sørensen\n\n"
           "Gæst under pkt. 2: Anders Winther, trafikplanlægger i Ydby Kommune.\n\n## 1. Godkendelse\n\nGodkendt.\n")


def test_each_post_is_its_persons_role():
    facts = facts_of(_HEADER, "m.md")
    persons = {p.name: p for p in facts.persons}
    assert "kasserer" in persons["Henrik Aagesen"].roles
    assert "suppleant" in persons["Karin Lund-Sørensen"].roles
    assert {"Pia Holm", "Jamal Osmani"} <= set(persons)
    names = {o.name for o in facts.organisations}
    assert not names & {"Kasserer", "Suppleant", "Bestyrelsesmedlemmer"}


def test_a_planner_is_a_job_title_at_the_organisation_after_it():
    persons = {p.name: p for p in facts_of(_HEADER, "m.md").persons}
    assert "trafikplanlægger (Ydby Kommune)" in persons["Anders Winther"].roles
    assert "Ydby Kommune" in persons["Anders Winther"].organisations
