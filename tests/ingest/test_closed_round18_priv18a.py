"""Privacy round 18 (fixtures 126 and 131): a note says text marked in a colour is removed before publishing.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN, which
must.
"""
from __future__ import annotations

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.read import read_document, text_to_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, OPEN, SECRET, titles

YELLOW_NOTE = ("NB til webredaktøren: Tekst med gul markering skal slettes, inden referatet lægges på hjemmesiden. "
               "Grøn markering er blot en huskeliste.")


def _word_minutes(tmp_path, note: str, shade: bool = False):
    """Minutes with `note` at the top; in the open item 2 a yellow paragraph, a run of yellow inside an open
    paragraph and (with `shade`) a yellow-shaded paragraph name SECRET; a green paragraph names OPEN."""
    doc = WordDocument()
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    doc.add_paragraph(note)
    doc.add_paragraph("1. Klubhuset lukker i sommerferien")
    doc.add_paragraph("Klubhuset lukker i uge 29. Solvang Busser henter nøglerne.")
    green = doc.add_paragraph().add_run("Husk: Ulla Solvang sætter skilt op.")
    green.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    doc.add_paragraph("2. Frivillige")
    doc.add_paragraph("Der er 63 besøgsvenner, oplyste Per Solvang.")
    doc.add_paragraph().add_run("En besøgsven, Karl Quarnbek, har fået en advarsel.").font.highlight_color = (
        WD_COLOR_INDEX.YELLOW)
    mixed = doc.add_paragraph()
    mixed.add_run("Bestyrelsen takkede Ib Solvang. ")
    mixed.add_run("Sagen om Quarnbek følges op.").font.highlight_color = WD_COLOR_INDEX.YELLOW
    if shade:
        shaded = doc.add_paragraph("Ellen Quarnbek klager også.")
        shaded._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="FFFF00"/>'))
    doc.add_paragraph("3. Eventuelt")
    doc.add_paragraph("Rita Solvang takkede for mødet.")
    path = tmp_path / "m.docx"
    doc.save(path)
    return segment(read_document(path))


def test_word_text_highlighted_in_the_colour_a_note_says_is_deleted_is_closed(tmp_path):
    m = _word_minutes(tmp_path, YELLOW_NOTE, shade=True)
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 5  # the green reminder stays, and so does the open run beside the yellow one
    assert m.closed_items >= 1
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Frivillige", "Eventuelt"]


@pytest.mark.parametrize("note", [
    "Gul markering: punkter til opfølgning. Grøn markering er en huskeliste.",
    "Gul markering skal ikke slettes, når referatet lægges på hjemmesiden.",
    "Den gule markering på p-pladsen fjernes i maj.",  # no word for the published minutes
])
def test_word_highlights_without_such_a_note_close_nothing(tmp_path, note):
    m = _word_minutes(tmp_path, note)
    assert m.text.count(SECRET) == 2 and m.closed_items == 0


PAGE = ("<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm, Ib Sand</p>"
        "{note}<table><tr><td style=\"background:#D9E2F3\">Pkt.</td><td style=\"background:#D9E2F3\">Emne</td>"
        "<td style=\"background:#D9E2F3\">Beslutning</td></tr>"
        "<tr><td>1</td><td>Klubhuset lukker</td><td>Solvang Busser henter nøglerne.</td></tr>"
        "<tr><td style=\"background:#F4B083\">2</td><td style=\"background:#F4B083\">Henvendelse</td>"
        "<td style=\"background:#F4B083\">Karl Quarnbek er sagt op.</td></tr>"
        "<tr><td>3</td><td>Eventuelt</td><td>Natcaféen lukker kl. 6, sagde Ulla Solvang.</td></tr></table>"
        "<p style=\"background:#FBE4D5\">Ellen Quarnbek takkede rådet.</p><p>Referent: Ib Solvang</p>")
SWATCH_NOTE = ("<p><span style=\"background:#F4B083\">&nbsp;&nbsp;&nbsp;</span>&nbsp;Farvemarkerede rækker fjernes, "
               "før protokollen sendes til hjemmesiden.</p>")


def test_page_rows_in_the_colour_of_a_notes_swatch_are_closed():
    m = segment(text_to_document(PAGE.format(note=SWATCH_NOTE), "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3
    assert m.closed_items >= 1


def test_a_page_note_naming_a_colour_closes_that_colour_only():
    note = "<p>Tekst med orange baggrund udgår, før referatet offentliggøres. Blå baggrund er overskrifter.</p>"
    m = segment(text_to_document(PAGE.format(note=note), "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3
    blue = PAGE.format(note="<p>Tekst med blå baggrund udgår, før referatet offentliggøres.</p>")
    m = segment(text_to_document(blue, "m.html", "html"))
    assert m.text.count(SECRET) == 2 and m.text.count(OPEN) == 3


def test_page_colours_without_a_note_close_nothing():
    m = segment(text_to_document(PAGE.format(note="<p>Farverne viser punkternes emner.</p>"), "m.html", "html"))
    assert m.text.count(SECRET) == 2 and m.closed_items == 0


def test_a_page_paragraph_or_a_highlighted_span_in_the_named_colour_is_framed_and_an_unclosed_one_ends():
    page = ("<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm</p>"
            "<p>Gulmarkeret tekst slettes, før referatet lægges på hjemmesiden.</p>"
            "<h2>1. Klubhuset lukker i sommerferien</h2><p>Solvang Busser henter nøglerne. "
            "<span style='background:yellow;mso-highlight:yellow'>Karl Quarnbek har fået en advarsel.</span></p>"
            "<p style='background:#FFFF00'>Ellen Quarnbek klager.<p>Ulla Solvang takkede.</p>"
            "<h2>2. Eventuelt</h2><p>Rita Solvang sluttede.</p>")
    m = segment(text_to_document(page, "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Eventuelt"]


def test_a_word_table_row_with_a_cell_shaded_in_the_named_colour_is_closed(tmp_path):
    doc = WordDocument()
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    doc.add_paragraph("Rækker med orange baggrund fjernes, før referatet offentliggøres.")
    table = doc.add_table(rows=4, cols=3)
    rows = (("Pkt.", "Emne", "Beslutning"), ("1", "Klubhuset lukker", "Solvang Busser henter nøglerne."),
            ("2", "Henvendelse", "Karl Quarnbek er sagt op."), ("3", "Eventuelt", "Ulla Solvang takkede."))
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    for cell in table.rows[2].cells:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="F4B083"/>'))
    path = tmp_path / "m.docx"
    doc.save(path)
    m = segment(read_document(path))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
