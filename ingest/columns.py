"""People lists laid out in columns aligned with spaces, as a Word or PDF table pasted as text:

    Medlem                                      Stedfortræder
    Abdirahman Osman, formand                   Fadumo Warsame
    (Somalisk Kulturforening)                   (Somalisk Kulturforening)

The heading row names each column (`data/lexicon/column_roles.tsv`); each later line is cut where the
columns start, and a part in parentheses on the line below a name is that name's note.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import LEXICON_DIR, fold
from ingest.model import Line, ParticipantSection

_CHUNK = re.compile(r"\S+(?: {1,2}\S+)*")  # text parted from its neighbours by three spaces or more
_SLACK = 2  # a cell may start this many characters left of its column's heading


@functools.lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, str]]:
    rows = [line.split("\t") for line in (LEXICON_DIR / "column_roles.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {fold(r[0].strip()): (r[1].strip(), r[2].strip()) for r in rows}


def _chunks(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _CHUNK.finditer(text.replace("\t", "   "))]


def _parted(text: str) -> bool:
    """Whether `_chunks(text)` may be more than one: a line whose only whitespace is " " (`str.isprintable` passes no
    other whitespace character), with no tab and never three in a row, parts no text from other text."""
    return "   " in text or "\t" in text or not text.isprintable()


def column_sections(lines: list[Line]) -> list[ParticipantSection]:
    """One section per column of each people list laid out in columns (see the module docstring)."""
    roles, sections = _roles(), []
    for i, line in enumerate(lines):
        if not _parted(line.text):  # cheap test first: most lines are one chunk, no heading row
            continue
        heads = _chunks(line.text)
        if len(heads) < 2 or not all(fold(h) in roles for _, h in heads):
            continue
        starts = [at for at, _ in heads]
        cells: list[list[Line]] = [[] for _ in heads]
        for row in lines[i + 1 :]:
            if not row.text.strip():
                break
            for at, chunk in _chunks(row.text):
                col = max((k for k, s in enumerate(starts) if s <= at + _SLACK), default=0)
                if chunk.startswith("(") and cells[col]:  # the note below a name: "(Somalisk Kulturforening)"
                    cells[col][-1] = Line(cells[col][-1].start, f"{cells[col][-1].text} {chunk}")
                else:
                    cells[col].append(Line(row.start + at, chunk))
        for (_, head), people in zip(heads, cells):
            kind, heading = roles[fold(head)]
            sections.append(ParticipantSection(kind, heading, tuple(people)))
    return sections
