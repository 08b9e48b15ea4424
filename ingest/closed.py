"""Which parts of a document are closed (lukket): the segmenter blanks them before anything reads them.

Four signs, all read from `data/lexicon/closed_markers.txt`:
- an item's title holds a closed-item marker as a word of its own ("4) Fortroligt",
  "Pkt. 3 Lukket punkt – personsag", "(Lukket) Klagesag");
- an item's first lines are such a marker, or its text holds a closing phrase anywhere ("behandlet
  for lukkede døre", "som lukket punkt"); in prose minutes such a phrase closes its paragraph;
- a line is a closed heading of its own ("Lukket dagsorden", "Lukket punkt: Personsag"), numbered or
  not. A section heading closes everything after it until an open-section heading; an item heading
  closes the text after it until the next agenda item or open-section heading. In minutes written
  as prose, without numbered items, such a heading is the only sign, so it is looked for everywhere.
  A confidential annex after the minutes ("Fortroligt tillæg til referat af …") and a running page
  header ("Lukket referat      12-11-2019", ended by the next "Åbent referat") are section headings;
- an item's text says its content is withheld for the persons' sake ("udeladt af hensyn til
  tavshedspligt"): the item closes, title included.
A fifth sign is defined by the document itself: a legend line ("(L) = lukket punkt", "L: lukket
punkt", "🔴 lukket punkt") makes its symbol a closed marker, so an item ("5 (L) Klagesag") or a table row
("5 (L) | …") carrying it closes (`ingest/closed_legends.py`). A table row ("5 | Lukket punkt | …") closes like an item of its own
(`ingest/closed_tables.py`).
Items closed by a sign elsewhere (a sentence naming their number, a contents list's closed group or
marked entry) are found by `ingest/closed_numbers.py`, by a footnote mark on their title by
`ingest/closed_footnotes.py`. A sub-point whose label is closed ("b) Lukket orientering: …") closes
itself only (`ingest/closed_subpoints.py`).
When in doubt the passage goes: a leaked name cannot be taken back, a lost sentence costs little.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence

from ingest.closed_citations import cites_exemption
from ingest.closed_sentences import asks_when, has_withheld_clue, names_another_item, withheld
from ingest.closed_typos import misspelt_closed_title
from ingest.closed_keys import is_marker_cell, status_row
from ingest.closed_legends import is_legend, legend_markers, uses_legend
from ingest.closed_patterns import marker_patterns, phrase_words
from ingest.closed_subheadings import is_subheading
from ingest.lexicon import fold, load

_BODY_LINES = 6  # how far into an item a marker line or closing phrase still closes it
_LONG_PARAGRAPH = 12  # lines: more is no paragraph but a whole document without blank lines
_LEAD_LINES = 2  # lines above a closing phrase that still go with it (a sentence wrapped by the PDF)

ROW_NUMBER = re.compile(r"^\(?\d{1,2}\b")
CELL_SEPARATOR = re.compile(r"\s*\|\s*|\t+")  # between the cells of a table row: "|" or tabs (from a Word table)



def numbered_cells(text: str) -> list[str]:
    """The cells of a table row whose first cell is an item number ("5 (L) | Klage | …"), else []."""
    if "|" not in text and "\t" not in text:
        return []
    # cheap test first: the first cell, up to the first bar or tab (the separator takes only spaces before it, which
    # the cell's strip drops), is an item number in few rows; then the split, which re tries at every character
    row = text.strip("| \t")
    cut = min((k for k in (row.find("|"), row.find("\t")) if k >= 0), default=-1)
    if cut < 0 or not ROW_NUMBER.match(row[:cut].strip()):
        return []
    cells = [c.strip() for c in CELL_SEPARATOR.split(row)]
    return cells if len(cells) >= 2 and ROW_NUMBER.match(cells[0]) else []


def closed_passages(lines: Sequence[str], item_starts: Sequence[int], subpoints: frozenset[int] = frozenset(),
                    folded_lines: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Passages closed by a sign inside a line, not by a heading of their own (line ranges [start, end)):

    - a closed marker in brackets anywhere in a line ("3 Elevsag [LUKKET]", "Klagesag (fortroligt)")
      closes its paragraph; a bracketed line standing alone as a paragraph (a heading) closes the
      paragraph below it too;
    - an inline label ("Eventuelt – fortroligt: Formanden orienterede …", "Lukket: …") closes the
      text from its line to the paragraph's end.
    Neither runs past the next agenda item. A closed sub-point's label line (`subpoints`, "4 b Ansøgning
    (lukket)") closes its sub-point only, which `ingest/closed_subpoints.py` finds. `folded_lines`: the lines
    folded, when the caller has them already."""
    bracketed, label = _inlinemarker_patterns()
    starts = sorted(item_starts)
    first = starts[0] if starts else 0
    ranges = []
    # cheap test first, in one comprehension: most lines hold no part of a marker
    for i, folded in [(i, folded) for i, folded in enumerate(map(fold, lines) if folded_lines is None else folded_lines)
                      if "lukk" in folded or "fortr" in folded or "offentl" in folded or "person" in folded]:
        text = lines[i]
        by_bracket = bracketed.search(folded) is not None
        if not by_bracket and not label.search(folded):
            continue
        if by_bracket and (is_subheading(lines, i, starts) or i in subpoints):  # "Eventuelt (lukket del)":
            continue  # ingest/closed_subheadings.py
        if by_bracket and i < first and _CONTENTS_ENTRY.match(text):
            # an entry of the contents list above the items ("8. Henvendelse (Lukket punkt)"): the entry
            # alone; the item it names is closed by its own title or by the contents rules
            ranges.append((i, i + 1))
            continue
        start = i
        if by_bracket:  # the paragraph holding it, not above the item it is in
            floor = max([s for s in starts if s <= i], default=0)
            while start > floor and lines[start - 1]:
                start -= 1
        end = i + 1
        while end < len(lines) and lines[end]:
            end += 1
        if by_bracket and end == i + 1 and start == i:  # a heading alone: the paragraph below goes with it
            while end < len(lines) and not lines[end]:
                end += 1
            while end < len(lines) and lines[end]:
                end += 1
        ceiling = min([s for s in starts if s > i], default=len(lines))
        ranges.append((start, min(end, ceiling)))
    return ranges


