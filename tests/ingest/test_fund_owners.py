"""A fund is named with its owner in the genitive and, when bare, its purpose (ingest/extract/fund_owners.py)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

TEXT = """Referat af Idrætsrådet i Vestby 4. marts 2021

Til stede: Jonas Krag, Birte Holm

1. Økonomi
Klubben har fået 40.000 kr. fra Vestby Kommunes Idrætspulje. Boldklubben søger Kulturministeriets
pulje til udvikling af foreningslivet. Boligafdelingens aktivitetspulje til festen er brugt.
"""


def test_a_fund_keeps_its_owner_and_a_bare_fund_its_purpose():
    names = {i.name for i in facts_of(TEXT, "v.txt").initiatives}
    assert "Vestby Kommunes Idrætspulje" in names
    assert "Kulturministeriets pulje til udvikling af foreningslivet" in names
    assert "Boligafdelingens aktivitetspulje" in names
