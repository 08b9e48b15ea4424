"""The word right before a position, as the patterns that end in "$" find it in a window before that position,
found where it can only stand: a search of a window tries the pattern at every offset of it. And what the words
before an initiative word say of its name: a place or owner leading it ("Aakirkeby Sommerfest 2023").

    >>> word_before("til Integrationsrådets pulje", 23).group(1)
    'Integrationsrådets'
"""
from __future__ import annotations

import re

from ingest.extract.words import is_word_char
from ingest.lexicon import fold, load

_WORD_BEFORE = re.compile(r"(?<![\w\-])([\wæøåÆØÅ][\w\-]+['’]?)[ \t]+$")  # the word right before a position
_CAPITALS_BEFORE = re.compile(r"(?:[A-ZÆØÅ][\w\-]*[ \t])+$")
_YEAR_AFTER = re.compile(r"[ \t]+\d{4}(?:[-–/]\d{2,4})?\b")
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


# words that open a sentence before a capitalised noun without being part of a name ("Årets Sommerfest")
_NOT_A_NAME = frozenset("den det de denne dette disse næste sidste årets vores jeres deres hans hendes en et ny nye "
                        "hele første anden kommende nuværende tidligere samme ingen alle både lukket lukkede åben åbne".split())
_JOINING_BEFORE = re.compile(r"(?:^|[ \t])(?:for|og|af|i)[ \t]+$")  # "Center for Social Indsats": inside a longer name


def leads_a_name(text: str, prev_start: int, word_start: int) -> bool:
    """Whether the capitalised word at `prev_start`, one space before the capitalised initiative word at `word_start`,
    is part of its name ("Aakirkeby Sommerfest", "Aktiv Ældre-dag"): Danish writes a common noun in lower case, so two
    capitals in a row are a proper name; not when the first is a determiner opening a sentence ("Næste Sommerfest"),
    a genitive (an owner, read on its own terms), a person's name, a label, or an organisation ("Ydby IF Sommerfest")
    or a part of a longer name ("Center for Social Indsats")."""
    prev, initial = text[prev_start : word_start - 1], text[word_start : word_start + 1]
    if text[word_start - 1] != " " or not (initial.isupper() and prev[:1].isupper()) or prev.isupper():
        return False
    key, lex = fold(prev), load()
    return (prev.replace("-", "").isalpha() and not key.endswith("s") and key not in _NOT_A_NAME
            and not lex.is_first_name(prev) and key not in lex.surnames and key not in lex.headings
            and key not in lex.header_labels and lex.kind_by_suffix(prev) is None
            and not _JOINING_BEFORE.search(text, max(0, prev_start - 6), prev_start))


def owned_name(text: str, first: int, end: int, owner: bool = True) -> tuple[int, int]:
    """The span of an initiative named with its owner (the word at `first`, and the capitalised words before it:
    "Gentofte Kommunes netværkshus") or its place ("Aakirkeby Sommerfest"), and a year after it ("… 2023")."""
    caps = _CAPITALS_BEFORE.search(text, max(0, first - 60), first) if owner else None
    year = _YEAR_AFTER.match(text, end)
    return (caps.start() if caps else first), (year.end() if year else end)
