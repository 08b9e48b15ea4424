"""Parts of minutes cut off below a cut line or a note that what follows is left out of the published minutes.

Volunteer associations often keep one document and cut the internal part off before the minutes are
sent on or put up: "✂ - - - klip her - - - ✂", "Det følgende klippes af, før referatet sendes til
foreningerne", "Herunder kun for bestyrelsen". Such a line says nothing of one item: everything below it
is closed, up to an open-section heading ("Åben del"), a second cut line (a paragraph cut out between two
scissors lines, the rest of the minutes kept) or the end. The cut line is structure (scissors, a
dashed "klip her"); the note is a closing phrase of `data/lexicon/closed_markers.txt` with a word that
points below (kind `below`: "det følgende", "herunder", "nedenstående").
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ingest.alternation import literal_alternation
from ingest.closed import closed_title, heading_kind
from ingest.lexicon import fold, load

_SCISSORS = "✂✁✃✄"
# "- - - klip her - - -", "--- klip ---", "8<---- klip af her ----": the words stand between rules
_CUT_WORDS = re.compile(r"^[\W_]*(?:8<)?[\W_]*klip(?:\s+(?:af|ud))?(?:\s+her)?[\W_]*$")
_RULE = re.compile(r"[-–—_.=~]")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")


@functools.lru_cache(maxsize=1)
def _notes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(closing phrase, word pointing below), both on folded text."""
    lex = load()
    phrases = sorted(lex.closed_phrases, key=len, reverse=True)
    below = sorted(lex.closed_below, key=len, reverse=True)
    return (re.compile(rf"{literal_alternation(phrases, word_start=True)}(?!\w)"),
            re.compile(rf"{literal_alternation(below, word_start=True)}(?!\w)"))


def is_cut_line(text: str) -> bool:
    """Whether a cleaned line is a cut line: scissors with a rule, or "klip her" between rules.

    >>> is_cut_line("✂ - - - - klip her - - - - ✂"), is_cut_line("--- klip ---"), is_cut_line("Klip her og der")
    (True, True, False)
    """
    if not text:
        return False
    if any(c in text for c in _SCISSORS):
        return len(_RULE.findall(text)) >= 3 or bool(_CUT_WORDS.match(fold(text).strip(_SCISSORS + " ")))
    return "klip" in (folded := fold(text)) and len(_RULE.findall(text)) >= 3 and bool(_CUT_WORDS.match(folded))


def is_note_below(text: str) -> bool:
    """Whether a cleaned line says that what follows is cut from the published minutes.

    >>> is_note_below("Det følgende klippes af, før referatet sendes til foreningerne.")
    True
    >>> is_note_below("Referatet klippes af og sendes.")
    False
    """
    if not text:
        return False
    phrase, below = _notes()
    folded = fold(text)
    # the word pointing below first: it is rarer, and its pattern is a fraction of the phrases'
    return below.search(folded) is not None and phrase.search(folded) is not None


def _lines_with_below(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines whose folded text holds a word pointing below (`_notes`), in one scan: a newline
    passes the pattern's look-arounds as a line's start or end does."""
    whole = "\n".join(map(fold, lines))
    found, line, at = set(), 0, 0
    for m in _notes()[1].finditer(whole):
        line += whole.count("\n", at, m.start())
        at = m.start()
        found.add(line)
    return found


def cut_ranges(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Line ranges [start, end) below a cut line or a note pointing below, up to an open-section heading."""
    ranges: list[tuple[int, int]] = []
    # cheap test first, once over the whole text (lower-cased as `fold` does, without its per-character
    # accent stripping, which the words tested here do not need): most minutes have no scissors, no
    # "klip" and no word pointing below
    whole = "\n".join(lines).casefold().replace("aa", "å")
    cuts = "klip" in whole or any(c in whole for c in _SCISSORS)
    # (each word pointing below as plain text first: `str.find` passes most minutes faster than the pattern)
    notes = any(word in whole for word in load().closed_below) and _notes()[1].search(whole) is not None
    if not cuts and not notes:
        return ranges
    # the lines holding a word pointing below, found in one scan of the folded lines (such a word holds no newline):
    # only they may be notes (`is_note_below` looks for that word first)
    below = _lines_with_below(lines) if notes else set()
    i = 0
    while i < len(lines):
        if (cuts and (cut := is_cut_line(lines[i]))) or (i in below and is_note_below(lines[i])):
            end = i + 1
            while end < len(lines) and heading_kind(lines[end]) != "open":
                if cuts and cut and is_cut_line(lines[end]):  # a second cut line: the part between the two is cut out
                    end += 1
                    break
                end += 1
            ranges.append((i, end))
            i = end
            continue
        i += 1
    return ranges


def closed_numbered(lines: Sequence[str], item_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Numbered lines inside an item whose title is closed, up to the next number or item (ranges [start, end)).

    Minutes of a generalforsamling often go on with the konstituerende bestyrelsesmøde, numbered anew
    ("1. Konstituering … 4. Kontingentrestance (bestyrelsesinternt – kommer ikke med i det referat, der
    hænges op)"); the segmenter reads that second run as text of the last item. Such a closed title
    closes its own point, not the whole item it stands in. A title wrapped by the PDF is read with its
    next line.
    """
    starts = set(item_starts)
    ordered = sorted(starts)
    ranges: list[tuple[int, int]] = []
    # cheap test first, in one comprehension: most lines start with no digit, so `_NUMBERED` cannot match
    for i in [i for i, text in enumerate(lines) if text[:1].isdecimal()]:
        text = lines[i]
        if i in starts or not (m := _NUMBERED.match(text)):
            continue
        wrapped = i + 1 < len(lines) and lines[i + 1] and not _NUMBERED.match(lines[i + 1])
        title = text + (" " + lines[i + 1] if wrapped else "")
        if not closed_title(title):
            continue
        stop = min([s for s in ordered if s > i], default=len(lines))
        following = re.compile(rf"^{int(m.group(1)) + 1}[.)]\s+\S")
        end = next((j for j in range(i + 1, stop) if following.match(lines[j])), stop)
        ranges.append((i, end))
    return ranges
