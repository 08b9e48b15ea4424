"""Every person of a pair or list stated as tovholdere gets the role (ingest/extract/relations.py)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

TEXT = """Referat af Kulturforum i Vestby 4. marts 2021

Til stede: Jonas Krag, Birte Holm, Henrik Sand, Ulla Dam, Per Lund

1. Aktiviteter
Sommerfesten holdes i juni. Jonas og Birte er tovholdere. Lysfesten holdes med Henrik og Ulla som
tovholdere. Per Lund har været tovholder for arbejdsgruppen for Kulturnatten.
"""


def test_each_person_of_a_pair_of_tovholdere_gets_the_role():
    persons = facts_of(TEXT, "v.txt").persons
    roles = {p.name: p.roles for p in persons}
    for name in ("Jonas Krag", "Birte Holm", "Henrik Sand", "Ulla Dam", "Per Lund"):
        assert "tovholder" in roles[name], name