_CONTENTS_ENTRY = re.compile(r"^(?:pkt\.?\s*|punkt\s+)?\(?\d{1,2}[.)]?\s", re.IGNORECASE)  # "8. …", "Pkt. 8 …", "(8) …"

@functools.lru_cache(maxsize=1)
def _inlinemarker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a closed marker in brackets, a closed marker as an inline label ending in ":"), on folded text."""
    lex = load()
    markers = "|".join(re.escape(m.strip("()")) for m in sorted(lex.closed_item_markers | lex.closed_section_markers,
                                                                 key=len, reverse=True))
    # a Word comment or text box that starts with a marker ("[Kommentar: Fortroligt – …]", "[Tekstfelt: LUKKET
    # PUNKT]", ingest/read/word.py) is one too
    return (re.compile(rf"[\[(]\s*(?:{markers})\s*[\])]|\[(?:kommentar|tekstfelt):\s*(?:{markers})(?!\w)"),
            re.compile(rf"(?:^|[–—,;]\s*|\s-\s*)(?:{markers})\s*:"))


def has_closing_phrase(folded: str) -> bool:
    """Whether folded text holds a closing phrase ("behandlet for lukkede døre", "som lukket punkt")."""
    return marker_patterns()[1].search(folded) is not None


def closing_phrase_lines(folded: Sequence[str]) -> set[int]:
    """The indexes of the folded lines that hold a closing phrase: one scan of their text joined, not a search of
    each line (a phrase holds no newline, and a newline passes the look-arounds as a line's start or end does, so a
    line holds one exactly when the scan finds one starting in it)."""
    phrase, words = marker_patterns()[1], phrase_words()
    whole = "\n".join(folded)
    if words is None:
        found, line, at = set(), 0, 0
        for m in phrase.finditer(whole):
            line += whole.count("\n", at, m.start())
            at = m.start()
            found.add(line)
        return found
    # the phrase pattern, a trie of some hundred phrases tried at each word, is slow to scan a text with; a line
    # holds a phrase only where it holds the phrase's word (`phrase_words`), found by `str.find`, so only those
    # lines are searched
    starts = list(itertools.accumulate([len(text) + 1 for text in folded], initial=0))
    lines = set()
    for word in words:
        at = whole.find(word)
        while at >= 0:
            lines.add(bisect.bisect_right(starts, at) - 1)
            at = whole.find(word, at + 1)
    return {i for i in lines if phrase.search(folded[i])}


def closing_phrase_at(folded: str) -> int:
    """Where the first closing phrase starts in folded text, or -1."""
    return m.start() if (m := marker_patterns()[1].search(folded)) else -1


def closed_title(title: str) -> bool:
    """Whether an item's title marks it closed: a marker as a word of its own or a closing phrase
    ("Udgår af referatet"), anywhere in it, or an exempting paragraph cited as its basis ("(offl. § 30)").

    >>> closed_title("5) Fortroligt"), closed_title("Lukket punkt - klagesag"), closed_title("Fortrolighed i foreninger")
    (True, True, False)
    """
    marker, phrase, _, _ = marker_patterns()
    folded = fold(title)
    return (marker.search(folded) is not None or phrase.search(folded) is not None or misspelt_closed_title(title)
            or cites_exemption(title))


_GAP = re.compile(r"\s{3,}|\t")  # between the columns of a plain-text table


def closed_body(lines: Sequence[str], phrased: bool | None = None) -> bool:
    """Whether an item's text closes it: a marker line among its first lines, or a closing phrase
    anywhere in it ("Punktet blev behandlet for lukkede døre"). `phrased`: whether the lines hold a closing
    phrase, when the caller knows it from one scan of the whole document (`closing_phrase_lines`)."""
    _, phrase, item_heading, section_heading = marker_patterns()
    folded_lines = list(map(fold, lines))
    # cheap test first, once over the whole text: most items hold no closing phrase and no clue of a withheld
    # note, and then only their first lines can close them
    whole = "\n".join(folded_lines)
    any_phrase = phrase.search(whole) is not None if phrased is None else phrased
    any_clue = has_withheld_clue(whole)
    for n, (text, folded) in enumerate(zip(lines if any_phrase or any_clue else lines[:_BODY_LINES], folded_lines)):
        if _closes_body(n, text, folded, any_phrase, any_clue) and not is_legend(text):
            return True  # (a legend, "(L) = lukket punkt" under the last item, explains a mark: it closes nothing)
    return False


def _closes_body(n: int, text: str, folded: str, any_phrase: bool, any_clue: bool) -> bool:
    """Whether line n of an item's text closes it (`closed_body`; `any_phrase`, `any_clue`: whether the
    item's text holds a closing phrase or a withheld note's clue anywhere)."""
    _, phrase, item_heading, section_heading = marker_patterns()
    if n < _BODY_LINES and (item_heading.match(folded) or status_row(text)):
        return True
    # a misspelt stamp on a short line of its own under the title ("LUKET PUNKT"), not in a sentence
    if n < _BODY_LINES and len(folded.split()) <= 4 and misspelt_closed_title(text):
        return True
    # a margin note beside the first lines of a two-column layout: a marker in brackets before the text
    # ("(fortr.)   Rådet drøftede …") or a marker alone in the left column ("Lukket      Rådet drøftede …")
    if n < _BODY_LINES and ((folded[:1] in "([" and _inlinemarker_patterns()[0].match(folded))
                            or (("   " in text or "\t" in text) and is_marker_cell(_GAP.split(text.strip(), 1)[0]))):
        return True
    # a heading line starts a closed passage of its own, which `closed_ranges` takes
    # (not a phrase asked about, "hvornår en sag skal behandles som et lukket punkt", nor one naming another item,
    # "Dog rettes i lukket punkt 3 …": `ingest/closed_sentences.py`)
    if (any_phrase and any(not asks_when(folded[:m.start()]) and not names_another_item(m.group(), folded[m.end():])
                           for m in phrase.finditer(folded))
            and not section_heading.match(folded) and not item_heading.match(folded)):
        return True
    return any_clue and withheld(folded)


def closed_paragraphs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Line ranges of the paragraphs that hold a closing phrase, for minutes without numbered items."""
    phrased = closing_phrase_lines(list(map(fold, lines)))  # one scan of the text
    ranges, start = [], None
    for i, text in enumerate([*lines, ""]):
        if text and start is None:
            start = i
        elif not text and start is not None:
            # a table row is judged as a row of its own (`closed_rows`), a legend closes nothing
            hits = [j for j in range(start, i) if lines[j] and not numbered_cells(lines[j]) and not is_legend(lines[j])
                    and (j in phrased or withheld(fold(lines[j])))]
            if hits:
                # a "paragraph" this long is a document without blank lines (HTML read block by block):
                # it goes from a little before the phrase on, the header above it stays
                ranges.append((max(start, hits[0] - _LEAD_LINES) if i - start > _LONG_PARAGRAPH else start, i))
            start = None
    return ranges


