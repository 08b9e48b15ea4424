"""An item's own status, written as a label and its value: "Status: Fortrolig", "Åben/lukket<TAB>Lukket", or a row
of the key–value table some minutes keep per case ("| Offentlig | Nej |", "| Lukket | Ja |").

A row whose key asks whether the item is public ("Offentlig", "Åben") closes it with a "no" value, one whose key
asks whether it is closed ("Lukket", "Fortrolig") with a "yes" value: the same headings and values as an agenda
table's columns (`ingest/closed_tables.py`), read from `data/lexicon/closed_markers.txt`.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

_LABEL_VALUE = re.compile(r"^([^\t:|]{1,40})(?:\t+|\s*\|\s*|:\s*)([^\t:|]{1,40})$")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")  # "(J/N)" after a key


def is_marker_cell(cell: str) -> bool:
    """Whether a cell is a closed marker and nothing else: the status column of an agenda table
    ("3 | Tilskud til enkeltperson | Fortrolig") or an item's own status row ("Åben/lukket | Lukket")."""
    folded = fold(cell).strip(" .:()")
    lex = load()
    # an abbreviation keeps its full stop in the lexicon ("fortr.")
    return any(key in lex.closed_item_markers or key in lex.closed_section_markers for key in (folded, folded + "."))


def status_row(text: str) -> bool:
    """Whether a line is a label with a value that closes its item: a closed marker ("Status: Fortrolig"), or an
    answer to a question of the key ("| Offentlig | Nej |", "Lukket (J/N): J").

    >>> status_row("| Offentlig | Nej |"), status_row("| Offentlig | Ja |"), status_row("Status: Fortrolig")
    (True, False, True)
    """
    if ":" not in text and "|" not in text and "\t" not in text:  # cheap test first: no separator, no label
        return False
    m = _LABEL_VALUE.match(text.strip("| \t"))
    if m is None:
        return False
    lex = load()
    key, value = _BRACKETED.sub("", fold(m.group(1))).strip(" .:?"), fold(m.group(2)).strip(" .()")
    return (is_marker_cell(m.group(2)) or (key in lex.public_columns and value in lex.no_values)
            or (key in lex.closed_columns and value in lex.yes_values))
