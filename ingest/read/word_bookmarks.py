"""A Word bookmark whose name says closed, framing the text it spans as a closed part.

A bookmark (Indsæt › Bogmærke) names a stretch of a document, from `w:bookmarkStart` to the `w:bookmarkEnd` with the
same `w:id`, which may lie paragraphs further on. A case system's template names the stretch it cuts out of the
public export so ("LukketPunkt_4" from an item's heading to its decision), and that name is then the only mark of a
closed item: it shows nowhere on the page. A bookmark whose name, split into words (`ingest/read/names.py`), is a
closed marker has the paragraphs and tables it touches framed by paragraphs "Lukket del" … "Åben del", which the
segmenter closes as it closes a closed part of the minutes; Word's own bookmarks ("_GoBack", "_Toc…", "_Ref…") and
any other name close nothing.
"""
from __future__ import annotations

from typing import Any

from ingest.read.frames import CLOSED_END, CLOSED_START
from ingest.read.names import closed_name

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def frame_closed_bookmarks(body: Any) -> None:
    """Frame, in a python-docx `body` element, the blocks each bookmark named as closed spans (see the module)."""
    if body.find(f".//{_W}bookmarkStart") is None:  # cheap test first: most minutes have no bookmark
        return
    starts = [mark for mark in body.iter(f"{_W}bookmarkStart") if closed_name(mark.get(f"{_W}name") or "")]
    if not starts:
        return
    ends = {mark.get(f"{_W}id"): mark for mark in body.iter(f"{_W}bookmarkEnd")}
    blocks = list(body)
    spans: list[tuple[int, int]] = []
    for start in starts:
        end = ends.get(start.get(f"{_W}id"))
        first = blocks.index(_block(body, start))
        last = blocks.index(_block(body, end)) if end is not None else first
        spans.append((min(first, last), max(first, last)))
    merged: list[list[int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    for first, last in reversed(merged):  # from the end, so the blocks before keep their places
        for text in reversed(CLOSED_END):  # each right after the block: the last one added comes first
            blocks[last].addnext(_paragraph(text))
        for text in CLOSED_START:
            blocks[first].addprevious(_paragraph(text))


def _block(body: Any, element: Any) -> Any:
    """The child of `body` (a paragraph, a table, a content control) that holds `element`."""
    while element.getparent() is not body:
        element = element.getparent()
    return element


def _paragraph(text: str) -> Any:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    run = f"<w:r><w:t>{text}</w:t></w:r>" if text else ""
    return parse_xml(f"<w:p {nsdecls('w')}>{run}</w:p>")
