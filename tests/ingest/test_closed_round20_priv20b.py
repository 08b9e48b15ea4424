"""Privacy round 20 (helper priv20b, fixtures 145–147): a PDF's optional-content layer that is off by default or named
as closed, a Word bookmark named as closed around an item, and a Word section whose page header holds a watermark
that says confidential.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN, which
must.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.model import Minutes
from ingest.read import read_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, HEADER_LINES, OPEN, SECRET, pdf_file, titles

# the lines of a one-page PDF, 20 points apart from the top; item 2 (lines 5-7) is drawn inside a layer
_LINES = [*HEADER_LINES.splitlines(), "1. Klubhuset lukker i sommerferien", "Klubhuset lukker i juli. Ulla Solvang låser.",
          "2. Henvendelse om nabostrid", "Karl Quarnbek har bedt om hjælp.", "Beslutning: Quarnbek henvises til hegnssynet.",
          "3. Eventuelt", "Rita Solvang takkede for mødet."]
_LAYERED = range(5, 8)


def _layered_pdf(layer: str, default: str) -> bytes:
    """A one-page PDF drawing item 2 inside the optional-content group named `layer` (marked content `/OC /oc1 BDC`
    … `EMC`), with `default` the entries of the catalog's default configuration (`/OFF [7 0 R]`)."""
    def drawn(n: int, text: str) -> str:
        line = f"BT /F1 11 Tf 1 0 0 1 56 {780 - 20 * n} Tm ({text}) Tj ET\n"
        return {_LAYERED[0]: "/OC /oc1 BDC\n" + line, _LAYERED[-1]: line + "EMC\n"}.get(n, line)

    stream = "".join(drawn(n, text) for n, text in enumerate(_LINES)).encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [7 0 R] /D << /Order [7 0 R] "
               + default.encode() + b" >> >> >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> /Properties << /oc1 7 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               b"<< /Producer (test) >>",
               b"<< /Type /OCG /Name (" + layer.encode("latin-1") + b") >>"]
    return pdf_file(objects, version=b"1.6", trailer=b"/Info 6 0 R")


def _read_bytes(tmp_path: Path, data: bytes, suffix: str) -> Minutes:
    path = tmp_path / f"m.{suffix}"
    path.write_bytes(data)
    return segment(read_document(path))


@pytest.mark.parametrize("layer, default", [
    ("Lukket punkt", "/OFF [7 0 R]"),  # as the fixture: named closed and off
    ("Noter", "/OFF [7 0 R]"),  # off by default, whatever its name
    ("Layer 1", "/BaseState /OFF"),  # every layer off unless listed as on
    ("Lukket punkt", "/ON [7 0 R]"),  # shown, but named closed
    ("Fortroligt_pkt2", ""),
])
def test_a_pdf_layer_off_by_default_or_named_closed_is_not_read(tmp_path, layer, default):
    m = _read_bytes(tmp_path, _layered_pdf(layer, default), "pdf")
    assert SECRET not in m.text and "nabostrid" not in m.text
    assert m.text.count(OPEN) == 2 and "Klubhuset lukker i juli" in m.text  # an open item about closing stays


@pytest.mark.parametrize("layer, default", [("Noter", "/ON [7 0 R]"), ("Klubhuset lukker", ""), ("Noter", "/BaseState /OFF /ON [7 0 R]")])
def test_a_pdf_layer_shown_by_default_and_not_named_closed_is_read(tmp_path, layer, default):
    m = _read_bytes(tmp_path, _layered_pdf(layer, default), "pdf")
    assert m.text.count(SECRET) == 2 and m.text.count(OPEN) == 2 and m.closed_items == 0


def _word_minutes() -> tuple[WordDocument, list]:
    """Three Heading 1 items; item 2 names SECRET, items 1 and 3 name OPEN. Returns the document and item 2's
    paragraphs (heading, text, decision)."""
    doc = WordDocument()
    for line in HEADER.strip().splitlines():
        doc.add_paragraph(line)
    doc.add_heading("1. Klubhuset lukker i sommerferien", level=1)
    doc.add_paragraph("Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.")
    closed = [doc.add_heading("2. Henvendelse om hjemmehjælp", level=1),
              doc.add_paragraph("Karl Quarnbek har klaget over sin rengøring."),
              doc.add_paragraph("Beslutning: Sekretæren svarer Quarnbek.")]
    doc.add_heading("3. Eventuelt", level=1)
    doc.add_paragraph("Rita Solvang takkede for mødet.")
    return doc, closed


