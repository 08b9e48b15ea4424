"""Initiatives listed in a table, one per row: "Indsats | Partnere | Status" over "Lektiecafé Strand |
Røde Kors | Kører mandag", "Ansøger | Aktivitet | Beløb" over "Vestby IF | Cricket for nye borgere | 8.000 kr.".

A status overview or a list of applications names each initiative once, in the cell under a column
headed by a kind of initiative (`data/lexicon/initiative_columns.txt`), and never again in a sentence
the other readers understand. A table reaches this reader as rows of cells parted by tabs (HTML,
Word) or pipes (Markdown, plain text); the rows below the heading row are read until a row leaves
the column empty.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import LEXICON_DIR, fold

_MAX_WORDS = 8
_CELL = re.compile(r"[^\t|]+")
# a sum row and an association's own routine event ("Foreningens nytårsfest") name no initiative
_NOT_NAMES = ("i alt", "total", "sum")
_OWN = ("foreningens", "klubbens", "vores", "egen", "eget")


@functools.lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    rows = (LEXICON_DIR / "initiative_columns.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(fold(r.strip()) for r in rows if r.strip() and not r.startswith("#"))


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a table row with their offsets in the line, empty cells kept (as "")."""
    sep = "\t" if "\t" in line else "|"
    inner = line.strip()
    lead = line.find(inner) if inner else 0
    if sep == "|":
        inner = inner.strip("|")
        lead = line.find(inner, lead) if inner else lead
    cells, at = [], lead
    for part in inner.split(sep):
        stripped = part.strip()
        cells.append((at + part.find(stripped) if stripped else at, stripped))
        at += len(part) + 1
    return cells


def _is_name(cell: str) -> bool:
    words = cell.split()
    low = fold(cell)
    return (0 < len(words) <= _MAX_WORDS and cell[0].isalpha() and not cell.endswith(".")
            and low not in _NOT_NAMES and fold(words[0]) not in _OWN)


def table_initiatives(chunk: str) -> list[tuple[str, int, int]]:
    """The initiatives a table in `chunk` lists under an initiative column: (name, start, end)."""
    if "\t" not in chunk and "|" not in chunk:
        return []  # cheap test first: most minutes hold no table
    found: list[tuple[str, int, int]] = []
    column = None  # the index of the initiative column of the table being read
    at = 0
    for line in chunk.splitlines(keepends=True):
        start, at = at, at + len(line)
        if "\t" not in line and "|" not in line:
            column = None
            continue
        cells = _cells(line.rstrip("\r\n"))
        if column is not None:
            if cells[0][1] and set(cells[0][1]) <= set("-:= "):
                continue  # a Markdown rule under the heading row
            cell_at, cell = cells[column] if column < len(cells) else (0, "")
            if not cell:
                column = None
                continue
            if _is_name(cell):
                found.append((cell, start + cell_at, start + cell_at + len(cell)))
            continue
        filled = [i for i, (_, c) in enumerate(cells) if c]
        heading = next((i for i in filled if fold(cells[i][1]) in _headings()), None)
        if heading is not None and len(filled) >= 2:
            column = heading
    return found
