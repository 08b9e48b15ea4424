"""Cut a document into header, participant sections and agenda items; drop closed items.

Works on structure, not on any one layout: agenda items are found in three numbering styles
("1. Titel", "Pkt. 1" / "Punkt 1:", time slots "16.30 - 16.50: Titel") and the style that
forms the longest 1, 2, 3, … run wins. Everything before the first item is the header.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from ingest.closed_numbers import (carries_case, cases_closed_by_sentences, closing_sentence_lines, contents_closed,
                                   numbers_closed_by_sentences, titles_closed_by_sentences)
from ingest.closed import (closed_body, closed_paragraphs, closed_passages, closed_ranges, closed_title, closing_phrase_lines,
                           heading_kind, is_legend, legend_markers, uses_legend)
from ingest.closed_subpoints import closed_subpoints
from ingest.closed_notes import closed_numbered, cut_ranges
from ingest.closed_labels import labelled_items
from ingest.closed_subheadings import closed_subheadings
from ingest.closed_descriptions import describes_closed_thing
from ingest.closed_shortcodes import shortcode_ranges
from ingest.closed_references import earlier_minutes, referring_lines, same_entry
from ingest.closed_title_lists import titled_closed
from ingest.closed_footnotes import footnoted_items, strip_mark
from ingest.closed_rest import closed_rests
from ingest.closed_tables import closed_row_numbers, closed_row_titles, closed_rows
from ingest.header import parse_header
from ingest.item_titles import clean, item_title, shown_title, title_lines
from ingest.keys import expand_initials, key_block
from ingest.columns import column_sections
from ingest.passages import blank, is_open, open_lines, spare_signature, split_lines, stop_at_set_off_headings
from ingest.introductions import introduction_sections
from ingest.prose import prose_sections
from ingest.prose_clauses import clause_sections
from ingest.sections import parse_sections
from ingest.signatures import parse_signature, parse_trailing
from ingest.late_lists import late_lists, signed_below
from ingest.mended_sections import mend_sections
from ingest.alternation import literal_alternation
from ingest.lexicon import fold, load
from ingest.withheld_names import withheld_first_names
from ingest.model import AgendaItem, Document, Line, Minutes

# "Pkt. 4", "Punkt nr. 4:", "Dagsordenspunkt: 4.", "Ad pkt. 4 –", "Ad 4.", "Sag nr. 4:", "Sag 4/2024 –", "§ 4"; German "TOP 4",
# Norwegian "Sak 21/24" and Greenlandic "Immikkoortoq 4" of bilingual minutes, "TOP 4 / Punkt 4" read once
_PKT = re.compile(r"^(?:(?:ad\.?\s*)?(?:pkt|punkt|dagsordenspunkt|top|tagesordnungspunkt|immikkoortoq)\.?:?\s*(?:nr\.?\s*)?"
                  r"|ad\.?\s*|sa[gk]\s+(?:nr\.?\s*)?|§\s*)(\d{1,2})(?:/(?:19|20)?\d\d)?\b"
                  r"(?:\s*/\s*(?:pkt|punkt|top)\.?\s*\d{1,2}\b)?\s*[:.)\-–—]?\s*(.*)$",  # "Pkt. 5 — Titel" too
                  re.I)
# "4. Titel", "4) Titel", "(4) Titel", "4 · Titel", and "4." alone with the title on the next line
_NUM = re.compile(r"^\(?(\d{1,2})\s*[.)·](?:\s+(?:\d{5,10}\s*[-–]\s*)?([^\d\s].{0,200}))?$")  # (a case number may lead
# the title: "4. 2410041 – Trúnaðarmál")
# an item numbered under a part of the agenda: "V.2  Anbringelsessag", "B.3 Tilskud"
_SUB = re.compile(r"^(?:[IVX]{1,4}|[A-ZÆØÅ])\.(\d{1,2})\.?\s+([^\d\s].{0,200})$")
# Roman numerals: "IV. Eventuelt"
_ROMAN = re.compile(r"^([IVX]{1,5})\.\s+([^\d\s].{0,200})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# items lettered "A. Godkendelse af dagsorden", "B. …" (only a run A, B, C, … counts, see `find_items`)
_LETTER = re.compile(r"^([A-ZÆØÅ])\.\s+([^\d\s].{0,200})$")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"
# a case number of the year: "04/25 Søknad om tilskot" (Norwegian and Danish case lists number items so)
_CASE = re.compile(r"^(\d{1,3})/(?:\d{2}|\d{4})\s+([^\d\s].{0,200})$")
_SLOT = re.compile(r"^(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*:?\s*(.*)$")
# a table row that is an item: "4 | Titel | Beslutning | Ansvarlig", also marked "4 (L) | …"; from a Word
# table the cells are parted by tabs ("4<TAB>Titel<TAB>Å<TAB>Beslutning")
_ROW = re.compile(r"^(\d{1,2})(?:\s*\(?[^\W\d]{1,3}\)?)?(?:\s*\|\s*|\t+)([^|\t]+)")
_DIGIT = re.compile(r"\d")
_MARKED_HEADING_WORDS = 14  # at most, in a closed item's heading with its number after the marker
_TOC_LEADER = re.compile(r"\.{4,}\s*\d*\s*$")
# "Pkt", "Punkt", "Dagsordenspunkt", "Ad", "Sag nr.", "(4)", "§ 4", "V.2", "IV."; else a digit
_ITEM_START = frozenset("pPaAdDsStTiİı(§ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
# what `_PKT` may start with, in any case ("ſ" is an "s", "İ" and "ı" an "i" to re.I; test_segment_fast_paths checks)
_PKT_FIRST = frozenset("aApPdDsSſtTiIİı§")
_PAGE_REF = re.compile(r"^(?:side\s+)?\d{1,3}(?:\s+af\s+\d{1,3})?$", re.I)  # a contents list's page number
# a contents row's page number after its title, past a tab or a wide gap: "Eventuelt\t5", "Eventuelt      5"
_PAGE_TAIL = re.compile(r"(?:\t+|\s{3,})\d{1,3}$")
# a Word comment or text box read into the heading it is anchored on (ingest/read/word.py): it may close the
# item, it is no part of the title
_COMMENT = re.compile(r"\s*\[(?:Kommentar|Tekstfelt):[^\]]*\]")

STYLE_PRIORITY = ("pkt", "num", "sub", "roman", "slot", "row", "letter", "case")


def _roman(numeral: str) -> int:
    """The value of a Roman numeral ("IV" → 4)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0]))


