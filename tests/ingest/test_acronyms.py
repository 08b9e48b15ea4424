"""An acronym defined in brackets after a name ("Frivilligcenter Hjortby (FCH)") is that name's mention
(ingest/extract/acronyms.py); a name governed by "projektleder for" is a project, no organisation
(ingest/extract/led_projects.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = """Referat af møde i Frivilligrådet i Hjortby
Dato: 11. september 2024
Medlemmer: Hanne Holm (Ældre Sagen Hjortby), Kim Ravn, leder, Frivilligcenter Hjortby (FCH)
Gæst: Mie Lund, projektleder for Besøgsvenner i Hjortby (BIH), under pkt. 2

1. Godkendelse af dagsorden
Godkendt.
2. BIH – status
Mie fortalte, at BIH nu har 34 aktive besøgsvenner. FCH står for rekrutteringen.
"""


def test_an_acronym_in_brackets_after_an_organisation_is_its_mention():
    orgs = {o.name: o for o in facts_of(_MINUTES, "a.txt").organisations}
    assert "FCH" in orgs["Frivilligcenter Hjortby"].mentions
    assert "FCH" not in orgs


def test_a_name_a_projektleder_leads_is_a_project_and_no_organisation():
    facts = facts_of(_MINUTES, "a.txt")
    assert "Besøgsvenner i Hjortby" not in {o.name for o in facts.organisations}
    assert ("Besøgsvenner i Hjortby", "project") in {(i.name, i.kind) for i in facts.initiatives}
    mie = next(p for p in facts.persons if p.name == "Mie Lund")
    assert "Besøgsvenner i Hjortby" not in mie.organisations
