"""Sentences of running prose that name a participant without a list phrase: the host, a guest, the minute taker.

"Mødet blev holdt hos formanden, Ole Lykkegaard, på Vestervej 4": the host took part, in the role the
apposition gives (a role word of `data/lexicon/roles.tsv`, "formanden"); "Under punkt 3 var
landdistriktskoordinator Helle Brix Madsen fra Lemvig Kommune med som gæst": a guest, read as the
prose lists read a person ("fra X" is where they come from); "Lis tog referat.": the minute taker
(a first name, which the within-document resolution completes). Each becomes a list section whose
lines start at the person's name, so offsets hold.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection
from ingest.prose import split_people

_NAME = r"[A-ZÆØÅ][\w\-]+(?:[ \t]+[A-ZÆØÅ][\w\-]+){0,3}"
_SENTENCE_START = r"(?:^|(?<=[.!?])\s+|(?<=\n))"
_HOST = re.compile(rf"\b(?:holdt|afholdt|holdes|afholdes)\s+hos\s+(?:(?P<role>[a-zæøå]+),\s+)?(?P<name>{_NAME})")
_GUEST = re.compile(rf"{_SENTENCE_START}[^.!?]*?\bvar\s+(?P<people>[^.!?]+?)\s+med\s+som\s+gæst(?:er)?\b")
_TAKER = re.compile(rf"{_SENTENCE_START}(?P<name>{_NAME})\s+(?:tog|skrev|førte)\s+referat(?:et)?\b")


def _person(name: str) -> bool:
    return load().is_first_name(name.split()[0])


def clause_sections(lines: list[Line]) -> list[ParticipantSection]:
    """The host, the guests and the minute taker that the header's sentences name (see the module docstring)."""
    text = "\n".join(line.text for line in lines)
    if not lines or ("hos " not in text and "gæst" not in text and "referat" not in text):
        return []  # cheap test first: most headers hold none of these sentences
    base = lines[0].start
    sections = []
    # each sentence only where its own word is: "referat" heads most minutes, "gæst" and "hos" few
    for m in _HOST.finditer(text) if "hos" in text else ():
        if _person(m["name"]):
            role = load().roles.get(fold(m["role"])) if m["role"] else None
            line = Line(base + m.start("name"), m["name"] + (f" ({role})" if role else ""))
            sections.append(ParticipantSection("members", "Til stede var", (line,)))
    for m in _GUEST.finditer(text) if "gæst" in text else ():
        people = split_people(m["people"], base + m.start("people"))
        if people:
            sections.append(ParticipantSection("guests", "Gæster", tuple(people)))
    for m in _TAKER.finditer(text):
        if _person(m["name"]):
            sections.append(ParticipantSection("minute_taker", "Referent", (Line(base + m.start("name"), m["name"]),)))
    return sections
