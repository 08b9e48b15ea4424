"""Line ranges of a document as the segmenter handles them: blanking a closed passage, the open lines of
an item, the signature a closed passage at the end leaves to the minutes."""
from __future__ import annotations

import re

from ingest.model import Line
from ingest.sections import parse_signature

_NOT_NEWLINE = re.compile(r"[^\n]")


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
