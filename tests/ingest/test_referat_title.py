"""Held-out 92 (and three earlier files): "REFERAT" alone on a line titles the document — the lines under it are no
list of minute takers ("Solrød Rådhus" was a person with the role referent); "Referat: Trine Holm" still names its
writer. Also "Medlemmer til stede:" heads the members, and a ;-part with a dash ("Ib Lund (Venstre) - afbud") is read."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_TEXT = """Solrød Kommune                                    Integrationsrådet

REFERAT
Integrationsrådets møde tirsdag den 24. maj 2011 kl. 17.00 - 19.00
Solrød Rådhus, mødelokale 1, Solrød Center 1

Medlemmer til stede:
Hamid Karimi, formand (Afghansk Kulturforening); Selma Hodžić (Bosnisk Forening Solrød)

Fraværende: Poul Erik Thygesen (Byrådet, Venstre) - afbud;
Aisha Farah (Somalisk Kvindeforening) - uden afbud

Referent: Jette Sand

1. Godkendelse af dagsorden
Godkendt.

2. Eventuelt
Intet.
"""


def test_a_title_line_referat_heads_no_list_and_the_lists_below_are_read():
    persons = persons_of(_TEXT)
    assert {n: p.status for n, p in persons.items()} == {
        "Hamid Karimi": "present", "Selma Hodžić": "present", "Poul Erik Thygesen": "absent",
        "Aisha Farah": "absent", "Jette Sand": "present"}
    assert [n for n, p in persons.items() if "referent" in p.roles] == ["Jette Sand"]
    assert facts_of(_TEXT).meeting.minute_taker == "Jette Sand"
