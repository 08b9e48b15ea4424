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

CHUNK = re.compile(r"\S+(?: {1,2}\S+)*")  # text parted from its neighbours by three spaces or more
_GAP = "   "
_SLACK = 2  # a cell may start this many characters left of its column's heading


def column_field(heading: str, first: bool) -> str | None:
    """The field a folded column heading names; the first column headed as the whole list is
    ("Deltagere | Organisation") holds the names."""
    lex = load()
    field = lex.column_headings.get(heading)
    if field is None and " / " in heading:  # "Forening / udpeget af": alternatives that agree
        fields = {lex.column_headings.get(part.strip()) for part in heading.split(" / ")}
        field = fields.pop() if len(fields) == 1 else None
    if field is None and first and (listed := lex.headings.get(heading)) is not None and listed.kind == "members":
        return "name"
    return field


def _heading_starts(text: str) -> list[int] | None:
    """Where each column starts, for a heading row of known column headings with a name column."""
    heads = _row_heads(text)
    fields = [column_field(h, k == 0) for k, (_, h) in enumerate(heads)]
    if len(heads) < 2 or None in fields or "name" not in fields:
        return None
    return [at for at, _ in heads]


def _heads(chunk: re.Match[str]) -> list[tuple[int, str]]:
    """(start, folded heading) of a chunk of a heading row; two short headings one space apart ("Init. Navn" over
    "KB    Karsten Bruun") are two columns when each word is a heading and the chunk is none."""
    folded = fold(chunk.group().rstrip(":"))
    words = list(re.finditer(r"\S+", chunk.group()))
    if len(words) == 2 and folded not in load().column_headings \
            and all(fold(w.group().rstrip(":")) in load().column_headings for w in words):
        return [(chunk.start() + w.start(), fold(w.group().rstrip(":"))) for w in words]
    return [(chunk.start(), folded)]


def column_at(starts: list[int], at: int) -> int:
    """The column a cell starting at `at` is in: the last whose heading starts at or before it (with `_SLACK`)."""
    return max((k for k, s in enumerate(starts) if s <= at + _SLACK), default=0)


def _tabbed(text: str, starts: list[int], heading: bool = False) -> str:
    """`text` with a tab before each cell that opens a later column (as many as columns it moves); the heading row's
    cells are its headings, two of them one space apart included."""
    chars, column = list(text), 0
    cells = [at for at, _ in _row_heads(text)] if heading else [m.start() for m in CHUNK.finditer(text)]
    for at in cells:
        col = column_at(starts, at)
        moved = col - column
        if moved > 0 and at >= moved and text[at - moved : at].isspace():
            chars[at - moved : at] = "\t" * moved
            column = col
    return "".join(chars)


def _row_heads(text: str) -> list[tuple[int, str]]:
    return [head for m in CHUNK.finditer(text) for head in _heads(m)]


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
            out.append(Line(line.start, _tabbed(line.text, starts, heading=True)))
            continue
        out.append(line)
    return out
