"""A deputy written under the absent ("Fraværende: B" / "Stedfortræder: A (Org) deltog for B") came,
for B; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of


def test_a_deputy_line_under_the_absent_came_with_its_organisation():
    text = ("Referat\nÆldrerådet\n\nMødedato:      4. marts 2020\n"
            "Medlemmer:     Karen Holmsted, formand (Ydby Pensionistforening)\n"
            "               Ole Damgren (Ydby Seniorklub)\n"
            "Fraværende:    Ole Damgren\n"
            "Stedfortræder: Bente Lundholt (Ydby Seniorklub) deltog for Ole Damgren\n\n"
            "1. Velkomst\nFormanden bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "s.txt")
    deputy, member = people["Bente Lundholt"], people["Ole Damgren"]
    assert deputy.status == "present" and "suppleant" in deputy.roles
    assert "Ydby Seniorklub" in deputy.organisations
    assert member.status == "absent" and "medlem" in member.roles and "suppleant" not in member.roles


def test_an_organisation_represented_by_another_after_the_apologies():
    text = ("Referat fra styregruppemøde\nDato: 4. marts 2024\n"
            "Deltagere: Karen Holmsted (Ydby Kommune), Ole Damgren (Ydby Gymnasium)\n"
            "Afbud: Bente Lundholt (Ydby Ungdomsskole). Ungdomsskolen var repræsenteret ved Mads Tornkjær.\n\n"
            "1. Velkomst\nKaren bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "r.txt")
    assert people["Bente Lundholt"].status == "absent"
    assert people["Mads Tornkjær"].status == "present" and "suppleant" in people["Mads Tornkjær"].roles


def test_a_deputy_in_a_comma_list_written_name_for_name_is_a_present_deputy():
    text = ("Referat af møde i Integrationsrådet\nDato: 4. marts 2020\n"
            "Deltagere: Karen Holmsted (Ydby Forening), formand, Ole Damgren (Ydby Gymnasium), "
            "Mads Tornkjær for Bente Lundholt (Røde Kors Ydby)\n"
            "Afbud: Bente Lundholt (Røde Kors Ydby)\n\n1. Velkomst\nKaren bød velkommen.\n")
    facts = facts_of(text, "f.txt")
    people = {p.name: p for p in facts.persons}
    deputy = people["Mads Tornkjær"]
    assert deputy.status == "present" and "suppleant" in deputy.roles and "medlem" not in deputy.roles
    assert "Røde Kors Ydby" in deputy.organisations
    assert not any(" for " in o for p in facts.persons for o in p.organisations)
    assert not any(" for " in o.name for o in facts.organisations)


def test_a_table_name_cell_noting_whom_the_person_came_for_makes_a_deputy():
    text = ("Referat af bestyrelsesmøde\nDato: 4. marts 2020\nFremmødte\n"
            "Navn\tRepræsenterer\nKaren Holmsted (formand)\tYdby Forening\n"
            "Mads Tornkjær (for Bente Lundholt)\tYdby Menighedsråd\n"
            "Afbud: Bente Lundholt (Ydby Menighedsråd)\n\n1. Velkomst\nKaren bød velkommen.\n")
    people = persons_of(text, "t.txt")
    assert "suppleant" in people["Mads Tornkjær"].roles and "medlem" not in people["Mads Tornkjær"].roles
    assert people["Mads Tornkjær"].status == "present" and people["Bente Lundholt"].status == "absent"
