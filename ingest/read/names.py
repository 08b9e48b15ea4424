"""Whether a name a document gives a part of itself (a Word bookmark, a PDF layer) says the part is closed.

Such names are written as identifiers: "LukketPunkt_4", "lukket-punkt", "PKT5_FORTROLIGT", "Fortroligt2". Split at
"_", "-", ".", a change to a capital and between letters and digits, the name is read as an item's title is, against
the closed markers of the lexicon (`data/lexicon/closed_markers.txt`), so "Lukket Punkt 4" closes and "Klubhuset
lukker" or "Toc 2" do not.
"""
from __future__ import annotations

import re

from ingest.closed import closed_title

_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
_DIGITS = re.compile(r"(?<=\D)(?=\d)|(?<=\d)(?=\D)")
_SEPARATORS = re.compile(r"[\s_\-.]+")


def name_words(name: str) -> str:
    """An identifier-like name as words: "LukketPunkt_4" is "Lukket Punkt 4"."""
    return _SEPARATORS.sub(" ", _DIGITS.sub(" ", _CAMEL.sub(" ", name))).strip()


def closed_name(name: str) -> bool:
    """Whether an identifier-like name, split into words, is a closed marker.

    >>> closed_name("LukketPunkt_4"), closed_name("PKT5_FORTROLIGT"), closed_name("_GoBack"), closed_name("Klubhuset_lukker")
    (True, True, False, False)
    """
    words = name_words(name)
    return bool(words) and closed_title(words)