def _row_title(cell: str) -> str:
    """The title of a table-row item: its first cell up to the first ":" or full stop ("Landsbypedel: …")."""
    return re.split(r":\s|\.\s|\.$", cell.strip(), maxsplit=1)[0].strip()


@dataclasses.dataclass(frozen=True)
class _Candidate:
    index: int
    number: int
    title: str
    style: str


def _candidates(lines: list[Line], cleaned: list[str] | None = None) -> list[_Candidate]:
    """`cleaned`: the lines `clean`ed, when the caller has them already."""
    months = load().months
    found = []
    cleaned = list(map(clean, [line.text for line in lines])) if cleaned is None else cleaned
    # cheap tests first, in one comprehension: most lines start no item, and every style but a Roman numeral or a
    # letter ("IV. …", "B. …", both with a "." in text[1:6]) needs a digit (in a numbered line, its first character)
    for i in [i for i, text in enumerate(cleaned) if text and (text[0].isdecimal() or text[0] in _ITEM_START)
              and (text[0].isdecimal() or "." in text[1:6] or _DIGIT.search(text))]:
        text = cleaned[i]
        if text.startswith("|") or ("...." in text and _TOC_LEADER.search(text)):
            continue
        if text[-1].isdecimal() and (tail := _PAGE_TAIL.search(text)):  # cheap test first
            text = text[: tail.start()]
        # only the styles a line may be in are tried: by its first character, and "." where "V.2" and "IV." have it
        numbered, dotted = text[0].isdecimal() or text[0] == "(", "." in text[1:6]
        if text[0] in _PKT_FIRST and (m := _PKT.match(text)):
            found.append(_Candidate(i, int(m.group(1)), m.group(2).strip(), "pkt"))
        elif numbered and (m := _NUM.match(text)) and (first := fold((m.group(2) or "-").split()[0].rstrip(".,"))) not in months \
                and not (first in load().roles and m.group(2)[:1].islower()):  # "1. suppleant": a rank, not an item
            found.append(_Candidate(i, int(m.group(1)), (m.group(2) or "").strip(), "num"))
        elif dotted and (m := _SUB.match(text)):
            found.append(_Candidate(i, int(m.group(1)), m.group(2).strip(), "sub"))
        elif dotted and (m := _ROMAN.match(text)):
            found.append(_Candidate(i, _roman(m.group(1)), m.group(2).strip(), "roman"))
        elif numbered and "/" in text[1:4] and (m := _CASE.match(text)):
            found.append(_Candidate(i, int(m.group(1)), m.group(2).strip(), "case"))
        elif numbered and (m := _SLOT.match(text)):
            found.append(_Candidate(i, int(m.group(1)) * 60 + int(m.group(2)), m.group(5).strip(), "slot"))
        elif numbered and (m := _ROW.match(text)):
            # a Word table's title cell is the title; a "|" row's first cell may go on with text ("Landsbypedel: …")
            cell = m.group(2).strip()
            found.append(_Candidate(i, int(m.group(1)), cell if "|" not in text and len(cell) <= 120 else _row_title(cell),
                                    "row"))
        elif not numbered and (cand := _marked_number(i, text)):
            found.append(cand)
        if text[1:2] == "." and (m := _LETTER.match(text)):  # "I." and "V." may be Roman numerals as well
            found.append(_Candidate(i, _LETTERS.index(m.group(1)) + 1, m.group(2).strip(), "letter"))
    return found


