"""PDF to text with `pypdf` (imported lazily), and the clean-up PDF text needs.

Extraction keeps the PDF's line breaks; the segmenter rejoins broken lines, because only it
knows whether a line ends a heading. Here we only drop page numbers and undo hyphenation.
"""
from __future__ import annotations

import io
import re
import time
from typing import Any

from ingest.closed import closed_title
from ingest.errors import IngestError, LimitError, ReadError
from ingest.read.pdf_annotations import page_notes, place_notes, read_page
from ingest.read.pdf_columns import two_columns
from ingest.read.pdf_covers import may_paint_over_text
from ingest.read.pdf_layers import drop_hidden_text, hidden_layers
from ingest.read.pdf_redactions import redact_page

PAGE_BREAK = "\f"
_MAX_SECONDS = 120.0

# A page number is unmistakable in words ("Side 3 af 8") and anywhere; as a bare number
# ("3", "- 3 -", "3/8") only among the first or last lines of a page, where footers sit, and
# of at most three digits, so a year ("2018") on a line of its own is not taken for one.
_PAGE_WORDS = re.compile(r"\s*(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\s*", re.IGNORECASE)
_PAGE_BARE = re.compile(r"\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}(?:\s*/\s*\d{1,3})?)\s*")
_EDGE_LINES = 2

_HYPHENS = ("-", "\u00ad", "\u2010")
# "Beskæftigelses-\nog Integrationsudvalget": a hyphen before a conjunction elides a shared
# word part ("Beskæftigelses- og Integrationsudvalget"); it is not a word broken in two.
_CONJUNCTIONS = frozenset({"og", "eller", "samt", "som", "end", "men", "el", "hhv", "resp", "and", "or"})


def extract_pdf(data: bytes, source: str) -> str:
    """The text of each page, pages separated by a form feed. ReadError for encrypted or corrupt files."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError
    except ImportError as exc:
        raise ReadError(source, "reading PDF needs the 'pypdf' package: pip install pypdf") from exc
    if b"%PDF-" not in data[:1024]:
        raise ReadError(source, "not a PDF file (no %PDF header)")
    deadline = time.monotonic() + _MAX_SECONDS
    pages: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(source, "encrypted PDF")
        hidden = hidden_layers(reader)
        for page in reader.pages:
            if hidden:  # text in a layer a viewer does not show, or named as closed, is no part of the page
                drop_hidden_text(page, reader, hidden)
            # a stamp or note shown beside the text is no part of it: read with where each piece of text stands
            text, pieces, slanted = read_page(page)
            notes = (page_notes(page) if "/Annots" in page else []) + slanted
            # a page drawn row by row across two columns mixes their lines: read it column by column
            if "    " in text or len(text) > 400:
                text = two_columns(page.extract_text(extraction_mode="layout") or "") or text
            text = place_notes(text, pieces, notes) if notes else text
            # text marked for redaction but never removed, or painted over by an opaque box, is no part of the page
            text = redact_page(page, text) if "/Annots" in page or may_paint_over_text(page) else text
            pages.append(text)
            if time.monotonic() > deadline:
                raise LimitError(source, f"PDF text extraction took over {_MAX_SECONDS:.0f} s")
        if closed := _closed_bookmarks(reader):
            pages[-1] += f"\n\n{closed}"
    except IngestError:
        raise
    except DependencyError as exc:
        raise ReadError(source, f"encrypted PDF ({exc})") from exc
    # pypdf reports malformed files with many exception types (PdfReadError, ValueError,
    # KeyError, struct.error, zlib.error, ...); each becomes a ReadError carrying its reason.
    except Exception as exc:
        raise ReadError(source, f"corrupt PDF: {exc or type(exc).__name__}") from exc
    return PAGE_BREAK.join(pages)


_NUMBERED_TITLE = re.compile(r"^\s*(?:pkt\.?\s*|punkt\s+)?(\d{1,2})\b", re.IGNORECASE)


def _closed_bookmarks(reader: Any) -> str:
    """A line naming the items a PDF's bookmarks group under a closed heading ("Lukkede punkter" › "4. Henvendelse
    …"): "Lukkede punkter: 4", read at the end of the text, where it names the items it closes (`closed_numbers`).
    The bookmarks are the minutes' table of contents in every viewer; the page text may carry no marker at all."""
    try:
        outline = reader.outline
    except Exception:  # a broken outline is no reason to lose the minutes
        return ""
    numbers: list[str] = []

    def walk(entries: list[Any], closed: bool) -> None:
        for k, entry in enumerate(entries):
            if isinstance(entry, list):
                continue
            title = str(getattr(entry, "title", "") or "")
            children = entries[k + 1] if k + 1 < len(entries) and isinstance(entries[k + 1], list) else []
            if closed and (m := _NUMBERED_TITLE.match(title)):
                numbers.append(m.group(1))
            walk(children, closed or closed_title(title))

    walk(list(outline or []), False)
    return f"Lukkede punkter: {', '.join(numbers)}" if numbers else ""


def clean_pdf_text(text: str) -> str:
    """Drop page-number lines, undo hyphenation at line ends, and join the pages with a blank line.

        >>> clean_pdf_text("Side 1 af 2\\nom integra-\\ntion af flygtninge\\n1\\fBeskæftigelses-\\nog\\n2")
        'om integration\\naf flygtninge\\n\\nBeskæftigelses- og'
    """
    pages = [_dehyphenate(_drop_page_numbers(page.split("\n"))) for page in text.split(PAGE_BREAK)]
    return "\n\n".join("\n".join(lines).strip("\n") for lines in pages)


def _drop_page_numbers(lines: list[str]) -> list[str]:
    lines = [line for line in lines if not _PAGE_WORDS.fullmatch(line)]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])
    return [line for i, line in enumerate(lines) if not (i in edges and _PAGE_BARE.fullmatch(line))]


def _dehyphenate(lines: list[str]) -> list[str]:
    """"integra-\\ntion af" -> "integration\\naf": the word moves up, the line break stays."""
    out = [line.rstrip() for line in lines]
    i = 0
    while i < len(out) - 1:
        line, following = out[i], out[i + 1].lstrip()
        word = following.split(maxsplit=1)[0] if following else ""
        if not (
            len(line) >= 2 and line.endswith(_HYPHENS) and line[-2].isalpha() and word[:1].islower()
        ):
            i += 1
            continue
        if word.rstrip(".,;:").lower() in _CONJUNCTIONS:
            joined = f"{line[:-1]}- {word}"
        elif line[-1] == "-" and line[-2].isupper():
            joined = line + word  # "EU-\nborgere" -> "EU-borgere"
        else:
            joined = line[:-1] + word
        rest = following[len(word) :].lstrip()
        out[i] = joined
        if rest:
            out[i + 1] = rest
            i += 1
        else:
            del out[i + 1]  # the joined line may end in a hyphen again: look at it once more
    return out
