"""Roster lines that name a member's personal deputy, and a deputy said to have come in a member's place.

A council's roster writes each seat as "Johannes Brandt, formand – (Danske Handicaporganisationer
Struer) – personlig stedfortræder: Lene Vammen" (the appointing organisation in brackets, a label of
`data/lexicon/deputy_labels.txt`). Read as one list entry, the deputy vanished into the member's
description. The line is cut in two: the member, tied to the appointing organisation, and the
deputy, listed as such (status unknown, role "suppleant", the appointing organisation without the
member's party: "(Byrådet, Venstre)" seats the deputy for Byrådet). "Afbud: Gitte Sand (Tina Juul
Kristensen deltog i stedet)" says the deputy came: present, and no organisation of Gitte Sand's.
Lines keep their offsets: cut text is overwritten with spaces, never moved.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import rows
from ingest.model import Line, ParticipantSection
from ingest.stand_in_lines import STAND_IN_HEADING

DEPUTY_HEADING = "Personlig stedfortræder"  # no heading of the lexicon: a deputies list, role "suppleant"
_NAME = r"[A-ZÆØÅ][\w\-.]*(?:\s+[A-ZÆØÅ][\w\-.]*){1,4}"
# "Gitte Sand (Tina Juul Kristensen deltog i stedet)"
_CAME_INSTEAD = re.compile(rf"\((?P<name>{_NAME})\s+(?:deltog|mødte)\s+i\s+(?:hendes\s+|hans\s+)?sted(?:et)?\)")
_APPOINTED = re.compile(r"\s[–—-]\s+\((?P<org>[^()]+)\)")  # " – (Danske Handicaporganisationer Struer)"


@functools.lru_cache(maxsize=1)
def _deputy_label() -> re.Pattern[str] | None:
    words = [row[0] for row in rows("deputy_labels.txt")]
    if not words:
        return None
    labels = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s[–—-]\s+(?:{labels})\s*:\s*(?P<name>{_NAME})\s*\.?\s*$", re.I)


def _blank(text: str, start: int, end: int, fill: str = "") -> str:
    """`text` with [start, end) overwritten by `fill` padded with spaces (same length)."""
    return text[:start] + fill.ljust(end - start) + text[end:]


def _seat(line: Line, label: re.Match[str]) -> tuple[Line, Line]:
    """The member's part of a roster line and the deputy's line ("Lene Vammen, Danske Handicaporganisationer Struer")."""
    member = _blank(line.text, label.start(), len(line.text))
    appointed = _APPOINTED.search(member)
    org = appointed["org"].split(",")[0].strip() if appointed else ""
    if appointed:  # "Name, formand – (Org)" read as "Name, formand,   Org " (same length)
        member = _blank(member, appointed.start(), appointed.end(), ",   " + appointed["org"])
    deputy = Line(line.start + label.start("name"), label["name"] + (", " + org if org else ""))
    return Line(line.start, member), deputy


def deputy_sections(sections: tuple[ParticipantSection, ...]) -> tuple[ParticipantSection, ...]:
    """The sections with each roster line's deputy split off into a deputies section, and a deputy who
    came in a member's place listed as a present deputy."""
    label = _deputy_label()
    if label is None or not any(label.search(ln.text) or "stedet)" in ln.text for s in sections for ln in s.lines):
        return sections  # cheap test first: most minutes name no deputy so
    came = {m["name"]: line.start + m.start("name") for s in sections if s.kind == "absent"
            for line in s.lines for m in _CAME_INSTEAD.finditer(line.text)}
    kept: list[ParticipantSection] = []
    deputies: list[Line] = []
    present: list[Line] = []
    for section in sections:
        lines = []
        for line in section.lines:
            if section.kind == "absent":
                for m in _CAME_INSTEAD.finditer(line.text):
                    line = Line(line.start, _blank(line.text, m.start(), m.end()))
            found = label.search(line.text) if section.kind == "members" else None
            if found is None:
                lines.append(line)
                continue
            member, deputy = _seat(line, found)
            lines.append(member)
            (present if found["name"] in came else deputies).append(deputy)
        kept.append(ParticipantSection(section.kind, section.heading, tuple(lines), section.columns))
    present += [Line(start, name) for name, start in came.items() if not any(d.text.startswith(name) for d in present)]
    return (tuple(kept) + ((ParticipantSection("deputies", DEPUTY_HEADING, tuple(deputies)),) if deputies else ())
            + ((ParticipantSection("members", STAND_IN_HEADING, tuple(present)),) if present else ()))
