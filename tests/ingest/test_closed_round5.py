"""Closed parts marked the ways the privacy red team's round 5 found, on invented minutes: a footnote mark
on a title, a status column explained by a legend under a Word table, a closed sub-point inside an open
item, a numbered HTML list as the contents, an abbreviated marker beside an item's first line, a Word
comment on a heading (ingest/closed_footnotes.py, ingest/closed.py, ingest/read/).

Every closed passage names "Zorbalund", which must never reach the segmented text or the facts.
"""
from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment

SECRET = "Zorbalund"
HEADER = "Referat af møde i Handicaprådet, Thisted Kommune\nMødedato: 9. juni 2022\nDeltagere: Rita Holm, Ib Sand\n\n"


def _minutes(body: str, name: str = "m.txt"):
    return segment(text_to_document(HEADER + body, name, name.rsplit(".", 1)[-1]))


def _assert_private(body: str, open_titles: list[str], closed: int = 1, name: str = "m.txt"):
    m = _minutes(body, name)
    assert SECRET not in m.text
    assert [item.title for item in m.items] == open_titles
    assert m.closed_items == closed
    assert all(SECRET not in p.name for p in extract(m).persons)
    return m


@pytest.mark.parametrize("mark, note", [
    ("*)", "*)  Lukket punkt."),
    ("*)", "*) Punktet er lukket"),
    ("¹", "¹ Lukket punkt"),
    ("(1)", "(1) Behandlet som lukket punkt."),
    ("**)", "**) fortroligt"),
])
def test_a_footnote_mark_on_a_title_closes_the_item_the_note_at_the_foot_calls_closed(mark, note):
    body = (f"1. Velkomst\nRita Holm bød velkommen.\n\n2. Budget **)\nIb Sand gennemgik budgettet.\n\n"
            f"3. Klage over kørsel {mark}\nRådet drøftede en klage fra Ole {SECRET}.\n\n"
            f"4. Eventuelt\nIb Sand takkede for mødet.\n\nReferent: Ib Sand\n\n____\n{note}\n")
    if mark == "**)":  # the other title's mark is then the harmless one
        body = body.replace("2. Budget **)", "2. Budget *)").replace(f"kørsel {mark}", "kørsel **)")
        body += "*) Budgettet var udsendt.\n"
    m = _assert_private(body, ["Velkomst", "Budget", "Eventuelt"])
    assert "Ib Sand takkede" in m.text  # the note closes nothing by itself, not the item it stands in


def test_a_footnote_that_no_title_carries_still_closes_where_it_stands():
    body = ("1. Velkomst\nRita Holm bød velkommen.\n\n2. Henvendelse\n*) Lukket punkt\n"
            f"Rådet drøftede et brev fra Ole {SECRET}.\n\n3. Eventuelt\nIntet.\n")
    _assert_private(body, ["Velkomst", "Eventuelt"])


def test_a_harmless_footnote_closes_nothing():
    body = ("1. Velkomst\nRita Holm bød velkommen.\n\n2. Budget *)\nIb Sand gennemgik budgettet.\n\n"
            "3. Eventuelt\nIntet.\n\n*) Budgettet var udsendt som bilag.\n")
    m = _minutes(body)
    assert [i.title for i in m.items] == ["Velkomst", "Budget", "Eventuelt"] and m.closed_items == 0


