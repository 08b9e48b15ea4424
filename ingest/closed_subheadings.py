"""A closed sub-heading inside an open item: "5. Eventuelt", open text, then "Eventuelt (lukket del)".

The sub-heading closes from itself to the next agenda item or to the end matter of the minutes ("Næste
møde: …", "Referent: …", "Mødet slut"), whichever comes first; the item's open text above it and the end
matter below it stay. Like a closed sub-point it closes no more than itself, not the item it stands in.
A bracketed marker right under an item's title ("(Lukket)") is no sub-heading: it closes its item.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.lexicon import fold

_HEADING_WORDS = 8  # a sub-heading is short; a sentence with a bracketed marker is judged as one
_BRACKETED_END = re.compile(r"^(\S.*?)\s*[\[(]([^\[\]()]+)[\])]$")
# "(b) Personsag (fortroligt)", "3.2 Personsag (in camera)": a sub-point, `closed_subpoints`
_SUBPOINT = re.compile(r"^(?:\(?(?:[a-zæøå]|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)\s")
# what ends the minutes' items: the next meeting, the signature, the meeting's close (folded text)
_END_MATTER = re.compile(r"^(?:næste\s+møde|referent|ref\.|mødet\s+(?:slut|sluttede|hævet|afsluttet)|underskrift)\b")


def is_subheading(lines: Sequence[str], i: int, item_starts: Sequence[int]) -> bool:
    """Whether line i is a short heading ending in a bracket ("Eventuelt (lukket del)") below open text of its item."""
    text = lines[i]
    if (not text.endswith((")", "]")) or len(text.split()) > _HEADING_WORDS or not _BRACKETED_END.match(text)
            or _SUBPOINT.match(text)):
        return False
    floor = max([s for s in item_starts if s < i], default=None)
    return floor is not None and any(lines[floor + 1 : i])


def closed_subheadings(lines: Sequence[str], item_starts: Sequence[int],
                       closed_label: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Line ranges [start, end) of the sub-headings that `closed_label` says are closed."""
    starts = sorted(item_starts)
    ranges = []
    # cheap test first, in one comprehension: most lines end in no bracket (the test `is_subheading` starts with)
    for i in [i for i, text in enumerate(lines) if text.endswith((")", "]"))]:
        text = lines[i]
        if not is_subheading(lines, i, starts):
            continue
        if not closed_label(text):
            continue
        ceiling = min([s for s in starts if s > i], default=len(lines))
        end = next((j for j in range(i + 1, ceiling) if lines[j] and _END_MATTER.match(fold(lines[j]))), ceiling)
        ranges.append((i, end))
    return ranges
