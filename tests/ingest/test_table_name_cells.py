"""Participant tables whose name cell holds a described person ("Name, title (note)") and whose
organisation column comes first; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_ITEMS = "\n\n### 1. Velkomst\n\nFormanden bød velkommen.\n\n### 2. Eventuelt\n\nIntet.\n"


def _people(text: str) -> dict:
    return persons_of(text + _ITEMS, "t.md")


def test_organisation_column_first_and_a_title_in_the_name_cell():
    text = ("# Styregruppe for Ydby Ungeforum\n\n**Dato:** 4. marts 2024\n\n### Deltagere\n\n"
            "| Organisation | Deltager |\n|---|---|\n"
            "| Ydby Kommune | Karen Holmsted, skolechef (formand) |\n"
            "| Region Nordjylland, Voksenpsykiatrien Vest | Ole Damgren, overlæge |\n"
            "| Ydby Idrætsforening | Bente Lundholt, træner |\n")
    people = _people(text)
    assert set(people) >= {"Karen Holmsted", "Ole Damgren", "Bente Lundholt"}
    assert "Ydby Kommune" in people["Karen Holmsted"].organisations
    assert "formand" in " ".join(people["Karen Holmsted"].roles)
    assert "Region Nordjylland" in people["Ole Damgren"].organisations
    assert "Ydby Idrætsforening" in people["Bente Lundholt"].organisations
    assert all(p.status == "present" for p in people.values())


def test_a_long_markdown_row_is_not_joined_to_the_next():
    text = ("### Deltagere\n\n| Deltager | Organisation |\n|---|---|\n"
            "| Ole Damgren, overlæge | Region Nordjylland, Børne- og Ungdomspsykiatrien Vest |\n"
            "| Bente Lundholt, rektor | Ydby Gymnasium |\n")
    people = _people(text)
    assert "Ydby Gymnasium" in people["Bente Lundholt"].organisations
    assert "Ydby Gymnasium" not in people["Ole Damgren"].organisations


def test_a_heading_of_alternatives_and_a_title_in_the_role_column():
    text = ("Referat af møde i Ydby Frivilligråd\nDato: 4. marts 2023\nDeltagere:\n"
            "Navn\tForening / organisation\tFunktion\n"
            "Karen Holmsted\tYdby Skakklub\tFormand\n"
            "Ole Damgren\tByrådet (V)\tPolitisk repræsentant\n"
            "Bente Lundholt\tYdby Frivilligcenter\tLeder, sekretariat\n\n"
            "1. Velkomst\nFormanden bød velkommen.\n\n2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "f.txt")
    people = {p.name: p for p in facts.persons}
    assert "Ydby Skakklub" in people["Karen Holmsted"].organisations
    assert "Ydby Frivilligcenter" in people["Bente Lundholt"].organisations
    assert "leder" in people["Bente Lundholt"].roles
    names = {o.name for o in facts.organisations}
    assert not {"Politisk repræsentant", "Leder", "Leder, sekretariat"} & names


def test_a_column_heading_with_a_note_on_how_it_is_filled_in():
    text = ("# Referat: Netværksmøde om fritid i Ydbyparken\n\n_Onsdag 21. januar 2026 kl. 16–18_\n\n"
            "### Hvem var der?\n\n| # | Navn (som skrevet på listen) | Forening / arbejdsplads |\n|---|---|---|\n"
            "| 1 | Sofie Holm | Sammen i Ydby |\n| 2 | Jamal Abdi | Ydby IF |\n\n### 1. Velkommen\n\nGodt møde.\n\n"
            "### 2. Eventuelt\n\nIntet.\n")
    people = {p.name: p for p in facts_of(text, "n.md").persons}
    assert people["Jamal Abdi"].status == "present" and "Ydby IF" in people["Jamal Abdi"].organisations


def test_two_tables_side_by_side_give_each_person_their_own_cells():
    text = ("Lokaludvalget for Ydby Syd\n\nREFERAT\nMøde mandag den 3. juni 2024, kl. 18.30\n\nDeltagere\n"
            "| Repræsentanter for partierne     || Repræsentanter for foreninger           |\n"
            "| Navn            | Parti          | Navn              | Forening / institution |\n"
            "|-----------------|----------------|-------------------|------------------------|\n"
            "| Claus Brogaard  | Venstre        | Anja Krogh Madsen | Ydby Beboerforening    |\n"
            "| Peder Mosgaard  | Dansk Folkeparti (afbud) | Torben Ris | Ydby Idrætsforening |\n"
            "\n1. Velkommen\nGodkendt.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text)
    assert "Ydby Beboerforening" in people["Anja Krogh Madsen"].organisations
    assert "Ydby Beboerforening" not in people["Claus Brogaard"].organisations
    assert people["Torben Ris"].status == "present" and "Ydby Idrætsforening" in people["Torben Ris"].organisations
    assert people["Peder Mosgaard"].status == "absent"
