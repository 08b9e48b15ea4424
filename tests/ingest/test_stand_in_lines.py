"""Header lines naming a deputy who came in a member's place, written before the deputy
(ingest/stand_in_lines.py); invented minutes."""
from __future__ import annotations

import pytest

from tests.ingest.text_facts import facts_of

_HEAD = ("Ydby Kommune\nSeniorrådet\n\nReferat\nMøde tirsdag den 4. marts 2025 kl. 10.00\n\n"
         "Deltagere: Jonna Kildegaard (formand), Poul Ravnholt\nFraværende: Gerda Sølvhøj\n")
_ITEMS = "\nFra administrationen: Mikkel Aagaard (referent)\n\n1. Velkomst\nGodkendt.\n2. Eventuelt\nIntet.\n"


@pytest.mark.parametrize("line", [
    "Mødt for Gerda Sølvhøj: Erik Bøgelund (1. suppleant)",
    "Som suppleant for Gerda Sølvhøj deltog Erik Bøgelund (Ydby Roklub).",
    "Stedfortræder for Gerda Sølvhøj mødte Erik Bøgelund.",
])
def test_the_deputy_named_after_the_member_came_as_a_deputy(line):
    facts = facts_of(_HEAD + line + "\n" + _ITEMS, "s.txt")
    people = {p.name: p for p in facts.persons}
    deputy = people["Erik Bøgelund"]
    assert deputy.status == "present"
    assert "suppleant" in deputy.roles and "medlem" not in deputy.roles
    assert people["Gerda Sølvhøj"].status == "absent"
    names = {o.name for o in facts.organisations}
    assert not any("Gerda" in n or "Mødt" in n for n in names)
    assert "Mikkel Aagaard" in people


def test_a_sentence_about_a_place_for_someone_is_no_list():
    text = _HEAD + "Mødt for at høre om planen: alle\n" + _ITEMS
    facts = facts_of(text, "s.txt")
    assert {p.name for p in facts.persons} >= {"Jonna Kildegaard", "Gerda Sølvhøj"}
