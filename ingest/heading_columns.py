"""People lists side by side in a table, one heading per column, cells parted by tabs (a Word table) or by "|"
(a plain-text or Markdown table, under a rule row of "-", "+" and "|"):

    Til stede<TAB>Afbud                                   Til stede                    | Afbud
    Ida Holm, formand (Vestby Roklub)<TAB>Ole Berg        -----------------------------+------------
    Kim Lund (Byrådet)<TAB>                               Ida Holm, IH (Vestby Roklub),| Ole Berg (V)
                                                            formand                    |

The columns may also be aligned by spaces under a heading row ("TIL STEDE          AFBUD", a PDF's two columns),
and a web page's row of cells of several lines each arrives as the first column's lines, then the next column's
indented by a tab. An entry wrapped in its column (a post on the next row, a bracket left open) is joined.

Each row holds one person of each list, so a row read as one line gives the present person the
absent neighbour's organisation. The table is laid out again as lists one after another (each
heading, then its column's cells, offsets kept), which the list parser reads as any other.
"""
from __future__ import annotations

import re

from ingest.header import clean_line
from ingest.lexicon import fold, load
from ingest.model import Line


_RULE = frozenset("-+|:= \t")  # the characters of a rule row under a table's heading row


def _separator(text: str) -> str | None:
    return "\t" if "\t" in text else "|" if "|" in text else None


def _heading_row(text: str, separator: str) -> list[str] | None:
    """The headings of a row whose every cell is a people-list heading ("Til stede<TAB>Afbud").

    Most rows are none: the cells' texts are those of `_cells` without a `Line` made for each, and the first cell
    that is no heading ends the test."""
    texts = text.split(separator)
    if separator == "|" and text.strip().startswith("|"):
        texts = texts[1:]
    if separator == "|" and text.strip().endswith("|") and len(texts) > 1 and not texts[-1].strip():
        texts = texts[:-1]
    if len(texts) < 2:
        return None
    headings, cells = load().headings, []
    for cell in texts:
        heading = clean_line(cell).rstrip(":").strip()
        if not heading or fold(heading) not in headings:
            return None
        cells.append(heading)
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
    if not any("\t" in line.text or "|" in line.text or "   " in line.text for line in lines):
        return lines  # cheap test first: a table row holds a tab, a bar or a gap between columns
    out: list[Line] = []
    i = 0
    while i < len(lines):
        separator = _separator(lines[i].text)
        heads = _heading_row(lines[i].text, separator) if separator else None
        if heads is None and (spaced := _spaced_heads(lines[i].text)):
            i = _unfold_spaced(lines, i, spaced, out)
            continue
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


def _wrapped_cells(cells: list[Line], indented: bool = False) -> list[Line]:
    """A column's cells, a cell that carries on the one above joined to it: "Ida Holm, IH (Vestby Roklub)," then
    "formand" in the next row, a bracket left open above ("… KBH [Marstal" then "Borgerforening], formand"), a
    cell that is all one bracket ("(Vestby Roklub)" under "Ida Holm, formand": no person is named so), or
    (`indented`: columns aligned by spaces) a cell set in from its column's edge. The joined line keeps each
    part at its offset (what stands between is blanked)."""
    out: list[Line] = []
    for cell in cells:
        above_text = out[-1].text if out else ""
        if out and ((cell.text.strip()[:1].islower() and above_text.rstrip().endswith((",", "(")))
                    or above_text.count("[") > above_text.count("]") or above_text.count("(") > above_text.count(")")
                    or _bracket_only(cell.text)
                    or (indented and cell.text[:1] == " ")):
            above = out[-1]
            out[-1] = Line(above.start, f"{above.text}\n{' ' * (cell.start - above.end - 1)}{cell.text}")
        else:
            out.append(cell)
    return out


def _bracket_only(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1] == "(" and stripped[-1:] == ")" and stripped.count("(") == 1


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


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # words parted by single spaces: one cell of a row aligned by spaces


def _spaced_heads(text: str) -> list[tuple[int, str]] | None:
    """(column, heading) of a row of people-list headings aligned by spaces ("TIL STEDE          AFBUD"), or None."""
    if "  " not in text:
        return None
    cells = [(m.start(), m.group()) for m in _SPACED_CELL.finditer(text)]
    headings = load().headings
    if len(cells) < 2 or not all(fold(clean_line(cell).rstrip(":").strip()) in headings for _, cell in cells):
        return None
    return cells


def _spaced_cells(line: Line, columns: list[int]) -> list[Line]:
    """The cells of a row aligned by spaces under headings starting at `columns`: each column's text starts at its
    heading's column, or at the end of the gap of two spaces or more nearest to it (text may stand a little off)."""
    text, cuts = line.text, [0]
    for column in columns[1:]:
        gaps = [m.end() for m in re.finditer(r" {2,}", text) if abs(m.end() - column) <= 6 and m.end() > cuts[-1]]
        if text[column - 1:column] == " " and len(text) > column:
            cuts.append(column)  # (its leading spaces kept: a cell set in carries on the one above)
        elif gaps:
            cuts.append(min(gaps, key=lambda end: abs(end - column)))
        else:
            break
    cuts.append(len(text))
    return [Line(line.start + a, text[a:b].rstrip()) for a, b in zip(cuts, cuts[1:])]


def _unfold_spaced(lines: list[Line], i: int, heads: list[tuple[int, str]], out: list[Line]) -> int:
    """Lay out the table of people lists aligned by spaces whose heading row is line i (see the module docstring);
    the lines up to the table's first blank line are its rows. The index of the line after the table."""
    columns = [column for column, _ in heads]
    rows = []
    j = i + 1
    while j < len(lines) and lines[j].text.strip():
        rows.append(_spaced_cells(lines[j], columns))
        j += 1
    for col, (_, head) in enumerate(heads):
        out.append(Line(lines[i].start, f"{clean_line(head).rstrip(':').strip()}:"))
        out.extend(_wrapped_cells([row[col] for row in rows if col < len(row) and row[col].text.strip()],
                                  indented=True))
        out.append(Line(lines[i].start, ""))
    return j
