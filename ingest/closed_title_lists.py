"""Closed items listed by title in the preamble: "Lukkede punkter: Ansøgning om fritagelse for deltagerbetaling".

Such a line is a closed heading by its words, but it names the closed items instead of starting them: it
closes the items whose titles it lists (matched folded, forgiving small differences) and nothing else. When
it names no item of the minutes, it stays what it was, a closed heading over everything below: a list whose
titles cannot be found is no reason to publish.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ingest.closed import heading_kind
from ingest.lexicon import fold

_SAME = 0.85  # similarity of two folded titles that are the same title written a little differently
_PARTS = re.compile(r"\s*(?:;|,|\s[-–]\s)\s*")


def titled_closed(header: Sequence[str], items: Sequence[tuple[int, str]],
                  closed: list[tuple[int, int]]) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """(item starts closed by a title list in `header`, `closed` with each such list's range cut to its line).

    `header`: the cleaned lines before the first item; `items`: (line index, title) of the agenda items.

    >>> titled_closed(["Lukkede punkter: Klage over visitation"], [(2, "Busruter"), (5, "Klage over visitationen")],
    ...               [(0, 9)])
    (frozenset({5}), [(0, 1)])
    """
    found: set[int] = set()
    for i, text in enumerate(header):
        if not text or ":" not in text or heading_kind(text) not in ("section", "item"):
            continue
        listed = text.split(":", 1)[1].strip(" .")
        if len(listed) < 3 or listed[0].isdigit() or re.match(r"(?i)p(?:unk)?t", listed):
            continue  # "Lukkede punkter: 5 og 6", "Lukket: pkt. 5" name numbers, read elsewhere
        names = {fold(part) for part in [listed, *_PARTS.split(listed)] if len(part) >= 3}
        matched = {start for start, title in items if title and any(_same(fold(title), name) for name in names)}
        if matched:
            found |= matched
            closed = [(a, a + 1) if a == i else (a, b) for a, b in closed]
    return frozenset(found), closed


def _same(title: str, name: str) -> bool:
    """Whether a folded item title is the folded title a list names."""
    return title == name or difflib.SequenceMatcher(None, title, name).ratio() >= _SAME
