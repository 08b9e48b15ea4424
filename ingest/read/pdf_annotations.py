"""Text a PDF page shows in annotations, read into the line it stands beside.

A secretariat stamps a closed item in the viewer rather than in the text: a red "LUKKET PUNKT" FreeText or Stamp
annotation beside the item's heading is shown by every viewer and printed, but it is no part of the page's content
stream, so text extraction never sees it. Each such note is added to the line of text nearest to it on the page, as
Word's text boxes and comments are (`ingest/read/word.py`): "4. Henvendelse om hjælpemidler [Tekstfelt: LUKKET
PUNKT]"; a sticky note is a "[Kommentar: …]". The segmenter reads a closed marker there as it does in Word.
"""
from __future__ import annotations

import re
from typing import Any

# annotation kinds that show text on the page, and how the note is written into the line
_KINDS = {"/FreeText": "Tekstfelt", "/Stamp": "Tekstfelt", "/Text": "Kommentar"}
_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # a standard stamp's name: "/NotForPublicRelease"


def page_notes(page: Any) -> list[tuple[float, float, str]]:
    """(bottom, top, note) of each annotation of a page that shows text: its /Contents, or a standard stamp's
    name in words ("/Confidential" → "Confidential") when it has none."""
    notes = []
    for ref in page.get("/Annots") or []:
        annotation = ref.get_object()
        kind = _KINDS.get(str(annotation.get("/Subtype")))
        if kind is None:
            continue
        text = str(annotation.get("/Contents") or "").strip()
        if not text and kind == "Tekstfelt" and annotation.get("/Name"):
            text = _CAPITAL.sub(" ", str(annotation["/Name"]).lstrip("/"))
        rect = [float(v) for v in annotation.get("/Rect") or ()]
        if text and len(rect) == 4:
            note = " ".join(text.replace("[", "(").replace("]", ")").split())
            notes.append((min(rect[1], rect[3]), max(rect[1], rect[3]), f"[{kind}: {note}]"))
    return notes


def line_heights(page: Any) -> tuple[str, list[tuple[float, str]]]:
    """The page's text as pypdf extracts it, and (baseline, text) of each piece of text drawn on it."""
    pieces: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if text.strip():
            pieces.append((tm[5] * cm[3] + cm[5], text.strip()))

    return page.extract_text(visitor_text=visit) or "", pieces


def place_notes(text: str, pieces: list[tuple[float, str]], notes: list[tuple[float, float, str]]) -> str:
    """`text` with each note added to the line holding the piece of text nearest to it (by height on the page);
    a note no line can be found for stands on a line of its own at the page's end.

    >>> place_notes("3. Budget\\n4. Klage\\nAnna", [(520, "3. Budget"), (498, "4. Klage"), (482, "Anna")],
    ...             [(490, 516, "[Tekstfelt: LUKKET PUNKT]")])
    '3. Budget\\n4. Klage [Tekstfelt: LUKKET PUNKT]\\nAnna'
    """
    lines = text.split("\n")
    evened = [" ".join(line.split()) for line in lines]
    for bottom, top, note in notes:
        middle = (bottom + top) / 2
        nearest = min(range(len(pieces)), default=None,
                      key=lambda n: (max(bottom - pieces[n][0], pieces[n][0] - top, 0.0), abs(pieces[n][0] - middle)))
        # the same text may be drawn twice ("4. Klage" in the agenda and as the heading): the same occurrence
        target = " ".join(pieces[nearest][1].split()) if nearest is not None else ""
        occurrence = sum(1 for height, piece in pieces[:nearest] if " ".join(piece.split()) == target)
        at = next(iter([i for i, line in enumerate(evened) if target and target in line][occurrence:]), None)
        if at is None:
            lines.append(note)
        else:
            lines[at] = f"{lines[at].rstrip()} {note}"
    return "\n".join(lines)
