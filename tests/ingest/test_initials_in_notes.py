"""Held-out 87: a note after a name that opens with the name's initials ("Marianne Holst (MH, Vallensbæk
Boligselskab)") gives the initials and the organisation; an abbreviation ("KAB") is an organisation of its own,
never the end of a longer name's word ("Vallensbæk Boligselskab")."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_TEXT = """Referat af møde i Bestyrelsen, Vallensbæk Kommune
Mødedato: 3. marts 2025
Deltagere: Marianne Holst (MH, Vallensbæk Boligselskab), formand; Lise Friis (LF, KAB); Omar Said (OS, Vallensbæk IF).

1. Velkomst
MH bød velkommen.

2. Eventuelt
Intet.
"""


def test_the_initials_opening_a_note_are_the_persons_and_the_rest_is_the_organisation():
    persons = persons_of(_TEXT)
    assert "MH" in persons["Marianne Holst"].mentions
    assert "Vallensbæk Boligselskab" in persons["Marianne Holst"].organisations
    assert "Vallensbæk IF" in persons["Omar Said"].organisations and "OS" in persons["Omar Said"].mentions
    assert not {o.name for o in facts_of(_TEXT).organisations} & {"MH", "LF", "OS"}


def test_an_abbreviation_is_no_definite_form_of_a_longer_name():
    assert "KAB" in persons_of(_TEXT)["Lise Friis"].organisations
