"""A PDF page set in two columns, read column by column.

pypdf reads a page in the order its content stream draws it. A generator that draws a two-column page row by row
puts the two columns' lines side by side ("Deltagere   Ulvsgaard Tingleff, Søndergade 11, …"): an item of the
right column is cut into the lines of the left one, and a closed item's text runs on into open ones. pypdf's
layout reading keeps each line's characters where they stand on the page; a gutter, a run of spaces ending at the
same place on many lines with text on both sides, shows the two columns, and the page is read left column first.

A table is no two columns of text: its cells leave their columns short of the gap and have gaps of their own, so
only lines of prose that run up to the gutter on both sides count.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import median

_GAP = re.compile(r"\S( {4,})(?=\S)")
_MIN_ROWS = 6  # lines with text on both sides of the gutter
_MIN_WIDTH = 30  # characters: a column of prose is at least this wide
_FULL = 0.4  # a column's lines reach this far towards the gutter (median), as wrapped prose does


def two_columns(layout: str) -> str | None:
    """The page's text left column first, then right, when its layout reading shows two columns of prose; else None.

    >>> page = "\\n".join(f"venstre spalte, tekstlinje nummer {i}      højre spalte, en lidt længere tekstlinje {i}"
    ...                   for i in range(6))
    >>> two_columns(page).split("\\n")[5:8]
    ['venstre spalte, tekstlinje nummer 5', '', 'højre spalte, en lidt længere tekstlinje 0']
    """
    lines = layout.split("\n")
    gutters = Counter(m.end(1) for line in lines if "    " in line for m in _GAP.finditer(line))
    if not gutters:
        return None
    at, rows = gutters.most_common(1)[0]
    if rows < _MIN_ROWS or at < _MIN_WIDTH:
        return None
    split = [line for line in lines if len(line) > at and line[at - 1] == " " and line[at] != " " and line[:at].strip()]
    lefts, rights = [line[:at].rstrip() for line in split], [line[at:].rstrip() for line in split]
    if (median(len(left.strip()) for left in lefts) < max(_FULL * at, _MIN_WIDTH * 0.8)
            or median(len(right) for right in rights) < _MIN_WIDTH
            or sum("    " in part.strip() for part in lefts + rights) > len(split) // 5):
        return None
    left_column, right_column = [], []
    for line in lines:
        if len(line) > at and line[at - 1] != " " and line[at - 2:at].strip():  # a line across both columns
            left_column.append(line.strip())
            continue
        left_column.append(line[:at].strip())
        if line[at:].strip():
            right_column.append(line[at:].strip())
    return "\n".join(left_column).strip("\n") + "\n\n" + "\n".join(right_column)
