"""People signed under the last agenda item ("Referent: Trine Holm", "Ref./Camilla Lund", "Dirigent: …") and
people lists kept after it ("DELTAGERLISTE 13.11.2018", then "Mødt:" and "Meldt afbud:")."""
from __future__ import annotations

import re

from ingest.header import clean_line
from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection
from ingest.sections import known_heading, list_heading, parse_sections, rest_line


def parse_signature(lines: list[Line]) -> list[ParticipantSection]:
    """The minute taker and who led the meeting, signed under the last item ("Referent: Trine Holm",
    "Ref.: TH", "Mødeleder: Inge Holm", "Tovholder: Birte Dam" in the last lines)."""
    last = _last_filled(lines, 3)
    signed = []
    for line in last:
        heading = list_heading(line.text) or _slashed_heading(line.text)
        if heading is not None and heading[2] and (
                heading[0] == "minute_taker" or _heading_role(heading[1]) in _SIGNED_ROLES):
            signed.append(ParticipantSection(heading[0], heading[1], (rest_line(line, heading[2]),)))
    return signed


_SIGNED_ROLES = frozenset(("dirigent", "tovholder"))
_SLASHED = re.compile(r"^\s*([A-Za-zÆØÅæøå][\w.]{1,15})\s*/\s*([A-ZÆØÅ].*)$")  # "Ref./Camilla Lund"


def _slashed_heading(text: str) -> tuple[str, str, str] | None:
    """(kind, heading, rest) of a signature whose heading is cut off by a slash: "Ref./Camilla Lund"."""
    m = _SLASHED.match(text) if "/" in text else None
    found = known_heading(m.group(1).rstrip(".")) if m else None
    return (found[0], found[1], m.group(2).strip()) if m and found else None


_TRAILING_DATE = re.compile(r"[\s\d./-]+$")  # "DELTAGERLISTE 13.11.2018"


def _heading_role(heading: str) -> str | None:
    known = load().headings.get(fold(heading))
    return known.role if known else None


def parse_trailing(lines: list[Line], after: int) -> tuple[list[ParticipantSection], int]:
    """People lists after the last agenda item, as minutes that keep their attendance at the end write
    them ("DELTAGERLISTE 13.11.2018" or "Mødt:" then "Meldt afbud:"): the sections, and the index of the
    line they start at (len(lines) when there are none)."""
    for i in range(after + 1, len(lines)):
        text = clean_line(lines[i].text)
        if not text or (":" not in text and not text.isupper()):
            continue  # cheap test first: a list title is a heading line or in capitals
        if len(text) > 60:  # "Til stede: Erik Nissen (formand), …" as a paragraph: its heading
            colon = text.find(":")
            if not 0 < colon <= 30:
                continue
            text = text[: colon + 1]
        heading = list_heading(_TRAILING_DATE.sub("", text) if text[-1:].isdigit() else text)
        if heading is not None and heading[0] in ("members", "absent"):
            return parse_sections(lines[i:]), i
    return [], len(lines)


def _last_filled(lines: list[Line], count: int) -> list[Line]:
    """The last `count` lines that are not blank, in order: read from the end, not over the whole text."""
    found: list[Line] = []
    for line in reversed(lines):
        if line.text.strip():
            found.append(line)
            if len(found) == count:
                break
    return found[::-1]
