"""A sign-in sheet typed in columns side by side, as a transcript of a paper list writes it:

    Navn                Forening               Navn              Forening
    Inge-Lise Brandt    Ældre Sagen Dragør     Morten Kaas       Røde Kors Dragør
    Hamid Rahimi        Venligboerne Dragør    Jytte Wulff       Dragør Sogns
                                                                 Menighedspleje

A heading row aligned with spaces whose column headings repeat one group, each group opening with a name
column (`data/lexicon/column_headings.tsv`), is read as one table per group, one after the other: the heading
once, then each group's rows as tab-separated cells, so the table reader takes them as it takes a Word
table. A row with no name in a group carries on the group's row above, cell by cell: a cell's words
wrapped onto a line of their own ("Menighedspleje"), a word hyphenated at the break joined
("Sundheds-" / "udvalget").
"""
from __future__ import annotations

import functools

from ingest.aligned_tables import CHUNK, column_at  # the cells and columns of a table aligned with spaces
from ingest.lexicon import fold, load

_RULE = frozenset("-=_ ")


@functools.cache
def _name_headings() -> tuple[str, ...]:
    return tuple(h for h, field in load().column_headings.items() if field == "name")


def _repeating_lines(lowered: str) -> set[int]:
    """The offsets where lines start that hold a name column's heading twice, in the lower-cased text (a cheap
    test: most documents have none, and only these lines can head a sheet)."""
    found = set()
    for heading in _name_headings():
        at = lowered.find(heading)
        while at >= 0:
            again = lowered.find(heading, at + len(heading))
            if again < 0:
                break
            line_end = lowered.find("\n", at)
            if line_end < 0 or again < line_end:
                found.add(lowered.rfind("\n", 0, at) + 1)
            at = again
    return found


def _groups(line: str) -> list[list[tuple[int, str]]] | None:
    """The column groups of a heading row that repeats one group of known headings, each a list of
    (start, heading as written), or None."""
    if "\t" in line:
        return None
    chunks = [(m.start(), m.group()) for m in CHUNK.finditer(line)]
    fields = [load().column_headings.get(fold(text.rstrip(":"))) for _, text in chunks]
    if len(chunks) < 4 or None in fields or fields[0] != "name":
        return None
    size = fields.index("name", 1) if "name" in fields[1:] else len(fields)
    if len(fields) % size or any(fields[k:k + size] != fields[:size] for k in range(0, len(fields), size)):
        return None
    return [chunks[k:k + size] for k in range(0, len(chunks), size)]


def _cells(line: str, groups: list[list[tuple[int, str]]]) -> list[list[str]]:
    """A row's cells, group by group: each chunk in the last column whose heading starts at or before it."""
    starts = [at for group in groups for at, _ in group]
    cells = [""] * len(starts)
    for m in CHUNK.finditer(line):
        column = column_at(starts, m.start())
        cells[column] = f"{cells[column]} {m.group()}".strip()
    size = len(groups[0])
    return [cells[k:k + size] for k in range(0, len(cells), size)]


def _carried(above: str, below: str) -> str:
    """A cell's text wrapped onto the next row: "Sundheds-" / "udvalget" is one word, else two."""
    if not above or not below:
        return above or below
    if above.endswith("-") and below[:1].islower() and not above.endswith(" -"):
        return above[:-1] + below
    return f"{above} {below}"


def _table(rows: list[str], groups: list[list[tuple[int, str]]]) -> list[str]:
    """The rows of each group one after the other, a row with no name joined to the row above it."""
    by_group: list[list[list[str]]] = [[] for _ in groups]
    for row in rows:
        for kept, cells in zip(by_group, _cells(row, groups)):
            if not any(cells):
                continue
            if not cells[0] and kept:  # no name: the row above goes on
                kept[-1] = [_carried(a, b) for a, b in zip(kept[-1], cells)]
            else:
                kept.append(cells)
    heading = "\t".join(text for _, text in groups[0])
    return [heading] + ["\t".join(cells) for kept in by_group for cells in kept]


def unfold_side_by_side(text: str) -> str:
    """The text with each sign-in sheet in columns side by side read as one table (see the docstring).

    >>> unfold_side_by_side("Navn     Forening     Navn     Forening\\nAnna Berg   Ydby IF   Ole Dam   Ydby Spejder\\n")
    'Navn\\tForening\\nAnna Berg\\tYdby IF\\nOle Dam\\tYdby Spejder\\n'
    """
    # lower() keeps the length of Danish text; where it changes one, a line start found off by it is still tested
    # by `_groups` itself, so it can only miss a sheet, never make one
    candidates = _repeating_lines(text.lower())
    if not candidates:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = at = 0
    while i < len(lines):
        groups = _groups(lines[i]) if at in candidates else None
        at += len(lines[i]) + 1
        if groups is None:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip():  # the table runs to the first blank line
            j += 1
        rows = [row for row in lines[i + 1 : j] if not set(row) <= _RULE]
        out.extend(_table(rows, groups))
        at += sum(len(line) + 1 for line in lines[i + 1 : j])
        i = j
    return "\n".join(out)
