"""The closed markers of `data/lexicon/closed_markers.txt` as patterns over folded text, compiled once.

Shared by the closed-part readers (`ingest/closed.py`) and the legends that define markers of their own
(`ingest/closed_legends.py`).
"""
from __future__ import annotations

import functools
import re

from ingest.alternation import literal_alternation
from ingest.lexicon import load

_SEPARATOR = r"\s*(?:[:.\-–—(]|$)"  # what may follow a marker that opens a heading line ("Lukket punkt (personsag)")
# after a section marker a heading may go on ("Fortroligt tillæg til referat af …", "Lukket bilag vedr. pkt. 4") or
# stand in a column of a running page header ("Lukket referat          12-11-2019"; from a PDF the gap may be
# one space: "Lukket referat 12-11-2019")
_SECTION_SEPARATOR = rf"(?:{_SEPARATOR}|\s+(?:til|vedr|vedrørende|for|af)\b|\s+\d|\s{{3,}}|\t)"


@functools.lru_cache(maxsize=1)
def closing_phrases() -> frozenset[str]:
    """The closing phrases, folded: in running text a marker of several words closes too ("drøftet som lukket
    punkt"); one word ("lukket", "fortroligt") says too little there."""
    lex = load()
    return lex.closed_phrases | {m for m in lex.closed_item_markers | lex.closed_section_markers if " " in m}


@functools.lru_cache(maxsize=1)
def phrase_words() -> tuple[str, ...] | None:
    """A word of each closing phrase (its longest), without a word that holds another of them: text that holds
    none of these holds no closing phrase (None when a phrase has no word: then no text can be passed over)."""
    words = {max(phrase.split(), key=len, default="") for phrase in closing_phrases()}
    if "" in words:
        return None
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


@functools.lru_cache(maxsize=1)
def marker_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(marker as a word of a title, closing phrase, item heading line, section heading line)."""
    lex = load()

    def longest_first(markers: frozenset[str]) -> list[str]:
        return sorted(markers, key=len, reverse=True)

    items, sections = longest_first(lex.closed_item_markers), longest_first(lex.closed_section_markers)
    phrases = closing_phrases()
    return (
        re.compile(rf"{literal_alternation([*items, *sections], word_start=True)}(?!\w)"),
        # "(?<!\w)" before the alternation too (it says what the alternation's own look-behind says): phrases start
        # with most letters, and a scan that passes the letters inside words at once is a third faster than one
        # that tries the phrases at each of them
        re.compile(rf"(?<!\w){literal_alternation(longest_first(frozenset(phrases)), word_start=True)}(?!\w)"),
        re.compile(rf"^{literal_alternation(items)}{_SEPARATOR}"),
        re.compile(rf"^{literal_alternation(sections)}{_SECTION_SEPARATOR}"),
    )
