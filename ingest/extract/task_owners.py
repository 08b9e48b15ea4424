"""The people an agenda item's task falls to, on a line of their own ("Ansvarlig: Morten og Hiba laver opslag",
"Ansvarlig: Birgit (ansøgninger), Per (uddeling)"): tovholdere of the item's initiative.

Action-list minutes close each item with such a line (and a "Deadline:" line); the labels are lexicon data
(`task_labels.txt`). "Ansvarlig: alle" names no one.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ingest.extract.people import Person
from ingest.lexicon import fold, load
from ingest.model import AgendaItem, InitiativeFact

_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?([A-Za-zÆØÅæøå][\w .]{1,24}?)[ \t]*:[ \t]*(\S.*)$", re.M)
# the names that open what follows the label, each with a note in brackets, joined by "," "og" "&" "+"
_NAME = r"[A-ZÆØÅ][\w\-]*(?:[ \t]+[A-ZÆØÅ][\w\-]*)*(?:[ \t]*\([^()\n]{0,60}\))?"
_OWNERS = re.compile(rf"{_NAME}(?:[ \t]*(?:,|og|&|\+|/)[ \t]*{_NAME})*")


def _owner_spans(text: str, item: AgendaItem) -> list[tuple[int, int]]:
    """Where the names of each task line of the item stand."""
    labels = load().task_labels
    spans = []
    for m in _task_lines(text, item.start, item.end):
        if fold(m.group(1)).rstrip(".") not in labels:
            continue
        owners = _OWNERS.match(text, m.start(2), m.end(2))
        if owners:
            spans.append((owners.start(), owners.end()))
    return spans


def _task_lines(text: str, start: int, end: int) -> list[re.Match[str]]:
    """`_LINE.finditer(text, start, end)`, tried only at the start of each line that holds a colon.

    A match is one line from its start (`^` after a line break or at the text's start, not at
    `start`) to its end, with a colon; the scan goes on after it at the next line. So the matches
    are those at the starts of the lines, inside text[start:end], that hold a colon before `end`.
    """
    found = []
    colon = text.find(":", start, end)
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        if line_start >= start and (m := _LINE.match(text, line_start, end)) is not None:
            found.append(m)
        line_end = text.find("\n", colon, end)
        colon = text.find(":", line_end, end) if line_end >= 0 else -1
    return found


def with_task_owners(persons: list[Person], text: str, items: Sequence[AgendaItem],
                     initiatives: Sequence[InitiativeFact]) -> tuple[InitiativeFact, ...]:
    """`initiatives` with the people each item's task line names as "ansvarlig" of the item's first initiative;
    those people get the role "tovholder (initiative)", or a bare "tovholder" when the item names none (in place).
    A person a sentence in an item makes tovholder ("Poul og Else Marie er tovholdere") is the tovholder of the
    initiative that sentence names, else of the one the item's title names: their bare "tovholder" gets it."""
    found = list(initiatives)
    # a bare role, from a sentence, and where the sentence stands (`relations`)
    stated = [(p, p.stated_tovholder) for p in persons if "tovholder" in p.roles and p.stated_tovholder]
    scoped: set[int] = set()  # the stated people given an initiative
    for item in (item for item in items if not item.closed):
        spans = _owner_spans(text, item)
        owners = [p for p in persons if any(a <= s < b for s, _ in p.occurrences for a, b in spans)] if spans else []
        if not owners and not stated:
            continue
        inside = [(min(e.start for e in i.evidence), n) for n, i in enumerate(found)
                  if owners and i.evidence and any(item.start <= e.start < item.end for e in i.evidence)]
        for person in owners:
            _own(person, found, min(inside)[1] if inside else None)
        for person, places in stated:
            at = next((s for s in places if item.start <= s < item.end), None)
            if at is not None and person not in owners and (index := _initiative_of(text, item, at, found)) is not None:
                _own(person, found, index)
                scoped.add(id(person))
    for person, _ in stated:
        if id(person) in scoped:
            person.roles.remove("tovholder")
    return tuple(found)


def _own(person: Person, found: list[InitiativeFact], index: int | None) -> None:
    """The person is tovholder of found[index] (or of no named initiative) and its "ansvarlig" (in place)."""
    role = f"tovholder ({found[index].name})" if index is not None else "tovholder"
    if role not in person.roles:
        person.roles.append(role)
    if index is not None and person.name not in (n for n, _ in found[index].persons):
        found[index] = dataclasses.replace(found[index], persons=found[index].persons + ((person.name, "ansvarlig"),))


def _initiative_of(text: str, item: AgendaItem, at: int, found: list[InitiativeFact]) -> int | None:
    """The initiative the sentence around `at` names ("Bo er tovholder for Strikkecaféen"), else the one the item's
    title names ("Høstfest 2013" over "Poul og Else Marie er tovholdere"); None when neither names one."""
    start = max(text.rfind(". ", item.start, at), text.rfind("\n", item.start, at), item.start)
    stop = min((k for k in (text.find(".", at, item.end), text.find("\n", at, item.end)) if k >= 0), default=item.end)
    # what the sentence names after the person ("… er tovholder på Frivillig Fredag"), then before them
    for where in (text[at:stop].lower(), text[start:at].lower(), item.title.lower()):
        index = next((n for n, initiative in enumerate(found) if initiative.name.lower() in where), None)
        if index is not None:
            return index
    return None
