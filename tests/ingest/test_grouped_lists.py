"""A members list made of groups: "Medlemmer til stede:" alone on its line, then party groups ("Venstre: Ida Holm"),
a label naming a kind of member ("Foreningsrepræsentanter:") and its people below it; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_ITEMS = "\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
_GROUPED = ("Ydby Lokaludvalg\nReferat af lokaludvalgsmøde tirsdag den 12. marts 2019\n\nMedlemmer til stede:\n"
            "  Socialdemokratiet:   Birgitte Kjær (formand)\n  Venstre:             Hanne Falk-Olsen\n"
            "  Foreningsrepræsentanter:\n                       Henrik Dahl, Ydby Idrætsforening (næstformand)\n"
            "                       Lene Ravn, Ældre Sagen Ydby\n\nAfbud: Tariq Mahmood (Enhedslisten)\n")


def _people(text: str) -> dict:
    return persons_of(text + _ITEMS, "g.txt")


def test_the_people_under_a_kind_of_member_label_are_members_of_the_body():
    people = _people(_GROUPED)
    assert people["Henrik Dahl"].status == "present" and people["Lene Ravn"].status == "present"
    assert "Ydby Idrætsforening" in people["Henrik Dahl"].organisations
    assert {"medlem", "Ydby Lokaludvalg"} <= set(people["Lene Ravn"].roles) | set(people["Lene Ravn"].organisations)
    assert not any("Foreningsrepræsentanter" in p.organisations for p in people.values())


def test_party_groups_opening_a_members_list_are_members_of_the_body_and_the_party():
    hanne = _people(_GROUPED)["Hanne Falk-Olsen"]
    assert {"medlem", "medlem (Venstre)"} <= set(hanne.roles)
    assert {"Venstre", "Ydby Lokaludvalg"} <= set(hanne.organisations)


def test_a_group_after_the_lists_own_people_is_a_list_of_its_own():
    # "Fra byrådet: …" below the members: a guest for an item, no member
    people = _people("Ydby Ældreråd\nReferat af møde tirsdag den 11. marts 2025\n\nDeltagere\nEjner Kirk (formand), "
                     "Bodil Lang\nFra byrådet: Henrik Abild, formand for\nSocial- og Sundhedsudvalget (under punkt 5)\n")
    assert "medlem" in people["Bodil Lang"].roles and "medlem" not in people["Henrik Abild"].roles


def test_a_wrapped_group_line_stays_its_groups():
    people = _people("Skolebestyrelsen ved Ydbyskolen\nReferat af møde onsdag den 22. november 2023\n\nDeltagere:\n"
                     "Forældrerepræsentanter: Maiken Vibe (formand), Rasmus Thul (næstformand), Anne-Dorthe\n"
                     "Hjelm, Kristoffer Ladegaard\nMedarbejderrepræsentanter: Jonas Arve, Pernille Smed\n")
    assert {"Anne-Dorthe Hjelm", "Kristoffer Ladegaard", "Jonas Arve"} <= set(people)
    assert all("medlem" in people[n].roles for n in ("Anne-Dorthe Hjelm", "Kristoffer Ladegaard", "Pernille Smed"))
    assert not any(o.endswith("repræsentanter") for p in people.values() for o in p.organisations)


def test_a_steering_groups_members_under_its_own_name():
    people = _people("Styregruppen for Ydby Helhedsplan\nReferat af styregruppemøde torsdag den 7. april 2022\n\n"
                     "Styregruppen:\nClaus Feddersen, direktør, Boligselskabet Ydby\nTorben Moos, ungdomsskoleleder, "
                     "Ydby Ungdomsskole\nAfbud:\nBo Jessen, vicepolitiinspektør, Ydby Politi\n")
    assert people["Claus Feddersen"].status == "present" and "medlem" in people["Claus Feddersen"].roles
    assert "Ydby Ungdomsskole" in people["Torben Moos"].organisations and people["Bo Jessen"].status == "absent"


def test_a_roster_written_post_by_post_with_dot_leaders():
    people = _people("Ældrerådet i Ydby Kommune\nReferat af møde torsdag den 14. september 2017\n\nDeltagere:\n"
                     "  Formand ............ Ane Marie Kleist, Ydby Pensionistforening\n"
                     "  Næstformand .. Jens Lynge\n  Medlem ................ Karen Heilmann\n\n"
                     "Afbud:\n  Medlem ................ Nikolaj Rosing\n")
    assert {"formand", "medlem"} <= set(people["Ane Marie Kleist"].roles)
    assert "næstformand" in people["Jens Lynge"].roles and people["Karen Heilmann"].status == "present"
    assert people["Nikolaj Rosing"].status == "absent" and "medlem" in people["Nikolaj Rosing"].roles


def test_a_group_from_the_municipality_led_by_a_job_title_in_lower_case():
    people = _people("Ydby Landsbyråd\nReferat af møde mandag den 20. januar 2025\n\nDeltagere: Dorthe Kvist, Henrik Skov\n"
                     "Fra Ydby Kommune: landdistriktskoordinator Bjarne Vesterby (BV)\n")
    assert "Bjarne Vesterby" in people and people["Bjarne Vesterby"].status == "present"
    assert "Ydby Kommune" in people["Bjarne Vesterby"].organisations


def test_members_appointed_by_an_organisation_are_tied_to_it():
    people = _people("Ydby Kommune – Handicaprådet\nReferat fra møde i Handicaprådet 6. juni 2012\n\n"
                     "Medlemmer udpeget af Danske Handicaporganisationer:\nLis Rosendahl, DH Ydby (formand)\n"
                     "Ahmad Noori, Scleroseforeningen (Kreds Østjylland)\n\nMedlemmer udpeget af Byrådet:\n"
                     "Kaj Frandsen, byrådsmedlem (V), næstformand\n")
    assert {"Lis Rosendahl", "Ahmad Noori", "Kaj Frandsen"} <= set(people) and "Kreds Østjylland" not in people
    assert "Danske Handicaporganisationer" in people["Ahmad Noori"].organisations
    assert "Byrådet" in people["Kaj Frandsen"].organisations and people["Kaj Frandsen"].status == "present"


def test_an_absence_heading_right_after_a_bracket_starts_a_list_of_its_own():
    people = _people("Ydby Frivilligråd\nReferat af møde i Frivilligrådet 12. september 2019\n\n"
                     "Deltagere: Jytte Bach (formand), Birthe Korsholm (Frivilligcenter Ydby) Fraværende: Svend Krogh, "
                     "Mona Vest\n")
    assert people["Svend Krogh"].status == "absent" and people["Mona Vest"].status == "absent"
    assert people["Birthe Korsholm"].status == "present"
    assert not any("Fraværende" in o for p in people.values() for o in p.organisations)
