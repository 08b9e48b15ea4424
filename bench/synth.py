"""Synthetic minutes in the real layouts: `python -m bench.synth --meetings N --out DIR [--seed S]`.

Writes N meetings of many municipalities and bodies over 2012-2025 as files in five layouts
seen in data/samples and tests/fixtures/layouts: (a) a flattened header table, (b) dash lines
and "Pkt. 1", (c) name blocks with case sections, (d) PDF text with first-name lists and time
slots, (e) "Punkt 1:" items with Åbent/Lukket markers. Each body has a roster that changes
from year to year (members leave and join, chairs change, substitutes stand in), recurring
initiatives, grants and partners. DIR/truth.jsonl says per file what a reader should find.
The same seed and N give the same bytes.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from bench import vocabulary as V

LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon"
FIRST_YEAR, LAST_YEAR = 2012, 2025
LAYOUTS = "abcde"


@dataclass(frozen=True)
class Lexicon:
    first: tuple[str, ...]
    surnames: tuple[str, ...]
    municipalities: tuple[str, ...]


def _entries(text: str) -> list[str]:
    return [s.strip() for s in text.splitlines() if s.strip() and not s.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Names from data/lexicon; the hand-curated common names count twice, as they are common."""
    first = (LEXICON / "first_names.txt").read_text(encoding="utf-8")
    sourced, _, curated = first.partition("# hand-curated")
    curated = curated.partition("\n")[2]
    rows = _entries((LEXICON / "municipalities.tsv").read_text(encoding="utf-8"))
    return Lexicon(
        first=tuple(_entries(sourced) + 2 * _entries(curated)),
        surnames=tuple(_entries((LEXICON / "surnames.txt").read_text(encoding="utf-8"))),
        municipalities=tuple(row.split("\t")[0] for row in rows),
    )


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
            if rng.random() < 0.07:
                first = f"{first} {rng.choice(lex.first)}"  # "Anne Mette"
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
        self.orgs = [o.format(m=m) for o in rng.sample(V.ORGS[self.theme], 7)]
        self.units = rng.sample(V.UNITS[self.theme], 3)
        pool = V.INITIATIVES["common"] + V.INITIATIVES[self.theme]
        self.initiatives = [(n.format(m=m), w.format(m=m)) for n, w in rng.sample(pool, 5)]
        self.location = rng.choice(V.LOCATIONS).format(m=m, street=rng.choice(V.STREETS), no=rng.randint(1, 40))
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
        org = {"association": rng.choice(self.orgs), "politician": rng.choice(V.PARTIES), "citizen": ""}[kind]
        return Member(person, kind, org, role)

    def _fill(self, people: People) -> None:
        while len(self.members) < self.size:
            self.members.append(self._member(people))
        while len(self.subs) < 2 + self.size // 5:
            self.subs.append(self._member(people, "suppleant"))
        while len(self.staff) < 2:
            unit = self.rng.choice(self.units)
            self.staff.append(Member(people.new(self.municipality), "staff", unit, "staff", self.rng.choice(V.TITLES)))
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
                pool = [i for i in V.INITIATIVES["common"] + V.INITIATIVES[self.theme]]
                fresh = rng.choice(pool)
                self.initiatives[rng.randrange(len(self.initiatives))] = tuple(s.format(m=self.municipality) for s in fresh)  # type: ignore[assignment]
            self.year += 1
            self._fill(people)
        self.year = year
        self._fill(people)


def _long(d: date, year: bool = True) -> str:
    return f"{d.day}. {V.MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def _kr(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " kr."


@dataclass
class Item:
    title: str
    paragraphs: list[str]
    closed: bool = False


@dataclass
class Meeting:
    """One meeting: who came, who sent apologies, the items, and the truth a reader should find."""

    body: Body
    when: date
    start: str
    end: str
    present: list[Member]
    absent: list[Member]
    referent: Member
    items: list[Item] = field(default_factory=list)
    truth: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)

    def ref(self, member: Member) -> str:
        return self.refs.get(member.person.name, member.person.first)


