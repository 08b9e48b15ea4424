"""A closed marker misspelt in a title: "5.  Klage over kørselsordning – LUKET PUNKT".

Minutes are typed in a hurry and a stamp in capitals escapes the spelling checker: "luket punkt",
"lukkt punkt", "lukke punkt", "fortroligt pukt". A word of five letters or more of a closed marker may be
one edit (a letter left out, added, changed) off:
- in a marker of several words, the other words as written ("Luket punkt" is "lukket punkt");
- a marker of one word only when it stands as a stamp of its own, after a dash or in brackets
  ("Klagesag – Lukkt", "(Fortroligtt)"): as a word in a sentence a real word one letter off would close
  items ("Gadelyset slukket", "at lukke skolen").
Real Danish words one edit from a closing word ("slukket", "lokket", "lukker") are `lookalike` lines of
`data/lexicon/closed_markers.txt` and never count as a misspelling.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, load

_MIN_LETTERS = 5  # a closing word shorter than this is too easily another word one letter off
_WORD = re.compile(r"\w+")
# a stamp of one word at a title's end, after a dash, or in brackets anywhere (folded text)
_STAMP = re.compile(r"(?:\s[-–—]\s*|^)(\w+)\s*$|[\[(]\s*(\w+)\s*[\])]")


@functools.lru_cache(maxsize=1)
def _markers() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(markers of several words as word tuples, markers of one word, lookalikes, and an index from each
    closing word of five letters or more, and each form of it with a letter left out, to the closing words)."""
    lex = load()
    markers = [tuple(_WORD.findall(m)) for m in lex.closed_item_markers | lex.closed_section_markers]
    several = tuple(m for m in markers if len(m) > 1)
    single = frozenset(m[0] for m in markers if len(m) == 1 and len(m[0]) >= _MIN_LETTERS)
    index: dict[str, set[str]] = {}
    for word in {w for m in markers for w in m if len(w) >= _MIN_LETTERS}:
        for key in _keys(word):
            index.setdefault(key, set()).add(word)
    return several, single, frozenset(load().closed_words("lookalike")), {k: frozenset(v) for k, v in index.items()}


def _keys(word: str) -> set[str]:
    """The word and every form of it with one letter left out: two words one edit apart share one."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


@functools.lru_cache(maxsize=50_000)  # words recur from title to title
def _near(word: str) -> frozenset[str]:
    """The closing words one edit from a word (not the word itself, nor from a lookalike)."""
    _, _, lookalikes, index = _markers()
    if len(word) < _MIN_LETTERS - 1 or word in lookalikes:
        return frozenset()
    found = {c for key in _keys(word) for c in index.get(key, ()) if one_edit_apart(word, c)}
    return frozenset(found)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter left out, added or changed apart.

    >>> one_edit_apart("luket", "lukket"), one_edit_apart("lukkt", "lukket"), one_edit_apart("lukket", "lukket")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def misspelt_closed_title(title: str) -> bool:
    """Whether a title carries a closed marker with one closing word misspelt.

    >>> misspelt_closed_title("Klage over kørsel – LUKET PUNKT"), misspelt_closed_title("Gadelyset er slukket")
    (True, False)
    """
    several, single, _, _ = _markers()
    words = _WORD.findall(fold(title))
    if not any(map(_near, words)):  # most titles: no word one letter off a closing word (one pass, in C)
        return False
    near = {n: found for n, w in enumerate(words) if (found := _near(w))}
    for n, found in near.items():
        for marker in several:
            for k, closing in enumerate(marker):
                start = n - k
                if (closing in found and 0 <= start and start + len(marker) <= len(words)
                        and all(words[start + j] == marker[j] for j in range(len(marker)) if j != k)):
                    return True
    stamps = {w for m in _STAMP.finditer(fold(title)) for w in m.groups() if w}
    return any(words[n] in stamps and found & single for n, found in near.items())
