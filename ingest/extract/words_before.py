"""The word right before a position, as the patterns that end in "$" find it in a window before that position,
found where it can only stand: a search of a window tries the pattern at every offset of it.

    >>> word_before("til Integrationsrådets pulje", 23).group(1)
    'Integrationsrådets'
"""
from __future__ import annotations

import re

from ingest.extract.words import is_word_char

_WORD_BEFORE = re.compile(r"(?<![\w\-])([\wæøåÆØÅ][\w\-]+['’]?)[ \t]+$")  # the word right before a position
_BROKEN_BEFORE = re.compile(r"(?<![\w\-])([A-ZÆØÅa-zæøå][a-zæøå]*)-\n$")  # a word's first part, broken by a PDF


def word_before(text: str, at: int, reach: int = 60) -> re.Match[str] | None:
    """`_WORD_BEFORE.search(text, max(0, at - reach), at)`, tried at the one offset where a match can start.

    "$" stands at `at`, or before a line break ending the window; a match ends there with blanks, before
    them a quote mark or not, and before that a run of [\\w\\-] that no such character comes before: it
    starts where that run starts, which must be in the window."""
    lo = max(0, at - reach)
    end = at - 1 if at > lo and text[at - 1] == "\n" else at  # no blank before a final line break: "$" is there
    blanks = end
    while blanks > lo and text[blanks - 1] in " \t":
        blanks -= 1
    core = blanks - 1 if blanks > lo and text[blanks - 1] in "'’" else blanks
    run = core
    while run > 0 and is_word_char(text[run - 1]):
        run -= 1
    if blanks == end or run >= core or run < lo:
        return None
    return _WORD_BEFORE.match(text, run, at)


def broken_before(text: str, at: int, reach: int = 30) -> re.Match[str] | None:
    """`_BROKEN_BEFORE.search(text, max(0, at - reach), at)`: only where a hyphen and a line break end the
    window, or stand before its final line break (where "$" also matches)."""
    lo = max(0, at - reach)
    if text.endswith("-\n", lo, at) or text.endswith("-\n\n", lo, at):
        return _BROKEN_BEFORE.search(text, lo, at)
    return None