def _status_table_docx(path, legend: str, status: str = "L") -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Referat af møde i Handicaprådet, Thisted Kommune")
    document.add_paragraph("Mødedato: 9. juni 2022")
    document.add_paragraph("Deltagere: Rita Holm, Ib Sand")
    rows = [("Nr.", "Emne", "Status", "Referat"),
            ("1", "Velkomst", "Å", "Rita Holm bød velkommen."),
            ("2", "Klage over kørsel", status, f"Rådet drøftede en klage fra Ole {SECRET}."),
            ("3", "Eventuelt", "Å", "Ib Sand takkede for mødet.")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph(legend)
    document.save(path)


@pytest.mark.parametrize("legend", ["Å = åbent punkt   L = lukket punkt", "Å: åbent; L: lukket", "L = lukket punkt"])
def test_a_word_table_row_whose_status_cell_is_a_closed_legend_symbol_closes(tmp_path, legend):
    from ingest.read import read_document

    _status_table_docx(tmp_path / "r.docx", legend)
    m = segment(read_document(tmp_path / "r.docx"))
    assert SECRET not in m.text and m.closed_items == 1
    assert [(i.number, i.title) for i in m.items] == [("1", "Velkomst"), ("3", "Eventuelt")]  # rows are items
    assert "Ib Sand takkede" in m.text


def test_a_status_symbol_no_legend_calls_closed_closes_nothing(tmp_path):
    from ingest.read import read_document

    _status_table_docx(tmp_path / "r.docx", "Å = åbent punkt   B = behandlet", status="B")
    m = segment(read_document(tmp_path / "r.docx"))
    assert m.closed_items == 0 and [i.title for i in m.items] == ["Velkomst", "Klage over kørsel", "Eventuelt"]


LETTERED = ("A. Velkomst\nRita Holm bød velkommen.\n\nB. Orientering\n{sub}\n\n"
            "C. Eventuelt\nIb Sand takkede for mødet.\n")


def test_items_lettered_a_b_c_are_items():
    m = _minutes(LETTERED.format(sub="Ib Sand fortalte om busserne."))
    assert [(i.number, i.title) for i in m.items] == [("A", "Velkomst"), ("B", "Orientering"), ("C", "Eventuelt")]


def test_two_lettered_lines_are_no_agenda():
    m = _minutes("Referent:\nA. Holm\nB. Sand\n\nRita Holm bød velkommen.\n")
    assert m.items == ()


@pytest.mark.parametrize("closed_sub", [
    f"b) Lukket orientering: Ib Sand orienterede om en klage fra Ole {SECRET}.",
    f"(b) Personsag (fortroligt)\nIb Sand orienterede om Ole {SECRET}.",
    f"b. Fortroligt: Ole {SECRET} har klaget.\nKlagen er besvaret.",
])
def test_a_closed_sub_point_closes_its_own_text_not_the_item(closed_sub):
    sub = f"a) Fra formanden: Rita Holm var på kursus.\n\n{closed_sub}\n\nc) Fra forvaltningen: Ib Sand har ferie."
    m = _assert_private(LETTERED.format(sub=sub), ["Velkomst", "Orientering", "Eventuelt"])
    assert "Rita Holm var på kursus" in m.text and "Ib Sand har ferie" in m.text


def test_a_closed_sub_point_without_a_peer_below_closes_to_the_item_end():
    sub = f"1) Status: Ib Sand har ferie.\n2) Lukket punkt: Ole {SECRET} har klaget.\nKlagen er besvaret."
    m = _assert_private(LETTERED.format(sub=sub), ["Velkomst", "Orientering", "Eventuelt"])
    assert "Ib Sand har ferie" in m.text and "Ib Sand takkede" in m.text


@pytest.mark.parametrize("mark", ["lukket pkt.", "lukk. pkt.", "(fortr.)", "<em>lukket pkt.</em>"])
def test_a_numbered_html_list_before_the_items_closes_the_item_its_marked_entry_names(mark):
    html = ("<div><h1>Handicaprådet – referat</h1><p>Thisted Kommune, 9. juni 2022</p>"
            "<p><strong>Deltagere:</strong> Rita Holm, Ib Sand</p><h2>Dagsorden</h2>"
            f"<ol><li>Velkomst</li><li>Klage over kørsel – {mark}</li><li>Eventuelt</li></ol>"
            "<h3>Ad 1</h3><p>Rita Holm bød velkommen.</p>"
            f"<h3>Ad 2</h3><p>Rådet drøftede en klage fra Ole {SECRET}.</p>"
            "<h3>Ad 3</h3><p>Ib Sand takkede for mødet.</p></div>")
    m = segment(text_to_document(html, "r.html", "html"))
    assert SECRET not in m.text and m.closed_items == 1
    # a bare "Ad 1" has the title of its contents entry
    assert [(i.number, i.title) for i in m.items] == [("1", "Velkomst"), ("3", "Eventuelt")]
    assert all(SECRET not in p.name for p in extract(m).persons)


@pytest.mark.parametrize("margin", ["(fortr.)", "[fortr.]", "(lukk. pkt.)", "Lukket", "Fortroligt"])
def test_a_marker_in_the_left_column_beside_an_items_first_line_closes_the_item(margin):
    gap = " " * (15 - len(margin))
    body = ("Pkt. 1         Velkomst\n               Rita Holm bød velkommen.\n\n"
            f"Pkt. 2         Klage over kørsel\n{margin}{gap}Rådet drøftede en klage fra Ole {SECRET},\n"
            "               som har fået afslag.\n\n"
            "Pkt. 3         Eventuelt\n               Ib Sand takkede for mødet.\n")
    _assert_private(body, ["Velkomst", "Eventuelt"])


def test_a_word_in_the_left_column_that_is_no_marker_closes_nothing():
    body = ("Pkt. 1         Velkomst\n               Rita Holm bød velkommen.\n\n"
            "Pkt. 2         Kørsel\nBeslutning:    Rådet godkendte planen.\n\n"
            "Pkt. 3         Eventuelt\n               Ib Sand takkede for mødet.\n")
    m = _minutes(body)
    assert m.closed_items == 0 and [i.title for i in m.items] == ["Velkomst", "Kørsel", "Eventuelt"]


def _commented_docx(path, comment: str, on_heading: bool = True) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Referat af møde i Handicaprådet, Thisted Kommune")
    document.add_paragraph("Mødedato: 9. juni 2022")
    document.add_paragraph("Deltagere: Rita Holm, Ib Sand")
    document.add_heading("Punkt 1: Velkomst", level=2)
    document.add_paragraph("Rita Holm bød velkommen.")
    heading = document.add_heading("Punkt 2: Klage over kørsel", level=2)
    body = document.add_paragraph(f"Rådet drøftede en klage fra Ole {SECRET}.")
    anchored = heading if on_heading else body
    document.add_comment(anchored.runs, text=comment, author="Rita Holm", initials="RH")
    document.add_heading("Punkt 3: Eventuelt", level=2)
    note = document.add_paragraph("Ib Sand takkede for mødet.")
    document.add_comment(note.runs, text="Husk kaffe til næste gang", author="Ib Sand", initials="IS")
    document.save(path)


@pytest.mark.parametrize("comment, on_heading", [
    ("Lukket pkt. – tages ud, inden referatet offentliggøres", True),
    ("Fortroligt", True),
    ("Fortroligt – slettes før udsendelse", False),
])
def test_a_word_comment_that_marks_a_heading_or_paragraph_closed_closes_it(tmp_path, comment, on_heading):
    from ingest.read import read_document

    _commented_docx(tmp_path / "k.docx", comment, on_heading)
    document = read_document(tmp_path / "k.docx")
    assert "[Kommentar: Husk kaffe til næste gang]" in document.text  # read where it is anchored
    m = segment(document)
    assert SECRET not in m.text
    # on a paragraph the comment closes its paragraph; with no blank line under the heading that is the item
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]
    assert "Ib Sand takkede" in m.text
