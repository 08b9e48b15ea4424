"""Cut a document into header, participant sections and agenda items; drop closed items.

Works on structure, not on any one layout: agenda items are found in three numbering styles
("1. Titel", "Pkt. 1" / "Punkt 1:", time slots "16.30 - 16.50: Titel") and the style that
forms the longest 1, 2, 3, … run wins. Everything before the first item is the header.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ingest.header import parse_header, parse_sections
from ingest.lexicon import fold, load
from ingest.model import AgendaItem, Document, Line, Minutes

_PKT = re.compile(r"^(?:pkt|punkt|dagsordenspunkt|ad\s+pkt|ad\s+punkt|ad)\.?\s*(\d{1,2})\b\s*[:.)\-–]?\s*(.*)$", re.I)
_NUM = re.compile(r"^(\d{1,2})\s*[.)]\s+([^\d\s].{0,200})$")
_SLOT = re.compile(r"^(\d{1,2})[.:](\d{2})\s*[-–]\s*(\d{1,2})[.:](\d{2})\s*:?\s*(.*)$")
_TOC_LEADER = re.compile(r"\.{4,}\s*\d*\s*$")
# Decoration around a line: bullets, quote marks and stray tags before it; spaces and "*" after it.
_LEADING_DECOR = re.compile(r"[\s>*#•\-–]*(?:</?\w+[^>]*>\s*)*")
_TRAILING_DECOR = re.compile(r"[\s*]+$")
_ITEM_START = frozenset("pPaAdD")  # "Pkt", "Punkt", "Dagsordenspunkt", "Ad"; the other styles start with a digit
_CLOSED_WORD = re.compile(r"\blukket\b")
_NOT_NEWLINE = re.compile(r"[^\n]")
_PAGE_REF = re.compile(r"^(?:side\s+)?\d{1,3}(?:\s+af\s+\d{1,3})?$", re.I)  # a contents list's page number

STYLE_PRIORITY = ("pkt", "num", "slot")


def split_lines(text: str, count: int | None = None) -> list[Line]:
    """The lines of `text` with their offsets (only the first `count` when given)."""
    lines, pos = [], 0
    parts = text.split("\n") if count is None else text.split("\n", count)[:count]
    for raw in parts:
        lines.append(Line(pos, raw))
        pos += len(raw) + 1
    return lines


@functools.lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """A line without markdown emphasis, bullets and stray tags around it."""
    text = text.replace("**", "")
    leading = _LEADING_DECOR.match(text)  # always matches, possibly nothing
    text = text[leading.end() :] if leading else text
    trailing = _TRAILING_DECOR.search(text)
    return (text[: trailing.start()] if trailing else text).strip()


@dataclasses.dataclass(frozen=True)
class _Candidate:
    index: int
    number: int
    title: str
    style: str


def _candidates(lines: list[Line]) -> list[_Candidate]:
    months = load().months
    found = []
    cleaned = list(map(clean, [line.text for line in lines]))
    # cheap test first, in one comprehension: most lines start no item
    for i in [i for i, text in enumerate(cleaned) if text and (text[0].isdecimal() or text[0] in _ITEM_START)]:
        text = cleaned[i]
        if text.startswith("|") or ("...." in text and _TOC_LEADER.search(text)):
            continue
        if m := _PKT.match(text):
            found.append(_Candidate(i, int(m.group(1)), m.group(2).strip(), "pkt"))
        elif (m := _NUM.match(text)) and fold(m.group(2).split()[0].rstrip(".,")) not in months:
            found.append(_Candidate(i, int(m.group(1)), m.group(2).strip(), "num"))
        elif m := _SLOT.match(text):
            found.append(_Candidate(i, int(m.group(1)) * 60 + int(m.group(2)), m.group(5).strip(), "slot"))
    return found


def _bodiless(run: list[_Candidate], lines: list[Line]) -> bool:
    """Whether the items of `run` follow each other with nothing but blank lines between: a contents list."""
    return len(run) >= 2 and all(
        not any(clean(line.text) and not _PAGE_REF.match(clean(line.text)) for line in lines[a.index + 1 : b.index])
        for a, b in zip(run, run[1:])
    )


def _run(cands: list[_Candidate], lines: list[Line]) -> list[_Candidate]:
    """The 1, 2, 3, … run (times: strictly later slots) starting from the first item numbered 1.

    A run of titles without text that starts again at 1 was a table of contents ("Indholdsfortegnelse
    1. … 4. Lukket punkt: …" then "1. Meddelelser" with its text): the items are the second run."""
    run: list[_Candidate] = []
    for cand in cands:
        if cand.style == "slot":
            if not run or cand.number > run[-1].number:
                run.append(cand)
        elif cand.number == 1 and _bodiless(run, lines):
            run = [cand]
        elif (not run and cand.number == 1) or (run and cand.number == run[-1].number + 1):
            run.append(cand)
    return run


def find_items(lines: list[Line], cands: list[_Candidate] | None = None) -> list[_Candidate]:
    """The agenda item starts, in the numbering style that forms the longest run
    (`cands`: the `_candidates` of `lines`, when the caller has them already)."""
    cands = _candidates(lines) if cands is None else cands
    best: list[_Candidate] = []
    for style in STYLE_PRIORITY:
        run = _run([c for c in cands if c.style == style], lines)
        # one item counts when the text says it is an item ("Punkt 1"): minutes with a single,
        # closed item must still lose its text
        enough = len(run) >= 2 or (style == "pkt" and len(run) == 1)
        if enough and len(run) > len(best):
            best = run
    return best


# a title line that ends in one of these words was broken by the PDF: "16.30 - 16.50: Nyt fra" / "netværket"
_DANGLING = frozenset("fra til om ved af i for med og på hos v/".split())


def _title(lines: list[Line], cand: _Candidate, stop: int) -> str:
    if cand.title:
        title = clean(cand.title)
        following = lines[cand.index + 1] if cand.index + 1 < min(stop, len(lines)) else None
        if following and title and clean(following.text) and title.split()[-1].lower() in _DANGLING:
            return f"{title} {clean(following.text)}"
        return title
    for line in lines[cand.index + 1 : min(stop, cand.index + 4)]:
        if clean(line.text):
            return clean(line.text)
    return ""


@functools.lru_cache(maxsize=8192)  # the same titles open items in meeting after meeting
def _closed_title(title: str) -> bool:
    markers = load().closed_item_markers
    folded = fold(title)
    if any(marker in folded for marker in markers if marker.startswith("(") or " " in marker):
        return True
    return _CLOSED_WORD.search(folded) is not None


def _is_closed(lines: list[Line], cand: _Candidate, stop: int, title: str) -> bool:
    markers = load().closed_item_markers
    if _closed_title(title):
        return True
    # the first six non-empty lines, read lazily rather than all of the item's lines
    filled = (text for text in (clean(line.text) for line in lines[cand.index + 1 : stop]) if text)
    return any(fold(text).rstrip(".:") in markers for text in itertools.islice(filled, 6))


def _closed_sections(lines: list[Line], first_item: int) -> list[tuple[int, int]]:
    """Line ranges under a "Lukkede dagsordenspunkter" heading in the body (not in a contents list)."""
    lex = load()
    ranges, start = [], None
    # Closed items first: their heading sits right above the first item, still in the header.
    # Unless the header also has an open-section heading: then it ends a contents list
    # ("Åbne dagsordenspunkter | 1. … | Lukkede dagsordenspunkter", then item 1).
    every_key = [_section_key(line.text) for line in lines]
    keys = every_key[:first_item]
    filled = [key for key in keys if key]
    if filled and filled[-1] in lex.closed_section_markers and not set(filled) & lex.open_section_markers:
        first_item = max(i for i, key in enumerate(keys) if key)
    markers = lex.closed_section_markers | lex.open_section_markers
    for i in [i for i in range(first_item, len(lines)) if every_key[i] in markers]:  # other lines change nothing
        key = every_key[i]
        if key in lex.closed_section_markers and start is None:
            start = i
        elif key in lex.open_section_markers and start is not None:
            ranges.append((start, i))
            start = None
    if start is not None:
        ranges.append((start, len(lines)))
    return ranges


@functools.lru_cache(maxsize=8192)
def _section_key(text: str) -> str:
    """A line as a section heading is looked up: "Lukkede dagsordenspunkter:" -> "lukkede dagsordenspunkter"."""
    return fold(clean(text)).rstrip(":")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + _NOT_NEWLINE.sub(" ", text[start:end]) + text[end:]


def segment(document: Document) -> Minutes:
    """Header, participant sections and open agenda items of a document; closed items removed."""
    lines = split_lines(document.text)
    every_candidate = _candidates(lines)  # read once: the header's are looked at again below
    cands = find_items(lines, every_candidate)
    first = cands[0].index if cands else len(lines)
    closed_ranges = _closed_sections(lines, first)
    text = document.text
    items, closed = [], 0
    for n, cand in enumerate(cands):
        stop = cands[n + 1].index if n + 1 < len(cands) else len(lines)
        start_off, end_off = lines[cand.index].start, (lines[stop].start if stop < len(lines) else len(text))
        title = _title(lines, cand, stop)
        in_closed_section = any(a <= cand.index < b for a, b in closed_ranges)
        if in_closed_section or _is_closed(lines, cand, stop, title):
            closed += 1
            text = _blank(text, start_off, end_off)
            continue
        number = str(n + 1) if cand.style == "slot" else str(cand.number)
        items.append(AgendaItem(number, title, start_off, end_off))
    # a contents entry of a closed item says no more than its item (`_candidates` reads each line alone)
    for cand in (c for c in every_candidate if c.index < first):
        if _closed_title(cand.title):
            text = _blank(text, lines[cand.index].start, lines[cand.index].end)
    for a, b in closed_ranges:  # a closed section's own text, items or not
        end_off = lines[b].start if b < len(lines) else len(text)
        text = _blank(text, lines[a].start, end_off)
    redacted = dataclasses.replace(document, text=text)
    # the header's lines as split above, unless a closed item's text was blanked since
    header_lines = lines[:first] if text is document.text else split_lines(text, first)
    return Minutes(
        document=redacted,
        text=text,
        header=parse_header(header_lines, text),
        sections=tuple(parse_sections(header_lines)),
        items=tuple(items),
        closed_items=closed,
    )
