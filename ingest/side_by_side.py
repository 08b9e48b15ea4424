"""Two participant tables side by side in one, as a Word table exported as text writes them:

    | Repræsentanter for partierne            || Repræsentanter for foreninger                  |
    | Navn            | Parti                 | Navn              | Forening / institution      |
    | Claus Brogaard  | Venstre               | Anja Krogh Madsen | Gullestrup Beboerforening   |

Each row holds two people. A table whose heading row repeats its columns ("Navn", "Parti", "Navn", "Forening") is
read as the two tables it is: each row cut where the second table's columns start, its halves kept at their
places in the document, so each person keeps the cells of their own half.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from ingest.model import Line, ParticipantSection


def split_side_by_side(section: ParticipantSection,
                       cells_of: Callable[[str], list[tuple[str, int]]]) -> ParticipantSection:
    """`section` with each row of a doubled table cut into its two halves (`cells_of`: the row reader,
    `sections.table_cells`); any other section as it is.

    >>> from ingest.sections import table_cells
    >>> row = Line(0, "| Claus Holm | Venstre | Anja Madsen | Ydby Beboerforening |")
    >>> s = split_side_by_side(ParticipantSection("members", "", (row,), ("name", "organisation") * 2), table_cells)
    >>> [(line.start, line.text.strip(" |")) for line in s.lines], s.columns
    ([(0, 'Claus Holm | Venstre'), (23, 'Anja Madsen | Ydby Beboerforening')], ('name', 'organisation'))
    """
    columns = section.columns
    half = len(columns) // 2
    if half < 2 or columns[:half] != columns[half:] or "name" not in columns[:half]:
        return section
    lines: list[Line] = []
    right: list[Line] = []
    for line in section.lines:
        cells = cells_of(line.text)
        if len(cells) != len(columns):
            lines.append(line)
            continue
        delimiter = "|" if "|" in line.text else "\t"
        cut = line.text.rfind(delimiter, 0, cells[half][1])
        lines.append(Line(line.start, line.text[:cut]))
        right.append(Line(line.start + cut, line.text[cut:]) if delimiter == "|"
                     else Line(line.start + cut + 1, line.text[cut + 1 :]))
    return dataclasses.replace(section, lines=tuple(lines + right), columns=columns[:half])
