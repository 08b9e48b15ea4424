"""Privacy round 19 (fixtures 134 and 140): a Word document's custom property names its closed items, and text in a
font colour a reader cannot see (white on white) or that a note says is removed.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN, which
must.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor

from ingest.model import Minutes
from ingest.read import read_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, OPEN, SECRET, titles

_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def _with_custom_properties(data: bytes, properties: dict[str, str]) -> bytes:
    """A DOCX package with a docProps/custom.xml part of `properties`, as a case-management system adds one."""
    rows = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{n}" name="{name}">'
                   f"<vt:lpwstr>{value}</vt:lpwstr></property>" for n, (name, value) in enumerate(properties.items(), 2))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{rows}</Properties>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", f'<Override PartName="/docProps/custom.xml" '
                                                       f'ContentType="{_CUSTOM_TYPE}"/></Types>'.encode())
            elif entry.filename == "_rels/.rels":
                content = content.replace(b"</Relationships>", f'<Relationship Id="rIdCustom" Type="{_CUSTOM_REL}" '
                                                               'Target="docProps/custom.xml"/></Relationships>'.encode())
            target.writestr(entry, content)
        target.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def _read(tmp_path: Path, doc: WordDocument, properties: dict[str, str] | None = None) -> Minutes:
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path / "m.docx"
    path.write_bytes(_with_custom_properties(buffer.getvalue(), properties) if properties else buffer.getvalue())
    return segment(read_document(path))


def _property_minutes() -> WordDocument:
    """Three items, none marked in the text; item 2 names SECRET, items 1 and 3 name OPEN."""
    doc = WordDocument()
    for line in HEADER.strip().splitlines():
        doc.add_paragraph(line)
    doc.add_heading("1. Klubhuset lukker i sommerferien", level=1)
    doc.add_paragraph("Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.")
    doc.add_heading("2. Henvendelse om hjemmehjælp", level=1)
    doc.add_paragraph("Karl Quarnbek har klaget over sin rengøring.")
    doc.add_heading("3. Eventuelt", level=1)
    doc.add_paragraph("Rita Solvang takkede for mødet.")
    return doc


@pytest.mark.parametrize("name, value", [
    ("LukkedePunkter", "2"), ("Lukkede punkter", "2"), ("ClosedItems", "2"), ("lukkede_punkter", "[2]"),
    ("LukkedePunkter", "Pkt. 2 og 5"),
])
def test_a_custom_document_property_naming_closed_items_closes_them(tmp_path, name, value):
    m = _read(tmp_path, _property_minutes(), {"Sagsnummer": "27.69.14-A00-3-25", "Offentlighed": "Delvis", name: value})
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 2
    assert m.closed_items >= 1
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Eventuelt"]


@pytest.mark.parametrize("properties", [
    {"Punkter": "2"}, {"Sagsnummer": "2"}, {"LukkedePunkter": ""}, {"LukkedePunkter": "Ingen"},
    {"Udvalg": "Lukkede punkter 2"},  # a property's value is no property's name
])
def test_custom_properties_that_name_no_closed_item_close_nothing(tmp_path, properties):
    m = _read(tmp_path, _property_minutes(), properties)
    assert SECRET in m.text and m.closed_items == 0
    assert len(titles(m)) == 3


WHITE_NOTE = ("Til sekretariatet: Oplysninger om enkeltpersoner er gjort usynlige (hvid skrift) i denne version, så "
              "den kan lægges på hjemmesiden.")


def _coloured_minutes(note: str, colour: RGBColor = RGBColor(0xFF, 0xFF, 0xFF)) -> WordDocument:
    """An open item 2 with an open sub-point a) and a sub-point b) in font `colour` naming SECRET, and a run of that
    colour inside an open paragraph; a paragraph of white text on dark shading names OPEN, as do blue headings."""
    doc = WordDocument()
    for line in HEADER.strip().splitlines():
        doc.add_paragraph(line)
    if note:
        doc.add_paragraph(note)
    doc.add_heading("1. Klubhuset lukker i sommerferien", level=1)
    doc.add_paragraph("Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.")
    banner = doc.add_paragraph()
    banner.add_run("Husk sommerfesten, siger Per Solvang.").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    banner._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="1F3864"/>'))
    doc.add_heading("2. Henvendelser", level=1)
    doc.add_paragraph("a) Vandværket spørger om støtte. Ib Solvang skriver brevet.")
    doc.add_paragraph().add_run("b) Karl Quarnbek kan ikke klare sin have.").font.color.rgb = colour
    doc.add_paragraph().add_run("Bestyrelsen kontakter Quarnbek direkte.").font.color.rgb = colour
    mixed = doc.add_paragraph()
    mixed.add_run("Lokalrådet takkede Bo Solvang. ")
    mixed.add_run("Sagen om Quarnbek følges op.").font.color.rgb = colour
    blue = doc.add_paragraph()
    blue.add_run("Mødet sluttede, sagde Eva Solvang.").font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    doc.add_heading("3. Eventuelt", level=1)
    doc.add_paragraph("Rita Solvang takkede for mødet.")
    return doc


def test_white_text_a_note_says_is_made_invisible_is_closed_and_the_rest_of_the_item_stays(tmp_path):
    m = _read(tmp_path, _coloured_minutes(WHITE_NOTE))
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 6  # white text on dark shading is seen, and stays
    assert m.closed_items >= 1
    assert titles(m) == ["Klubhuset lukker i sommerferien", "Henvendelser", "Eventuelt"]


def test_white_text_on_white_is_unseen_without_a_note(tmp_path):
    m = _read(tmp_path, _coloured_minutes(""))
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 6


def test_text_in_a_font_colour_a_note_says_is_deleted_is_closed(tmp_path):
    note = "NB: Tekst med rød skrift slettes, inden referatet lægges på hjemmesiden."
    m = _read(tmp_path, _coloured_minutes(note, RGBColor(0xC0, 0x00, 0x00)))
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 6  # the blue run stays: the note names red
    assert m.closed_items >= 1


@pytest.mark.parametrize("note", [
    "",
    "NB: Tekst med rød skrift er nye forslag.",  # no word of removal
    "NB: Tekst med rød markering slettes, inden referatet lægges på hjemmesiden.",  # a highlight, not the font
])
def test_coloured_text_without_a_note_on_its_font_colour_stays(tmp_path, note):
    m = _read(tmp_path, _coloured_minutes(note, RGBColor(0xC0, 0x00, 0x00)))
    assert m.text.count(SECRET) == 3 and m.closed_items == 0


def test_white_text_in_a_table_whose_style_may_shade_it_stays(tmp_path):
    doc = _coloured_minutes(WHITE_NOTE)
    table = doc.add_table(rows=2, cols=2)
    table._tbl.tblPr.append(parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="Gittertabel4-farve1"/>'))
    table.cell(0, 0).paragraphs[0].add_run("Opgave").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    table.cell(0, 1).paragraphs[0].add_run("Ansvarlig Åse Solvang").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    table.cell(1, 0).text, table.cell(1, 1).text = "Skilt", "Ib Sand"
    m = _read(tmp_path, doc)
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 7
