"""The heading row of an agenda laid out as a table of text columns, cut from the people list above it.

A Word table saved as text writes its heading row as words spaced apart ("Punkt   Drøftelse
Beslutning"). Under a "Gæst:" line with no blank lines enough between, the list reader took the row
for one more guest. A row of two or more cells, each a word of `data/lexicon/agenda_columns.txt`, is
the agenda's heading: it and whatever follows it in the same section are no people.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, rows
from ingest.model import ParticipantSection

_CELL_GAP = re.compile(r"\s{2,}|\t|\s*\|\s*")
_TWO_SPACES = re.compile(r"\s\s")


@functools.lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in rows("agenda_columns.txt"))


def agenda_heading_row(text: str) -> bool:
    """Whether a line is an agenda table's heading row: two or more cells, each an agenda column heading.

    >>> agenda_heading_row("Punkt      Drøftelse      Beslutning"), agenda_heading_row("Karen Holm  Ydby IF")
    (True, False)
    """
    # cheap test first: a row of two cells holds a gap of `_CELL_GAP` (a tab, a bar or two spaces), most lines none
    if "\t" not in text and "|" not in text and not _TWO_SPACES.search(text):
        return False
    cells = [c for c in _CELL_GAP.split(text.strip()) if c]
    return len(cells) >= 2 and all(fold(c.rstrip(":")) in _headings() for c in cells)


def without_agenda_rows(sections: tuple[ParticipantSection, ...]) -> tuple[ParticipantSection, ...]:
    """The sections, each cut at an agenda table's heading row (a section left empty is dropped)."""
    if not any(agenda_heading_row(line.text) for s in sections for line in s.lines):
        return sections
    kept = []
    for section in sections:
        cut = next((k for k, line in enumerate(section.lines) if agenda_heading_row(line.text)), len(section.lines))
        if cut:
            kept.append(ParticipantSection(section.kind, section.heading, section.lines[:cut], section.columns))
    return tuple(kept)