@functools.lru_cache(maxsize=1)
def _marked_number_pattern() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """A closed marker, then an item's number and title (folded; `_marked_number`); the markers' first characters."""
    markers = sorted(load().closed_item_markers, key=len, reverse=True)
    return (re.compile(rf"^{literal_alternation(markers)}\s*(?:[:\-–—]\s*)?(?:nr\.?\s*)?(\d{{1,2}})[.:)]?\s*[-–—:]?\s+\S"),
            None if "" in markers else frozenset(m[0] for m in markers))  # (None: a marker is empty, any line may start one)


def _marked_number(i: int, text: str) -> _Candidate | None:
    """A closed item whose number follows its marker: "LUKKET PUNKT – 3 Ansøgning om støtte" (a Word list level
    whose number text is "LUKKET PUNKT – %1"), "Fortroligt punkt nr. 4: Klage". Its title keeps the marker. A
    heading, not a sentence ("Lukket 2 uger i juli."): the title starts with a capital, the line is short and
    ends with no full stop. (Cheap tests first: most lines start with no marker's first character.)"""
    pattern, starts = _marked_number_pattern()
    if ((starts is not None and fold(text)[:1] not in starts) or not _DIGIT.search(text, 0, 40) or text.endswith(".")
            or text.count(" ") > _MARKED_HEADING_WORDS or not (m := pattern.match(fold(text)))):
        return None
    number = m.group(1)
    rest = re.search(rf"(?<!\d){number}[.:)]?\s*[-–—:]?\s+(\S.*)$", text)
    if not rest or not rest.group(1)[:1].isupper():
        return None
    return _Candidate(i, int(number), f"{text[:rest.start()].rstrip(' :-–—')}: {rest.group(1)}", "marked")


def _bodiless(run: list[_Candidate], cleaned: Sequence[str]) -> bool:
    """Whether the items of `run` follow each other with nothing but blank lines between: a contents list."""
    return len(run) >= 2 and all(not any(map(_contents_text, cleaned[a.index + 1 : b.index])) for a, b in zip(run, run[1:]))


def _contents_text(text: str) -> bool:
    """Whether a line between two contents entries is text, not a page number or a heading grouping the
    entries ("Lukkede dagsordenspunkter")."""
    return bool(text) and not _PAGE_REF.match(text) and heading_kind(text) is None


def _run(cands: list[_Candidate], cleaned: Sequence[str]) -> list[_Candidate]:
    """The 1, 2, 3, … run (times: strictly later slots) starting from the first item numbered 1.

    A run of titles without text that starts again at 1 was a table of contents ("Indholdsfortegnelse
    1. … 4. Lukket punkt: …" then "1. Meddelelser" with its text): the items are the second run."""
    run: list[_Candidate] = []
    for cand in cands:
        if cand.style == "slot":
            if not run or cand.number > run[-1].number:
                run.append(cand)
        elif cand.number == 1 and _bodiless(run, cleaned):
            run = [cand]
        elif (not run and cand.number == 1) or (run and cand.number - run[-1].number in (1, 2)):
            run.append(cand)
        elif run and run[-1].style == "marked" and cand.number == run[-1].number:
            run.append(cand)  # a closed item numbered in a list of its own ("LUKKET PUNKT – 3"), the next one "3." again
    return run


def _listlike(run: list[_Candidate], cleaned: Sequence[str]) -> bool:
    """Whether most entries of `run` follow the one before with no text between: a numbered list of
    participants or contents ("1. Name, Organisation" … "Afbud:" "8. Name"), not agenda items."""
    if len(run) < 3:
        return False
    gaps = [not any(cleaned[a.index + 1 : b.index]) for a, b in zip(run, run[1:])]
    return sum(gaps) * 3 >= len(gaps) * 2


