"""Closed parts marked the ways the privacy red team's round 6 found, on invented minutes: a Word text box
on a heading, a case number called closed in a cover note, a misspelt marker, a closing from the middle of
an item, a closed session that reopens (ingest/read/word.py, ingest/closed*.py, ingest/segment.py).

Every closed passage names "Zorbalund", which must never reach the segmented text or the facts.
"""
from __future__ import annotations

import pytest
from docx.oxml import parse_xml

from ingest.extract import extract
from ingest.read import read_document, text_to_document
from ingest.segment import segment

SECRET = "Zorbalund"
HEADER = "Referat af møde i Handicaprådet, Thisted Kommune\nMødedato: 9. juni 2022\nDeltagere: Rita Holm, Ib Sand\n\n"
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def _minutes(body: str, name: str = "m.txt"):
    return segment(text_to_document(HEADER + body, name, name.rsplit(".", 1)[-1]))


def _boxed_run(text: str):
    """A run holding a floating text box as Word saves it: the DrawingML shape and its VML fallback."""
    content = f'<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>'
    return parse_xml(f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
                     f'<wps:txbx>{content}</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
                     f'<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>'
                     f'</mc:Fallback></mc:AlternateContent></w:r>')


def _boxed_docx(path, box: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Referat af møde i Handicaprådet, Thisted Kommune")
    document.add_paragraph("Mødedato: 9. juni 2022")
    document.add_paragraph("Deltagere: Rita Holm, Ib Sand")
    document.add_heading("Punkt 1: Velkomst", level=2)
    document.add_paragraph("Rita Holm bød velkommen.")
    heading = document.add_heading("", level=2)
    heading._p.append(_boxed_run(box))  # the box's anchor comes before the heading's text, as Word puts it
    heading.add_run("Punkt 2: Klage over kørsel")
    document.add_paragraph(f"Rådet drøftede en klage fra Ole {SECRET}.")
    document.add_heading("Punkt 3: Eventuelt", level=2)
    document.add_paragraph("Ib Sand takkede for mødet.")
    document.save(path)


@pytest.mark.parametrize("box", ["LUKKET PUNKT", "Fortroligt"])
def test_a_word_text_box_with_a_marker_on_a_heading_closes_the_item(tmp_path, box):
    _boxed_docx(tmp_path / "b.docx", box)
    document = read_document(tmp_path / "b.docx")
    assert document.text.count(f"[Tekstfelt: {box}]") == 1  # read once, not once more from the VML fallback
    m = segment(document)
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]
    assert all(SECRET not in p.name for p in extract(m).persons)


def test_a_word_text_box_without_a_marker_is_read_and_closes_nothing(tmp_path):
    _boxed_docx(tmp_path / "b.docx", "Bilag 3 vedlagt")
    m = segment(read_document(tmp_path / "b.docx"))
    assert m.closed_items == 0
    assert [i.title for i in m.items] == ["Velkomst", "Klage over kørsel", "Eventuelt"]


def _case_minutes(note: str, title: str = "Sag 22/4471") -> str:
    return (f"Hej alle\n\n{note}\n\nMvh Rita\n\n------------------------------\n\n"
            "Pkt. 1 — Velkomst\nRita Holm bød velkommen.\n\n"
            f"Pkt. 2 — {title}\nRådet drøftede en klage fra Ole {SECRET}.\n\n"
            "Pkt. 3 — Eventuelt\nIb Sand takkede for mødet.\n")


@pytest.mark.parametrize("note", [
    "NB: Sag 22/4471 er en lukket sag, som skal klippes ud, inden referatet lægges på hjemmesiden.",
    "Husk at sagsnr. 22/4471 blev behandlet for lukkede døre.",
    "Bemærk: j.nr. 22/4471 er\nbehandlet som lukket og tages ud af referatet.",
])
def test_a_sentence_calling_a_case_number_closed_closes_the_item_that_carries_it(note):
    m = _minutes(_case_minutes(note))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]  # and the dash is no part of a title
    assert all(SECRET not in p.name for p in extract(m).persons)


@pytest.mark.parametrize("note, title", [
    ("Sag 22/4471 blev sendt videre til forvaltningen.", "Sag 22/4471"),  # no closing words
    ("NB: Sag 22/4471 er en lukket sag.", "Sag 22/44712"),  # another case number
    ("NB: Sag 22/4471 er en lukket sag.", "Klage over kørsel"),  # no case number on the item
])
def test_a_case_number_closes_only_when_called_closed_and_only_its_own_item(note, title):
    m = _minutes(_case_minutes(note, title))
    assert m.closed_items == 0 and [i.title for i in m.items] == ["Velkomst", title, "Eventuelt"]


def _titled(title: str) -> str:
    return ("1. Velkomst\nRita Holm bød velkommen.\n\n"
            f"2. {title}\nRådet drøftede en klage fra Ole {SECRET}.\n\n"
            "3. Eventuelt\nIb Sand takkede for mødet.\n")


@pytest.mark.parametrize("title", [
    "Klage over kørsel – LUKET PUNKT", "Klage over kørsel - lukkt punkt", "Klage over kørsel – Lukke punkt",
    "Fortroligt pukt: klage over kørsel", "Klage over kørsel (Fortroligtt)", "Klage over kørsel – Lukkket",
])
def test_a_closed_marker_misspelt_by_one_letter_closes_the_item(title):
    m = _minutes(_titled(title))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]


@pytest.mark.parametrize("title", [
    "Gadelyset er slukket", "Forslag om at lukke skolen", "Svømmehallen lukker i juli",
    "Ikke offentlige veje", "Klage over kørsel – Lokket", "Personalet i Lukkerne",
])
def test_ordinary_words_one_letter_off_a_closing_word_close_nothing(title):
    m = _minutes(_titled(title))
    assert m.closed_items == 0 and [i.title for i in m.items] == ["Velkomst", title, "Eventuelt"]

