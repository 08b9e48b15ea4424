"""Agenda tables that say which items are closed: a status column, a "public?" column, a marked row.

A table row is a line of cells split by "|" or tabs (or, with a closed status column, by aligned
spaces) whose first cell is an item number. An agenda table before the items may be the only place
an item is marked closed ("3 | Tilskud til enkeltperson | Fortrolig"), so the segmenter closes the
item of the row's number and title below it too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.closed import CELL_SEPARATOR, ROW_NUMBER, closed_title, has_closing_phrase, numbered_cells, uses_legend
from ingest.closed_keys import is_marker_cell
from ingest.lexicon import fold, load

_SPACED = re.compile(r"\S {3,}(?=\S)")  # a gap of 3+ spaces between two words: a column of a plain-text table
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")  # "(J/N)", "[ja/nej]" after a column's heading


def _spaced_cells(text: str) -> list[str]:
    """The cells of a plain-text agenda row aligned by spaces whose last cell is a closed marker
    ("3. Henvendelse fra borger            Lukket"), else []: a right-aligned status column."""
    if "|" in text or "\t" in text or "   " not in text or not _SPACED.search(text):  # cheap tests first
        return []
    cells = [c.strip() for c in re.split(r" {3,}", text.strip())]
    return cells if len(cells) >= 2 and ROW_NUMBER.match(cells[0]) and is_marker_cell(cells[-1]) else []


def _row_cells(text: str) -> list[str]:
    """The cells of a table row, split by "|", tabs or (with a closed status column) by aligned spaces."""
    return numbered_cells(text) or _spaced_cells(text)


def closed_row_titles(lines: Sequence[str], rows: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The folded titles of closed table rows: an agenda table before the items says which item is
    closed ("3 | Tilskud til enkeltperson | Fortrolig"), the item itself may not. `rows`: the
    `closed_rows` of `lines`, found once for both this and `closed_row_numbers`."""
    titles = set()
    for a, _ in rows:
        cells = _row_cells(lines[a])
        title = fold(re.sub(r"^\(?\d{1,2}\)?[.)]?\s*", "", cells[0])) or fold(cells[1])
        if title and not is_marker_cell(title):
            titles.add(title)
        elif len(cells) > 1 and not is_marker_cell(cells[1]):
            titles.add(fold(cells[1]))
    return frozenset(titles)


def closed_row_numbers(lines: Sequence[str], rows: Sequence[tuple[int, int]]) -> frozenset[int]:
    """The item numbers of closed table rows: an agenda table before the items says item 3 is closed
    ("3 | Ansøgning | N" under "Offentlig (J/N)"), the item below ("Ad 3.") may carry no title.
    `rows`: the `closed_rows` of `lines`."""
    numbers = set()
    for a, _ in rows:
        if m := re.match(r"\(?(\d{1,2})", _row_cells(lines[a])[0]):
            numbers.add(int(m.group(1)))
    return frozenset(numbers)


def _column_values(text: str) -> dict[int, frozenset[str]]:
    """For a table's heading row, the columns saying whether an item is public or closed, each with the
    values that close a row: "Nr | Emne | Offentlig (J/N)" → {2: no-values}; "Lukket (J/N)" → yes-values."""
    if "|" not in text and "\t" not in text:
        return {}
    lex = load()
    found = {}
    for k, cell in enumerate(CELL_SEPARATOR.split(text.strip("| \t"))):
        heading = _BRACKETED.sub("", fold(cell)).strip(" .:?")
        if heading in lex.public_columns:
            found[k] = lex.no_values
        elif heading in lex.closed_columns:
            found[k] = lex.yes_values
    return found


def closed_rows(lines: Sequence[str], markers: frozenset[str]) -> list[tuple[int, int]]:
    """Table rows ("5 (L) | Henvendelse om … | …") that are closed items of their own.

    A row is a line of cells split by "|" or tabs whose first cell is an item number; it closes when
    that cell carries a legend marker or another cell is one ("4 | Henvendelse | L" under "Å/L"), its title cell is or holds a closed marker, any cell holds
    a closing phrase, or its cell under a "public?" column says no ("Offentlig (J/N)" → "N") or under a
    "closed?" column says yes ("Lukket" → "J"). Legend lines themselves are not rows."""
    ranges = []
    columns: dict[int, frozenset[str]] = {}
    for i, text in enumerate(lines):
        if "|" not in text and "\t" not in text and "   " not in text:  # cheap test first: most lines are no row
            columns = {} if text else columns  # (what the lines below do with such a line, without the calls)
            continue
        if not (cells := _row_cells(text)):
            if text:  # a heading row names the columns of the rows below it, up to the table's end
                columns = _column_values(text) or (columns if ("|" in text or "\t" in text) else {})
            continue
        by_column = any(k < len(cells) and fold(cells[k]).strip(" ()") in values for k, values in columns.items())
        if (by_column or uses_legend(cells[0], markers) or any(c in markers for c in cells[1:]) or closed_title(cells[0]) or closed_title(cells[1])
                or any(has_closing_phrase(fold(c)) for c in cells) or any(is_marker_cell(c) for c in cells[1:])):
            ranges.append((i, i + 1))
    return ranges


def without_status_cell(title: str) -> str:
    """A title cell without the open status cell a Word table row adds after it ("Godkendelse af dagsorden\\tÅben").
    A closed status stays: it closes the item by its title.

    >>> without_status_cell("Eventuelt\\tÅben"), without_status_cell("Budget\\t2024")
    ('Eventuelt', 'Budget\\t2024')
    """
    if "\t" not in title:
        return title
    head, _, last = title.rstrip().rpartition("\t")
    status = fold(last).strip(" .:()")
    return head.rstrip() if head.strip() and status in load().closed_words("open_status") else title
