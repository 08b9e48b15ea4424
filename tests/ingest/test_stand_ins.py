"""A deputy written under the absent ("Fraværende: B" / "Stedfortræder: A (Org) deltog for B") came,
for B; invented minutes."""
from __future__ import annotations

from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment


def test_a_deputy_line_under_the_absent_came_with_its_organisation():
    text = ("Referat\nÆldrerådet\n\nMødedato:      4. marts 2020\n"
            "Medlemmer:     Karen Holmsted, formand (Ydby Pensionistforening)\n"
            "               Ole Damgren (Ydby Seniorklub)\n"
            "Fraværende:    Ole Damgren\n"
            "Stedfortræder: Bente Lundholt (Ydby Seniorklub) deltog for Ole Damgren\n\n"
            "1. Velkomst\nFormanden bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    people = {p.name: p for p in extract(segment(text_to_document(text, "s.txt", "txt"))).persons}
    deputy, member = people["Bente Lundholt"], people["Ole Damgren"]
    assert deputy.status == "present" and "suppleant" in deputy.roles
    assert "Ydby Seniorklub" in deputy.organisations
    assert member.status == "absent" and "medlem" in member.roles and "suppleant" not in member.roles


def test_an_organisation_represented_by_another_after_the_apologies():
    text = ("Referat fra styregruppemøde\nDato: 4. marts 2024\n"
            "Deltagere: Karen Holmsted (Ydby Kommune), Ole Damgren (Ydby Gymnasium)\n"
            "Afbud: Bente Lundholt (Ydby Ungdomsskole). Ungdomsskolen var repræsenteret ved Mads Tornkjær.\n\n"
            "1. Velkomst\nKaren bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    people = {p.name: p for p in extract(segment(text_to_document(text, "r.txt", "txt"))).persons}
    assert people["Bente Lundholt"].status == "absent"
    assert people["Mads Tornkjær"].status == "present" and "suppleant" in people["Mads Tornkjær"].roles
