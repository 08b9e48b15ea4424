"""A participant table exported one cell per line is read as the table it is (ingest/read/cells.py);
invented examples."""
from __future__ import annotations

from ingest.read import text_to_document
from ingest.read.cells import join_cell_lines
from ingest.segment import segment


def test_cells_on_lines_of_their_own_are_joined_into_rows_under_their_headings():
    text = "Deltagere\nNavn\nFunktion\nForening\nAnna Berg\nFormand\nYdby IF\nOle Dam\nMedlem\nYdby Spejder\n\nTekst."
    assert join_cell_lines(text).split("\n")[1:4] == ["Navn | Funktion | Forening", "Anna Berg | Formand | Ydby IF",
                                                      "Ole Dam | Medlem | Ydby Spejder"]


def test_a_heading_alone_or_a_heading_in_running_text_joins_nothing():
    text = "Navn\nAnna Berg\n\nFunktion og forening drøftes.\nMedlem\nTekst"
    assert join_cell_lines(text) == text


def test_an_incomplete_last_group_stays_as_it_was():
    text = "Navn\nForening\nAnna Berg\nYdby IF\nOle Dam\n\n1. Velkomst"
    assert join_cell_lines(text).split("\n")[:4] == ["Navn | Forening", "Anna Berg | Ydby IF", "Ole Dam", ""]


def test_the_joined_table_gives_each_person_the_organisation_of_the_row():
    text = ("Referat af møde i Seniorrådet, Ydby Kommune\nMødedato: 3. maj 2021\n\nDeltagere\nNavn\nForening\n"
            "Anna Berg\nÆldre Sagen Ydby\nOle Dam\nYdby Pensionistforening\n\n1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n")
    m = segment(text_to_document(text, "c.txt", "txt"))
    from ingest.extract import extract
    people = {p.name: p for p in extract(m).persons}
    assert "Anna Berg" in people and "Ole Dam" in people


def test_a_front_matter_list_in_brackets_is_a_people_list():
    from ingest.read.cells import unbracket_lists
    assert unbracket_lists("afbud: [Ole Dam]\nSe bilag [2] og [3]") == "afbud: Ole Dam\nSe bilag [2] og [3]"
