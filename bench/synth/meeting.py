"""One meeting: who came, what was said on each agenda item, and the truth a reader should find."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.synth.vocabulary import (AMOUNTS, CHAIR_NEWS, CLOSED_TITLES, INITIATIVE_NEWS, MONTHS, ORG_NEWS,
                                    THEME_NEWS, TITLES, TOPICS, VOLUNTEER_CENTRE, lexicon)
from bench.synth.world import Body, Member, People


def long_date(d: date, year: bool = True) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


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
        return long_date(self.m.when + timedelta(days=self.rng.randint(8, 80)), year=False)

    def chair(self) -> Item:
        chair = next((x for x in self.m.present if x.role == "formand"), None)
        lead = self.m.ref(chair) if chair else self.who()
        first = f"{lead} bød velkommen og orienterede om nyt fra {self.b.municipality} Kommune."
        if chair is None:
            first = f"{lead} ledte mødet i formandens fravær og orienterede om nyt fra {self.b.municipality} Kommune."
        paras = [first, self.rng.choice(CHAIR_NEWS).format(ini=self.ini(), org=self.org(), who=self.who(),
                                                             topic=self.rng.choice(TOPICS[self.b.theme]))]
        if self.rng.random() < 0.15:
            other = self.rng.sample([x for x in lexicon().municipalities if x != self.b.municipality], 2)
            paras.append(f"Jobcentret har et samarbejde med {other[0]} og {other[1]} kommune om {self.rng.choice(TOPICS[self.b.theme])}.")
        return Item(self.rng.choice(("Nyt fra formanden", "Velkommen og meddelelser", "Meddelelser fra formanden")), paras)

    def associations(self) -> Item:
        members = [x for x in self.speakers if x.kind == "association"] or self.speakers
        paras = []
        for x in self.rng.sample(members, min(len(members), self.rng.randint(2, 4))):
            org = x.org or self.org()
            self.t["organisations"].add(org)
            news = self.rng.choice(ORG_NEWS).format(ini=self.ini(), date=self.later())
            paras.append(f"{org} - {self.m.ref(x)} fortalte, at {news}")
        return Item("Nyt fra foreningerne", paras)

    def initiative(self) -> Item:
        name, written = self.rng.choice(self.b.initiatives)
        self.t["initiatives"].add(name)
        org, partner = self.rng.sample(self.b.orgs, 2)
        self.t["organisations"].update((org, partner))
        paras = [f"{self.who()} orienterede om {written}, som {org} står for i samarbejde med {partner}."]
        self.t["collaborations"].append([org, partner, name])
        paras.append(_cap(self.rng.choice(INITIATIVE_NEWS).format(w=written, date=self.later(), n=self.rng.randint(20, 300),
                                                                    year=self.m.when.year + 1, who=self.who())))
        if self.rng.random() < 0.4:
            amount = self.rng.choice(AMOUNTS)
            paras.append(f"{self.b.name} har bevilget {_kr(amount)} til {written}.")
            self.t["grants"].append({"amount_dkk": amount, "to": name})
        return Item(self.rng.choice(("Orientering om ", "Status på ", "Opfølgning på ")) + written, paras)

    def theme(self) -> Item:
        guest, unit = self.people.new(), self.rng.choice(self.b.units)
        topic = self.rng.choice(TOPICS[self.b.theme])
        paras = [f"Oplæg ved {guest.name}, {self.rng.choice(TITLES)} i {unit}, om {topic}.",
                 f"{guest.first} fortalte, at {self.rng.choice(THEME_NEWS)}",
                 f"{self.who()} spurgte til {self.ini()}, og {guest.first} svarede, at det indgår i arbejdet."]
        self.t["guests"].append(guest.name)
        return Item(f"Temadrøftelse: {topic}", paras)

    def grants(self) -> Item:
        paras = []
        for _ in range(self.rng.randint(1, 3)):
            org, (name, written), amount = self.org(), self.rng.choice(self.b.initiatives), self.rng.choice(AMOUNTS)
            self.t["initiatives"].add(name)
            if self.rng.random() < 0.75:
                paras.append(f"{org} har søgt om støtte. Der blev bevilget {_kr(amount)} til {org} til {written}.")
                self.t["grants"].append({"amount_dkk": amount, "to": org})
            else:
                paras.append(f"Ansøgningen fra {org} om {_kr(amount)} til {written} fik afslag.")
        return Item("Ansøgninger til puljen", paras)

    def plan(self) -> Item:
        dates = sorted({long_date(date(self.m.when.year, mo, self.rng.randint(1, 28)), year=False)
                        for mo in self.rng.sample(range(self.m.when.month, 13), min(4, 13 - self.m.when.month))})
        return Item(f"Mødeplan {self.m.when.year}", ["Følgende mødedatoer blev vedtaget: " + ", ".join(dates) + "."])

    def misc(self) -> Item:
        if self.rng.random() < 0.3:
            return Item("Eventuelt", ["Intet."])
        return Item("Eventuelt", [f"{self.who()} mindede om {self.ini()} den {self.later()}."])

    def closed(self) -> Item:
        secret = self.people.new()
        self.t["closed_names"].append(secret.name)
        return Item(self.rng.choice(CLOSED_TITLES), [
            f"{secret.name} har søgt om {_kr(self.rng.choice(AMOUNTS))} fra puljen til {secret.first}s forening.",
            f"{secret.first} har desuden klaget over en afgørelse. Sagen behandles fortroligt."], closed=True)

    def agenda(self, closed_share: float) -> list[Item]:
        rng = self.rng
        previous = self.b.previous
        items = [Item("Godkendelse af dagsorden", ["Dagsordenen blev godkendt."])] if rng.random() < 0.5 else []
        if previous:
            items.append(Item(f"Godkendelse af referat fra {long_date(previous)}", ["Referatet blev godkendt."]))
        items.append(self.chair())
        for make in rng.sample([self.associations, self.initiative, self.initiative, self.theme, self.grants], rng.randint(1, 4)):
            items.append(make())
        if self.m.when.month <= 3 and rng.random() < 0.5:
            items.append(self.plan())
        if rng.random() < closed_share:
            items.append(self.closed())
        items.append(self.misc())
        return items


def hold_meeting(body: Body, when: date, people: People) -> Meeting:
    """The meeting of `body` on `when`: its roster that year, who came, and what was said."""
    rng = body.rng
    body.advance(when.year, people)
    present: list[Member] = []
    absent: list[Member] = []
    for x in body.members:
        (absent if rng.random() < 0.18 else present).append(x)
    stand_ins = [s for s in body.subs if rng.random() < min(0.8, 0.3 * len(absent))]
    hour = rng.choice((15, 16, 17))
    minute = rng.choice((0, 30))
    staff = [x for x in body.staff if x.org != VOLUNTEER_CENTRE or rng.random() < 0.5]
    referent = staff[0]
    if body.layout == "d":  # a network's own member takes the minutes ("Anne Mette (ref.)")
        referent = rng.choice(present or body.members)
    everyone = present + stand_ins + staff
    m = Meeting(body, when, f"{hour}.{minute:02d}", f"{hour + 2}.{minute:02d}", everyone,
                absent, referent, refs=_refs(everyone + absent))
    m.truth = {"initiatives": set(), "organisations": set(), "grants": [], "collaborations": [],
               "guests": [], "closed_names": []}
    m.items = Writer(m, people).agenda({"c": 0.2, "e": 0.35}.get(body.layout, 0.0))
    body.previous = when
    return m


