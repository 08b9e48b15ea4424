"""Tables drawn with rules (ASCII "+---+" or box characters) read as the lines they hold
(`ingest/read/boxes.py`); invented minutes."""
from __future__ import annotations

from ingest.read.boxes import unbox_tables
from tests.ingest.text_facts import facts_of

_ITEMS = "\n\n1. Velkomst\nFormanden bød velkommen.\n\n2. Eventuelt\nIntet.\n"


def _facts(text: str):
    return facts_of(text + _ITEMS, "b.txt")


def test_an_ascii_header_table_with_a_list_one_person_per_row():
    text = ("+--------------------------------------+\n| YDBY KOMMUNE – ÆLDRERÅDET            |\n"
            "| Referat                              |\n+------------+-------------------------+\n"
            "| Mødedato   | 4. marts 2020           |\n| Mødested   | Ydby Rådhus, lokale 2   |\n"
            "| Mødt       | Karen Holm (formand)    |\n|            | Ole Dam                 |\n"
            "| Afbud      | Bente Lund              |\n| Sekretær   | Per Krog, Ældre og Sundhed |\n"
            "+------------+-------------------------+")
    facts = _facts(text)
    people = {p.name: p for p in facts.persons}
    assert facts.meeting.date == "2020-03-04" and facts.meeting.body == "Ældrerådet"
    assert people["Karen Holm"].status == "present" and {"formand", "medlem"} <= set(people["Karen Holm"].roles)
    assert people["Ole Dam"].status == "present" and "medlem" in people["Ole Dam"].roles
    assert people["Bente Lund"].status == "absent"
    assert "sekretariat" in people["Per Krog"].roles and "Ældre og Sundhed" in people["Per Krog"].organisations


def test_a_box_drawn_participant_table_keeps_its_columns():
    text = ("Referat af møde i Fritidsrådet, Ydby Kommune, 4. marts 2020\n\n"
            "┌────────────┬──────────────┬──────────┐\n│ Navn       │ Forening     │ Funktion │\n"
            "├────────────┼──────────────┼──────────┤\n│ Karen Holm │ Ydby Skakklub│ Formand  │\n"
            "│ Ole Dam    │ Ydby Sangkor │          │\n└────────────┴──────────────┴──────────┘")
    people = {p.name: p for p in _facts(text).persons}
    assert "formand" in people["Karen Holm"].roles and "Ydby Skakklub" in people["Karen Holm"].organisations
    assert "Ydby Sangkor" in people["Ole Dam"].organisations


def test_markdown_tables_and_dashes_are_left_alone():
    text = "| Navn | Forening |\n|------|----------|\n| Karen Holm | Ydby IF |\n\n---\nTekst - mere tekst"
    assert unbox_tables(text) == text


def test_side_by_side_lists_keep_their_columns_below_the_shorter_one():
    # the Afbud column ends after one row: the rows below it hold only a present member (and a wrapped organisation)
    text = ("Referat – Ydby Kommune, Kulturrådet\nMøde den 4. marts 2020\n\n"
            "+--------------------------------+--------------------------+\n"
            "| Til stede                      | Afbud                    |\n"
            "+--------------------------------+--------------------------+\n"
            "| Karen Holm, formand            | Bo Winther (Ydby Roklub) |\n"
            "|   (Ydby Skakklub)              |                          |\n"
            "| Ole Dam (Ydby Sangkor)         |                          |\n"
            "| Mette Friis, sekretær          |                          |\n"
            "+--------------------------------+--------------------------+")
    people = {p.name: p for p in _facts(text).persons}
    assert {name: p.status for name, p in people.items()} == {
        "Karen Holm": "present", "Ole Dam": "present", "Mette Friis": "present", "Bo Winther": "absent"}
    assert "Ydby Skakklub" in people["Karen Holm"].organisations
    assert "Ydby Roklub" not in people["Karen Holm"].organisations


def test_a_cell_wrapped_onto_a_row_without_a_name_belongs_to_the_row_above():
    text = ("Integrationsrådet i Ydby Kommune\nReferat af møde 4. marts 2020\n\nDeltagere\n"
            "+---------------+------------------------------+\n| Navn          | Repræsenterer                |\n"
            "+---------------+------------------------------+\n| Ida Holm      | Ydby Byråd (Venstre),        |\n"
            "|               | næstformand                  |\n| Ole Dam       | Ydby Sangkor                 |\n"
            "+---------------+------------------------------+")
    people = {p.name: p for p in _facts(text).persons}
    assert set(people) == {"Ida Holm", "Ole Dam"}
    assert "næstformand" in people["Ida Holm"].roles and "Ydby Sangkor" in people["Ole Dam"].organisations


def test_an_empty_first_cell_under_a_marks_column_is_no_wrapped_cell():
    # "| Mødt | Navn |": the empty mark says something of its own row
    text = ("+------+-----------+---------+\n| Mødt | Navn      | Forening |\n+------+-----------+---------+\n"
            "| x    | Anna Berg | Ydby IF |\n|      | Ole Dam   | Ydby IF |\n+------+-----------+---------+")
    assert unbox_tables(text).splitlines()[-1] == "|  | Ole Dam | Ydby IF |"
