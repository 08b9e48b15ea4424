"""Roles a list gives without saying them in a note: a party group's members are members of the party, an
interpreter serves the meeting, a deputy for an organisation is the body's deputy, "Forvaltningen deltog ved:"
lists the administration; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_ITEMS = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"


def _people(header: str) -> dict:
    return persons_of(header + _ITEMS, "r.txt")


def test_a_party_group_label_makes_its_members_members_of_the_party():
    people = _people("Ydby Lokaludvalg\nReferat af møde tirsdag den 12. marts 2019\n\nMedlemmer til stede:\n"
                     "  Venstre:   Hanne Falk-Olsen\n  Socialdemokratiet:   Ib Lund (formand)\n")
    assert "medlem (Venstre)" in people["Hanne Falk-Olsen"].roles
    assert {"formand", "medlem (Socialdemokratiet)"} <= set(people["Ib Lund"].roles)


def test_no_party_no_party_role():
    people = _people("Ydby Lokaludvalg\nReferat af møde tirsdag den 12. marts 2019\n\nDeltagere: Anna Berg, Ydby IF\n")
    assert not any(r.startswith("medlem (") for r in people["Anna Berg"].roles)


def test_an_interpreter_is_no_member_and_no_organisation():
    people = _people("Integrationsrådet\nReferat af møde 4. marts 2020\n\nDeltagere:\nAnna Berg, Ydby IF\n"
                     "Yusuf Demir, Tolk (tyrkisk)\n")
    assert people["Yusuf Demir"].roles == ("tolk",) and people["Yusuf Demir"].organisations == ()
    assert "medlem" in people["Anna Berg"].roles


def test_a_deputy_noted_after_an_organisation_is_the_bodys_deputy():
    people = _people("Integrationsrådet\nReferat af møde 4. marts 2020\n\nDeltagere: Anna Berg, Ydby IF\n\n"
                     "Afbud:\nMette Kjær, Dansk Flygtningehjælp Ydby (suppleant)\n")
    assert people["Mette Kjær"].roles == ("suppleant",) and people["Mette Kjær"].status == "absent"
    assert "Dansk Flygtningehjælp Ydby" in people["Mette Kjær"].organisations


def test_forvaltningen_deltog_ved_lists_the_administration_as_present():
    people = _people("Ydby Lokaludvalg\nReferat af møde tirsdag den 12. marts 2019\n\nMedlemmer til stede: Anna Berg\n\n"
                     "Forvaltningen deltog ved:\n  Projektleder Kasper Lund\n")
    kasper = people["Kasper Lund"]
    assert kasper.status == "present" and "administration" in kasper.roles and "medlem" not in kasper.roles


def test_an_observer_is_no_member():
    people = _people("Integrationsrådet\nReferat af møde 4. marts 2020\n\nDeltagere: Anna Berg, Ydby IF\n"
                     "Afbud: Dorthe Brix (Ydby Kommune, observatør)\n")
    assert "medlem" not in people["Dorthe Brix"].roles and "Integrationsrådet" not in people["Dorthe Brix"].organisations
    assert "medlem" in people["Anna Berg"].roles


def test_a_markdown_heading_ends_the_list_above_and_a_panel_presents():
    facts = facts_of("# Referat fra borgermøde om Ydby Multihus\n\n*Lokalrådet for Ydby inviterede til borgermøde "
                     "torsdag den 21. marts 2019.*\n\n**Referent:** Susanne Vind, sekretær i lokalrådet\n\n## Panelet\n\n"
                     "- **Bo Hebsgaard** – skoleleder, Ydby Skole\n- **Lone Stausholm** – konsulent, Ydby Kommune\n" + _ITEMS,
                     "p.md")
    people = {p.name: p for p in facts.persons}
    assert "referent" not in people["Bo Hebsgaard"].roles and "oplægsholder" in people["Bo Hebsgaard"].roles
    assert "referent" in people["Susanne Vind"].roles


def test_a_sentence_saying_who_appointed_each_member_ties_them_to_it():
    people = persons_of("Ydby Frivilligråd\nReferat af møde 12. september 2019\n\nDeltagere: Jytte Bach, Henning Lauritsen, "
                        "Mona Vest\n\n1. Orientering\nRådets sammensætning: Jytte Bach er valgt af Ældre Sagen Ydby, Henning "
                        "Lauritsen af Ydby Idrætssamvirke og Mona Vest af Ydby Kommune.\n\n2. Eventuelt\nIntet.\n")
    assert "Ældre Sagen Ydby" in people["Jytte Bach"].organisations
    assert "Ydby Idrætssamvirke" in people["Henning Lauritsen"].organisations
    assert "Ydby Kommune" in people["Mona Vest"].organisations


def test_who_appointed_whom_in_the_texts_first_sentence():
    # no full stop or blank line before the name: the sentence starts at the text's start
    people = persons_of("Jytte Bach er valgt af Ældre Sagen Ydby, Mona Vest af Ydby Kommune.\n"
                        "Referat af møde i Ydby Frivilligråd 12. september 2019\nDeltagere: Jytte Bach, Mona Vest\n")
    assert "Ældre Sagen Ydby" in people["Jytte Bach"].organisations
    assert "Ydby Kommune" in people["Mona Vest"].organisations
