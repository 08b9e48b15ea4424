"""People lists side by side in a table, one heading per column, cells parted by tabs (a Word table) or by "|"
(a plain-text or Markdown table, under a rule row of "-", "+" and "|"):

    Til stede<TAB>Afbud                                   Til stede                    | Afbud
    Ida Holm, formand (Vestby Roklub)<TAB>Ole Berg        -----------------------------+------------
    Kim Lund (Byrådet)<TAB>                               Ida Holm, IH (Vestby Roklub),| Ole Berg (V)
                                                            formand                    |

Each row holds one person of each list, so a row read as one line gives the present person the
absent neighbour's organisation. The table is laid out again as lists one after another (each
heading, then its column's cells, offsets kept), which the list parser reads as any other.
"""
from __future__ import annotations

from ingest.header import clean_line
from ingest.lexicon import fold, load
from ingest.model import Line


_RULE = frozenset("-+|:= \t")  # the characters of a rule row under a table's heading row


def _separator(text: str) -> str | None:
    return "\t" if "\t" in text else "|" if "|" in text else None


def _heading_row(text: str, separator: str) -> list[str] | None:
    """The headings of a row whose every cell is a people-list heading ("Til stede<TAB>Afbud")."""
    cells = [clean_line(cell.text).rstrip(":").strip() for cell in _cells(Line(0, text), separator)]
    headings = load().headings
    if len(cells) < 2 or not all(cell and fold(cell) in headings for cell in cells):
        return None
    return cells


def _cells(line: Line, separator: str) -> list[Line]:
    """The cells of a row, each a line at its own offset (empty cells too: they keep their column); a Markdown
    row's "|" at either end opens or closes the row, no cell."""
    cells, pos = [], line.start
    for cell in line.text.split(separator):
        cells.append(Line(pos, cell))
        pos += len(cell) + 1
    if separator == "|" and line.text.strip().startswith("|"):
        cells = cells[1:]
    if separator == "|" and line.text.strip().endswith("|") and len(cells) > 1 and not cells[-1].text.strip():
        cells = cells[:-1]
    return cells


def unfold_heading_columns(lines: list[Line]) -> list[Line]:
    """`lines` with each table of side-by-side people lists laid out as lists one after another."""
    if not any("\t" in line.text or "|" in line.text for line in lines):
        return lines  # cheap test first: a table row holds a tab or a bar
    out: list[Line] = []
    i = 0
    while i < len(lines):
        separator = _separator(lines[i].text)
        heads = _heading_row(lines[i].text, separator) if separator else None
        if heads is None or separator is None:
            out.append(lines[i])
            i += 1
            continue
        rows = []
        head_start = lines[i].start
        i += 1
        if separator == "\t" and (stacked := _stacked_cells(lines, i)):
            # a row of cells of several lines each, as a web page's table shows it: column 1's lines, then the
            # next column's, each indented by a tab per column before it
            rows, i = [_cells(line, separator) for line in stacked[0]], stacked[1]
        while i < len(lines) and separator in lines[i].text and lines[i].text.strip():
            if not set(lines[i].text) <= _RULE:  # a rule row draws the table, it holds no cells
                rows.append(_cells(lines[i], separator))  # a table's rows end at a line with no cells
            i += 1
        for col, head in enumerate(heads):
            out.append(Line(head_start, f"{head}:"))
            out.extend(_wrapped_cells([row[col] for row in rows if col < len(row) and row[col].text.strip()]))
            out.append(Line(head_start, ""))  # the list ends with its column
    return out


def _wrapped_cells(cells: list[Line]) -> list[Line]:
    """A column's cells, a cell that carries on the one above joined to it: "Ida Holm, IH (Vestby Roklub)," then
    "formand" in the next row. The joined line keeps each part at its offset (what stands between is blanked)."""
    out: list[Line] = []
    for cell in cells:
        if out and cell.text.strip()[:1].islower() and out[-1].text.rstrip().endswith((",", "(")):
            above = out[-1]
            out[-1] = Line(above.start, f"{above.text}\n{' ' * (cell.start - above.end - 1)}{cell.text}")
        else:
            out.append(cell)
    return out


def _stacked_cells(lines: list[Line], i: int) -> tuple[list[Line], int] | None:
    """The cells of a table row whose cells hold several lines (`ingest/read/markup.py` writes the first column's
    lines, then each later column's with a tab per column before it: "Name A\nName B\tName C\n\tName D"), and
    where the row ends: at a blank line or a line without a tab after one with. Each line is then read as a row
    of its own (its cells stand in their columns). None when the lines below the heading row are not so (the
    first has a tab, or none has).""" 
    if i >= len(lines) or "\t" in lines[i].text or not lines[i].text.strip():
        return None
    cells: list[Line] = []
    tabbed, j = False, i
    while j < len(lines) and lines[j].text.strip() and ("\t" in lines[j].text or not tabbed):
        tabbed = tabbed or "\t" in lines[j].text
        cells.append(lines[j])
        j += 1
    return (cells, j) if tabbed else None