def _docx(doc: WordDocument) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _bookmarked(name: str, start: int = 0, end: int = 2) -> bytes:
    """The minutes with a bookmark `name` from the start of item 2's paragraph `start` to the end of paragraph `end`."""
    doc, closed = _word_minutes()
    closed[start]._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="7" w:name="{name}"/>'))
    closed[end]._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="7"/>'))
    return _docx(doc)


@pytest.mark.parametrize("name", ["LukketPunkt_2", "lukket_punkt", "Fortroligt2", "PKT2_LUKKET", "Lukket-punkt"])
def test_a_word_bookmark_named_closed_closes_the_text_it_spans(tmp_path, name):
    m = _read_bytes(tmp_path, _bookmarked(name), "docx")
    assert SECRET not in m.text and "hjemmehjælp" not in m.text
    assert m.text.count(OPEN) == 2 and "Klubhuset lukker i uge 29" in m.text
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Eventuelt"]


def test_a_word_bookmark_named_closed_inside_an_item_closes_only_what_it_spans(tmp_path):
    m = _read_bytes(tmp_path, _bookmarked("Lukket", start=1, end=1), "docx")
    assert SECRET in m.text and "Karl Quarnbek" not in m.text and m.text.count(OPEN) == 2


@pytest.mark.parametrize("name", ["_GoBack", "_Toc2", "Klubhuset_lukker", "Punkt2", "Henvendelse"])
def test_a_word_bookmark_with_another_name_closes_nothing(tmp_path, name):
    m = _read_bytes(tmp_path, _bookmarked(name), "docx")
    assert m.text.count(SECRET) == 2 and m.text.count(OPEN) == 2 and m.closed_items == 0


_WATERMARK = ('<w:r {ns}><w:pict><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136" '
              'style="position:absolute;rotation:315" fillcolor="silver" stroked="f">'
              '<v:textpath style="font-family:&quot;Calibri&quot;" string="{text}"/></v:shape></w:pict></w:r>')


def _sectioned(watermark: str) -> bytes:
    """The minutes in three sections, item 2 alone in section 2, whose own header holds a watermark `watermark`;
    every header also reads the body's name."""
    doc = WordDocument()
    for line in HEADER.strip().splitlines():
        doc.add_paragraph(line)
    doc.add_heading("1. Klubhuset lukker i sommerferien", level=1)
    doc.add_paragraph("Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.")
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_heading("2. Henvendelse om hjemmehjælp", level=1)
    doc.add_paragraph("Karl Quarnbek har klaget over sin rengøring.")
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_heading("3. Eventuelt", level=1)
    doc.add_paragraph("Rita Solvang takkede for mødet.")
    for n, section in enumerate(doc.sections):
        section.header.is_linked_to_previous = False
        paragraph = section.header.paragraphs[0]
        paragraph.text = "Seniorrådet – referat 3. marts 2025"
        if n == 1:
            paragraph._p.append(parse_xml(_WATERMARK.format(ns=nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"', text=watermark)))
    return _docx(doc)


@pytest.mark.parametrize("watermark", ["FORTROLIGT", "Lukket punkt", "Fortroligt – må ikke offentliggøres"])
def test_a_word_section_whose_header_watermark_says_closed_is_closed(tmp_path, watermark):
    m = _read_bytes(tmp_path, _sectioned(watermark), "docx")
    assert SECRET not in m.text and "hjemmehjælp" not in m.text
    assert m.text.count(OPEN) == 2 and "Klubhuset lukker i uge 29" in m.text
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Eventuelt"]


@pytest.mark.parametrize("watermark", ["KLADDE", "UDKAST"])
def test_a_word_section_whose_watermark_says_draft_is_read(tmp_path, watermark):
    m = _read_bytes(tmp_path, _sectioned(watermark), "docx")
    assert m.text.count(SECRET) == 1 and m.text.count(OPEN) == 2 and m.closed_items == 0
