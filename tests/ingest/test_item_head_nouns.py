"""An item title names an initiative when the item's text opens by naming its head noun again in
another form ("Besøgstjenesten i Ydby" over "lukker sin besøgstjeneste"); accounting titles never do;
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of


def _initiatives(items: str) -> set[str]:
    text = "Referat af møde i Ydby Seniorråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n" + items
    return {i.name for i in facts_of(text, "h.txt").initiatives}


def test_the_head_noun_again_after_a_determiner_names_the_title():
    found = _initiatives("1. Besøgstjenesten i Ydby\nKaren orienterede om, at Ydby Pensionistforening lukker sin "
                         "besøgstjeneste ved nytår.\n\n2. Eventuelt\nIntet.\n")
    assert "Besøgstjenesten i Ydby" in found


def test_accounting_titles_name_nothing():
    found = _initiatives("1. Regnskab 2021\nRegnskabet blev godkendt.\n\n2. Regnskab og budget\n"
                         "Budgettet og regnskabet blev gennemgået.\n\n3. Eventuelt\nIntet.\n")
    assert not {"Regnskab 2021", "Regnskab og budget"} & found


def test_the_last_part_of_a_compound_title_opening_a_sentence_names_the_title():
    found = _initiatives("PUNKT 1 - SOMMERUDFLUGT 2022\n\nFrivilligcentret sørger for bus. Udflugten går til "
                         "Knuthenborg lørdag den 18. juni.\n\nPUNKT 2 - EVENTUELT\n\nIntet.\n")
    assert "SOMMERUDFLUGT 2022" in found
