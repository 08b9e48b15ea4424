"""Participant tables with a column of who appointed each member ("Udpeget af") and a note column
that says a deputy came for someone; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_ITEMS = "\n\n### 1. Velkomst\n\nFormanden bød velkommen.\n\n### 2. Eventuelt\n\nIntet.\n"
_HEAD = "# Handicaprådet – Ydby Kommune\n\n**Dato:** 4. marts 2024\n\n### Deltagere\n\n"


def _people(text: str) -> dict:
    return persons_of(text + _ITEMS, "t.md")


def test_the_appointing_organisation_is_the_members_organisation():
    text = (_HEAD + "| Navn | Udpeget af | Bemærkning |\n|---|---|---|\n"
            "| Jonna Kildegaard, formand | DH Ydby (Dansk Blindesamfund) | |\n"
            "| Poul Ravnholt | Byrådet (V) | Afbud |\n"
            "| Gerda Sølvhøj | Ydby Kommune, Ældre og Sundhed | |\n")
    people = _people(text)
    assert {"DH Ydby", "Dansk Blindesamfund"} <= set(people["Jonna Kildegaard"].organisations)
    assert "formand" in people["Jonna Kildegaard"].roles
    assert {"Byrådet", "Venstre"} <= set(people["Poul Ravnholt"].organisations)
    assert people["Poul Ravnholt"].status == "absent"
    assert "Ældre og Sundhed" in people["Gerda Sølvhøj"].organisations


def test_a_note_that_a_deputy_came_for_a_member_makes_a_deputy():
    text = (_HEAD + "| Navn | Udpeget af | Bemærkning |\n|---|---|---|\n"
            "| Jonna Kildegaard | DH Ydby | Afbud |\n"
            "| Erik Bøgelund | DH Ydby | Suppleant, mødte for Jonna Kildegaard |\n"
            "| Gerda Sølvhøj | Ydby Kommune | Referent. Sendes rundt i morgen |\n")
    people = _people(text)
    assert tuple(people["Erik Bøgelund"].roles) == ("suppleant",)
    assert people["Erik Bøgelund"].status == "present"
    assert people["Jonna Kildegaard"].status == "absent"
    assert "referent" in people["Gerda Sølvhøj"].roles
