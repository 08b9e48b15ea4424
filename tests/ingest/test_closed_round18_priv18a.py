"""Privacy round 18 (fixtures 126 and 131): a note says text marked in a colour is removed before publishing.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN, which
must.
"""
from __future__ import annotations

from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.read import read_document
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


def test_word_highlights_without_such_a_note_close_nothing(tmp_path):
    m = _word_minutes(tmp_path, "Gul markering: punkter til opfølgning. Grøn markering er en huskeliste.")
    assert m.text.count(SECRET) == 2 and m.closed_items == 0
