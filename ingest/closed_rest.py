"""A closing that starts inside an item: the open text above it stays, the rest of the item goes.

"Resten af punktet blev behandlet for lukkede døre, og elevrådets repræsentanter forlod mødet:" in the
middle of "Punkt 4: Trivsel og mobning", or "At 20:10 the steering group went into closed session" in a
time slot, says the item was open up to there. Such a sentence (a closing phrase with a `closes_rest`
word before it, `data/lexicon/closed_markers.txt`) closes from where it starts to the item's end, or to
a reopening line ("Open session resumed at 20:25", "Mødet blev igen åbent") if one follows in the item.
A closing phrase without such a word ("Punktet blev behandlet for lukkede døre") still closes the whole
item (`ingest/closed.py`), and so does a "rest" sentence with no text of the item above it: when in
doubt, the passage goes.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ingest.closed import closing_phrase_at, closing_phrase_lines, has_closing_phrase
from ingest.lexicon import fold, load

_LEAD_LINES = 2  # lines above that a wrapped sentence may start on
_SENTENCE_END = ".!?:"
_SENTENCES = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ])")


def _first_at(folded: str, phrases: tuple[str, ...]) -> int:
    """Where the first of the phrases starts as words in folded text, or -1."""
    at = [m.start() for p in phrases for m in [re.search(rf"(?<!\w){re.escape(p)}(?!\w)", folded)] if m]
    return min(at, default=-1)


def _next_at(lines: list[int], i: int, stop: int) -> int:
    """The first of the sorted line indexes `lines` that is i or more, or `stop` when none is below it."""
    k = bisect.bisect_left(lines, i)
    return lines[k] if k < len(lines) and lines[k] < stop else stop


def _sentence_start(cleaned: Sequence[str], i: int, floor: int) -> int:
    """The line a sentence holding line i starts on: lines above go with it while they end mid-sentence."""
    start = i
    while start - 1 > floor and start > i - _LEAD_LINES and cleaned[start - 1] \
            and cleaned[start - 1].rstrip()[-1:] not in _SENTENCE_END:
        start -= 1
    return start


def closed_rests(cleaned: Sequence[str], starts: Sequence[int], phrased: set[int] | None = None) -> list[tuple[int, int]]:
    """Line ranges closed from a "rest of the item" sentence to the item's end or a reopening line.

    `starts` are the line indexes of the item headings; a range never starts on a heading. `phrased`: the lines
    that hold a closing phrase (`closing_phrase_lines` of the folded lines), when the caller has them already.

    >>> closed_rests(["1. Trivsel", "Alt er godt.", "Resten af punktet blev behandlet for lukkede døre:",
    ...               "Sagen om Ole.", "2. Eventuelt"], [0, 4])
    [(2, 4)]
    """
    rests, reopens = load().closed_words("closes_rest"), load().closed_words("reopens")
    ranges: list[tuple[int, int]] = []
    # the lines that hold a closing phrase, found in one scan (most hold none)
    at = sorted(closing_phrase_lines(list(map(fold, cleaned))) if phrased is None else phrased)
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(cleaned)
        i = start + 1
        while (i := _next_at(at, i, stop)) < stop:  # the next line from i on that holds a closing phrase
            first = _sentence_start(cleaned, i, start)
            # the sentence that holds the closing phrase, not one before it on the same lines ("Herefter gik
            # rådet videre. Punktet blev behandlet for lukkede døre." closes the whole item)
            sentence = next((f for f in map(fold, _SENTENCES.split(" ".join(cleaned[first:i + 1])))
                             if has_closing_phrase(f)), "")
            rest_at = _first_at(sentence, rests)
            if rest_at < 0 or rest_at > closing_phrase_at(sentence) or not any(cleaned[start + 1:first]):
                break  # a closing of the whole item, or nothing open above it: `closed_body` closes it all
            end = next((j for j in range(i + 1, stop) if cleaned[j] and _first_at(fold(cleaned[j]), reopens) >= 0), stop)
            ranges.append((first, end))
            i = end + 1
    return ranges
