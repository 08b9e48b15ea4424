"""A union's name goes on over "af" ("Landsforeningen af Kommunale Integrationsråd") and ends before a
genitive's "s"; a name introduced as a project's is an initiative, whatever it ends with. Invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of


def _facts(sentence: str):
    return facts_of("Vestby Kommune\nÆldrerådet\n\nReferat af møde 9. januar 2024\n\n"
                    "Medlemmer:\nGurli Hansen (formand)\nArne Vestergaard\n\n"
                    f"Punkt 1: Meddelelser\n{sentence}\n\nPunkt 2: Budget\nBudgettet blev drøftet.\n", "v.txt")


def _organisations(sentence: str) -> dict[str, str]:
    return {o.name: o.kind for o in _facts(sentence).organisations}


def test_a_union_named_over_af_and_og_is_one_association():
    found = _organisations("Gurli deltager i Landsforeningen af FrivilligCentre og Selvhjælp Danmark i maj.")
    assert found.get("Landsforeningen af FrivilligCentre og Selvhjælp Danmark") == "association"
    assert "Landsforeningen" not in found


def test_the_union_s_head_gives_its_kind_not_its_last_word():
    found = _organisations("Arne orienterede fra Landsforeningen af Kommunale Integrationsråd.")
    assert found.get("Landsforeningen af Kommunale Integrationsråd") == "association"


def test_a_genitive_ends_the_name_before_its_s():
    assert "Landsforeningen af Integrationsråd" in _organisations("Vi deltog i Landsforeningen af Integrationsråds konference.")
    assert "Landsforeningen af FrivilligCentre og Selvhjælp Danmark" in _organisations(
        "Gurli deltager i Landsforeningen af FrivilligCentre og Selvhjælp Danmarks årsmøde.")


def test_a_union_name_stops_at_a_first_name():
    found = _organisations("Kirsten fra Landsforeningen af Væresteder Peter Hansen deltog.")
    assert "Landsforeningen af Væresteder" in found


def test_a_name_introduced_as_a_project_is_an_initiative_not_an_organisation():
    facts = _facts("Centret har fået 120.000 kr. til projektet Ensomme Unges Netværk. Tina orienterede om "
                   "projektet Demensvenlig Kommune.")
    names = {o.name for o in facts.organisations}
    assert "Ensomme Unges Netværk" not in names and "Demensvenlig Kommune" not in names
    initiatives = {i.name for i in facts.initiatives}
    assert {"Ensomme Unges Netværk", "Demensvenlig Kommune"} <= initiatives


def test_a_generic_word_alone_or_a_placed_generic_plural_names_no_organisation():
    found = _organisations("Afdelingen mangler fortsat mandlige frivillige. Vi inviterer foreningerne i Vig til mødet.")
    assert "Afdelingen" not in found and "foreningerne i Vig" not in found


def test_the_organisation_label_of_a_participant_line_may_end_in_its_place():
    people = persons_of("# Integrationsnetværket i Vestby Kommune\n\n**Referat af netværksmøde 2. marts 2022**\n\n"
                        "## Deltagere\n\n- Røde Kors Vestby: Else Marie Kjær\n"
                        "- Dansk Flygtningehjælp Frivillige, Vestby: Abdulkadir Hassan\n- Vestby Bibliotek: Gitte Lauesen\n\n"
                        "## 1. Velkomst\n\nElse bød velkommen.\n\n## 2. Eventuelt\n\nIntet.\n", "v.md")
    abdulkadir = people["Abdulkadir Hassan"]
    assert abdulkadir.status == "present" and "Dansk Flygtningehjælp Frivillige, Vestby" in abdulkadir.organisations
    assert "medlem" in people["Gitte Lauesen"].roles


def test_a_centre_s_fields_listed_with_commas_are_one_name():
    found = _organisations("Arkitekt Jens Overgaard fra Center for By, Land og Kultur orienterede om planen.")
    assert "Center for By, Land og Kultur" in found and "Center for By" not in found


def test_a_known_organisation_s_branch_in_a_note_is_an_organisation():
    from ingest.extract.descriptors import parse_descriptor

    assert parse_descriptor(["formand (DH Vestby, Scleroseforeningen)"], "Handicaprådet") == (
        ["formand"], ["DH Vestby", "Scleroseforeningen"])
