"""Privacy round 20 (fixtures 141 and 142): minutes saved as RTF or as OpenDocument text are read, and what they mark
closed stays out: "Unddraget offentligheden." under an item's heading, an ODT section named as closed ("LukketPunkt4").

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN, which
must.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.errors import ReadError
from ingest.model import Minutes
from ingest.read import read_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, minutes


def _rtf(body: str) -> bytes:
    """An RTF file as WordPad writes it: a font and colour table, a generator, cp1252 hex escapes, CRLF lines."""
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1030{\\fonttbl{\\f0\\fswiss Calibri;}}\r\n"
            "{\\colortbl ;\\red192\\green0\\blue0;}\r\n{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n")
    lines = "".join(f"\\pard\\sa120 {line}\\par\r\n" for line in HEADER_LINES.splitlines())
    text = head + lines + body + "}\r\n"
    return "".join(c if c.isascii() else f"\\'{c.encode('cp1252')[0]:02x}" for c in text).encode("ascii")


def _read(tmp_path: Path, name: str, data: bytes) -> Minutes:
    path = tmp_path / name
    path.write_bytes(data)
    return segment(read_document(path))


_RTF_ITEMS = ("\\pard\\b 1. Klubhuset lukker i sommerferien\\b0\\par\r\n"
              "\\pard Klubhuset lukker i uge 29. Ulla Solvang henter n\\'f8glerne.\\par\r\n"
              "\\pard\\b 2. Henvendelse vedr\\'f8rende hjemmehj\\'e6lp\\b0\\par\r\n"
              "\\pard\\cf1\\i {MARKER}\\i0\\cf0\\par\r\n"
              "\\pard Karl Quarnbek har skrevet til r\\'e5det.\\par\r\n"
              "\\pard\\b 3. Eventuelt\\b0\\par\r\n"
              "\\pard Rita Solvang takkede for m\\'f8det.\\par\r\n")


@pytest.mark.parametrize("marker", ["Unddraget offentligheden.", "Punktet er undtaget fra offentligheden.",
                                    "Unddrages offentligheden"])
def test_rtf_item_withheld_from_the_public_is_closed(tmp_path, marker):
    m = _read(tmp_path, "referat.rtf", _rtf(_RTF_ITEMS.replace("{MARKER}", marker)))
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 2
    assert "Klubhuset lukker i sommerferien" in m.text  # an open item that talks about closing stays
    assert m.closed_items == 1


def test_rtf_comment_and_footnote_are_read_where_anchored(tmp_path):
    items = _RTF_ITEMS.replace("\\pard\\cf1\\i {MARKER}\\i0\\cf0\\par\r\n", "").replace(
        "2. Henvendelse vedr\\'f8rende hjemmehj\\'e6lp",
        "2. Henvendelse{\\*\\atnid RH}{\\*\\atnauthor Rita Holm}\\chatn{\\*\\annotation{\\*\\atnref 1}"
        "\\pard Lukket pkt.\\par tages ud}")
    m = _read(tmp_path, "referat.rtf", _rtf(items))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items == 1
    body = "\\pard Slut{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} Ulla\\par Solvang}.\\par\r\n"
    assert "Slut [Fodnote:  Ulla Solvang]." in read_document(_write(tmp_path, "n.rtf", _rtf(body))).text


@pytest.mark.parametrize("start, end", [
    ("{\\*\\bkmkstart LukketPunkt4}", "{\\*\\bkmkend LukketPunkt4}"),  # around the item
    ("{\\*\\bkmkstart Lukket_punkt}{\\*\\bkmkend Lukket_punkt}", ""),  # on its heading
])
def test_rtf_bookmark_named_as_closed_closes_the_item(tmp_path, start, end):
    items = (_RTF_ITEMS.replace("\\pard\\cf1\\i {MARKER}\\i0\\cf0\\par\r\n", "")
             .replace("\\pard\\b 2.", "\\pard\\b " + start + "2.").replace("til r\\'e5det.", "til r\\'e5det." + end))
    m = _read(tmp_path, "referat.rtf", _rtf(items))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items == 1


def test_rtf_bookmark_with_an_ordinary_name_stays_open(tmp_path):
    items = (_RTF_ITEMS.replace("\\pard\\cf1\\i {MARKER}\\i0\\cf0\\par\r\n", "")
             .replace("\\pard\\b 2.", "\\pard\\b {\\*\\bkmkstart Punkt4}2.")
             .replace("til r\\'e5det.", "til r\\'e5det.{\\*\\bkmkend Punkt4}"))
    m = _read(tmp_path, "referat.rtf", _rtf(items))
    assert "Karl Quarnbek" in m.text and m.text.count(OPEN) == 2 and m.closed_items == 0


def test_unddraget_offentligheden_closes_an_item_of_plain_text_minutes():
    m = minutes("1. Klubhuset lukker i sommerferien\nSolvang henter nøglerne.\n\n2. Henvendelse om hjemmehjælp\n"
                "Unddraget offentligheden.\nQuarnbek har klaget.\n\n3. Eventuelt\nSolvang takkede.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_rtf_escapes_destinations_unicode_tables_and_hidden_text(tmp_path):
    body = ("{\\*\\bkmkstart x}{\\info{\\author Karl Quarnbek}}{\\stylesheet{\\s1 Quarnbek;}}"
            "\\pard \\'c6ldrer\\'e5det\\tab R\\'f8nde\\line Ulla Solvang\\par\r\n"
            "\\pard Gr\\u248?nne omr\\uc2\\u229??der{\\v Quarnbek}\\par\r\n"
            "\\trowd\\cellx2000\\cellx4000\\intbl Deltagere\\cell Ib Sand\\cell\\row\r\n"
            "\\pard {\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt Solvang.dk}}\\par\r\n")
    text = read_document(Path(_write(tmp_path, "r.rtf", _rtf(body)))).text
    assert "Ældrerådet\tRønde\nUlla Solvang" in text
    assert "Grønne områder" in text
    assert "Deltagere\tIb Sand" in text
    assert "Solvang.dk" in text and "HYPERLINK" not in text
    assert SECRET not in text and "Calibri" not in text and "Riched20" not in text


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def _odt(body: str, properties: str = "") -> bytes:
    """An OpenDocument text package (mimetype first and stored, as LibreOffice writes it) holding `body`, and
    `properties` (meta:user-defined elements) in its meta.xml."""
    header = "".join(f"<text:p>{line}</text:p>" for line in HEADER_LINES.splitlines())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} office:version="1.3">'
               f"<office:body><office:text>{header}{body}</office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        archive.writestr("meta.xml", "<office:document-meta "
                         'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
                         ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">'
                         f"<office:meta>{properties}</office:meta></office:document-meta>")
    return out.getvalue()


def _odt_items(section: str) -> str:
    return ('<text:h text:outline-level="2">1. Klubhuset lukker i sommerferien</text:h>'
            "<text:p>Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.</text:p>"
            f'<text:section text:name="{section}" text:protected="true">'
            '<text:h text:outline-level="2">2. Henvendelse om besøgsven</text:h>'
            "<text:p>Karl Quarnbek har lånt penge.</text:p></text:section>"
            '<text:h text:outline-level="2">3. Eventuelt</text:h><text:p>Rita Solvang takkede for mødet.</text:p>')


@pytest.mark.parametrize("section", ["LukketPunkt4", "Lukket_punkt_2", "FortroligtPkt2", "lukket2"])
def test_odt_section_named_as_closed_is_closed(tmp_path, section):
    m = _read(tmp_path, "referat.odt", _odt(_odt_items(section)))
    assert SECRET not in m.text
    assert m.text.count(OPEN) == 2
    assert "Klubhuset lukker i sommerferien" in m.text


@pytest.mark.parametrize("section", ["Sektion1", "Punkt2", "Bilag"])
def test_odt_section_with_an_ordinary_name_stays_open(tmp_path, section):
    m = _read(tmp_path, "referat.odt", _odt(_odt_items(section)))
    assert "Karl Quarnbek" in m.text and m.text.count(OPEN) == 2 and m.closed_items == 0


def _bookmarked_items(start: str, end: str) -> str:
    return ('<text:h text:outline-level="2">1. Klubhuset lukker i sommerferien</text:h>'
            "<text:p>Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.</text:p>"
            f'<text:h text:outline-level="2">{start}2. Henvendelse om besøgsven</text:h>'
            f"<text:list><text:list-item><text:p>Karl Quarnbek har lånt penge.{end}</text:p>"
            "</text:list-item></text:list>"
            '<text:h text:outline-level="2">3. Eventuelt</text:h><text:p>Rita Solvang takkede for mødet.</text:p>')


@pytest.mark.parametrize("start, end", [
    ('<text:bookmark-start text:name="LukketPunkt_2"/>', '<text:bookmark-end text:name="LukketPunkt_2"/>'),
    ('<text:bookmark text:name="Fortroligt2"/>', ""),
])
def test_odt_bookmark_named_as_closed_closes_what_it_spans_or_marks(tmp_path, start, end):
    m = _read(tmp_path, "referat.odt", _odt(_bookmarked_items(start, end)))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items >= 1


def test_odt_bookmark_with_an_ordinary_name_stays_open(tmp_path):
    body = _bookmarked_items('<text:bookmark-start text:name="Punkt2"/>', '<text:bookmark-end text:name="Punkt2"/>')
    m = _read(tmp_path, "referat.odt", _odt(body))
    assert "Karl Quarnbek" in m.text and m.text.count(OPEN) == 2 and m.closed_items == 0


def test_odt_user_defined_property_naming_closed_items_closes_them(tmp_path):
    properties = ('<meta:user-defined meta:name="Sagsnummer">27.69.14-A00-3-25</meta:user-defined>'
                  '<meta:user-defined meta:name="LukkedePunkter">2</meta:user-defined>')
    m = _read(tmp_path, "referat.odt", _odt(_odt_items("Sektion1"), properties))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items >= 1


def test_odt_spans_spaces_lists_tables_and_hidden_text(tmp_path):
    body = ('<text:p>Ældre<text:span>rådet</text:span><text:tab/>Rønde<text:line-break/>'
            'Ulla<text:s text:c="3"/>Solvang'
            '<text:hidden-text text:string-value="Quarnbek" text:is-hidden="true"/></text:p>'
            "<text:list><text:list-item><text:p>Ib Sand</text:p></text:list-item></text:list>"
            "<table:table><table:table-row><table:table-cell><text:p>Deltagere</text:p></table:table-cell>"
            "<table:table-cell><text:p>Rita Holm</text:p><text:p>Ib Sand</text:p></table:table-cell>"
            "</table:table-row></table:table>"
            '<text:section text:name="Sektion9" text:display="none"><text:p>Karl Quarnbek</text:p></text:section>'
            '<text:p>Karl Quarnbek<text:hidden-paragraph text:is-hidden="true"/></text:p>'
            "<text:p>Slut<text:note><text:note-citation>1</text:note-citation>"
            "<text:note-body><text:p>Ulla Solvang</text:p></text:note-body></text:note></text:p>")
    text = read_document(_write(tmp_path, "r.odt", _odt(body))).text
    assert "Ældrerådet\tRønde\nUlla   Solvang" in text
    assert "Deltagere\tRita Holm\n\tIb Sand" in text
    assert "Ib Sand" in text and SECRET not in text
    assert "Slut" in text


def test_broken_odt_names_the_file_and_the_reason(tmp_path):
    path = _write(tmp_path, "brudt.odt", _odt("<text:p>Ulla Solvang</text:p>")[:200])
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ") and "ODT" in caught.value.reason


def test_odt_without_content_names_the_file_and_the_reason(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hej")
    path = _write(tmp_path, "arkiv.odt", out.getvalue())
    with pytest.raises(ReadError, match="content.xml") as caught:
        read_document(path)
    assert caught.value.path == str(path)


@pytest.mark.parametrize("data", [b"{\\rtf1\\ansi Referat af m\\'f8de {\\b Ulla Solvang", b"Referat som tekst"])
def test_truncated_or_false_rtf_names_the_file_and_the_reason(tmp_path, data):
    path = _write(tmp_path, "brudt.rtf", data)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ") and "RTF" in caught.value.reason


def test_unsupported_type_lists_rtf_and_odt(tmp_path):
    path = _write(tmp_path, "referat.pages", b"x")
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert ".odt" in caught.value.reason and ".rtf" in caught.value.reason


def _sections(second_header: str, third_header: str = "") -> bytes:
    """Three sections: item 1, then item 2 alone on pages whose header is `second_header`, then item 3 under
    `third_header` (none: it keeps the one before, as Word's "Link to Previous")."""
    items = _RTF_ITEMS.replace("\\pard\\cf1\\i {MARKER}\\i0\\cf0\\par\r\n", "")
    one, rest = items.split("\\pard\\b 2.")
    two, three = ("\\pard\\b 2." + rest).split("\\pard\\b 3.")
    return _rtf(one + "\\sect\\sectd{\\header\\pard " + second_header + "\\par}\r\n" + two
                + "\\sect\\sectd" + (f"{{\\header\\pard {third_header}\\par}}" if third_header else "") + "\r\n"
                + "\\pard\\b 3." + three)


def test_rtf_section_whose_page_header_says_confidential_is_closed(tmp_path):
    m = _read(tmp_path, "referat.rtf", _sections("FORTROLIGT \\endash  side 2", "Referat \\endash  side 3"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items == 1
    # a watermark is a shape in the header; a section without a header of its own keeps the one before
    watermark = "{\\shp{\\*\\shpinst{\\sp{\\sn gtextUNICODE}{\\sv Lukket m\\'f8de}}}}"
    m = _read(tmp_path, "referat.rtf", _sections(watermark))
    assert SECRET not in m.text and "Rita Solvang takkede" not in m.text and "Ulla Solvang" in m.text


def test_rtf_section_with_an_ordinary_page_header_stays_open(tmp_path):
    m = _read(tmp_path, "referat.rtf", _sections("Seniorr\\'e5det \\endash  side 2"))
    assert SECRET in m.text and m.text.count(OPEN) == 2 and m.closed_items == 0


def _odt_pages(second_header: str, pages_used: int = 2) -> bytes:
    """Item 2 on pages of a page style (master page) whose header is `second_header`, items 1 and 3 on the standard
    pages (`pages_used` 1: the document keeps the standard page style throughout)."""
    ns = _ODT_NS + ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    styles = (f'<office:document-styles {ns}><office:master-styles>'
              '<style:master-page style:name="Standard"><style:header><text:p>Seniorrådet</text:p></style:header>'
              '</style:master-page><style:master-page style:name="Lukket">'
              f'<style:header><text:p>{second_header}</text:p></style:header></style:master-page>'
              '</office:master-styles></office:document-styles>')
    second = "Lukket" if pages_used == 2 else "Standard"
    automatic = ('<office:automatic-styles>'
                 f'<style:style style:name="P1" style:family="paragraph" style:master-page-name="{second}"/>'
                 '<style:style style:name="P2" style:family="paragraph" style:master-page-name="Standard"/>'
                 '</office:automatic-styles>')
    body = ('<text:h text:outline-level="2">1. Klubhuset lukker i sommerferien</text:h>'
            "<text:p>Klubhuset lukker i uge 29. Ulla Solvang henter nøglerne.</text:p>"
            '<text:h text:style-name="P1" text:outline-level="2">2. Henvendelse om besøgsven</text:h>'
            "<text:p>Karl Quarnbek har lånt penge.</text:p>"
            '<text:h text:style-name="P2" text:outline-level="2">3. Eventuelt</text:h>'
            "<text:p>Rita Solvang takkede for mødet.</text:p>")
    header = "".join(f"<text:p>{line}</text:p>" for line in HEADER_LINES.splitlines())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
               f"{automatic}<office:body><office:text>{header}{body}</office:text></office:body>"
               "</office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
    return out.getvalue()


def test_odt_pages_whose_header_says_confidential_are_closed(tmp_path):
    m = _read(tmp_path, "referat.odt", _odt_pages("FORTROLIGT – udgår af det offentlige referat"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2 and m.closed_items == 1


@pytest.mark.parametrize("header, pages_used", [("Seniorrådet – side 2", 2), ("FORTROLIGT", 1)])
def test_odt_pages_with_an_ordinary_header_or_one_page_style_stay_open(tmp_path, header, pages_used):
    m = _read(tmp_path, "referat.odt", _odt_pages(header, pages_used))
    assert SECRET in m.text and m.text.count(OPEN) == 2 and m.closed_items == 0
