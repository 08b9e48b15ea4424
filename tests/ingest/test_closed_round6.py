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


def _boxed_docx(path, box: str, on_heading: bool = True) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Referat af møde i Handicaprådet, Thisted Kommune")
    document.add_paragraph("Mødedato: 9. juni 2022")
    document.add_paragraph("Deltagere: Rita Holm, Ib Sand")
    document.add_heading("Punkt 1: Velkomst", level=2)
    document.add_paragraph("Rita Holm bød velkommen.")
    heading = document.add_heading("", level=2)
    body = document.add_paragraph("")
    anchor = heading if on_heading else body
    anchor._p.append(_boxed_run(box))  # the box's anchor comes before the paragraph's text, as Word puts it
    heading.add_run("Punkt 2: Klage over kørsel")
    body.add_run(f"Rådet drøftede en klage fra Ole {SECRET}.")
    document.add_heading("Punkt 3: Eventuelt", level=2)
    document.add_paragraph("Ib Sand takkede for mødet.")
    document.save(path)


@pytest.mark.parametrize("box, on_heading", [("LUKKET PUNKT", True), ("Fortroligt", True), ("LUKKET PUNKT", False)])
def test_a_word_text_box_with_a_marker_on_a_heading_or_its_text_closes_the_item(tmp_path, box, on_heading):
    _boxed_docx(tmp_path / "b.docx", box, on_heading)
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



def _mid_item(closing: str, after: str = "") -> str:
    return ("1. Velkomst\nRita Holm bød velkommen.\n\n"
            "2. Trafiksikkerhed\nIb Sand fortalte om skolevejen. Kirsten Lohse foreslog en ny fodgængerovergang.\n\n"
            f"{closing}\nRådet drøftede en klage fra Ole {SECRET}.\n{after}"
            "\n3. Eventuelt\nIb Sand takkede for mødet.\n")


@pytest.mark.parametrize("closing", [
    "Resten af punktet blev behandlet for lukkede døre, og tilhørerne forlod mødet:",
    "Den resterende del af punktet blev behandlet for lukkede døre.",
    "Herefter fortsatte mødet for lukkede døre.",
    "At 19:40 the council went into closed session.",
])
def test_a_closing_from_inside_an_item_keeps_the_open_text_above_it(closing):
    m = _minutes(_mid_item(closing))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Trafiksikkerhed", "Eventuelt"]
    assert "Kirsten Lohse foreslog" in m.text
    assert "Kirsten Lohse" in [p.name for p in extract(m).persons]


@pytest.mark.parametrize("closing, reopening", [
    ("At 19:40 the council went into closed session.", "Open session resumed at 19:55."),
    ("Mødet fortsatte herefter for lukkede døre.", "Mødet blev igen åbent kl. 20.10."),
    ("Herefter blev punktet behandlet for lukkede døre.", "Åbent møde genoptaget."),
])
def test_a_closed_session_inside_an_item_ends_where_the_meeting_reopens(closing, reopening):
    m = _minutes(_mid_item(closing, f"{reopening}\nKaj Vester lovede at følge op.\n"))
    assert SECRET not in m.text and m.closed_items == 1
    assert "Kirsten Lohse foreslog" in m.text and "Kaj Vester lovede" in m.text


@pytest.mark.parametrize("closing", [
    "Punktet blev behandlet for lukkede døre.",  # no word saying from where: the whole item
    "Punktet blev behandlet for lukkede døre, og herefter gik man videre.",  # "herefter" after the closing
    "Herefter gik rådet videre. Punktet blev behandlet for lukkede døre.",  # "herefter" in another sentence
])
def test_a_closing_that_does_not_say_from_where_closes_the_whole_item(closing):
    m = _minutes(_mid_item(closing))
    assert SECRET not in m.text and "Kirsten Lohse" not in m.text
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]


def test_a_rest_closing_with_nothing_open_above_it_closes_the_whole_item():
    body = ("1. Velkomst\nRita Holm bød velkommen.\n\n"
            f"2. Klage fra Ole {SECRET}\nResten af punktet blev behandlet for lukkede døre.\nRådet drøftede klagen.\n\n"
            "3. Eventuelt\nIb Sand takkede for mødet.\n")
    m = _minutes(body)
    assert SECRET not in m.text and [i.title for i in m.items] == ["Velkomst", "Eventuelt"]



def test_an_open_status_cell_of_a_word_table_is_no_part_of_a_title_and_a_closed_one_still_closes(tmp_path):
    import docx

    document = docx.Document()
    for line in HEADER.strip().split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    for number, title, status, text in [("Pkt.", "Sag / referat", "Status", ""),
                                        ("1.", "Velkomst", "Åben", "Rita Holm bød velkommen."),
                                        ("2.", "Klage over kørsel", "Lukket", f"Rådet drøftede en klage fra Ole {SECRET}."),
                                        ("3.", "Eventuelt", "Åben", "Ib Sand takkede for mødet.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = number, title, status
        if text:
            table.add_row().cells[1].text = text
    document.save(tmp_path / "t.docx")
    m = segment(read_document(tmp_path / "t.docx"))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]


@pytest.mark.parametrize("note", [
    "Punktet »Klage over kørsel« blev behandlet for lukkede døre og skal tages ud.",
    'NB: sagen "Klage over kørsel" er en lukket sag.',
])
def test_a_sentence_quoting_an_item_title_as_closed_closes_that_item(note):
    m = _minutes(_case_minutes(note, "Klage over kørsel"))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]


def test_a_quoted_title_in_a_sentence_without_closing_words_closes_nothing():
    m = _minutes(_case_minutes('Punktet "Klage over kørsel" blev flyttet frem.', "Klage over kørsel"))
    assert m.closed_items == 0 and [i.title for i in m.items] == ["Velkomst", "Klage over kørsel", "Eventuelt"]


@pytest.mark.parametrize("stamp, closes", [
    ("LUKET PUNKT", True), ("(Fortroligtt)", True), ("Lukker kl. 16", False),
    ("Rådet besluttede at lukke punkt 3 på listen over ønsker.", False),
])
def test_a_misspelt_stamp_on_a_short_line_under_the_title_closes_the_item(stamp, closes):
    body = ("1. Velkomst\nRita Holm bød velkommen.\n\n"
            f"2. Klage over kørsel\n{stamp}\nRådet drøftede en klage fra Ole {SECRET}.\n\n"
            "3. Eventuelt\nIb Sand takkede for mødet.\n")
    m = _minutes(body)
    assert (SECRET not in m.text) is closes and m.closed_items == int(closes)


def test_a_case_number_called_closed_closes_the_item_whose_first_lines_carry_it():
    body = ("Bemærk: sagsnr. 22/4471 er en lukket sag.\n\n1. Velkomst\nRita Holm bød velkommen.\n\n"
            f"2. Klage over kørsel\nSagsnr.: 22/4471\nRådet drøftede en klage fra Ole {SECRET}.\n\n"
            "3. Eventuelt\nSagsnr.: 22/4470\nIb Sand takkede for mødet.\n")
    m = _minutes(body)
    assert SECRET not in m.text and [i.title for i in m.items] == ["Velkomst", "Eventuelt"]
