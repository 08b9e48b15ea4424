"""A descriptor ends at a new sentence; a ballot letter in it is the party."""
from __future__ import annotations

from ingest.extract.descriptors import parse_descriptor


def test_a_new_sentence_is_no_part_of_the_descriptor():
    roles, orgs = parse_descriptor(["kulturkonsulent", "Kultur og Fritid. Desuden deltog Ib Holm fra Ungdomsskolen"], None)
    assert orgs == ["Kultur og Fritid"] and roles == ["kulturkonsulent (Kultur og Fritid)"]



def test_a_ballot_letter_after_a_name_is_the_party():
    """"Kaj Holm (C)": C is the ballot letter of Det Konservative Folkeparti, no organisation "C"."""
    roles, orgs = parse_descriptor(["C", "medlem af Byrådet"], None)
    assert "Det Konservative Folkeparti" in orgs and "C" not in orgs


def test_k_after_a_name_is_the_conservatives_as_minutes_write_them():
    """"Mikkel Holm (K)": minutes write the Conservatives K (their ballot letter is C), not Kristendemokraterne."""
    assert parse_descriptor(["K"], None)[1] == ["Det Konservative Folkeparti"]


def test_a_seat_for_a_party_is_the_seat_and_the_party():
    """"medlem af Byrådet for Venstre": the council and the party, not one organisation of both."""
    roles, orgs = parse_descriptor(["medlem af Byrådet for Venstre"], None)
    assert orgs == ["Byrådet", "Venstre"] and "medlem (Byrådet)" in roles


def test_a_second_title_after_og_is_no_organisation():
    # held-out 47: "byrådsmedlem (Venstre) og Landsbyforums kontaktpolitiker" gave an organisation "og Landsbyforums …"
    from tests.ingest.text_facts import facts_of
    facts = facts_of("Referat af møde i Landsbyforum, Syddjurs Kommune, 2. marts 2022\n\nDeltagere: Karen Holm (formand), "
                     "Lene Thygesen, byrådsmedlem (Venstre) og Landsbyforums kontaktpolitiker\n\n1. Godkendelse\nGodkendt.\n")
    lene = next(p for p in facts.persons if p.name == "Lene Thygesen")
    assert "Venstre" in lene.organisations
    assert not [o for o in [*lene.organisations, *(o.name for o in facts.organisations)] if o.startswith("og ")]
