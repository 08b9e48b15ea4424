"""Invented minutes the tests of the closed-part rules share (privacy red-team rounds 7–13).

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN,
which must.
"""
from __future__ import annotations

from collections.abc import Sequence

from ingest.model import Minutes
from ingest.read import text_to_document
from ingest.segment import segment

SECRET, OPEN = "Quarnbek", "Solvang"
HEADER_LINES = "Referat af møde i Seniorrådet, Fanø Kommune\nMødedato: 3. marts 2025\nDeltagere: Rita Holm, Ib Sand\n"
HEADER = HEADER_LINES + "\n"
HTML_HEADER = "<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm, Ib Sand</p>"


def minutes(body: str, name: str = "m.txt", header: str = HEADER) -> Minutes:
    """The segmented minutes of `header` + `body`, read as a file called `name` (its extension gives the format)."""
    return segment(text_to_document(header + body, name, name.rsplit(".", 1)[-1]))


def titles(m: Minutes) -> list[str]:
    return [item.title for item in m.items]


def pdf_bytes(texts: list[tuple[str, str]], annotations: Sequence[bytes] = (), drawn_after: str = "",
              resources: bytes = b"", drawn_before: str = "") -> bytes:
    """A one-page PDF drawing each (text matrix, text) with Helvetica between the operators `drawn_before` and
    `drawn_after` (with `resources`, e.g. "/ExtGState << … >>", beside the font), with `annotations`
    (dictionaries) on the page."""
    stream = (drawn_before + "".join(f"BT /F1 11 Tf {matrix} Tm ({text}) Tj ET\n" for matrix, text in texts)
              + drawn_after).encode("latin-1")
    first = 6  # the annotations' object numbers follow the five below
    annots = b" /Annots [" + " ".join(f"{first + k} 0 R" for k in range(len(annotations))).encode() + b"]" if annotations else b""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> " + resources + b" >>" + annots + b" >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", *annotations]
    return pdf_file(objects)


def pdf_file(objects: Sequence[bytes], version: bytes = b"1.4", trailer: bytes = b"") -> bytes:
    """A PDF file of `objects` (numbered from 1, the first the catalog) with its cross-reference table;
    `trailer`: more entries of the trailer ("/Info 6 0 R")."""
    out, offsets = bytearray(b"%PDF-" + version + b"\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, b" " + trailer if trailer else b"", xref)
    return bytes(out)
