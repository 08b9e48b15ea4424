"""Speakers in a round of news ("- Grethe (Vestby Roklub): …"), and a minute taker named by first name
("Referent: Grethe"), joined to the person the header lists.

A header that lists first names under a group ("Forummet: Grethe, Søren, …") keeps each lone first
name apart from the same name under another group; a speaker named by that first name is the one
listed person it fits, so what the round says of them (role, organisation) goes to that person.
"""
from __future__ import annotations

from ingest.extract.descriptors import extend_unique
from ingest.extract.participants import Participant
from ingest.lexicon import fold, load
from ingest.model import UNKNOWN, ParticipantSection


def _gives_post(section: ParticipantSection) -> bool:
    """Whether the section's heading gives the one person under it a post at the meeting ("Ordstyrer")."""
    heading = load().headings.get(fold(section.heading)) if section.kind == "present" else None
    return heading is not None and heading.role not in (None, "medlem")


def join_speakers(listed: list[Participant], sections: tuple[ParticipantSection, ...]) -> list[Participant]:
    """`listed` with each speaker who fits exactly one other listed person merged into that person:
    the same name, or a first name alone that is the listed person's first name ("Per" of "Per Holm")."""
    spoken = {line.start for s in sections if s.kind == "speaker" for line in s.lines}
    # "Referent: Anette", "Ordstyrer: Poul" under a list that holds "Anette Brink": a post by first name
    spoken |= {line.start for s in sections if s.kind == "minute_taker" or _gives_post(s) for line in s.lines
               if len(line.text.split()) == 1}
    if not spoken:
        return listed  # cheap test first: most minutes have no round of described speakers
    by_name: dict[str, list[Participant]] = {}
    for person in listed:
        words = fold(person.name).split()
        for key in dict.fromkeys((" ".join(words), f"{words[0]} …" if words else "")):
            by_name.setdefault(key, []).append(person)
    merged: set[int] = set()
    for person in listed:
        if person.evidence.start not in spoken:
            continue
        key = fold(person.name)
        fitting = by_name.get(key, []) + (by_name.get(f"{key} …", []) if " " not in key else [])
        same = list({id(p): p for p in fitting if p is not person and id(p) not in merged}.values())
        if len(same) == 1:
            extend_unique(same[0].roles, person.roles)
            extend_unique(same[0].organisations, person.organisations)
            same[0].status = person.status if same[0].status == UNKNOWN else same[0].status
            merged.add(id(person))
    return [p for p in listed if id(p) not in merged]
