"""Read a file (.txt .md .html .pdf .docx .odt .rtf) into a `Document`: one normalised plain text.

`read_document` does the file work (checks, bytes, decoding or PDF/DOCX/ODT/RTF extraction);
`text_to_document` is pure and does the format's clean-up. Text formats need only the standard
library, so the extractor runs under a bare Python (ODT and RTF too); PDF and DOCX import their packages lazily.

    >>> doc = text_to_document("<p>Mødedato: 7. september 2017</p>", "r.html", "html")
    >>> doc.text, doc.format
    ('Mødedato: 7. september 2017', 'html')
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from ingest.errors import ReadError
from ingest.model import Document
from ingest.read.boxes import unbox_tables
from ingest.read.sheets import unfold_side_by_side
from ingest.read.quotes import unquoted
from ingest.read.cells import join_cell_lines, status_last, ticked_options, unbracket_lists
from ingest.read.files import FORMATS, format_of, iter_paths, read_bytes
from ingest.read.mail import read_mail
from ingest.read.markdown_hidden import drop_comments, read_fenced_divs
from ingest.read.markup import has_html_fragments, html_to_text
from ingest.read.odt import extract_odt
from ingest.read.pdf import clean_pdf_text, extract_pdf
from ingest.read.rtf import extract_rtf
from ingest.read.sidebar import split_sidebar
from ingest.read.word import extract_docx
from ingest.read.text import (clean_markdown, decode_bytes, join_letter_spacing, normalise_text, ocr_closing_words,
                              read_front_matter)

__all__ = ["FORMATS", "iter_paths", "read_document", "text_to_document"]

DEFAULT_MAX_BYTES = 20_000_000
# A whole HTML page saved as .txt is read as HTML, not as text with fragments.
_HTML_DOCUMENT = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document. Raises ReadError (or ReadLimitError) naming the file."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    fmt = format_of(path)
    source = str(path)
    if fmt == "pdf":
        raw = extract_pdf(data, source)
    elif fmt == "docx":
        raw = extract_docx(data, source)
    elif fmt == "odt":
        raw = extract_odt(data, source)
    elif fmt == "rtf":
        raw = extract_rtf(data, source)
    else:
        raw = decode_bytes(data, source, html=fmt == "html")
    document = text_to_document(raw, path.name, fmt)
    if not document.text.strip():
        hint = " (a scanned PDF without a text layer?)" if fmt == "pdf" else ""
        raise ReadError(path, f"no text found{hint}")
    return dataclasses.replace(document, source="sha256:" + hashlib.sha256(data).hexdigest()[:16])


def text_to_document(text: str, name: str, fmt: str) -> Document:
    """Turn the raw text of a file of format `fmt` into a Document. Pure.

    - html, or a .txt/.md holding a whole HTML page: converted to text;
    - txt/md holding a raw e-mail: its shown headers and decoded body (`ingest/read/mail.py`), then as txt;
    - txt/md: HTML comments and hidden fenced divs dropped (`ingest/read/markdown_hidden.py`), HTML fragments
      converted, markdown bold markers and link syntax dropped;
    - pdf (pages separated by form feeds): page numbers dropped, hyphenation undone;
    - docx, odt, rtf: as extracted.
    Then every format: newlines, NFC, spaces and blank lines normalised; tables drawn with rules and
    tables exported one cell per line read into rows.
    `doc_id` hashes the final text, so the same text read from two files is one document.
    """
    if fmt not in FORMATS.values():
        raise ReadError(name, f"unknown format {fmt!r}; known: {', '.join(sorted(set(FORMATS.values())))}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if fmt in ("txt", "md") and (mail := read_mail(text)) is not None:
        text = mail  # a raw e-mail saved as text: its headers and decoded body, as a mail program shows them
    if fmt == "html" or (fmt in ("txt", "md") and _HTML_DOCUMENT.match(text)):
        text = html_to_text(text)
    elif fmt in ("txt", "md"):
        # what the rendered page never shows goes first, whatever it says: HTML comments, hidden fenced divs
        text = read_fenced_divs(drop_comments(text))
        if has_html_fragments(text):
            text = html_to_text(text, fragment=True)
        # The .txt minutes are mostly markdown exports too ("Mødedato **23. februar 2017**").
        text = unquoted(clean_markdown(read_front_matter(text)))  # "> Til stede: …" in a reply, a block quote
    elif fmt == "pdf":
        text = clean_pdf_text(text)
    text = ocr_closing_words(normalise_text(text))
    text = ticked_options(status_last(unbracket_lists(join_cell_lines(unfold_side_by_side(unbox_tables(split_sidebar(join_letter_spacing(text))))))))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Document(doc_id=f"doc:{digest}", name=name, format=fmt, text=text)
