"""An initials key ("Initialer:" then "LH = Lise Hvidbjerg, formand" lines) and the header lists it explains.

Some minutes list their participants by initials only ("Deltagere: LH, JØ, TN (ref.)") and say who
they are in a key at the end. The key's lines then stand in for the initials, so the people get
their names, descriptors and the status of the list that named them; the initials stay as mentions.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection

# "LH = Lise Hvidbjerg, formand", "JØ: Jørgen Østergaard", "SKP – Signe Kjær Pedersen"
_KEY_LINE = re.compile(r"^\s*[-•*]?\s*([A-ZÆØÅ]{2,4})\s*(?:=|:|–|—|-)\s*([A-ZÆØÅ][^=]{2,200})$")
_INITIALS = re.compile(r"^([A-ZÆØÅ]{2,4})(\s*\([^()]*\))?$")
_RULE = re.compile(r"^\s*[-_=*]{3,}\s*$")


def key_block(lines: Sequence[Line]) -> tuple[int, dict[str, Line]]:
    """(index of the key's first line, initials -> the key's text after the initials) for a key that
    ends the document, its heading ("Initialer:") and a rule above it included; (len(lines), {}) if none."""
    headings = load().key_headings
    end = len(lines)
    while end and not lines[end - 1].text.strip():
        end -= 1
    i, found = end, {}
    while i and (m := _KEY_LINE.match(lines[i - 1].text)):
        i -= 1
        found[m.group(1)] = Line(lines[i].start + m.start(2), m.group(2).rstrip())
    if len(found) < 2 or not i or fold(lines[i - 1].text.strip().rstrip(":")) not in headings:
        return len(lines), {}
    i -= 1
    while i and (not lines[i - 1].text.strip() or _RULE.match(lines[i - 1].text)):
        i -= 1
    return i, found


def expand_initials(sections: Sequence[ParticipantSection], key: dict[str, Line]) -> list[ParticipantSection]:
    """The sections with each list of bare initials ("LH, JØ, TN (ref.)") replaced by the key's lines,
    a note after the initials kept ("Tina Nørskov, centerleder (ref.)")."""
    if not key:
        return list(sections)
    expanded = []
    for section in sections:
        parts = [p.strip() for line in section.lines for p in line.text.split(",") if p.strip()]
        matches = [_INITIALS.match(p) for p in parts]
        if not parts or not all(m and m.group(1) in key for m in matches):
            expanded.append(section)
            continue
        lines = tuple(Line(key[m.group(1)].start, key[m.group(1)].text + (m.group(2) or "") + f" ({m.group(1)})")
                      for m in matches if m)
        expanded.append(ParticipantSection(section.kind, section.heading, lines, section.columns))
    return expanded
