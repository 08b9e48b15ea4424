"""A comma list mixing "Name (Org)" and "Name, Org" entries gives each person their own organisation."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = ("Referat af møde i Landdistriktsrådet, Favrskov Kommune\nMødedato: 9. maj 2023\n\n"
            "Deltagere: Bodil Kragh (Hinnerup Lokalråd), Svend Ravn, Lading Borgerforening, Gitte Moos\n"
            "(Ulstrup Udviklingsråd), Niels Dam, Vorre Idrætsforening og Vorre Beboerforening, Inge Lind, Thorsø Landsbylaug.\n\n"
            "1. Velkomst\nBodil bød velkommen.\n")


def test_each_name_leads_its_own_entry():
    facts = facts_of(_MINUTES)
    orgs = {p.name: set(p.organisations) for p in facts.persons}
    assert {"Bodil Kragh", "Svend Ravn", "Gitte Moos", "Niels Dam", "Inge Lind"} <= set(orgs)
    assert "Lading Borgerforening" in orgs["Svend Ravn"] and "Lading Borgerforening" not in orgs["Bodil Kragh"]
    assert {"Vorre Idrætsforening", "Vorre Beboerforening"} <= orgs["Niels Dam"]
    assert "Thorsø Landsbylaug" in orgs["Inge Lind"]
    assert all(p.status == "present" for p in facts.persons if p.name in orgs)
    names = {o.name for o in facts.organisations}
    assert not names & {"Svend Ravn", "Gitte Moos", "Inge Lind"}
