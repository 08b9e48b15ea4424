"""Line breaks inside the cells of a table of people.

A Word or HTML table of participants often breaks a cell in two: "Hanne Juul<br>formand",
"Kultur- og Fritidsudvalget<br>Venstre", "Mødt<br>(for Jens Otto Riis)". Printed as lines of their
own, the second half of the cell lands on a line of its own, where it reads as the start of the
next row (the role slips to the person below). In a table whose header row names a column of
names (`data/lexicon/column_headings.tsv`: "Navn", "Deltager", "Medlem"), a cell is one value, so
its lines are joined into one: with ", " ("Hanne Juul, formand"), or a space where the break only
wraps the line (before "(", after "og", "-" or ","). Other tables keep their lines: a minutes table
reads its cells line by line, closed labels included.
"""
from __future__ import annotations

from ingest.lexicon import fold, load

# the words and marks after which a break only wraps the line ("Kultur- og<br>Fritidsudvalget")
_WRAPPING_ENDS = ("-", "–", ",", "/", "&")
_WRAPPING_WORDS = frozenset({"og", "i", "for", "af", "på", "ved", "med", "til", "fra", "under"})


def names_people(header: list[str]) -> bool:
    """Whether a table's first row, its cells as written, heads a column of names ("Navn", "Deltager")."""
    headings = load().column_headings
    return any(headings.get(fold(cell.strip()).rstrip(":")) == "name" for cell in header)


def joined_cell(lines: list[str]) -> str:
    """The lines of one cell as one line.

    >>> joined_cell(["Hanne Juul", "formand"])
    'Hanne Juul, formand'
    >>> joined_cell(["Mødt", "(for Jens Otto Riis)"])
    'Mødt (for Jens Otto Riis)'
    >>> joined_cell(["Kultur- og", "Fritidsudvalget"])
    'Kultur- og Fritidsudvalget'
    """
    text = ""
    for line in (line.strip() for line in lines):
        text = (text + _separator(text, line) + line) if text and line else text or line
    return text


def _separator(before: str, after: str) -> str:
    """", " between two values of a cell, or a space where the break only wraps the line."""
    if after.startswith("(") or before.endswith(_WRAPPING_ENDS) or fold(before.rsplit(None, 1)[-1]) in _WRAPPING_WORDS:
        return " "
    return ", "


CELL_BREAK = "\u2029"  # what an HTML reader writes for a break in a cell of a table of people, until `joined_breaks`


def joined_breaks(text: str) -> str:
    """The text with each `CELL_BREAK` replaced the way `joined_cell` joins a cell's lines."""
    if CELL_BREAK not in text:
        return text
    pieces = text.split(CELL_BREAK)
    out = pieces[0].rstrip(" ")
    for piece in pieces[1:]:
        piece = piece.lstrip(" ")
        cell = out.rsplit("\t", 1)[-1].rsplit("\n", 1)[-1]  # the cell's text so far
        out += _separator(cell, piece) + piece if cell.strip() and piece[:1] not in ("", "\t", "\n") else piece
        out = out.rstrip(" ")
    return out


class PeopleTables:
    """Per open HTML table: whether its first row heads a column of names, read when that row ends."""

    def __init__(self) -> None:
        self._open: list[list] = []  # per open table: [where its first row starts in the output, people?]

    def open(self) -> None:
        self._open.append([None, None])

    def close(self) -> None:
        if self._open:
            self._open.pop()

    def row(self, out: list[str]) -> None:
        """A row starts or ends: the first row's start is remembered, its cells read once it has ended."""
        if self._open and (table := self._open[-1])[1] is None:
            if table[0] is None:
                table[0] = len(out)
            elif text := "".join(out[table[0]:]).strip():
                table[1] = names_people(text.split("\t"))

    @property
    def joining(self) -> bool:
        """Whether a break in a cell of the innermost open table joins the cell's lines."""
        return bool(self._open) and bool(self._open[-1][1])
