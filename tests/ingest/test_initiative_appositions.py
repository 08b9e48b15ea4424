"""An initiative introduced by its name and then its kind ("Byguiden er et integrationsprojekt") is
named by the name, not the kind; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(body: str) -> set[str]:
    text = "Referat af møde i Ydby Fritidsråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + body
    return {i.name for i in facts_of(text, "a.txt").initiatives}


def test_the_subject_of_er_et_projekt_names_the_initiative():
    found = _initiatives("1. Status\nSagsfremstilling\nByguiden er et integrationsprojekt, som Ydby Kommune "
                         "har drevet siden 2017. Projektet slutter i år.\n")
    assert "Byguiden" in found
    assert "integrationsprojekt" not in found


def test_a_pronoun_or_a_person_before_er_et_projekt_names_nothing():
    found = _initiatives("1. Status\nDet er et integrationsprojekt for unge. Karen er en ildsjæl.\n")
    assert "Det" not in found
    assert any(name.startswith("integrationsprojekt") for name in found)
