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
