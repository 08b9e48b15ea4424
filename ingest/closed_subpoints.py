"""Sub-points of an item that are closed by their label: "b) Lukket orientering: …", "2) Personsag (fortroligt)",
"3.2 Membership matter (in camera)", "4 b Ansøgning fra enkeltperson (lukket)". Each closes itself only, up to its next peer; the item's other sub-points stay.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.closed import closed_title

# a sub-point of an item: "b) …", "(b) …", "b. …", "2) …", numbered under its item "3.2 …"; its kind (letter,
# number, decimal) says which lines are its peers
_SUBPOINT = re.compile(r"^(?:\(?([a-zæøå]|\d{1,2})(?:\)|\.(?=\s))|(\d{1,2}\.\d{1,2})\.?(?=\s))\s*(\S.*)$")
# a letter under its item's number: "4 b Ansøgning …", "4b) …", "4.b …" (a Word list level "%1 %2")
_LETTERED = re.compile(r"^(\d{1,2})(?: |\.)?[a-zæøå](?:\)|\.)?\s+(\S.*)$")


def _subpoint_label(text: str) -> tuple[str, str] | None:
    """(kind, label) of a sub-point line: the text before its colon ("b) Lukket orientering: …" → "Lukket
    orientering"), or the whole line when it is short and has none ("b) Fortroligt")."""
    if text[:1].isdigit() and (m := _LETTERED.match(text)):
        kind, rest = f"letter under {m.group(1)}", m.group(2)  # its peers are the letters under the same number
    elif not text or not (text[0] == "(" or ")" in text[1:3] or "." in text[1:3]) or not (m := _SUBPOINT.match(text)):
        return None
    else:
        kind, rest = ("decimal" if m.group(2) else "number" if m.group(1).isdigit() else "letter"), m.group(3)
    # (a longer line is a heading still when it ends in no full stop: "4 b Ansøgning fra enkeltperson om … (lukket)")
    head = rest.split(":", 1)[0] if ":" in rest[:60] else rest if len(rest) <= 60 or (
        len(rest) <= 120 and not rest.endswith(".")) else ""
    return kind, head


def closed_subpoints(lines: Sequence[str], item_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Sub-points of an item that are closed by their label ("b) Lukket orientering: …", "2) Personsag
    (fortroligt)"): from the sub-point's line to the next sub-point of its kind or the next item. The item's
    other sub-points stay open."""
    starts = sorted(item_starts)
    items = frozenset(starts)  # an item's own line is no sub-point: whether the item is closed is the segmenter's call
    ranges = []
    # cheap test first, in one comprehension: most lines start no sub-point (the test `_subpoint_label` starts with)
    for i in [i for i, text in enumerate(lines) if text and (text[0] == "(" or ")" in text[1:3] or "." in text[1:3]
                                                             or (text[0].isdigit() and text[1:4].strip(" .")[:1].isalpha()))]:
        if i in items or not (found := _subpoint_label(lines[i])) or not found[1] or not closed_title(found[1]):
            continue
        ceiling = min([s for s in starts if s > i], default=len(lines))
        end = next((j for j in range(i + 1, ceiling) if (peer := _subpoint_label(lines[j])) and peer[0] == found[0]),
                   ceiling)
        ranges.append((i, end))
    return ranges
