"""Privacy round 18 (helper priv18b): a PDF's redaction marked but never applied, and a raw e-mail saved as text.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN,
which must.
"""
from __future__ import annotations

import quopri
from base64 import b64encode
from pathlib import Path

from ingest.read import read_document, text_to_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, pdf_bytes, titles

_LINES = [*HEADER_LINES.splitlines(), "1. Busruter", "Solvang Busser kører videre.", "2. Klage",
          "Karl Quarnbek klager over en nabo.", "Beslutning: Quarnbek får svar.", "3. Eventuelt",
          "Ulla Solvang takkede."]


def _redact(quads: list[tuple[int, int, int, int]], extra: bytes = b"") -> bytes:
    """A /Redact annotation over the boxes (left, bottom, right, top), as Acrobat marks text for redaction."""
    points = " ".join(f"{x0} {y1} {x1} {y1} {x0} {y0} {x1} {y0}" for x0, y0, x1, y1 in quads)
    return (b"<< /Type /Annot /Subtype /Redact /Rect [50 %d 540 %d] /QuadPoints [%s]%s >>"
            % (min(q[1] for q in quads), max(q[3] for q in quads), points.encode(), extra))


def _pdf(tmp_path: Path, annotations: list[bytes]) -> Path:
    drawn = [(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(_LINES)]
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf_bytes(drawn, annotations))
    return path


# the closed item's body lines stand at baselines 780 - 20 * 6 = 660 and 640
_BODY = [(50, 655, 540, 670), (50, 635, 540, 650)]


def test_text_under_a_redact_annotation_is_removed_and_its_overlay_text_closes_the_item(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [_redact(_BODY, b" /OverlayText (Lukket punkt) /Contents (Sv\xe6rtes)")])))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"] and m.closed_items == 1


def test_a_redaction_without_overlay_text_still_removes_its_text_and_closes_the_item(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [_redact(_BODY)])))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_redaction_over_one_word_removes_that_word_only_from_its_line(tmp_path):
    # "Karl Quarnbek klager over en nabo." drawn from x=56 in 11 pt: "Quarnbek" spans about 83-127
    m = segment(read_document(_pdf(tmp_path, [_redact([(82, 655, 128, 670)], b" /OverlayText (Lukket punkt)")])))
    assert SECRET not in m.text.split("Beslutning")[0] and m.text.count(OPEN) == 2
    assert "Busruter" in titles(m) and "Eventuelt" in titles(m)


def test_a_page_without_redactions_reads_as_before(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [])))
    assert m.text.count(SECRET) == 2 and titles(m) == ["Busruter", "Klage", "Eventuelt"]


_MAIL_BODY = ("Kære alle, hermed referatet fra mødet i Seniorrådet.\n\n"
              + HEADER_LINES + "\n1. Busruter\nUlla Solvang fortalte, at Solvang Busser kører videre, og at busserne "
              "fremover kører hver halve time fra stationen.\n\n2. Klage (LUKKET PUNKT)\nKarl Quarnbek klager over "
              "en nabo, der har været ubehagelig over for ham flere gange.\n\n3. Café\nCaféen lukker kl. 13.30 i "
              "sommerferien, fortalte Jørgen Solvang.\n")
_MAIL_HEADERS = ("Return-Path: <ib@sand.dk>\nReceived: from smtp.example.dk by mx.example.dk; Tue, 4 Mar 2025 08:00:01 "
                 "+0100\nFrom: =?utf-8?q?Ib_S=C3=B8nd?= <ib@sand.dk>\nTo: =?utf-8?q?Senior=C3=A5det?= <sr@fanoe.dk>\n"
                 "Subject: =?utf-8?q?Referat_m=C3=B8de_3=2E_marts?=\nDate: Tue, 4 Mar 2025 08:00:00 +0100\n"
                 "Message-ID: <1@sand.dk>\nMIME-Version: 1.0\n")


def _quoted_printable(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def test_a_raw_quoted_printable_mail_saved_as_text_is_decoded_and_its_closed_item_still_closes():
    raw = (_MAIL_HEADERS + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
           + _quoted_printable(_MAIL_BODY))
    assert "=\n" in raw and "=C3=B8" in raw  # soft line breaks and encoded letters, as a mail client writes them
    m = segment(text_to_document(raw, "m.txt", "txt"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3
    assert "Jørgen Solvang" in m.text and "Caféen lukker kl. 13.30" in m.text  # an open item about closing stays
    assert titles(m) == ["Busruter", "Café"] and m.closed_items == 1
    assert "Emne: Referat møde 3. marts" in m.text  # the encoded subject, read
    assert m.header.date == "2025-03-03"  # the meeting's date, not the mail's


def test_a_multipart_mail_prefers_its_plain_text_and_reads_base64():
    html = "<html><body><p>Nothing here but Quarnbek's <b>mail</b></p></body></html>"
    raw = (_MAIL_HEADERS + 'Content-Type: multipart/alternative; boundary="XX"\n\n--XX\n'
           'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
           + b64encode(_MAIL_BODY.encode("utf-8")).decode("ascii") + "\n--XX\n"
           'Content-Type: text/html; charset="utf-8"\n\n' + html + "\n--XX--\n")
    m = segment(text_to_document(raw, "m.txt", "txt"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3
    assert titles(m) == ["Busruter", "Café"]


def test_an_html_only_mail_is_read_as_a_page():
    html = ("<html><body>" + "".join(f"<p>{line}</p>" for line in _MAIL_BODY.split("\n") if line)
            + "</body></html>")
    raw = (_MAIL_HEADERS + 'Content-Type: text/html; charset="iso-8859-1"\nContent-Transfer-Encoding: '
           'quoted-printable\n\n' + quopri.encodestring(html.encode("latin-1")).decode("ascii"))
    m = segment(text_to_document(raw, "m.txt", "txt"))
    assert SECRET not in m.text and m.text.count(OPEN) == 3 and "<p>" not in m.text
    assert titles(m) == ["Busruter", "Café"]


def test_text_that_merely_starts_with_header_like_lines_is_no_mail():
    text = "Fra: Ib Sand\nTil: Seniorrådet\nEmne: Referat\n\n" + HEADER_LINES + "\n1. Busruter\nUlla Solvang=\nkom.\n"
    assert "Ulla Solvang=\nkom." in text_to_document(text, "m.txt", "txt").text