@functools.lru_cache(maxsize=1)
def _heading_starts() -> dict[str, tuple[str, ...]] | None:
    """What a heading line starts with, folded: a marker, the markers listed by their first letter, so a line is
    tested against those of its own first letter only, not against every marker (None when a marker is empty: then
    any line, even "...", may be one)."""
    lex = load()
    markers = lex.open_section_markers | lex.closed_item_markers | lex.closed_section_markers
    if "" in markers:
        return None
    by_letter: dict[str, tuple[str, ...]] = {}
    for marker in sorted(markers):
        by_letter[marker[0]] = by_letter.get(marker[0], ()) + (marker,)
    return by_letter


_TRAILING_DATE = re.compile(r"\s+[\d.\-/]+$")


_BRACKETED_TAIL = re.compile(r"[\s.:]*\([^()]*\)$")
_NUMBERS_ONLY = re.compile(r":\s*(?:pkt\.?\s*|punkt(?:erne)?\s*|nr\.?\s*)?\d{1,2}(?:\s*(?:,|og|-|–)\s*\d{1,2})*\s*\.?$")


def heading_kind(text: str) -> str | None:
    """"section", "item" or "open" when a cleaned line is a heading of that kind, else None."""
    folded = fold(text).strip()
    starts = _heading_starts()
    # cheap test first: nearly all lines start with no marker (each kind below is a marker at the line's start, or
    # its first cell that is one); a marker a line starts with starts with the line's first letter
    if starts is not None and not folded.startswith(starts.get(folded[:1], ())):
        return None
    # the first column of a running page header ("Åbent referat          12-11-2019") is the heading
    first_cell = folded.split("   ", 1)[0].split("\t", 1)[0] if "   " in folded or "\t" in folded else folded
    if first_cell[-1:].isdigit():  # "åbent referat 12-11-2019"
        first_cell = _TRAILING_DATE.sub("", first_cell)
    # "Åben dagsorden (fortsat)": a note in brackets after the heading says no more, unless it says closed
    if (first_cell.rstrip(".:") in (open_markers := load().open_section_markers)
            or (first_cell.endswith(")") and (tail := _BRACKETED_TAIL.search(first_cell))
                and first_cell[:tail.start()] in open_markers and not closed_title(tail.group()))):
        return "open"
    _, _, item_heading, section_heading = marker_patterns()
    if ":" in folded and _NUMBERS_ONLY.search(folded):
        return None  # "Lukkede punkter: 4, 6" names closed items by number (`ingest/closed_numbers.py`), heads nothing
    if section_heading.match(folded):
        return "section"
    if item_heading.match(folded):
        return "item"
    return None


