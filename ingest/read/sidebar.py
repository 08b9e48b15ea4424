"""A page in two columns, as PDF text keeps it: a sidebar of header fields on the left shares its
lines with the agenda items on the right:

    Mødedato                    1. Godkendelse af dagsorden
    22. maj 2012                Godkendt.
    Til stede                   2. Lokaletilskud 2012
    Ida Holm (A), formand       Klubben har søgt om …

Read line by line, the header mixes with the items: "Til stede" lists item text and the date line
is the first item. The sidebar is read first and the items after it, each column as a block of
its own. The items' column is the one where numbered items start after a run of spaces; only a
page with two numbered items there is read so, so that a people table in columns
("Medlem   Stedfortræder") is left to `ingest/columns.py`.
"""
from __future__ import annotations

import re
from collections import Counter

_ITEM_AFTER_GAP = re.compile(r"(?:^| {3})( *)(?=\d{1,2}\.[ \t]+\S)")  # "   2. Lokaletilskud"
_ITEM = re.compile(r"\d{1,2}\.[ \t]+\S")
_GAP = "   "  # what parts the columns of a PDF page: three spaces or more


def _item_column(lines: list[str]) -> int | None:
    """The column where numbered items start after a gap, when two items or more start there."""
    starts: Counter[int] = Counter()
    for line in lines:
        if _GAP in line:  # cheap test first: most lines have no gap
            for m in _ITEM_AFTER_GAP.finditer(line):
                if m.end() > 0:
                    starts[m.end()] += 1
    column, count = starts.most_common(1)[0] if starts else (0, 0)
    return column if count >= 2 and column >= 12 else None


def _fits(line: str, column: int) -> bool:
    """Whether a line keeps to the two columns: its left part ends before the column, with a gap."""
    left, right = line[:column], line[column:]
    if not right or not left.strip():
        return True
    return left.endswith("  ") and not right[0].isspace()


def split_sidebar(text: str) -> str:
    """`text` with a page's sidebar laid out before its items (see the module docstring)."""
    if text.count(_GAP) < 8:
        return text  # cheap test first: a page in columns has many gaps
    lines = text.split("\n")
    column = _item_column(lines)
    if column is None:
        return text
    first = last = next(i for i, line in enumerate(lines) if _fits(line, column) and _ITEM.match(line, column))
    while first > 0 and _fits(lines[first - 1], column):
        first -= 1
    while last + 1 < len(lines) and _fits(lines[last + 1], column):
        last += 1
    while not lines[first].strip():
        first += 1  # the blank lines above the page's columns stay above them
    left: list[str] = []
    right: list[str] = []
    for line in lines[first : last + 1]:
        for part, stream in ((line[:column].strip(), left), (line[column:].strip(), right)):
            if part or (stream and stream[-1]):
                stream.append(part)  # a part left empty ends its column's block
    return "\n".join(lines[:first] + left + [""] + right + lines[last + 1 :])
