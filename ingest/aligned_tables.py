"""Participant tables laid out with spaces in plain text, as a mail or a typewritten list writes them:

    DELTAGERE                         ORGANISATION
    Hanne Holm (tovholder)            Røde Kors Vestby
    Karin Lund               (afb.)   Vestby Kommune, Jobcentret

A heading row whose every cell is a column heading of `data/lexicon/column_headings.tsv`, one of
them the name, makes the rows under it (to the first blank line) a table: each row gets a tab where
a later column starts, in place of a space, so offsets are kept and the table reader takes the row
as it takes a Word table's. A cell that starts left of the next column's heading ("(afb.)") stays in
its column.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load
from ingest.model import Line

_CHUNK = re.compile(r"\S+(?: {1,2}\S+)*")  # text parted from its neighbours by three spaces or more
_GAP = "   "
_SLACK = 2  # a cell may start this many characters left of its column's heading


def column_field(heading: str, first: bool) -> str | None:
    """The field a folded column heading names; the first column headed as the whole list is
    ("Deltagere | Organisation") holds the names."""
    lex = load()
    field = lex.column_headings.get(heading)
    if field is None and first and (listed := lex.headings.get(heading)) is not None and listed.kind == "members":
        return "name"
    return field


def _heading_starts(text: str) -> list[int] | None:
    """Where each column starts, for a heading row of known column headings with a name column."""
    heads = [(m.start(), fold(m.group().rstrip(":"))) for m in _CHUNK.finditer(text)]
    fields = [column_field(h, k == 0) for k, (_, h) in enumerate(heads)]
    if len(heads) < 2 or None in fields or "name" not in fields:
        return None
    return [at for at, _ in heads]


def _tabbed(text: str, starts: list[int]) -> str:
    """`text` with a tab before each cell that opens a later column (as many as columns it moves)."""
    chars, column = list(text), 0
    for m in _CHUNK.finditer(text):
        col = max((k for k, s in enumerate(starts) if s <= m.start() + _SLACK), default=0)
        moved = col - column
        if moved > 0 and m.start() >= moved and text[m.start() - moved : m.start()].isspace():
            chars[m.start() - moved : m.start()] = "\t" * moved
            column = col
    return "".join(chars)


def tab_aligned_tables(lines: list[Line]) -> list[Line]:
    """`lines` with each participant table aligned with spaces written with tabs (see the docstring)."""
    out: list[Line] = []
    starts: list[int] | None = None
    for line in lines:
        if starts is not None and line.text.strip():
            out.append(Line(line.start, _tabbed(line.text, starts)))
            continue
        starts = None
        # cheap test first: a heading row aligned with spaces holds a gap and no tab
        if _GAP in line.text.strip() and "\t" not in line.text and (starts := _heading_starts(line.text)):
            out.append(Line(line.start, _tabbed(line.text, starts)))
            continue
        out.append(line)
    return out
