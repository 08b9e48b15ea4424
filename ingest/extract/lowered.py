"""Case-insensitive scans run as plain scans of lower-cased text, which `re` runs much faster: a
pattern that starts with plain letters lets it skip in C to the next place one of them stands,
where re.IGNORECASE makes it try the whole pattern at every position.

Exact only where lower-casing keeps every character in its place and `re`'s case-insensitive
match is equality of lower cases: no character whose lower case is longer ("İ" -> "i̇"), that
`re` also pairs with another of a different lower case ("ı" with "i", "ſ" with "s"), or that
lower-casing moves in or out of [\\w\\-]. A text with such a character keeps the slower pattern.
"""
from __future__ import annotations

import bisect
import functools
import importlib
import itertools
import re
from collections.abc import Iterable

_WORD_CHAR = re.compile(r"[\w\-]")
# the characters `re` pairs beyond lower case, by code point (CPython's own table, re/_casefix.py)
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES


@functools.lru_cache(maxsize=4096)
def lower_safe(ch: str) -> bool:
    """Whether lower-casing `ch` is what re.IGNORECASE makes of it (see the module docstring)."""
    low = ch.lower()
    if len(low) != 1 or (not low.isascii() and ord(low) in _EXTRA_CASES):
        return False
    return bool(_WORD_CHAR.match(ch)) == bool(_WORD_CHAR.match(low))


@functools.lru_cache(maxsize=1)
def _unlisted() -> re.Pattern[str]:
    """A character that is not one of the usual ones known to be `lower_safe` (Latin letters,
    general punctuation, currency signs): only a text with one is looked at character by character."""
    usual = map(chr, itertools.chain(range(0x250), range(0x2000, 0x2070), range(0x20A0, 0x20D0)))
    return re.compile("[^" + "".join(map(re.escape, filter(lower_safe, usual))) + "]")


@functools.lru_cache(maxsize=1)
def _unsafe_latin1() -> tuple[str, ...]:
    """The characters up to U+00FF that are not `lower_safe` (only "µ")."""
    return tuple(c for c in map(chr, range(0x100)) if not lower_safe(c))


def _latin1_safe(text: str) -> bool:
    """Whether `text` has no character above U+00FF and none of `_unsafe_latin1()`: then every one is
    `lower_safe`. Encoding a text stored one byte a character is a copy; any other stops at its first
    character above U+00FF."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return not any(c in text for c in _unsafe_latin1())


@functools.lru_cache(maxsize=4)  # one document is scanned span by span
def lowered(text: str) -> str | None:
    """`text.lower()` when every character of it is `lower_safe`, else None."""
    # cheap tests first: a copy, then one scan in C, where building the set of the text's characters costs more
    safe = _latin1_safe(text) or _unlisted().search(text) is None or all(map(lower_safe, set(text)))
    return text.lower() if safe else None


def word_char_before(text: str, at: int) -> bool:
    """Whether a character of [\\w\\-] stands just before offset `at` (a match there is not at a word's start)."""
    return at > 0 and _WORD_CHAR.match(text, at - 1) is not None


def name_starts(text: str, names: Iterable[str]) -> list[int]:
    """Every offset in `text` where one of `names` stands, whole word or not, in order (`str.find`, in C)."""
    starts: set[int] = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            starts.add(at)
            at = text.find(name, at + 1)
    return sorted(starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int], start: int = 0,
               end: int | None = None) -> list[re.Match[str]]:
    """`whole_word_matches(pattern, text, start, end)` for a `pattern` whose every match begins with a literal
    word of a list, given `starts`, the `name_starts` of that list: the pattern is tried only there. Taken in
    order, from a word's start, each after the last match's end, they give what `whole_word_matches` gives:
    its scan finds the first match at a word's start at or after the last one's end. A scan by `re` would
    try the pattern's alternation at every letter."""
    found: list[re.Match[str]] = []
    at, end = start, len(text) if end is None else end
    for p in itertools.islice(starts, bisect.bisect_left(starts, start), None):
        if p >= end:
            break
        if p < at or word_char_before(text, p):
            continue
        m = pattern.match(text, p, end)
        if m is not None:
            found.append(m)
            at = m.end()
    return found


def whole_word_matches(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """`(?<![\\w\\-])` + `pattern`'s matches in text[start:end], as `finditer` finds them: a match
    after a word character is passed over and the scan goes on from its next position. Outside
    the pattern, the look-behind does not keep `re` from skipping ahead to a first letter."""
    found, at, end = [], start, len(text) if end is None else end
    while (m := pattern.search(text, at, end)) is not None:
        if word_char_before(text, m.start()):
            at = m.start() + 1
            continue
        found.append(m)
        at = m.end()
    return found
