"""Legends: a document defines a symbol as a closed marker ("(L) = lukket punkt", "🔴 lukket punkt", "Punkter
markeret med (L) er lukkede"), and a title or table cell carrying the symbol is closed (`ingest/closed.py`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ingest.closed_patterns import marker_patterns
from ingest.lexicon import fold, load

# "(L) = lukket punkt", "L: lukket punkt": a letter or two, then what it means; or a pictograph ("🔒 = lukket
# punkt", "■: lukket"): arrows, technical signs, geometric shapes, dingbats and emoji, not "•" or the daggers
# (a bullet, footnote marks). ("*" is no symbol here: the line cleaner takes it for a bullet.)
_PICTOGRAPH = "[\u2190-\u2bff\U0001f000-\U0001faff]"
_LEGEND = re.compile(rf"^(\([^\W\d]{{1,3}}\)|[^\W\d]{{1,2}}(?=\s*[=:])|{_PICTOGRAPH}{{1,2}}(?=\s*(?:[=:]|[-–]\s)))"
                     r"\s*(?:[=:]|[-–]\s)?\s*(.+)$")
# "Punkter markeret med (L) er lukkede": the legend as a sentence; Norwegian and Swedish write it without "med"
# ("Saker merket (U) er unntatt offentlighet", "Ärenden märkta (S) …")
_MARKED_WITH = re.compile(r"\b(?:markeret|mærket|markerede|mærkede|merket|merkede|märkt|märkta)\s+(?:med\s+)?"
                          r"(\([^\W\d]{1,3}\)|[^\W\d]{1,2})\s+(.+)$", re.I)

# a legend of several symbols on one line ("Å = åbent punkt   L = lukket punkt", "Å: åben; L: lukket") is
# parted at a column gap, a tab, ";" or a comma before the next symbol
# (or a middle dot, a bar or a slash between spaces: "🔒 = lukket · 🔓 = åbent")
_LEGEND_PARTS = re.compile(rf"(?:\s{{3,}}|\t+|;\s*|,\s+|\s+[·|/]\s+)(?=\(?[^\W\d]{{1,3}}\)?\s*[=:]|{_PICTOGRAPH})")
# a pictograph needs no "=" when a bare marker follows it: "🔒 Lukket punkt   🔓 Åbent punkt", or one with a note
# in brackets: "🔴 lukket punkt (bliver i bestyrelsens workspace)"
_PICTOGRAPH_KEY = re.compile(rf"^({_PICTOGRAPH}{{1,2}})\s+([^\W\d]+(?: [^\W\d]+){{0,2}})(?:\s*\([^()]*\))?$")


@functools.lru_cache(maxsize=8192)  # each line is asked about by several readers (markers, bodies, paragraphs)
def _legend(text: str) -> tuple[str, ...]:
    """The symbols a legend line defines as closed markers ("(L) = lukket punkt" → ("(L)",)), if it is one."""
    marker = marker_patterns()[0]
    if ":" in text[:25] and not _LEGEND.match(text):  # after a label: "Forkortelser: LP = lukket punkt"
        text = text.split(":", 1)[1].strip()
    # a bare pictograph before a marker is a legend only beside another symbol's part: "🔒 Lukket  🔓 Åben"
    if (m := _LEGEND.match(text)) or (text and "\u2190" <= text[0] and _LEGEND_PARTS.search(text)):
        parts = _LEGEND_PARTS.split(text) if ("  " in text or "\t" in text or ";" in text or "," in text
                                              or " · " in text or " | " in text or " / " in text) else []
        found = [_legend_part(part.strip()) for part in parts] if len(parts) > 1 else [m]
        return tuple(f.group(1) for f in found if f and marker.search(fold(f.group(2))))
    # cheap test first: "rk" in any case is in every legend sentence (no other character is "r" or "k" to
    # re.IGNORECASE than what lower-cases to it; test_fast_paths checks)
    if "rk" in text.lower() and (m := _MARKED_WITH.search(text)) and marker.search(fold(m.group(2))):
        return (m.group(1),)
    return ()


def _legend_part(text: str) -> re.Match[str] | None:
    """A symbol and its meaning, from one part of a legend line of several; a bare pictograph only before a
    marker ("🔒 Lukket punkt")."""
    if m := _LEGEND.match(text):
        return m
    m = _PICTOGRAPH_KEY.match(text)
    return m if m and fold(m.group(2)) in load().closed_item_markers else None


def is_legend(text: str) -> bool:
    """Whether a cleaned line is a legend defining a closed marker (it says what a symbol means, no more)."""
    return bool(text) and bool(_legend(text))


def legend_markers(lines: Sequence[str]) -> frozenset[str]:
    """Symbols the legend lines of a document define as closed-item markers (see `is_legend`).

    >>> sorted(legend_markers(["5 (L) | Klage", "(L) = lukket punkt", "B: beslutning", "Å = åbent   L = lukket"]))
    ['(L)', 'L']
    """
    return frozenset(symbol for text in lines if text for symbol in _legend(text))


@functools.lru_cache(maxsize=64)
def _symbol(token: str) -> re.Pattern[str]:
    """Where a legend symbol is used: a letter as a token of its own, case kept ("L", not the "l" of a
    word); "(L)" anywhere."""
    if token[0] == "(":
        return re.compile(re.escape(token), re.I)
    if len(token) > 1:  # an abbreviation ("LP = lukket punkt") marks a title in brackets too: "5. Klage (LP)"
        return re.compile(rf"(?<!\w){re.escape(token)}(?!\w)")
    return re.compile(rf"(?<![\w(]){re.escape(token)}(?![\w)])")  # not a party letter after a name: "(A)"


def uses_legend(text: str, markers: frozenset[str]) -> bool:
    """Whether a title or a table cell carries one of the document's legend markers."""
    return any(_symbol(token).search(text) for token in markers)
