"""A comma list that mixes "Name (Org)" and "Name, Org" entries, split at its names.

"Deltagere: Ane Bøgh (Feldballe Landsbyråd), Per Vestergaard, Thorsager Borgerforening, Henning Krabbe
(Knebel Lokalråd), Maja Ibsen, Nimtofte Borgerforening og Nimtofte Forsamlingshus": every part that is a
name starts a person, every other part describes the person before it. Parts joined by "og" that all read
as organisations are one organisation each (one person from two organisations).
"""
from __future__ import annotations

import re

from ingest.extract.descriptors import strip_parens
from ingest.extract.names import is_orgish, looks_like_name, unbroken
from ingest.lexicon import load

_AND = re.compile(r"\s+og\s+|\s+&\s+")
_FROM = re.compile(r"\s+fra\s+")

Group = tuple[str, int, list[str]]  # (the segment naming people, its offset, descriptors after it)


def person_and_notes(part: str) -> tuple[str, list[str]]:
    """A list part's person as written and what it adds: where they come from ("Lotte fra
    Frivilligcentret") or whom they came for ("Ib Lund for Eva Dam (Røde Kors)": a deputy)."""
    came_from = _FROM.search(part)
    if came_from:
        return part[: came_from.start()], [part[came_from.end() :]]
    if " for " in part:  # cheap test first
        deputy, _, member = part.partition(" for ")
        if looks_like_name(deputy.strip(), trust_context=True) and looks_like_name(strip_parens(member)[0], trust_context=True):
            return deputy, [f"for {member}"]
    return part, []


def _names(segment: str) -> bool:
    """Whether every "og"-part of `segment` is a person's name ("Rune Holm (Tirstrup IF) og Lene Thy")."""
    for part in _AND.split(segment):
        name = unbroken(strip_parens(person_and_notes(part)[0])[0])
        # a person in such a list starts with a first name ("Det Kriminalpræventive Råd" does not)
        if not name or is_orgish(name.split()) or not load().is_first_name(name.split()[0]) \
                or not looks_like_name(name, trust_context=True):
            return False
    return True


def _described(segment: str) -> list[str]:
    """A describing part, "A og B" split when it names organisations: all parts capitalised, one reads
    as an organisation, none as a person ("Nimtofte Borgerforening og Nimtofte Forsamlingshus")."""
    parts = [p.strip() for p in _AND.split(segment)]
    names = [strip_parens(p)[0] for p in parts]
    if (len(parts) > 1 and all(n[:1].isupper() and not looks_like_name(n) for n in names)
            and any(is_orgish(n.split()) for n in names)):
        return parts
    return [segment]


def name_led(segments: list[tuple[str, int]]) -> list[Group] | None:
    """The segments grouped into people, each led by a segment of names, or None unless the list
    starts with a name, names two people or more and describes one of them in a part of its own."""
    if len(segments) < 3 or not _names(segments[0][0]):
        return None
    groups: list[Group] = []
    for text, start in segments:
        if _names(text):
            groups.append((text, start, []))
        else:
            groups[-1][2].extend(_described(text))
    if len(groups) < 2 or not any(descriptors for _, _, descriptors in groups):
        return None
    return groups
