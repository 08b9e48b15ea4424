"""Roster lines "Name – (appointing org) – personlig stedfortræder: Name" and a deputy who "deltog i
stedet" for an absent member (ingest/deputy_lines.py); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_MINUTES = """# Ældrerådet i Hjortby

## Referat af møde onsdag den 6. marts 2024, kl. 10.00–12.00

### Rådets medlemmer

- Anna Krogh, formand – (Ældre Sagen Hjortby) – personlig stedfortræder: Bent Lind
- Carl Munk – (Byrådet, Venstre) – personlig stedfortræder: Dorte Vang
- Erik Sø – (Ældre Sagen Hjortby) – personlig stedfortræder: Frida Holm

**Afbud:** Erik Sø (Frida Holm deltog i stedet)

### 1. Godkendelse af dagsorden

Godkendt.

### 2. Eventuelt

Intet.
"""


def test_a_personal_deputy_is_a_suppleant_of_the_appointing_organisation():
    facts = facts_of(_MINUTES, "r.md")
    people = {p.name: p for p in facts.persons}
    assert people["Anna Krogh"].status == "present" and "formand" in people["Anna Krogh"].roles
    assert "Ældre Sagen Hjortby" in people["Anna Krogh"].organisations
    assert people["Bent Lind"].status == "unknown" and "suppleant" in people["Bent Lind"].roles
    assert "Ældre Sagen Hjortby" in people["Bent Lind"].organisations
    assert "Byrådet" in people["Dorte Vang"].organisations and "Venstre" not in people["Dorte Vang"].organisations
    assert "Venstre" in people["Carl Munk"].organisations


def test_a_deputy_who_came_instead_is_present_and_no_organisation():
    facts = facts_of(_MINUTES, "r.md")
    people = {p.name: p for p in facts.persons}
    assert people["Erik Sø"].status == "absent"
    assert people["Frida Holm"].status == "present" and "suppleant" in people["Frida Holm"].roles
    names = {o.name for o in facts.organisations} | {o for p in facts.persons for o in p.organisations}
    assert not any("stedet" in name for name in names)
