"""Text a PDF page shows in annotations or sets at a slant (a stamp, a watermark), read into the line it stands beside.

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
_SLANT = 0.1  # tan of the angle past which text is set at a slant, not level (about 6°)
_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # a standard stamp's name: "/NotForPublicRelease"


def page_notes(page: Any) -> list[tuple[float, float, str]]:
    """(bottom, top, note) of each annotation of a page that shows text: its /Contents, or a standard stamp's
    name in words ("/Confidential" → "Confidential") when it has none."""
    notes = []
    for ref in page.get("/Annots") or []:
        annotation = ref.get_object()
        if (box := _tick_box(annotation)) is not None:
            notes.append(box)
            continue
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


BOXES = ("☒", "☐")  # a form's check box as a note: ticked, not ticked


def _tick_box(annotation: Any) -> tuple[float, float, str] | None:
    """A form's check box (a /Btn widget with a state) as (bottom, top, "☒" or "☐"): read before the label beside
    it, "☐ Behandles for lukkede døre:", an option not ticked says nothing (`ingest.read.cells.ticked_options`)."""
    if str(annotation.get("/Subtype")) != "/Widget":
        return None
    field = annotation.get("/Parent").get_object() if annotation.get("/Parent") is not None else annotation
    state = annotation.get("/AS") or annotation.get("/V") or field.get("/V")
    rect = [float(v) for v in annotation.get("/Rect") or ()]
    if str(annotation.get("/FT") or field.get("/FT")) != "/Btn" or state is None or len(rect) != 4:
        return None
    return min(rect[1], rect[3]), max(rect[1], rect[3]), BOXES[1] if str(state) == "/Off" else BOXES[0]


def read_page(page: Any) -> tuple[str, list[tuple[float, str]], list[tuple[float, float, str]]]:
    """The page's text, (baseline, text) of each level piece of text drawn on it, and each slanted piece as a note.

    A watermark or a stamp drawn in the content itself ("LUKKET PUNKT" set slanting across an item) is drawn after
    the text, so extraction puts it at the page's end, away from the item it marks. Text set at a slant (a
    rotation of more than about 6°) is such a stamp: it leaves the page's text and becomes a note, placed as an
    annotation's note is, at the line nearest to the middle of the height it spans."""
    pieces: list[tuple[float, str]] = []
    slanted: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if not text.strip():
            return
        # the text's direction on the page: the text matrix times the current transformation
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if abs(b) > _SLANT * abs(a):
            # how far it rises: its width (half an em a character) along its direction, in the page's units
            rise = len(text.strip()) * 0.5 * float(size or 0) * b
            note = " ".join(text.replace("[", "(").replace("]", ")").split())
            slanted.append((min(baseline, baseline + rise), max(baseline, baseline + rise), f"[Tekstfelt: {note}]"))
        else:
            pieces.append((baseline, text.strip()))

    text = page.extract_text(visitor_text=visit) or ""
    if slanted:  # the slanted text leaves the lines extraction put it on
        drawn = {" ".join(note[len("[Tekstfelt: "):-1].split()) for _, _, note in slanted}
        text = "\n".join(line for line in text.split("\n") if " ".join(line.split()) not in drawn)
    return text, pieces, slanted


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
        elif note in BOXES:  # a box stands before its label
            lines[at] = f"{note} {lines[at].lstrip()}"
        else:
            lines[at] = f"{lines[at].rstrip()} {note}"
    return "\n".join(lines)