def _refs(people: list[Member]) -> dict[str, str]:
    """How the minutes call each person in running text: the first name, or with an initial when shared."""
    counts: dict[str, int] = {}
    for x in people:
        counts[x.person.first] = counts.get(x.person.first, 0) + 1
    refs = {}
    for x in people:
        first, rest = x.person.first, x.person.name[len(x.person.first):].split()
        refs[x.person.name] = first if counts[first] == 1 else f"{first} {rest[-1][0]}"
    return refs


class Writer:
    """Agenda items in Danish, built from the body's people, partners and initiatives."""

    def __init__(self, m: Meeting, people: People) -> None:
        self.m, self.b, self.rng, self.people = m, m.body, m.body.rng, people
        self.speakers = [x for x in m.present if x.kind != "staff"] or m.present
        self.t: dict[str, Any] = m.truth

    def who(self) -> str:
        return self.m.ref(self.rng.choice(self.speakers))

    def ini(self) -> str:
        name, written = self.rng.choice(self.b.initiatives)
        self.t["initiatives"].add(name)
        return written

    def org(self) -> str:
        org = self.rng.choice(self.b.orgs)
        self.t["organisations"].add(org)
        return org

    def later(self) -> str:
        return _long(self.m.when + timedelta(days=self.rng.randint(8, 80)), year=False)

    def chair(self) -> Item:
        chair = next((x for x in self.m.present if x.role == "formand"), None)
        lead = self.m.ref(chair) if chair else self.who()
        first = f"{lead} bød velkommen og orienterede om nyt fra {self.b.municipality} Kommune."
        if chair is None:
            first = f"{lead} ledte mødet i formandens fravær og orienterede om nyt fra {self.b.municipality} Kommune."
        paras = [first, self.rng.choice(V.CHAIR_NEWS).format(ini=self.ini(), org=self.org(), who=self.who(),
                                                             topic=self.rng.choice(V.TOPICS[self.b.theme]))]
        if self.rng.random() < 0.15:
            other = self.rng.sample(lexicon().municipalities, 2)
            paras.append(f"Jobcentret har et samarbejde med {other[0]} og {other[1]} kommune om {self.rng.choice(V.TOPICS[self.b.theme])}.")
        return Item(self.rng.choice(("Nyt fra formanden", "Velkommen og meddelelser", "Meddelelser fra formanden")), paras)

    def associations(self) -> Item:
        members = [x for x in self.speakers if x.kind == "association"] or self.speakers
        paras = []
        for x in self.rng.sample(members, min(len(members), self.rng.randint(2, 4))):
            org = x.org or self.org()
            self.t["organisations"].add(org)
            news = self.rng.choice(V.ORG_NEWS).format(ini=self.ini(), date=self.later())
            paras.append(f"{org} - {self.m.ref(x)} fortalte, at {news}")
        return Item("Nyt fra foreningerne", paras)

    def initiative(self) -> Item:
        name, written = self.rng.choice(self.b.initiatives)
        self.t["initiatives"].add(name)
        org, partner = self.org(), self.org()
        paras = [f"{self.who()} orienterede om {written}, som {org} står for i samarbejde med {partner}."]
        if partner != org:
            self.t["collaborations"].append([org, partner, name])
        paras.append(self.rng.choice(V.INITIATIVE_NEWS).format(w=written, date=self.later(), n=self.rng.randint(20, 300),
                                                               year=self.m.when.year + 1, who=self.who()))
        if self.rng.random() < 0.4:
            amount = self.rng.choice(V.AMOUNTS)
            paras.append(f"{self.b.name} har bevilget {_kr(amount)} til {written}.")
            self.t["grants"].append({"amount_dkk": amount, "to": name})
        return Item(self.rng.choice(("Orientering om ", "Status på ", "Opfølgning på ")) + written, paras)

    def theme(self) -> Item:
        guest, unit = self.people.new(), self.rng.choice(self.b.units)
        topic = self.rng.choice(V.TOPICS[self.b.theme])
        paras = [f"Oplæg ved {guest.name}, {self.rng.choice(V.TITLES)} i {unit}, om {topic}.",
                 f"{guest.first} fortalte, at {self.rng.choice(V.THEME_NEWS)}",
                 f"{self.who()} spurgte til {self.ini()}, og {guest.first} svarede, at det indgår i arbejdet."]
        self.t["guests"].append(guest.name)
        return Item(f"Temadrøftelse: {topic}", paras)

    def grants(self) -> Item:
        paras = []
        for _ in range(self.rng.randint(1, 3)):
            org, (name, written), amount = self.org(), self.rng.choice(self.b.initiatives), self.rng.choice(V.AMOUNTS)
            self.t["initiatives"].add(name)
            if self.rng.random() < 0.75:
                paras.append(f"{org} har søgt om støtte. Der blev bevilget {_kr(amount)} til {org} til {written}.")
                self.t["grants"].append({"amount_dkk": amount, "to": org})
            else:
                paras.append(f"Ansøgningen fra {org} om {_kr(amount)} til {written} fik afslag.")
        return Item("Ansøgninger til puljen", paras)

    def plan(self) -> Item:
        dates = sorted({_long(date(self.m.when.year, mo, self.rng.randint(1, 28)), year=False)
                        for mo in self.rng.sample(range(self.m.when.month, 13), min(4, 13 - self.m.when.month))})
        return Item(f"Mødeplan {self.m.when.year}", ["Følgende mødedatoer blev vedtaget: " + ", ".join(dates) + "."])

    def misc(self) -> Item:
        if self.rng.random() < 0.3:
            return Item("Eventuelt", ["Intet."])
        return Item("Eventuelt", [f"{self.who()} mindede om {self.ini()} den {self.later()}."])

    def closed(self) -> Item:
        secret = self.people.new()
        self.t["closed_names"].append(secret.name)
        return Item(self.rng.choice(V.CLOSED_TITLES), [
            f"{secret.name} har søgt om {_kr(self.rng.choice(V.AMOUNTS))} fra puljen til {secret.first}s forening.",
            f"{secret.first} har desuden klaget over en afgørelse. Sagen behandles fortroligt."], closed=True)

    def agenda(self, closed_share: float) -> list[Item]:
        rng = self.rng
        previous = self.b.previous
        items = [Item("Godkendelse af dagsorden", ["Dagsordenen blev godkendt."])] if rng.random() < 0.5 else []
        if previous:
            items.append(Item(f"Godkendelse af referat fra {_long(previous)}", ["Referatet blev godkendt."]))
        items.append(self.chair())
        for make in rng.sample([self.associations, self.initiative, self.initiative, self.theme, self.grants], rng.randint(1, 4)):
            items.append(make())
        if self.m.when.month <= 3 and rng.random() < 0.5:
            items.append(self.plan())
        if rng.random() < closed_share:
            items.append(self.closed())
        items.append(self.misc())
        return items


