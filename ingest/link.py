"""Link the facts of many documents: one name per person, organisation and initiative.

`link(facts, known, decisions)` resolves every name against all documents of the same
municipality (and against what the store already holds), then rewrites each document's facts
with the canonical names, keeping the written forms as mentions. Pure; the pipeline calls it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Hashable, Iterable

from ingest.extract.organisations import name_key, stem
from ingest.identity import INITIATIVE, ORGANISATION, PERSON, Decision, Doubt, Resolution, resolve_names, resolve_people
from ingest.lexicon import fold, load
from ingest.model import UNKNOWN, Facts, InitiativeFact, OrganisationFact, PersonFact

_STATUS_RANK = {"present": 2, "absent": 1, UNKNOWN: 0}


@dataclass(frozen=True)
class Known:
    """What the store already holds: (municipality, name) per kind."""

    persons: tuple[tuple[str, str], ...] = ()
    organisations: tuple[tuple[str, str], ...] = ()
    initiatives: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Linked:
    facts: list[Facts]
    doubts: list[Doubt]
    unresolved: list[tuple[str, str]]  # (document name, first name that fits no full name)


def organisation_key(municipality: str, name: str) -> Hashable:
    """A local organisation is the same with or without its municipality's name ("Frivilligcenter
    Rudersdal" is "Frivilligcentret" in Rudersdal); known organisations by their listed name."""
    known = load().organisations.get(fold(name))
    if known:
        return ("known", fold(known.name))
    key = name_key(name) - {stem(municipality)} if municipality else name_key(name)
    return key or name_key(name)


def initiative_key(municipality: str, name: str) -> Hashable:
    return " ".join(stem(w) for w in fold(name).split())


def link(facts: list[Facts], known: Known = Known(), decisions: Iterable[Decision] = ()) -> Linked:
    """Every document's facts with names resolved across documents."""
    decisions = list(decisions)
    mun = [f.meeting.municipality or "" for f in facts]
    named = [(m, p.name) for m, f in zip(mun, facts) for p in f.persons]
    named += [(m, n) for m, f in zip(mun, facts) for i in f.initiatives for n, _ in i.persons]
    people = resolve_people(named + list(known.persons), decisions)
    orgs = resolve_names(
        ORGANISATION,
        [(m, o.name) for m, f in zip(mun, facts) for o in f.organisations] + list(known.organisations),
        organisation_key,
        decisions,
    )
    inits = resolve_names(
        INITIATIVE,
        [(m, i.name) for m, f in zip(mun, facts) for i in f.initiatives] + list(known.initiatives),
        initiative_key,
        decisions,
    )
    linked = [_apply(f, m, people, orgs, inits) for m, f in zip(mun, facts)]
    unresolved = [
        (f.document.name, p.name) for f in linked for p in f.persons if len(p.name.split()) == 1
    ]
    return Linked(linked, people.doubts, unresolved)


def _apply(facts: Facts, mun: str, people: Resolution, orgs: Resolution, inits: Resolution) -> Facts:
    def org(name: str) -> str:
        return orgs.name(ORGANISATION, mun, name)

    persons: dict[str, PersonFact] = {}
    for p in facts.persons:
        name = people.name(PERSON, mun, p.name)
        renamed = dataclasses.replace(
            p,
            name=name,
            mentions=_unique((*p.mentions, p.name) if name != p.name else p.mentions),
            organisations=_unique(org(o) for o in p.organisations),
        )
        persons[name] = _merge(persons[name], renamed) if name in persons else renamed
    organisations: dict[str, OrganisationFact] = {}
    for o in facts.organisations:
        name = org(o.name)
        mentions = _unique((*o.mentions, o.name) if name != o.name else o.mentions)
        if name in organisations:
            old = organisations[name]
            mentions = _unique((*old.mentions, *mentions))
            organisations[name] = dataclasses.replace(old, mentions=mentions)
        else:
            organisations[name] = dataclasses.replace(o, name=name, mentions=mentions)
    initiatives: dict[str, InitiativeFact] = {}
    for i in facts.initiatives:
        name = inits.name(INITIATIVE, mun, i.name)
        initiatives.setdefault(name, dataclasses.replace(
            i,
            name=name,
            persons=tuple((people.name(PERSON, mun, n), r) for n, r in i.persons),
            organisations=_unique(org(o) for o in i.organisations),
        ))
    def actor(name: str, kind: str) -> str:
        return people.name(PERSON, mun, name) if kind == "person" else org(name)

    def target(name: str) -> str:
        renamed = inits.name(INITIATIVE, mun, name)
        return renamed if renamed != name else org(name)

    return dataclasses.replace(
        facts,
        persons=tuple(persons.values()),
        organisations=tuple(organisations.values()),
        initiatives=tuple(initiatives.values()),
        grants=tuple(
            dataclasses.replace(g, to=target(g.to), source=org(g.source) if g.source else None)
            for g in facts.grants
        ),
        collaborations=tuple(
            dataclasses.replace(c, a=actor(c.a, c.a_kind), b=actor(c.b, c.b_kind)) for c in facts.collaborations
        ),
    )


def _merge(a: PersonFact, b: PersonFact) -> PersonFact:
    """Two persons of one document that turn out to be one (a namesake listed twice)."""
    status = a.status if _STATUS_RANK[a.status] >= _STATUS_RANK[b.status] else b.status
    return dataclasses.replace(
        a,
        status=status,
        mentions=_unique((*a.mentions, *b.mentions)),
        roles=_unique((*a.roles, *b.roles)),
        organisations=_unique((*a.organisations, *b.organisations)),
        evidence=a.evidence + b.evidence,
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
