"""People lists side by side in a Word table, one heading per column:

    Til stede<TAB>Afbud
    Ida Holm, formand (Vestby Roklub)<TAB>Ole Berg (Byrådet)
    Kim Lund (Byrådet)<TAB>

Each row holds one person of each list, so a row read as one line gives the present person the
absent neighbour's organisation. The table is laid out again as lists one after another (each
heading, then its column's cells, offsets kept), which the list parser reads as any other.
"""
from __future__ import annotations

from ingest.header import clean_line
from ingest.lexicon import fold, load
from ingest.model import Line


def _heading_row(text: str) -> list[str] | None:
    """The headings of a row whose every cell is a people-list heading ("Til stede<TAB>Afbud")."""
    cells = [clean_line(cell).rstrip(":").strip() for cell in text.split("\t")]
    headings = load().headings
    if len(cells) < 2 or not all(cell and fold(cell) in headings for cell in cells):
        return None
    return cells


def _cells(line: Line) -> list[Line]:
    """The cells of a row, each a line at its own offset (empty cells too: they keep their column)."""
    cells, pos = [], line.start
    for cell in line.text.split("\t"):
        cells.append(Line(pos, cell))
        pos += len(cell) + 1
    return cells


def unfold_heading_columns(lines: list[Line]) -> list[Line]:
    """`lines` with each table of side-by-side people lists laid out as lists one after another."""
    if not any("\t" in line.text for line in lines):
        return lines  # cheap test first: a table row holds a tab
    out: list[Line] = []
    i = 0
    while i < len(lines):
        heads = _heading_row(lines[i].text) if "\t" in lines[i].text else None
        if heads is None:
            out.append(lines[i])
            i += 1
            continue
        rows = []
        i += 1
        while i < len(lines) and "\t" in lines[i].text and lines[i].text.strip():
            rows.append(_cells(lines[i]))  # a table's rows end at a line with no cells
            i += 1
        head_start = lines[i - len(rows) - 1].start
        for col, head in enumerate(heads):
            out.append(Line(head_start, f"{head}:"))
            out.extend(row[col] for row in rows if col < len(row) and row[col].text.strip())
            out.append(Line(head_start, ""))  # the list ends with its column
    return out
