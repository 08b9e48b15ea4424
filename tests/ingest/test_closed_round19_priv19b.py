"""Privacy round 19 (helper priv19b, fixtures 136 and 138): a mail's attachment named as closed, and a PDF's text
under filled rectangles drawn over it (a redaction that blacked the text out but left it in the text layer).

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN,
which must.
"""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.read import read_document, text_to_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, pdf_bytes, titles

_BODY = ("Kære bestyrelse\n\nHermed referatet. Punkt 2 ligger i den vedhæftede fil.\n\n" + HEADER_LINES
         + "\n1. Busruter\nSolvang Busser kører videre.\n\n2. Klage\nSe vedhæftede fil.\n\n3. Café\n"
         "Caféen lukker kl. 13.30 i sommerferien, fortalte Jørgen Solvang.\n")
_ATTACHED = "Punkt 2. Klage\n\nKarl Quarnbek klager over en nabo. Bestyrelsen svarer Quarnbek skriftligt.\n"


def _mail(attached: str, filename: str, description: str = "") -> str:
    """A multipart/mixed mail as a mail program saves it: the minutes as its text, `attached` as a base64 text file."""
    message = EmailMessage()
    message["From"] = "Ib Sand <ib@sand.dk>"
    message["To"] = "bestyrelsen@fanoe.dk"
    message["Subject"] = "Referat bestyrelsesmøde 3. marts"
    message["Date"] = "Tue, 4 Mar 2025 08:00:00 +0100"
    message["Message-ID"] = "<1@sand.dk>"
    message.set_content(_BODY)
    message.add_attachment(attached, filename=filename, cte="base64")
    if description:
        message.get_payload()[1]["Content-Description"] = description
    return message.as_string()


@pytest.mark.parametrize("filename, description", [
    ("Pkt2_LUKKET_kun_bestyrelsen.txt", ""),
    ("Lukket-punkt-2.txt", ""),
    ("bilag2.txt", "Fortroligt bilag til punkt 2"),
    ("bilag2.txt", "Kun til bestyrelsen"),
])
def test_a_mail_attachment_whose_name_or_description_marks_it_closed_is_left_out_and_counted(filename, description):
    m = segment(text_to_document(_mail(_ATTACHED, filename, description), "m.txt", "txt"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert filename not in m.text  # its name may name the person too ("Klage_fra_Quarnbek_LUKKET.txt")
    assert "Caféen lukker kl. 13.30" in m.text  # an open item about closing stays
    assert titles(m) == ["Busruter", "Klage", "Café"] and m.closed_items == 1


@pytest.mark.parametrize("filename, attached", [
    ("Pkt2_Klage.txt", "Punkt 2. Klage\n\nIb Solvang klager over en nabo.\n"),
    # the name describes a thing its own text calls closed: no closed part
    ("Klubhuset_lukket_i_juli.txt", "Klubhuset er lukket i juli. Ib Solvang har nøglen.\n"),
])
def test_a_mail_attachment_named_as_open_is_still_read(filename, attached):
    m = segment(text_to_document(_mail(attached, filename), "m.txt", "txt"))
    assert m.text.count(OPEN) == 3 and m.closed_items == 0


# the lines of a one-page PDF, drawn 20 points apart from the top (baseline 780 - 20 * n) at x = 56 in 11 pt
_LINES = [*HEADER_LINES.splitlines(), "1. Busruter", "Solvang Busser kører videre.", "2. Ansøgning om fritagelse",
          "Karl Quarnbek søger om fritagelse for kontingent.", "Beslutning: Quarnbek fritages.",
          "3. Klubben lukker i juli", "Klubhuset lukker i juli. Ulla Solvang låser af."]
# rectangles over the closed item's two body lines (baselines 660 and 640): x, y, width, height
_OVER_BODY = "56 657 300 13 re 56 637 300 13 re"


def _pdf(tmp_path: Path, drawn_after: str, resources: bytes = b"") -> Path:
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf_bytes([(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(_LINES)],
                               drawn_after=drawn_after, resources=resources))
    return path


@pytest.mark.parametrize("drawn_after", [
    f"0 0 0 rg {_OVER_BODY} f\n",  # black, as the fixture
    "q 0.2 g 2 0 0 2 0 0 cm 28 328.5 150 6.5 re f 28 318.5 150 6.5 re f Q\n",  # grey, drawn in a scaled space
    f"1 1 1 rg {_OVER_BODY} f\n",  # white: as invisible on the page
])
def test_text_under_an_opaque_rectangle_filled_after_it_is_removed_and_closes_its_item(tmp_path, drawn_after):
    m = segment(read_document(_pdf(tmp_path, drawn_after)))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Klubben lukker i juli"] and m.closed_items == 1


def test_a_rectangle_over_one_word_removes_that_word_and_closes_its_item(tmp_path):
    # "Karl Quarnbek søger …" drawn from x=56 in 11 pt: "Quarnbek" spans about 83-127
    m = segment(read_document(_pdf(tmp_path, "0 0 0 rg 82 657 46 13 re f\n")))
    assert "Karl Quarnbek søger" not in m.text and m.text.count(OPEN) == 2
    assert "Ansøgning om fritagelse" not in titles(m)


_SEETHROUGH = b"/ExtGState << /GS1 << /Type /ExtGState /ca 0.4 >> /GS2 << /Type /ExtGState /BM /Multiply >> >>"


@pytest.mark.parametrize("drawn_after", [
    "",
    "0 0 0 rg 56 638.5 300 0.7 re f 56 658.5 300 0.7 re f\n",  # underlines drawn after the text
    "0 0 0 rg 56 643.5 300 0.8 re f\n",  # a line struck through
    "0 0 0 rg 86 630 0.6 45 re f 146.5 630 0.6 45 re f\n",  # a table's vertical rules, drawn after its cells' text
    f"/GS1 gs 1 1 0 rg {_OVER_BODY} f\n",  # a see-through highlight
    f"/GS2 gs 1 1 0 rg {_OVER_BODY} f\n",  # a highlight that multiplies the colours below it
    f"0 0 0 rg {_OVER_BODY} S\n",  # a frame drawn around the lines, not filled
])
def test_text_left_visible_by_what_is_drawn_after_it_stays(tmp_path, drawn_after):
    m = segment(read_document(_pdf(tmp_path, drawn_after, _SEETHROUGH)))
    assert m.text.count(SECRET) == 2 and m.closed_items == 0
    assert titles(m) == ["Busruter", "Ansøgning om fritagelse", "Klubben lukker i juli"]


def test_a_rectangle_filled_before_the_text_is_its_background(tmp_path):
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf_bytes([(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(_LINES)],
                               drawn_before=f"0.8 0.8 1 rg {_OVER_BODY} f 0 0 0 rg\n"))
    m = segment(read_document(path))
    assert m.text.count(SECRET) == 2 and m.closed_items == 0
