"""Every person of a pair or list stated as tovholdere gets the role (ingest/extract/relations.py)."""
from __future__ import annotations

from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment

TEXT = """Referat af Kulturforum i Vestby 4. marts 2021

Til stede: Jonas Krag, Birte Holm, Henrik Sand, Ulla Dam, Per Lund

1. Aktiviteter
Sommerfesten holdes i juni. Jonas og Birte er tovholdere. Lysfesten holdes med Henrik og Ulla som
tovholdere. Per Lund har været tovholder for arbejdsgruppen for Kulturnatten.
"""


def test_each_person_of_a_pair_of_tovholdere_gets_the_role():
    persons = extract(segment(text_to_document(TEXT, "v.txt", "txt"))).persons
    roles = {p.name: p.roles for p in persons}
    for name in ("Jonas Krag", "Birte Holm", "Henrik Sand", "Ulla Dam", "Per Lund"):
        assert "tovholder" in roles[name], name
