"""An item's own status, written as a label and its value: "Status: Fortrolig", "Åben/lukket<TAB>Lukket"; and whether a
table cell is a closed marker and nothing else (moved out of `ingest/closed.py`).
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

_LABEL_VALUE = re.compile(r"^([^\t:|]{1,40})(?:\t+|\s*\|\s*|:\s*)([^\t:|]{1,40})$")


def is_marker_cell(cell: str) -> bool:
    """Whether a cell is a closed marker and nothing else: the status column of an agenda table
    ("3 | Tilskud til enkeltperson | Fortrolig") or an item's own status row ("Åben/lukket | Lukket")."""
    folded = fold(cell).strip(" .:()")
    lex = load()
    # an abbreviation keeps its full stop in the lexicon ("fortr.")
    return any(key in lex.closed_item_markers or key in lex.closed_section_markers for key in (folded, folded + "."))


def status_row(text: str) -> bool:
    """Whether a line is a label with a closed marker as its value: "Åben/lukket<TAB>Lukket", "Status: Fortrolig"."""
    if ":" not in text and "|" not in text and "\t" not in text:  # cheap test first: no separator, no label
        return False
    m = _LABEL_VALUE.match(text.strip("| \t"))
    return m is not None and is_marker_cell(m.group(2))
