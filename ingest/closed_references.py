"""What the rest of the minutes says about a closed item is closed too.

A closed item is blanked where it stands, but minutes come back to it elsewhere, and the name in it with them:
- a sentence that refers to a closed item by number: an attendance note ("Under punkt 5 deltog klageren, …"), a
  follow-up in Eventuelt ("Opfølgning fra lukket punkt 4: … kontakter …"), a correction of earlier minutes
  ("Dog rettes i lukket punkt 3 stavningen af ansøgerens navn, så der står …"); "lukket punkt 3" is a closed item
  whatever meeting it was in;
- a row of an action list after the items whose item column names a closed item ("Pkt.  Opgave  Ansvarlig" /
  "4     Skriftligt svar til … om klagen"), with the lines its cells wrap onto;
- an attachment numbered by a closed item ("Bilag 4.1: Brev fra …");
- a contents entry of a closed item, which may carry more than the item's own title ("5. Klage fra <name> over
  afslag ……… 4");
- a line that repeats a closed item's title, as a summary of decisions after the minutes lists them by title, not
  by number ("- Ansøgning om støtte fra hjælpefonden (<name>): 4.000 kr. bevilget.").
An item that approves earlier minutes ("Godkendelse af referat fra mødet den 11. marts") speaks of that meeting's
items: a number in it closes none of this meeting's (`earlier_minutes`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ingest.closed_numbers import referenced_numbers
from ingest.lexicon import fold

# the closed item of any meeting: "lukket punkt 3" (folded text)
_CLOSED_REFERENCE = re.compile(r"\blukke(?:t|de)\s+(?:dagsordens)?(?:punkt|pkt)\.?\s*(?:nr\.?\s*)?\d")
# the heading of an action list's item column: "Pkt.", "Punkt", "Dagsordenspunkt" and a gap before the next column
_ITEM_COLUMN = re.compile(r"^\s*(?:dagsordens)?(?:pkt|punkt)\.?(?:\t|\s{2,}|\s*\|)")
_ROW = re.compile(r"^\s*\|?\s*(\d{1,2})(?:\t|\s{2,}|\s*\|)")
# an attachment numbered by its item: "Bilag 4.1: Brev fra …", "Bilag 4-2", "• Bilag 4.1 (lukket bilag)"
_ATTACHMENT = re.compile(r"^\W*bilag\s+(\d{1,2})[.\-]\d")
# a contents entry with a leader to its page: "5.   Klage fra … over afslag ........ 4"
_CONTENTS_ENTRY = re.compile(r"^\s*(\d{1,2})[.)]?\s+(.+?)\s*\.{4,}\s*\d*\s*$")
_WRAP = 4  # lines: the most a wrapped sentence is taken to run over
_TABLE_REACH = 30  # lines: how far below its heading row an action list's row may be
# an item approving earlier minutes (folded title)
_ENTRY = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*])\s")  # a numbered or bulleted line: an entry of a list
_TITLE_CHARS = 12  # a shorter title ("Eventuelt", "Personsag") is too common a phrase to stand for its item
_EARLIER = re.compile(r"\breferat(?:et)?\b.*\b(?:godkend\w*|opfølgning|fra\s+(?:sidste|forrige|mødet))"
                      r"|\b(?:godkend\w*|opfølgning)\b.*\breferat")


def earlier_minutes(titles: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The line ranges of the items that approve or follow up earlier minutes, from (start, stop, title) of each.

    >>> earlier_minutes([(3, 6, "Godkendelse af referat fra mødet den 11. marts"), (6, 9, "Busruter")])
    [(3, 6)]
    """
    return [(start, stop) for start, stop, title in titles
            if "referat" in (folded := fold(title)) and _EARLIER.search(folded)]


