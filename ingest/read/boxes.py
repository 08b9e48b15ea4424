"""Tables drawn with rules: ASCII ("+------+------+" and "| Mødt | Name |") or box characters
("┌─┬─┐", "│ Mødt │ Name │"), as minutes exported from a terminal or a plain-text mailer print them.

Such a table is read as the lines it holds. The rules go; a row of one cell (a title across the
table) is its text. A table of two columns whose left cells are header labels or people-list
headings ("Mødedato", "Mødt", "Afbud", "Sekretær") is a header block: each row becomes "Label: value",
and a row with an empty left cell ("|      | Bent Toft |") goes on with the label above as an indented
line, so a list laid out one person per row reads as the list it is. Any other table keeps its rows
as "| a | b | c |", which the table reader knows; under a heading row of people lists side by side
("| Til stede | Afbud |") a row with only its first cell filled stays a row too (the other lists have
ended: it is no title), so the first column keeps it.
"""
from __future__ import annotations

from ingest.lexicon import fold, load

_BOX_LINES = "─━═┄┅┈┉"
_BOX_JOINTS = "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┏┓┗┛┣┫┳┻╋"
_VERTICALS = str.maketrans("│┃║", "|||")
_RULE_CHARS = frozenset("+-=|: " + _BOX_LINES + _BOX_JOINTS)
_DRAWN = frozenset("+" + _BOX_LINES + _BOX_JOINTS)


def _is_rule(stripped: str) -> bool:
    return len(stripped) >= 3 and set(stripped) <= _RULE_CHARS and bool(_DRAWN & set(stripped))


def _cells(stripped: str) -> list[str] | None:
    """The cells of a drawn row ("| a | b |"), or None for a line that is no row."""
    if len(stripped) < 2 or stripped[0] != "|" or stripped[-1] != "|":
        return None
    return [cell.strip() for cell in stripped[1:-1].split("|")]


def _label(cell: str) -> bool:
    lex = load()
    key = fold(cell).strip().rstrip(":").strip()
    return key in lex.header_labels or key in lex.headings


def _list_columns(rows: list[list[str]]) -> bool:
    """Whether a table's first row heads people lists side by side ("| Til stede | Afbud |")."""
    headings = load().headings
    return bool(rows) and len(rows[0]) > 1 and all(fold(cell).rstrip(":").strip() in headings for cell in rows[0])


def _header_block(rows: list[list[str]]) -> bool:
    """Whether a table's rows are "label | value" pairs, most of their labels known."""
    pairs = [row for row in rows if len(row) > 1]
    labels = [row[0] for row in pairs if row[0]]
    return (bool(labels) and all(len(row) == 2 for row in pairs)
            and 2 * sum(_label(cell) for cell in labels) >= len(labels))


def _wrapped_rows(rows: list[list[str]]) -> list[list[str]]:
    """Rows under a name column heading ("| Navn | Repræsenterer |"), a row with an empty name cell ("|  |
    næstformand |") joined to the row above: a cell's text wrapped onto a line of its own, no person without a
    name. (Under a marks column heading, "| Mødt | Navn |", an empty first cell says something; not touched.)"""
    if not rows or load().column_headings.get(fold(rows[0][0]).rstrip(":").strip()) != "name":
        return rows
    joined = [rows[0]]
    for cells in rows[1:]:
        above = joined[-1]
        if not cells[0] and any(cells) and len(cells) == len(above) and above is not rows[0]:
            joined[-1] = [f"{a} {c}".strip() for a, c in zip(above, cells)]
        else:
            joined.append(cells)
    return joined


def _unbox(block: list[str]) -> list[str]:
    """The lines of one drawn table, read as described in the module's docstring."""
    rows = _wrapped_rows([cells for line in block if (cells := _cells(line.strip().translate(_VERTICALS))) is not None])
    header = _header_block(rows)
    lists = not header and _list_columns(rows)
    out = []
    for cells in rows:
        if len(cells) == 1 or not (any(cells[1:]) or lists):
            if cells[0]:
                out.append(cells[0])
        elif header:
            label, value = cells
            out.append(f"{label.rstrip(':')}: {value}" if label else f"  {value}")
        else:
            out.append("| " + " | ".join(cells) + " |")
    return out


def unbox_tables(text: str) -> str:
    """The text with every table drawn with rules read into plain lines.

    >>> unbox_tables("+------+-----------+\\n| Mødt | Anna Berg |\\n|      | Ole Dam   |\\n+------+-----------+")
    'Mødt: Anna Berg\\n  Ole Dam'
    """
    if "+-" not in text and not any(ch in text for ch in "┌╔│║"):  # cheap test first: most texts draw no table
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_is_rule(s := lines[j].strip().translate(_VERTICALS)) or _cells(s) is not None):
            j += 1
        block = lines[i:j]
        if any(_is_rule(line.strip().translate(_VERTICALS)) for line in block):
            out.extend(_unbox(block))
            i = j
        else:
            out.extend(block or lines[i : i + 1])
            i = max(j, i + 1)
    return "\n".join(out)
