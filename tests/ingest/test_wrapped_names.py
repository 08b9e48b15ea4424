"""An organisation's name wrapped over two lines of a bullet is the whole name, not its second half;
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def test_a_name_wrapped_in_a_bullet_is_the_participant_organisation():
    text = ("# Styregruppe for Vejle Ungeforum\n\n**Dato:** 4. marts 2024\n\n### Deltagere\n\n"
            "- Karen Holmsted, Vejle Kommune\n- Ole Damgren, Ungdommens Røde Kors Vejle\n\n"
            "### 1. Status\n\n- **Natteravnene** er stoppet, fordi foreningen er nedlagt. Ungdommens Røde\n"
            "  Kors Vejle undersøger, om de kan overtage vagterne.\n\n### 2. Eventuelt\n\nIntet.\n")
    names = {o.name for o in facts_of(text, "w.md").organisations}
    assert "Ungdommens Røde Kors Vejle" in names
    assert "Kors Vejle" not in names
