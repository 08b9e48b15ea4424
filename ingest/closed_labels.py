"""Items labelled closed by a marker line above their heading, across a page break.

PDF text puts the label at the foot of one page and the item at the top of the next:
"Lukket punkt", footer "Side 1 af 2", form feed, running header, then "4.  Ansøgning om tilskud …".
The marker alone closes nothing below the page break, so the item is found here: a closed marker standing
alone as a paragraph (a blank line or the page's start above it) with nothing but page furniture (blank
lines, "Side n af m", a page's running header) between it and an item heading closes that item.
A marker that ends an item's last paragraph ("Beslutning: …" / "Lukket punkt") trails that item instead
and closes nothing below.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ingest.closed import heading_kind

PAGE_NUMBER = re.compile(r"^(?:side\s+)?\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$", re.IGNORECASE)  # "Side 1 af 2", "1/2"
_HEADER_LINES = 4  # a running header is a few lines at the top of a page


def labelled_items(raw: Sequence[str], cleaned: Sequence[str], item_starts: Sequence[int]) -> frozenset[int]:
    """The item starts (line indexes) that a lone closed marker above them labels.

    >>> labelled_items(["", "Lukket punkt", "", "Side 1 af 2", "\\fVejle Kommune", "", "4. Klage"],
    ...                ["", "Lukket punkt", "", "Side 1 af 2", "Vejle Kommune", "", "4. Klage"], [6])
    frozenset({6})
    """
    found = set()
    repeated = {text for text, count in Counter(cleaned).items() if text and count > 1}
    for start in item_starts:
        j = _above_furniture(raw, cleaned, start - 1, repeated)
        if (j >= 0 and heading_kind(cleaned[j]) == "item" and len(cleaned[j].split()) <= 4
                and (j == 0 or not cleaned[j - 1] or _page_start(raw, j))):
            found.add(start)
    return frozenset(found)


def _above_furniture(raw: Sequence[str], cleaned: Sequence[str], j: int, repeated: set[str]) -> int:
    """The first line at or above j that is no blank line, page number or running header (-1: none).

    A running header is a block of a few lines under a form feed, or one whose every line is repeated
    elsewhere in the document (the readers may turn the form feed into a blank line)."""
    while j >= 0:
        if not cleaned[j] or PAGE_NUMBER.match(cleaned[j]):
            j -= 1
            continue
        top = j  # a page's running header: the filled lines from a form feed down to j
        while top > j - _HEADER_LINES and top > 0 and cleaned[top - 1] and not _page_start(raw, top):
            top -= 1
        header = _page_start(raw, top) or (top > 0 and not cleaned[top - 1]
                                           and all(cleaned[k] in repeated for k in range(top, j + 1)))
        if not header or top == j and heading_kind(cleaned[j]) == "item":
            return j
        j = top - 1
    return j


def _page_start(raw: Sequence[str], i: int) -> bool:
    """Whether line i is the first of a page: it starts with a form feed, or the line above is one."""
    return raw[i].lstrip(" ").startswith("\f") or (i > 0 and raw[i - 1].strip(" ") == "\f")
