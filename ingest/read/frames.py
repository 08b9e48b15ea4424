"""The frame a reader sets around a part the document itself marks as closed: a confidential section's pages, a
bookmark or a content control named closed, text in a colour a note says is removed.

The part is framed by paragraphs of their own, the section headings "Lukket del" … "Åben del" of
`data/lexicon/closed_markers.txt`, so the segmenter closes it as it closes such a part written in the minutes.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

CLOSED_START = ("", "Lukket del")
CLOSED_END = ("Åben del", "")


def framed_runs(parts: Iterable[tuple[Iterable[str], bool]]) -> Iterator[str]:
    """The lines of `parts` (lines, closed) in order, each run of closed parts framed once.

    >>> list(framed_runs([(["a"], False), (["b"], True), (["c"], True), (["d"], False)]))
    ['a', '', 'Lukket del', 'b', 'c', 'Åben del', '', 'd']
    """
    shut = False
    for lines, closed in parts:
        if closed != shut:
            yield from CLOSED_START if closed else CLOSED_END
            shut = closed
        yield from lines
    if shut:
        yield from CLOSED_END