def find_items(lines: list[Line], cands: list[_Candidate] | None = None, cleaned: list[str] | None = None) -> list[_Candidate]:
    """The agenda item starts, in the numbering style that forms the longest run; a run whose
    entries have text between them beats a list-like run of any length (`cands`: the
    `_candidates` of `lines`, `cleaned`: the lines `clean`ed, when the caller has them already)."""
    cleaned = list(map(clean, [line.text for line in lines])) if cleaned is None else cleaned
    cands = _candidates(lines, cleaned) if cands is None else cands
    best: list[_Candidate] = []
    best_key = (False, 0)
    for style in STYLE_PRIORITY:
        styled = [c for c in cands if c.style in (style, "marked")]  # a marked number fits every style
        run = _run(styled, cleaned)
        if listlike := _listlike(run, cleaned):  # an agenda list with a note under an entry, then the items: a later
            later = next((later for k, c in enumerate(styled) if c.number == 1 and c.index > run[0].index  # run at 1
                          if len(later := _run(styled[k:], cleaned)) >= 2 and not _listlike(later, cleaned)), None)
            run, listlike = (later, False) if later else (run, True)
        # one item counts when the text says it is an item ("Punkt 1"): minutes with a single,
        # closed item must still lose its text
        enough = len(run) >= 2 or (style == "pkt" and len(run) == 1)
        if style == "letter":  # "A. Jensen", "B. Hansen": two initials are no agenda
            enough = len(run) >= 3
        if enough and (key := (not listlike, len(run))) > best_key:
            best, best_key = run, key
    if not best:
        best = _excerpt(cands, cleaned)
    return best


def _excerpt(cands: list[_Candidate], cleaned: Sequence[str]) -> list[_Candidate]:
    """Items of minutes that print only part of the agenda ("4. Status …", "5. Personalesag", "6. Eventuelt"):
    a run of at least three consecutive numbers from the first numbered line, with text between them.
    Without it such minutes would be read as prose, where one closing phrase takes a whole paragraph."""
    for style in ("num", "pkt"):
        styled = [c for c in cands if c.style == style]
        if not styled:
            continue
        run = [styled[0]]
        for cand in styled[1:]:
            if cand.number == run[-1].number + 1:
                run.append(cand)
        if len(run) >= 3 and not _listlike(run, cleaned):
            return run
    return []


