"""The people and bodies of the synthetic country: rosters that change from year to year."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from bench.synth.vocabulary import (DOUBLE_FIRST_NAMES, INITIATIVES, LOCATIONS, ORGS, PARTIES, STREETS, TITLES,
                                    UNITS, VOLUNTEER_CENTRE, lexicon)


@dataclass(frozen=True)
class Person:
    first: str
    name: str


@dataclass
class Member:
    person: Person
    kind: str  # association | politician | citizen | staff
    org: str  # organisation, party or municipal unit ("" for citizens)
    role: str = "medlem"  # formand | næstformand | medlem | suppleant | staff
    title: str = ""  # a staff member's job title


class People:
    """Invents people with names unique in the corpus; a municipality's people sit on several bodies."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"{seed}:people")
        self.taken: set[str] = set()
        self.by_municipality: dict[str, list[Person]] = {}

    def new(self, municipality: str | None = None) -> Person:
        lex, rng = lexicon(), self.rng
        while True:
            first = rng.choice(lex.first)
            if rng.random() < 0.06:
                first = rng.choice(DOUBLE_FIRST_NAMES)
            last, roll = rng.choice(lex.surnames), rng.random()
            if roll < 0.12:
                last = f"{rng.choice(lex.surnames)} {last}"  # "Damsgaard Olsen"
            elif roll < 0.19:
                last = f"{rng.choice(lex.surnames)}-{last}"  # "Sverdrup-Jensen"
            elif roll < 0.23:
                last = f"{rng.choice('ABCDEFHJKLMNPST')} {last}"  # "Paul K Jeppesen"
            name = f"{first} {last}"
            if name not in self.taken:
                self.taken.add(name)
                person = Person(first, name)
                if municipality:
                    self.by_municipality.setdefault(municipality, []).append(person)
                return person

    def local(self, municipality: str, busy: set[str]) -> Person:
        """Sometimes someone already active elsewhere in the municipality, else a newcomer."""
        known = [p for p in self.by_municipality.get(municipality, []) if p.name not in busy]
        if known and self.rng.random() < 0.15:
            return self.rng.choice(known)
        return self.new(municipality)


class Body:
    """A body of one municipality, its partners and initiatives, and a roster that evolves by year."""

    def __init__(self, municipality: str, name: str, layout: str, seed: int) -> None:
        self.municipality, self.name, self.layout = municipality, name, layout
        self.rng = rng = random.Random(f"{seed}:{municipality}:{name}")
        self.theme = "ældre" if "Ældre" in name else "handicap" if "Handicap" in name else "integration"
        m = municipality
        self.orgs = [o.format(m=m) for o in rng.sample(ORGS[self.theme], 7)]
        self.units = rng.sample(UNITS[self.theme], 3)
        pool = INITIATIVES["common"] + INITIATIVES[self.theme]
        self.initiatives = [(n.format(m=m), w.format(m=m)) for n, w in rng.sample(pool, 5)]
        self.location = rng.choice(LOCATIONS).format(m=m, street=rng.choice(STREETS), no=rng.randint(1, 40))
        self.format = {"b": "html", "c": "md"}.get(layout, "txt") if rng.random() < 0.3 else "txt"
        self.size = rng.randint(7, 12)
        self.members: list[Member] = []
        self.subs: list[Member] = []
        self.staff: list[Member] = []
        self.year: int | None = None
        self.previous: date | None = None

    def _busy(self) -> set[str]:
        return {x.person.name for x in self.members + self.subs + self.staff}

    def _member(self, people: People, role: str = "medlem") -> Member:
        person, rng = people.local(self.municipality, self._busy()), self.rng
        kinds = ("association",) if self.layout == "d" else ("association",) * 5 + ("politician",) * 2 + ("citizen",) * 2
        kind = "association" if role == "suppleant" else rng.choice(kinds)
        org = {"association": rng.choice(self.orgs), "politician": rng.choice(PARTIES), "citizen": ""}[kind]
        return Member(person, kind, org, role)

    def _fill(self, people: People) -> None:
        while len(self.members) < self.size:
            self.members.append(self._member(people))
        while len(self.subs) < 2 + self.size // 5:
            self.subs.append(self._member(people, "suppleant"))
        while len(self.staff) < 2:
            unit = self.rng.choice(self.units)
            self.staff.append(Member(people.new(self.municipality), "staff", unit, "staff", self.rng.choice(TITLES)))
        if self.layout == "d" and all(x.org != VOLUNTEER_CENTRE for x in self.staff):  # "Frivilligcentret: Lisbeth"
            self.staff.append(Member(people.new(self.municipality), "staff", VOLUNTEER_CENTRE, "staff", "centerleder"))
        roles = [x.role for x in self.members]
        for role in ("formand", "næstformand"):
            if role not in roles:
                candidates = [x for x in self.members if x.role == "medlem"]
                self.rng.choice(candidates).role = role

    def advance(self, year: int, people: People) -> None:
        """The roster of `year`: each new year some members, substitutes and staff leave, others join."""
        rng = self.rng
        while self.year is not None and self.year < year:
            self.members = [x for x in self.members if rng.random() > (0.1 if x.role == "formand" else 0.18)]
            self.subs = [x for x in self.subs if rng.random() > 0.25]
            self.staff = [x for x in self.staff if rng.random() > 0.12]
            if rng.random() < 0.3:  # an initiative ends, another starts
                name, written = rng.choice(INITIATIVES["common"] + INITIATIVES[self.theme])
                self.initiatives[rng.randrange(len(self.initiatives))] = (name.format(m=self.municipality),
                                                                          written.format(m=self.municipality))
            self.year += 1
            self._fill(people)
        self.year = year
        self._fill(people)


