"""Text a PDF marks for redaction but still holds: removed, with the redaction's overlay text in its place.

Acrobat's "Mark for redaction" draws a `/Redact` annotation whose `/QuadPoints` cover the text to be removed; the
text itself stays in the page's content until someone chooses "Apply redactions", and minutes are published before
that is done. By the format's own meaning, text under a redaction is no part of the document: each word whose
middle lies inside one of the boxes is dropped, and the first gap of each annotation gets a note of what applying it
would show, its `/OverlayText` ("[Tekstfelt: Lukket punkt]"). A redaction is made to keep a passage out of the
published minutes, so a note whose overlay says no such thing also says "udeladt af referatet", a closing phrase of
the lexicon (`data/lexicon/closed_markers.txt`): the item it stands in is closed. Text painted over by an opaque
rectangle drawn after it (`ingest/read/pdf_covers.py`) is removed the same way, with a note that says it was covered.
"""
from __future__ import annotations

import re
from typing import Any

from ingest.closed import closed_title
from ingest.read.pdf_covers import Box, Painting, hides

_EM = 0.5  # an average letter's width in ems: where a word of a piece of text stands, estimated from its position
_REMOVED = "udeladt af referatet"  # what the note says when the overlay text does not say it
_COVERED = f"[Tildækket: {_REMOVED}]"  # the note of a rectangle painted over text
_ON_TOP = float("inf")  # an annotation is shown over all of the page's content


def redactions(page: Any) -> list[tuple[list[Box], str]]:
    """(boxes, note) of each `/Redact` annotation of a page: its quadrilaterals (or its rectangle), and the note."""
    found = []
    for ref in page.get("/Annots") or []:
        annotation = ref.get_object()
        if str(annotation.get("/Subtype")) != "/Redact":
            continue
        points = [float(v) for v in annotation.get("/QuadPoints") or ()]
        quads = [points[k:k + 8] for k in range(0, len(points) - 7, 8)]
        boxes = [(min(q[0::2]), min(q[1::2]), max(q[0::2]), max(q[1::2])) for q in quads]
        rect = [float(v) for v in annotation.get("/Rect") or ()]
        if not boxes and len(rect) == 4:
            boxes = [(min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3]))]
        overlay = " ".join(str(annotation.get("/OverlayText") or "").replace("[", "(").replace("]", ")").split())
        said = overlay if closed_title(overlay) else " – ".join(filter(None, (overlay, _REMOVED)))
        if boxes:
            found.append((boxes, f"[Tekstfelt: {said}]"))
    return found


def redact_page(page: Any, text: str) -> str:
    """`text`, a page's extracted text, without the words its `/Redact` annotations cover and those an opaque
    rectangle drawn after them hides (see the module)."""
    annotated = redactions(page) if "/Annots" in page else []
    pieces: list[tuple[float, float, float, str, int]] = []  # left, baseline, width of a letter, text, when drawn
    painting = Painting(page)

    def visit(drawn: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if drawn.strip():
            scale = abs(tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
            left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            baseline = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((left, baseline, _EM * float(size or 0) * scale, drawn, painting.drawn))

    page.extract_text(visitor_text=visit, visitor_operand_before=painting.visit)
    # (boxes, note, drawn when, whether the box need only hold the baseline) of each mark over the text
    marked = [(boxes, note, _ON_TOP, True) for boxes, note in annotated]
    marked += [([box], _COVERED, drawn, False) for box, drawn in painting.fills
               if any(when < drawn and _hidden(box, piece) for piece in pieces for when in [piece[4]])]
    if not marked:
        return text
    lines = text.split("\n")
    evened = [" ".join(line.split()) for line in lines]
    placed: set[int] = set()
    ending: list[str] = []
    for n, (left, baseline, width, drawn, when) in enumerate(pieces):
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", drawn)]
        covering = [next((k for k, (boxes, _, after, level) in enumerate(marked) if when < after and any(
            box[0] <= left + (at + len(word) / 2) * width <= box[2] and box[1] <= baseline <= box[3] if level
            else hides(box, left + (at + len(word) / 2) * width, baseline, width / _EM) for box in boxes)),
            None) for at, word in words]
        if all(k is None for k in covering):
            continue
        kept: list[str] = []
        for (_, word), k in zip(words, covering):
            if k is None:
                kept.append(word)
            elif k not in placed:
                placed.add(k)
                kept.append(marked[k][1])
        target = " ".join(drawn.split())
        occurrence = sum(1 for piece in pieces[:n] if " ".join(piece[3].split()) == target)
        at = next(iter([i for i, line in enumerate(evened) if target in line][occurrence:]), None)
        if at is None:  # not found as drawn: its covered words leave every line, and the note ends the page
            for (_, word), k in zip(words, covering):
                if k is not None and len(word) > 2:
                    lines = [re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", "", line) for line in lines]
            ending += [marked[k][1] for k in sorted({k for k in covering if k is not None})]
            continue
        pattern = r"\s+".join(map(re.escape, target.split()))
        lines[at] = re.sub(pattern, lambda _: " ".join(kept), lines[at], count=1)
    return "\n".join([line for line, before in zip(lines, evened) if line.strip() or not before] + ending)


def _hidden(box: Box, piece: tuple[float, float, float, str, int]) -> bool:
    """Whether a filled rectangle hides a letter of a piece of text (`hides`), wherever in the piece it stands."""
    left, baseline, width, drawn, _ = piece
    return any(hides(box, left + (k + 0.5) * width, baseline, width / _EM)
               for k, letter in enumerate(drawn) if not letter.isspace())
