"""First names of the people named in full only in a closed part, kept as digests.

Minutes come back to a person of a closed item by first name in an open one ("Inger har tilbudt at stå for
risalamanden" after the closed item about "Inger Thyregod Balslev"): a lone first name that fits no one of the
open parts then points at the person the closed part was closed to protect. The segmenter notes the first names
of the full names it blanks; the people extractor makes no person of a lone first name among them. They are kept
as SHA-256 digests, as erased names are (`ingest/suppress.py`), so the segmented minutes carry nothing readable
of a closed part.
"""
from __future__ import annotations

import hashlib
import re

from ingest.lexicon import fold, load

# a full name: a capitalised word and one or more after it, on one line or wrapped onto the next
_FULL_NAME = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøåéü]+)(?=\s+[A-ZÆØÅ][\w-])")


def first_name_key(name: str) -> str:
    """The digest of a first name; case and accents do not matter."""
    return hashlib.sha256(fold(name).encode("utf-8")).hexdigest()


def withheld_first_names(original: str, redacted: str) -> frozenset[str]:
    """Digests of the first names of the full names that stand in blanked parts of `original` (`redacted` is it with
    closed passages blanked, offsets kept).

    >>> names = withheld_first_names("Anna Holm kom. Inger Quarnbek klager.", "Anna Holm kom.                      ")
    >>> first_name_key("Inger") in names, first_name_key("Anna") in names
    (True, False)
    """
    if redacted is original:  # cheap test first: most minutes close nothing
        return frozenset()
    first_names = load().first_names
    return frozenset(first_name_key(m.group(1)) for m in _FULL_NAME.finditer(original)
                     if fold(m.group(1)) in first_names and not redacted[m.start():m.end()].strip())
