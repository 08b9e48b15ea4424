"""Lines and line ranges of a document as the segmenter handles them: the lines with their offsets, blanking a
closed passage, the open lines of an item, the signature a closed passage at the end leaves to the minutes, the
next heading that ends a closed heading's passage in minutes with unnumbered headings."""
from __future__ import annotations

import re

from ingest.lexicon import fold, load
from ingest.model import Line
from ingest.signatures import parse_signature

_NOT_NEWLINE = re.compile(r"[^\n]")
_new_object = object.__new__


def split_lines(text: str, count: int | None = None) -> list[Line]:
    """The lines of `text` with their offsets (only the first `count` when given)."""
    lines, pos = [], 0
    for raw in text.split("\n") if count is None else text.split("\n", count)[:count]:
        # Line(pos, raw) without the frozen dataclass's __init__, nor a keyword dict to update its __dict__ with
        line = _new_object(Line)
        fields = line.__dict__
        fields["start"] = pos
        fields["text"] = raw
        lines.append(line)
        pos += len(raw) + 1
    return lines


def blank(text: str, start: int, end: int) -> str:
    return text[:start] + _NOT_NEWLINE.sub(" ", text[start:end]) + text[end:]


def open_lines(cleaned: list[str], start: int, stop: int, quiet: list[tuple[int, int]]) -> list[str]:
    """The non-empty lines of [start, stop) outside the `quiet` passages, those that close no more than
    themselves: a closed section (a confidential annex after the last item), a footnote, a closed
    sub-point say nothing about whether the item they stand in is closed. A marker line right under a
    title ("(Lukket)") is none of these: it still closes its item, title too."""
    if not quiet:  # cheap test first: most minutes have none
        return list(filter(None, cleaned[start:stop]))
    return [t for i, t in enumerate(cleaned[start:stop], start) if t and not any(a <= i < b for a, b in quiet)]


def is_open(indexes: set[int], start: int, stop: int, quiet: list[tuple[int, int]]) -> bool:
    """Whether one of the line `indexes` (filled lines) is among the `open_lines` of [start, stop)."""
    return any(start <= i < stop and not any(a <= i < b for a, b in quiet) for i in indexes)


def spare_signature(lines: list[Line], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closed ranges that run to the end stop at the minutes' own signature, a "Referent: Name" last line.

    Prose minutes end their "Lukket dagsorden" paragraph and then sign; the signature belongs to the
    minutes, not to the closed passage. Only a one-line minute-taker signature is spared."""
    if not ranges or ranges[-1][1] != len(lines):
        return ranges
    # the last line that is not blank, looked for from the end
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].text.strip()), None)
    if last is None:
        return ranges
    a, _ = ranges[-1]
    if a < last and parse_signature([lines[last]]) and len(lines[last].text.split()) <= 6:
        return ranges[:-1] + [(a, last)]
    return ranges


_HEADING_WORDS = 10  # at most: a heading of prose minutes is a short line, not a sentence
_SET_OFF = 2  # blank lines before a heading, at least, where paragraphs have one


def _blanks_before(cleaned: list[str], i: int) -> int:
    n = 0
    while i - n - 1 >= 0 and not cleaned[i - n - 1]:
        n += 1
    return n


def _heading_like(cleaned: list[str], i: int) -> bool:
    """A short line standing alone as a paragraph, not ending a sentence: "Eventuelt og næste møde"."""
    text = cleaned[i]
    return (bool(text) and len(text.split()) <= _HEADING_WORDS and not text.endswith((".", ",", ";"))
            and (i + 1 == len(cleaned) or not cleaned[i + 1]))


def _a_name(text: str) -> bool:
    """Whether a line may be a person's name ("Karl Quarnbek"): in a closed part it is never taken for a heading."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and fold(words[0]) in load().first_names


def stop_at_set_off_headings(cleaned: list[str], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closed ranges of minutes without numbered items that start at an unnumbered closed heading end at the next
    heading set off the same way.

    Minutes with unnumbered headings ("Velkomst", "Mikropuljen", "Fortroligt punkt (udgår …)", "Eventuelt") set
    their headings off by two or more blank lines where paragraphs have one. When every line so set off between
    the first heading and the closed one is a short heading line (at least two of them), that is the document's
    structure, and
    the next line set off as far after at least one paragraph of the closed part is the next heading: the
    closed passage ends there, not at the end of the minutes. Without such a structure, nothing changes."""
    out = []
    for a, b in ranges:
        gap = _blanks_before(cleaned, a) if a > 0 else 0
        set_off = [i for i in range(1, a) if cleaned[i] and _blanks_before(cleaned, i) >= max(gap, _SET_OFF)]
        # the header's paragraphs before the first heading are set off as they please
        set_off = set_off[next((n for n, i in enumerate(set_off) if _heading_like(cleaned, i)), len(set_off)):]
        if gap < _SET_OFF or not _heading_like(cleaned, a) or len(set_off) < 2 or not all(
                _heading_like(cleaned, i) for i in set_off):
            out.append((a, b))
            continue
        body = next((i for i in range(a + 1, b) if cleaned[i]), b)  # the closed part's first paragraph
        stop = next((i for i in range(body + 1, b) if cleaned[i] and _blanks_before(cleaned, i) >= gap
                     and _heading_like(cleaned, i) and not _a_name(cleaned[i])), b)
        out.append((a, stop))
    return out
