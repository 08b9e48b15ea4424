"""Regex alternations of many literal words, written so that `re` scans them fast.

`"|".join(map(re.escape, words))` makes `re` try every word, one after the other, at every position.
Grouped by their leading characters, as a trie ("lukket punkt|lukket del" → "lukket\\ (?:punkt|del)"),
a position is passed over after one test of its character and a word is found without trying the
others. The words sharing a prefix keep their order, so the first word that matches (and, when what
follows the alternation fails, the next one) is the one the plain alternation finds: the matches are
the same (tests/ingest/test_alternation.py compares them).
"""
from __future__ import annotations

import re
from collections.abc import Sequence


def literal_alternation(words: Sequence[str], *, word_start: bool = False) -> str:
    """A non-capturing group matching what `(?:w1|w2|…)` matches, word for word in the same order
    (`word_start`: what `(?<!\\w)(?:w1|w2|…)` matches). Not for case-insensitive patterns.

    >>> literal_alternation(["lukket punkt", "lukket del", "fortroligt"])
    '(?:lukket\\\\ (?:punkt|del)|fortroligt)'
    """
    if not words or "" in words:  # an empty word matches anywhere: no first character to group by
        return ("(?<!\\w)" if word_start else "") + "(?:" + "|".join(re.escape(w) for w in words) + ")"
    # "(?<!\w)" is written after the first character, as "no word character before the last two",
    # so that it does not keep the scan from skipping to a first character
    after_first = r"(?<!\w[\s\S])" if word_start else ""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(re.escape(first) + after_first + _trie(rests) for first, rests in groups.items()) + ")"


def _trie(words: list[str]) -> str:
    """`words` (rests after a shared prefix) as a trie, in their order; an empty word only ever last."""
    if len(words) == 1:
        return re.escape(words[0])
    if "" in words[:-1]:  # grouping would try the words after it first: keep the plain order
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    shared = [re.escape(first) + _trie(rests) for first, rests in groups.items()]
    if len(shared) == 1 and words[-1]:
        return shared[0]
    return "(?:" + "|".join(shared + ([""] if not words[-1] else [])) + ")"
