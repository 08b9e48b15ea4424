"""An organisation and its local branch written with a comma between them are one organisation."""
from __future__ import annotations

from ingest.extract.branches import joined_branches
from tests.ingest.text_facts import facts_of

_MINUTES = ("Referat af møde i Ældrerådet, Tønder Kommune\nMødedato: 3. marts 2021\n\n"
            "Deltagere:\nOle Brandt, Gigtforeningen, Sønderjyllandskredsen\n"
            "Rita Holm, Dansk Røde Kors, Tønder-afdelingen\nKaj Lund, Byrådet, Venstre\n"
            "Eva Juul, Parkinsonforeningen, Sydjylland\n\n"
            "1. Meddelelser\nGigtforeningen, Sønderjyllandskredsen, holder åbent hus. Gigtforeningen inviterer alle.\n")


def test_a_branch_after_a_comma_joins_its_organisation():
    facts = facts_of(_MINUTES, "b.txt")
    names = {o.name for o in facts.organisations}
    assert {"Gigtforeningen, Sønderjyllandskredsen", "Dansk Røde Kors, Tønder-afdelingen",
            "Parkinsonforeningen, Sydjylland", "Byrådet", "Venstre"} <= names
    assert not names & {"Gigtforeningen", "Sønderjyllandskredsen", "Tønder-afdelingen", "Sydjylland"}
    ole = next(p for p in facts.persons if p.name == "Ole Brandt")
    assert "Gigtforeningen, Sønderjyllandskredsen" in ole.organisations


def test_a_party_or_a_role_after_a_comma_stays_apart():
    assert joined_branches(["Byrådet", "Venstre"]) == ["Byrådet", "Venstre"]
    assert joined_branches(["formand", "Storstrøm"]) == ["formand", "Storstrøm"]
    assert joined_branches(["Scleroseforeningen", "Storstrøm"]) == ["Scleroseforeningen, Storstrøm"]


def test_a_local_volunteer_group_after_a_comma_is_an_organisation_of_its_own():
    text = ("Referat af møde i Integrationsrådet\nMødedato: 3. marts 2021\n\n"
            "Deltagere: Ole Brandt (Dansk Flygtningehjælp, frivilliggruppen i Vestby), Rita Holm (Byrådet)\n\n"
            "1. Meddelelser\nFrivilliggruppen holder åbent hus i maj.\n2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "f.txt")
    people = {p.name: p for p in facts.persons}
    assert {"Dansk Flygtningehjælp", "frivilliggruppen i Vestby"} <= set(people["Ole Brandt"].organisations)
    assert "Frivilliggruppen" not in {i.name for i in facts.initiatives}
