"""People lists kept after the last item when the header has its own list, and the writer's self-reference.

A small association's minutes name who came in the opening sentence ("Til stede var bestyrelsen:
Inger, Knud og undertegnede") and keep the rest at the end, after the last item: "Deltog ikke:",
"Gæster:", the members who signed it ("Underskrevet af:") and a signature written "Referent" with the name on
the next line. Only those kinds are
read there: a board roster at the end ("Bestyrelsen: …") lists members, not who came, when the
header already says who came. "Undertegnede" (`data/lexicon/self_references.txt`) is the minute
taker, whom the signature names; in a list it is blanked (offsets kept) with the prose after its full
stop, so it makes no person and no organisation ("Gudrun og undertegnede").
"""
from __future__ import annotations

import functools
import re

from ingest.header import clean_line
from ingest.lexicon import rows
from ingest.model import Line, ParticipantSection
# the list reader's own heading test, not a copy of it (sections.py keeps it private to stay as it is)
from ingest.sections import list_heading, parse_sections

_LATE_KINDS = frozenset(("absent", "guests", "minute_taker"))
# the members who signed the protocol at the meeting ("Underskrevet af:", "Underskrifter:"): they came
_SIGNED = re.compile(r"(?:protokollen\s+|referatet\s+)?underskr", re.I)
_NAME_LINE = re.compile(r"^[A-ZÆØÅ][\w\-.]*(?:\s+[A-ZÆØÅ][\w\-.]*){0,4}$")


@functools.lru_cache(maxsize=1)
def _self_pattern() -> re.Pattern[str] | None:
    words = [row[0] for row in rows("self_references.txt")]
    if not words:
        return None
    # the writer names themself last, so a full stop after the word ends the list: the rest is prose
    # ("…, Gudrun og undertegnede. Inger havde bagt, og vi startede …")
    return re.compile(r"(?:,\s*|\s+og\s+|^\s*)(?:" + "|".join(map(re.escape, words))
                      + r")\b(?:\s+selv)?(?:\s*\.(?:\s[\s\S]*)?$)?", re.I)


def late_lists(lines: list[Line], after: int) -> tuple[list[ParticipantSection], int]:
    """The absence, guest and minute-taker lists after line `after` (the last item's), and the index of the
    line they start at (len(lines) when there are none)."""
    for i in range(after + 1, len(lines)):
        text = clean_line(lines[i].text)
        if not text or len(text) > 60 or ":" not in text:
            continue  # cheap test first: a list's heading line is short and has a colon
        heading = list_heading(text)
        if heading is not None and (heading[0] in ("absent", "guests") or _SIGNED.match(heading[1])):
            return [s for s in parse_sections(lines[i:]) if s.kind in _LATE_KINDS or _SIGNED.match(s.heading)], i
    return [], len(lines)


def signed_below(lines: list[Line]) -> list[ParticipantSection]:
    """The minute taker of a signature written on two lines, the heading alone ("Referent") and the
    name under it ("Else Marie Kjær"), as the minutes' last two lines."""
    filled = [line for line in lines[-6:] if line.text.strip()][-2:]
    if len(filled) < 2 or not _NAME_LINE.match(clean_line(filled[1].text)):
        return []
    heading = list_heading(clean_line(filled[0].text).rstrip(":").strip())
    if heading is None or heading[0] != "minute_taker" or heading[2]:
        return []
    return [ParticipantSection("minute_taker", heading[1], (filled[1],))]


def without_self_references(sections: tuple[ParticipantSection, ...]) -> tuple[ParticipantSection, ...]:
    """The sections with "og undertegnede" blanked in their lines (same length, so offsets hold)."""
    pattern = _self_pattern()
    if pattern is None or not any(pattern.search(line.text) for s in sections for line in s.lines):
        return sections
    blank = lambda m: " " * len(m.group())  # noqa: E731
    return tuple(ParticipantSection(s.kind, s.heading, tuple(Line(line.start, pattern.sub(blank, line.text))
                                                             for line in s.lines), s.columns)
                 for s in sections)
