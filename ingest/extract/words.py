"""Whole words found with `str` methods, where a regular expression would cost more.

A word here is what the extractor's patterns delimit with `(?<![\\w\\-])…(?![\\w\\-])`: no letter,
digit, "_" or "-" touches it on either side.

    >>> whole_words("Puljen, ny pulje og puljer", {"pulje", "Puljen"})
    [(0, 'Puljen'), (11, 'pulje')]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator


def is_word_char(ch: str) -> bool:
    """Whether `ch` is in the regular-expression class [\\w\\-] (str.isalnum is exactly \\w but "_")."""
    return ch.isalnum() or ch in "_-"


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """(offset, word) for each place one of `words` stands whole in `text`, in order of offset."""
    found = []
    for word in filter(None, words):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not is_word_char(text[at - 1])) and (end == len(text) or not is_word_char(text[end])):
                found.append((at, word))
            at = text.find(word, at + 1)
    return sorted(found)


def lines_with(text: str, word: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of text[start:end] (cut at `start` and `end`) that holds `word`, in order: a
    pattern whose matches hold `word` and no line break finds in them, one by one, what it finds in text[start:end].

    >>> list(lines_with("a og b\\nc kommune\\nd", "ommun", 0, 18))
    [(7, 16)]
    """
    at = text.find(word, start, end)
    while at >= 0:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        yield max(start, text.rfind("\n", start, at) + 1), line_end
        at = text.find(word, line_end, end)