def _meeting(body: Body, when: date, people: People) -> Meeting:
    rng = body.rng
    body.advance(when.year, people)
    present, absent = [], []
    for x in body.members:
        (absent if rng.random() < 0.18 else present).append(x)
    stand_ins = [s for s in body.subs if rng.random() < 0.3 * len(absent)]
    hour = rng.choice((15, 16, 17))
    minute = rng.choice((0, 30))
    referent = body.staff[0]
    everyone = present + stand_ins + body.staff
    m = Meeting(body, when, f"{hour}.{minute:02d}", f"{hour + 2}.{minute:02d}", present + stand_ins + body.staff,
                absent, referent, refs=_refs(everyone + absent))
    m.truth = {"initiatives": set(), "organisations": set(), "grants": [], "collaborations": [],
               "guests": [], "closed_names": []}
    m.items = Writer(m, people).agenda({"c": 0.2, "e": 0.35}.get(body.layout, 0.0))
    body.previous = when
    return m


from bench import layouts  # noqa: E402  (layouts use Meeting and Item)


def _plan(n: int, seed: int) -> list[tuple[date, int, Body]]:
    """Bodies and meeting dates: about 40 meetings per body, 4-12 a year, all within 2012-2025."""
    rng = random.Random(f"{seed}:plan")
    lex = lexicon()
    municipalities = rng.sample(lex.municipalities, len(lex.municipalities))
    count = max(6, -(-n // 40))
    bodies, used = [], set()
    for i in range(count):
        layout, mun = LAYOUTS[i % len(LAYOUTS)], municipalities[i % len(municipalities)]
        names = [b for b in V.BODIES[layout] if (mun, b) not in used] or [f"{V.BODIES[layout][0]} {i}"]
        name = names[(i // len(municipalities)) % len(names)]
        used.add((mun, name))
        bodies.append(Body(mun, name, layout, seed))
    schedule = []
    for i, body in enumerate(bodies):
        k = n // count + (1 if i < n % count else 0)
        per_year = max(body.rng.choice((4, 5, 6)), -(-k // (LAST_YEAR - FIRST_YEAR + 1)))
        years = -(-k // per_year)
        first = body.rng.randint(FIRST_YEAR, LAST_YEAR - years + 1)
        for j in range(k):
            year, slot = first + j // per_year, j % per_year
            month = 1 + slot * 12 // per_year + body.rng.randint(0, max(0, 12 // per_year - 1))
            schedule.append((date(year, month, body.rng.randint(1, 28)), i, body))
    schedule.sort(key=lambda row: (row[0], row[1]))
    return schedule


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(file name, file text, truth) for `n` meetings, in date order."""
    people = People(seed)
    for k, (when, _, body) in enumerate(_plan(n, seed)):
        m = _meeting(body, when, people)
        text, present, absent = layouts.render(m)
        slug = V.slug(f"{body.municipality}-{body.name}")
        name = f"{k:06d}_{slug}_{when.isoformat()}.{body.format}"
        t = m.truth
        yield name, text, {
            "file": name, "layout": body.layout, "format": body.format, "date": when.isoformat(),
            "municipality": body.municipality, "body": body.name, "present": present, "absent": absent,
            "chair": next((x.person.name for x in m.present if x.role == "formand"), None),
            "substitutes": [x.person.name for x in m.present if x.role == "suppleant"],
            "staff": [x.person.name for x in body.staff], "guests": t["guests"],
            "organisations": sorted(t["organisations"]), "initiatives": sorted(t["initiatives"]),
            "grants": t["grants"], "collaborations": t["collaborations"],
            "closed_items": sum(i.closed for i in m.items), "closed_names": t["closed_names"],
        }


def write_corpus(out: Path, n: int, seed: int = 0) -> dict[str, int]:
    """Write the files and truth.jsonl into `out`; the number of files per layout."""
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for name, text, row in generate(n, seed):
            (out / name).write_text(text, encoding="utf-8")
            truth.write(json.dumps(row, ensure_ascii=False) + "\n")
            counts[row["layout"]] = counts.get(row["layout"], 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, required=True, help="number of meetings (files) to write")
    parser.add_argument("--out", type=Path, required=True, help="output folder (truth.jsonl goes there too)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.meetings < 1:
        parser.error("--meetings must be at least 1")
    started = time.perf_counter()
    counts = write_corpus(args.out, args.meetings, args.seed)
    layout_counts = ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    print(f"wrote {args.meetings} meetings to {args.out} in {time.perf_counter() - started:.1f} s ({layout_counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
