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

from ingest.closed_vocabulary import closed_words
from ingest.lexicon import fold, load

_MIN_LETTERS = 5  # a closing word shorter than this is too easily another word one letter off
_WORD = re.compile(r"\w+")
# a stamp of one word at a title's end, after a dash, or in brackets anywhere (folded text)
_STAMP = re.compile(r"(?:\s[-–—]\s*|^)(\w+)\s*$|[\[(]\s*(\w+)\s*[\])]")


@functools.lru_cache(maxsize=1)
def _markers() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str], frozenset[int]]:
    """(markers of several words as word tuples, markers of one word, lookalikes, lengths of closing words)."""
    lex = load()
    markers = [tuple(_WORD.findall(m)) for m in lex.closed_item_markers | lex.closed_section_markers]
    several = tuple(m for m in markers if len(m) > 1)
    single = frozenset(m[0] for m in markers if len(m) == 1 and len(m[0]) >= _MIN_LETTERS)
    lookalikes = frozenset(closed_words("lookalike"))
    lengths = frozenset(len(w) for m in markers for w in m if len(w) >= _MIN_LETTERS)
    return several, single, lookalikes, frozenset(n + d for n in lengths for d in (-1, 0, 1))


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


def _close(word: str, marker_word: str, lookalikes: frozenset[str]) -> bool:
    return len(marker_word) >= _MIN_LETTERS and word not in lookalikes and one_edit_apart(word, marker_word)


def misspelt_closed_title(title: str) -> bool:
    """Whether a title carries a closed marker with one closing word misspelt.

    >>> misspelt_closed_title("Klage over kørsel – LUKET PUNKT"), misspelt_closed_title("Gadelyset er slukket")
    (True, False)
    """
    several, single, lookalikes, lengths = _markers()
    folded = fold(title)
    words = _WORD.findall(folded)
    if not any(len(w) in lengths for w in words):  # most titles: no word of a closing word's length
        return False
    for marker in several:
        n = len(marker)
        for start in range(len(words) - n + 1):
            window = words[start:start + n]
            off = [k for k in range(n) if window[k] != marker[k]]
            if len(off) == 1 and _close(window[off[0]], marker[off[0]], lookalikes):
                return True
    stamps = [w for m in _STAMP.finditer(folded) for w in m.groups() if w]
    return any(_close(stamp, marker, lookalikes) for stamp in stamps for marker in single)