def _outside(ranges: list[tuple[int, int]], closed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges that start in no range of `closed`: a passage found again inside one closed already adds nothing."""
    return [r for r in ranges if not any(a <= r[0] < b for a, b in closed)]


def segment(document: Document) -> Minutes:
    """Header, participant sections and open agenda items of a document; closed items removed."""
    lines = split_lines(document.text)
    raw = [line.text for line in lines]
    cleaned = list(map(clean, raw))
    folded = list(map(fold, cleaned))  # folded once for the closed readers below (`fold` is pure)
    every_candidate = _candidates(lines, cleaned)  # read once: the header's are looked at again below
    cands = find_items(lines, every_candidate, cleaned)
    first = cands[0].index if cands else len(lines)
    starts = [c.index for c in cands]
    legend = legend_markers(cleaned)
    closed = closed_ranges(cleaned, starts, first, folded)
    if not cands:  # prose minutes: a paragraph that says it was closed goes, heading or not
        closed = sorted(closed + [r for r in _outside(closed_paragraphs(cleaned), closed)
                                  if not all(is_legend(t) for t in cleaned[r[0]:r[1]] if t)])
    # table rows that are closed items ("5 (L) | Henvendelse om … |"), wherever they are
    rows = closed_rows(cleaned, legend)
    closed = sorted(closed + _outside(rows, closed))
    # a bracketed marker ("3 Elevsag [LUKKET]") or an inline label ("Eventuelt – fortroligt: …") in a line
    closed_subs = closed_subpoints(cleaned, starts)  # a closed sub-point's label closes its sub-point only
    closed = sorted(closed + _outside(closed_passages(cleaned, starts, frozenset(a for a, _ in closed_subs), folded),
                                      closed))
    # everything below a cut line ("✂ - - klip her - - ✂") or a note that what follows is cut off
    # and a page's members-only part between shortcodes ("[restrict userlevel="bestyrelse"]" … "[/restrict]")
    cuts = _outside(cut_ranges(cleaned) + shortcode_ranges(cleaned), closed)
    closed = sorted(closed + cuts)
    # a closed sub-point inside an open item ("b) Lukket orientering: …"), up to the next sub-point
    subpoints = _outside(closed_subs + closed_subheadings(cleaned, starts, closed_title), closed)
    # a closed point of a second numbered run read as an item's text ("4. Restance (bestyrelsesinternt)")
    subpoints += [r for r in closed_numbered(cleaned, starts)
                  if not any(a <= r[0] < b or r[0] <= a < r[1] for a, b in closed + subpoints)]
    # a closing from inside an item ("Resten af punktet blev behandlet for lukkede døre"), to its end or a reopening
    phrased = {first + i for i in closing_phrase_lines(folded[first:])}  # (one scan; `closed_body` too)
    rests = _outside(closed_rests(cleaned, starts, phrased), closed)
    # a footnote mark on a title ("Pkt. 5 Klagesag *)") that a note at the foot explains ("*) Lukket punkt"); the
    # note explains a mark, it closes nothing by itself
    footnoted, footnotes = footnoted_items(raw, [title_lines(cleaned, c.index, c.title) for c in cands])
    closed = sorted(r for r in closed + subpoints + rests if r[0] not in footnotes)
    closed = spare_signature(lines, closed)
    if not cands:  # minutes with unnumbered headings: a closed heading's passage ends at the next heading
        closed = stop_at_set_off_headings(cleaned, closed)
    # "Lukkede punkter: Ansøgning om …" before the items closes the items of those titles, not all below it
    titled, closed = titled_closed(cleaned[:first], [(c.index, c.title) for c in cands], closed)
    # (a row is judged by the lines above it only: the rows before `first` are those of cleaned[:first])
    header_rows = [r for r in rows if r[0] < first]
    # an agenda table or a contents list's closed group before the items, or a sentence ("Mødet var åbent med
    # undtagelse af punkt 5") may be the only place an item is marked closed (the sentence readers share `lowered`)
    listed_numbers, listed_titles = contents_closed(cleaned[:first], [(c.index, c.number, c.title)
                                                                      for c in every_candidate if c.index < first])
    row_titles = (closed_row_titles(cleaned, header_rows) | listed_titles
                  | titles_closed_by_sentences(cleaned, lowered := "\n".join(cleaned).lower()))
    # "Sag 2023-114 er en lukket sag" closes "Pkt. 5 — Sag 2023-114", or an item whose first lines say "Sagsnr.: 2023-114"
    closed_cases = cases_closed_by_sentences(cleaned, lowered)
    # an item approving earlier minutes speaks of that meeting's items ("Dog rettes i lukket punkt 3 …"), not this one's
    earlier = earlier_minutes([(c.index, starts[n + 1] if n + 1 < len(starts) else len(lines), c.title) for n, c in enumerate(cands)])
    now = cleaned
    if earlier:  # the earlier meeting's lines blanked, by slices rather than a test of each line against each range
        now = list(cleaned)
        for a, b in earlier:
            now[a:b] = [""] * len(now[a:b])
    row_numbers = (closed_row_numbers(cleaned, header_rows) | listed_numbers | numbers_closed_by_sentences(now, None if earlier else lowered)
                   if cands and cands[0].style not in ("row", "slot", "letter") else frozenset())
    # an initials key that ends the document ("Initialer:" / "LH = Lise Hvidbjerg, formand") belongs to
    # the whole minutes, not to a closed passage or item above it
    key_at, key = key_block(lines)
    closed = [(a, min(b, key_at)) if a < key_at else (a, b) for a, b in closed]
    closed_sections = [(a, b) for a, b in closed if heading_kind(cleaned[a]) == "section"]
    # what a footnote or a closed sub-point says closes no more than itself, not the item it stands in
    quiet = (closed_sections + [r for r in cuts if r in closed] + [(i, i + 1) for i in footnotes]
             + [r for r in subpoints + rests if r in closed])
    if row_numbers:  # a sentence closing other items by number ("… at punkt 5 behandles for lukkede døre")
        quiet += [(i, i + 1) for i in closing_sentence_lines(cleaned, lowered)]
    contents_titles = {c.number: strip_mark(clean(c.title)) for c in every_candidate
                       if c.index < first and c.title and c.style in ("num", "pkt")}
    # a lone "Lukket punkt" at the foot of a page labels the item at the top of the next
    labelled = labelled_items(raw, cleaned, starts) | titled
    text = document.text
    items, closed_items, closed_spans, closed_titles = [], 0, [], set()
    closed_numbers: dict[int, str] = {}  # number -> title of each closed item
    for n, cand in enumerate(cands):
        stop = cands[n + 1].index if n + 1 < len(cands) else len(lines)
        stop = min(stop, key_at) if cand.index < key_at else stop
        start_off, end_off = lines[cand.index].start, (lines[stop].start if stop < len(lines) else len(text))
        # an item with a bare number ("Ad 5") has the title of its contents entry ("5. Ansøgning om …")
        title = contents_titles.get(cand.number, "") if not cand.title and cand.style != "slot" else ""
        title = title or item_title(lines, cand.index, cand.title, stop)
        in_closed_section = any(a <= cand.index < b for a, b in closed)
        if (in_closed_section or n in footnoted or cand.index in labelled or fold(title) in row_titles or cand.number in row_numbers
                or (closed_title(title) and not describes_closed_thing(title, cleaned[cand.index + 1:stop]))
                or uses_legend(title, legend) or carries_case(" ".join([title, *cleaned[cand.index + 1:min(stop, cand.index + 4)]]), closed_cases)
                or closed_body(open_lines(cleaned, cand.index + 1, stop, quiet), is_open(phrased, cand.index + 1, stop, quiet))):
            closed_items += 1
            closed_spans.append((cand.index, stop))
            closed_numbers[cand.number] = title
            closed_titles.add(fold(title))
            text = blank(text, start_off, end_off)
            continue
        number = (str(n + 1) if cand.style == "slot" else _LETTERS[cand.number - 1] if cand.style == "letter"
                  else str(cand.number))
        items.append(AgendaItem(number, shown_title(_COMMENT.sub("", title) if "[" in title else title), start_off, end_off))
    # a contents entry of a closed item says no more than its item (`_candidates` reads each line alone)
    for cand in (c for c in every_candidate if c.index < first):
        if (closed_title(cand.title) or uses_legend(cand.title, legend)
                or fold(cand.title) in closed_titles or fold(strip_mark(cand.title)) in closed_titles
                or same_entry(cand.title, closed_numbers.get(cand.number))):  # "5. Klage fra <name> over …"
            text = blank(text, lines[cand.index].start, lines[cand.index].end)
    # a closed passage with text, outside any item closed already ("Lukket dagsorden" in prose minutes),
    # counts as one closed item; before the first item it is a contents entry (blanked, not counted)
    closed_items += sum(1 for a, b in closed if (any(cleaned[a + 1 : b]) or heading_kind(cleaned[a]) is None)
                        and (a >= first or not cands)
                        and not any(x <= a < y or a <= x < b for x, y in closed_spans))
    # what the rest of the minutes says about a closed item ("Under punkt 5 deltog klageren, …")
    numbers = closed_numbers if cands and cands[0].style not in ("slot", "letter") else {}
    for a, b in closed + referring_lines(raw, numbers, frozenset(starts)):  # a closed section's own text, items or not
        end_off = lines[b].start if b < len(lines) else len(text)
        text = blank(text, lines[a].start, end_off)
    redacted = dataclasses.replace(document, text=text)
    # the lines as split above, unless closed text was blanked since
    header_lines = lines[:first] if text is document.text else split_lines(text, first)
    listed = expand_initials(parse_sections(header_lines), key)
    every_line = lines if text is document.text else split_lines(text)
    # no lists in the header: the attendance may be kept after the last item ("DELTAGERLISTE")
    trailing, signed_above = ([], len(every_line)) if not cands else parse_trailing(every_line, cands[-1].index) \
        if not any(s.kind in ("members", "absent") for s in listed) else late_lists(every_line, cands[-1].index)
    signed = parse_signature(every_line[:signed_above]) if items else []
    if items and not any(s.kind == "minute_taker" for s in (*trailing, *signed)):
        signed += signed_below(every_line[:signed_above])
    return Minutes(
        document=redacted,
        text=text,
        header=parse_header(header_lines, text),
        # a signature after the last item ("Referent: …") lists the minute taker as the header would
        sections=mend_sections(
            tuple(listed) + tuple(prose_sections(header_lines)) + tuple(clause_sections(header_lines))
            + tuple(column_sections(header_lines))
            + tuple(introduction_sections(text, tuple(items))) + tuple(trailing) + tuple(signed)),
        items=tuple(items),
        closed_items=closed_items,
        withheld_first_names=withheld_first_names(document.text, text),
    )
