"""Where the known multi-word names (gazetteer, municipal areas) stand in a text, in any case.

The scan runs on the lower-cased text where that gives exactly what the case-insensitive pattern
gives (`ingest.extract.lowered`); tests/ingest/test_fast_paths.py compares the two.
"""
from __future__ import annotations

import functools
import re

from ingest.alternation import literal_alternation
from ingest.extract.lowered import lower_safe, lowered, matches_at, name_starts
from ingest.lexicon import load


@functools.lru_cache(maxsize=1)
def _written_names_pattern() -> re.Pattern[str]:
    """One pattern for every known multi-word name (gazetteer, municipal areas), compiled once."""
    names = _multi_word_names()
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # the first letters up front let the scan pass over most positions with one test; (s)?: "Danske Ældreråds"
    first = "".join(sorted({re.escape(c) for n in names for c in (n[0].lower(), n[0].upper())}))
    return re.compile(r"(?=[" + first + r"])(?<![\w\-])(" + alternatives + r")(s)?(?![\w\-])", re.I)


@functools.lru_cache(maxsize=1)
def _lower_names_pattern() -> re.Pattern[str] | None:
    """`_written_names_pattern` for lower-cased text, without the look-behind: starting with plain
    letters lets `re` skip ahead (see `lowered`). None when a name has a character that is not `lower_safe`."""
    names = _multi_word_names()
    if not all(map(lower_safe, "".join(names))):
        return None
    alternatives = literal_alternation(sorted({n.lower() for n in names}, key=len, reverse=True))
    return re.compile(r"(" + alternatives + r")(s)?(?![\w\-])")


@functools.lru_cache(maxsize=1)
def _multi_word_names() -> frozenset[str]:
    lex = load()
    names = {o.name for o in lex.organisations.values() if " " in o.name}
    return frozenset(names | {u for u in lex.municipal_units.values() if " " in u})


@functools.lru_cache(maxsize=1)
def _lower_names() -> tuple[str, ...]:
    return tuple(sorted({n.lower() for n in _multi_word_names()}))


@functools.lru_cache(maxsize=4)  # one document is scanned span by span: its text once, not once a span
def _name_starts(low: str) -> list[int]:
    return name_starts(low, _lower_names())


def known_name_matches(text: str, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """(start, end of the name, end, whether an "s" follows) of `_written_names_pattern`'s matches in
    text[start:end], found in the lower-cased text where that is exact, and there only where one of the
    names begins (`matches_at`), as `str.find` finds them once in the whole text for all its spans."""
    low, pattern = lowered(text), _lower_names_pattern()
    if low is None or pattern is None:
        return [(m.start(), m.end(1), m.end(), bool(m.group(2))) for m in _written_names_pattern().finditer(text, start, end)]
    return [(m.start(), m.end(1), m.end(), bool(m.group(2))) for m in matches_at(pattern, low, _name_starts(low), start, end)]