def referring_lines(raw: Sequence[str], closed_numbers: Mapping[int, str],
                    item_starts: frozenset[int]) -> list[tuple[int, int]]:
    """Line ranges [start, end) that refer to a closed item (see the module docstring); `raw` are the document's
    lines as written (an action list's wrapped cells are told by their indent), `closed_numbers` this meeting's
    closed items (number -> title), `item_starts` the lines of its items' headings (whether an item is closed is decided there; a
    sentence does not run over one)."""
    if not closed_numbers and "lukke" not in "\n".join(raw).lower():  # cheap test first: most minutes close nothing
        return []
    ranges: list[tuple[int, int]] = []
    heading_at = -_TABLE_REACH - 1
    titles = _telling_titles(closed_numbers.values())
    for i, text in enumerate(raw):
        if i in item_starts:
            continue
        lowered = text.lower()
        if titles and any(title in " ".join(fold(text).split()) for title in titles):
            ranges.append((i, _entry_end(raw, i, item_starts)))
            continue
        if "kt" in lowered and _ITEM_COLUMN.match(lowered):
            heading_at = i
            continue
        if closed_numbers and i - heading_at <= _TABLE_REACH and (m := _ROW.match(text)):
            if int(m.group(1)) in closed_numbers:
                ranges.append((i, _wrapped_cells(raw, i)))
            continue
        if closed_numbers and "bilag" in lowered and (m := _ATTACHMENT.match(lowered)) and int(m.group(1)) in closed_numbers:
            ranges.append((i, _sentence_end(raw, i, item_starts)))
            continue
        if closed_numbers and "...." in text and (m := _CONTENTS_ENTRY.match(text)):
            if same_entry(m.group(2), closed_numbers.get(int(m.group(1)))):
                ranges.append((i, i + 1))
            continue
        if "kt" not in lowered:  # cheap test first: no "punkt", no "pkt"
            continue
        folded = fold(text)
        if _CLOSED_REFERENCE.search(folded) or not referenced_numbers(folded).isdisjoint(closed_numbers):
            ranges.append((_sentence_start(raw, i, item_starts), _sentence_end(raw, i, item_starts)))
    return ranges


def _telling_titles(titles: Iterable[str]) -> tuple[str, ...]:
    """The folded titles, spaces evened, long enough to stand for their item alone (see `_TITLE_CHARS`)."""
    folded = (" ".join(fold(title).split()) for title in titles)
    return tuple(title for title in folded if len(title) >= _TITLE_CHARS and " " in title)


def same_entry(entry: str, item_title: str | None) -> bool:
    """Whether a contents entry of a closed item's number is that item: a word of four letters or more in common
    ("5. Klage fra <name> over afslag på boligindretning …… 4" and the item "Klage over afslag"). A numbered line
    before the items that shares no word with the item is something else (a numbered list of members).

    >>> same_entry("Klage fra Karl Berg over afslag", "Klage over afslag"), same_entry("Anna Berg, formand", "Klage")
    (True, False)
    """
    if not item_title:
        return False
    words = {w for w in re.findall(r"\w{4,}", fold(item_title))}
    return any(w in words for w in re.findall(r"\w{4,}", fold(entry)))


def _wrapped_cells(raw: Sequence[str], i: int) -> int:
    """The end of a row whose cells wrap onto indented lines below it with no number of their own."""
    end = i + 1
    while end < len(raw) and raw[end][:1] in (" ", "\t") and raw[end].strip() and not _ROW.match(raw[end]):
        end += 1
    return end


def _sentence_start(raw: Sequence[str], i: int, item_starts: frozenset[int]) -> int:
    """A sentence wrapped onto line i from the line above starts there (the line above ends in no full stop)."""
    while (i > 0 and i - 1 not in item_starts and raw[i - 1].strip() and raw[i - 1].rstrip()[-1] not in ".:!?"
           and raw[i].lstrip()[:1].islower()):
        i -= 1
    return i


def _sentence_end(raw: Sequence[str], i: int, item_starts: frozenset[int]) -> int:
    """A sentence goes on, up to a few lines, over a line ending in no full stop onto a line in lower case, or from
    a lower-case word onto a name ("… kontakter / Karl Jensen om sagen."); not onto a label ("Deltagere: …")."""
    end = i + 1
    while end < min(len(raw), i + _WRAP) and end not in item_starts and _goes_on(raw[end - 1], raw[end]):
        end += 1
    return end


def _entry_end(raw: Sequence[str], i: int, item_starts: frozenset[int]) -> int:
    """The end of an entry of a list (a summary's "- Titel: …", a contents entry "4. Titel"): as a sentence's
    (`_sentence_end`), but the next entry of the list ("5. Eventuelt", "- Julefrokost: …") starts one of its own."""
    end = i + 1
    while (end < min(len(raw), i + _WRAP) and end not in item_starts and not _ENTRY.match(raw[end])
           and _goes_on(raw[end - 1], raw[end])):
        end += 1
    return end


def _goes_on(line: str, after: str) -> bool:
    last, first = line.rstrip()[-1:], after.lstrip()[:1]
    if not first or last in ".:!?" or not last:
        return False
    return first.islower() or (last.islower() and "\t" not in after and ":" not in after[:25])