def heading_kinds(lines: Sequence[str], folded_lines: Sequence[str] | None = None) -> list[str | None]:
    """The `heading_kind` of each cleaned line (None for an empty one); `folded_lines`: the lines folded, when the
    caller has them already.

    The cheap test of `heading_kind`'s first lines is made here, in one comprehension: nearly all lines fail it,
    and then `heading_kind` need not be called."""
    starts = _heading_starts()
    if starts is None:
        return [heading_kind(text) if text else None for text in lines]
    return [heading_kind(text) if text and (folded := whole.strip()).startswith(starts.get(folded[:1], ()))
            else None for text, whole in zip(lines, map(fold, lines) if folded_lines is None else folded_lines)]


def _titled(text: str) -> bool:
    """Whether an item heading line has a title after its marker ("Lukket punkt (…): Ansøgning om …"),
    so it is a closed item of its own, not the label of a contents list ("Lukket punkt")."""
    m = marker_patterns()[2].match(folded := fold(text).strip())
    return m is not None and len(re.sub(r"\([^)]*\)", "", folded[m.end():]).strip(" :.-–—")) >= 3


def closed_ranges(lines: Sequence[str], item_starts: Sequence[int], first_item: int,
                  folded_lines: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """Line ranges [start, end) closed by a heading line of their own (see the module docstring).

    `lines` are cleaned lines, `item_starts` the line indexes of the agenda items, `first_item` the
    first of them (len(lines) when the document has none: prose minutes are read whole).
    Closed headings in the header before the first item count only when no open-section heading is
    there and the last one is right above it or followed by no numbered line: otherwise they belong to
    a contents list ("Åbne dagsordenspunkter | 1. … | Lukkede dagsordenspunkter", then item 1).
    `folded_lines`: the lines folded, when the caller has them already.
    """
    start_at = first_item if item_starts else 0
    every_kind = heading_kinds(lines, folded_lines)
    if item_starts:
        kinds = every_kind[:first_item]
        filled = [(i, kind) for i, (text, kind) in enumerate(zip(lines, kinds)) if text]
        if filled and filled[-1][1] in ("section", "item") and "open" not in kinds:
            start_at = filled[-1][0]
        elif "open" not in kinds:  # a closed item with a title of its own, treated before item 1
            titled = [i for i, kind in filled if kind == "item" and _titled(lines[i])]
            # or a closed title over the whole minutes ("Lukket referat", the header, then the items), which
            # no numbered contents entry follows
            sections = [i for i, kind in filled if kind == "section"]
            headed = sections and not any(lines[j][:1].isdigit() for j, _ in filled if j > sections[-1])
            start_at = titled[0] if titled else sections[-1] if headed else start_at
    if not any(every_kind[start_at:]):  # cheap test first: most minutes have no heading line below, and then no range
        return []
    starts = set(item_starts)
    ranges: list[tuple[int, int]] = []
    open_at: tuple[int, str] | None = None
    for i in range(start_at, len(lines)):
        kind = every_kind[i]
        if open_at is not None:
            ends = kind == "open" or (open_at[1] == "item" and i in starts and i > open_at[0])
            if ends:
                ranges.append((open_at[0], i))
                open_at = None
        if open_at is None and kind in ("section", "item"):
            open_at = (i, kind)
    if open_at is not None:
        ranges.append((open_at[0], len(lines)))
    return ranges
