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
import html
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


LEXICON = Path(__file__).resolve().parent.parent / "data" / "lexicon"
FIRST_YEAR, LAST_YEAR = 2012, 2025
LAYOUTS = "abcde"
VOLUNTEER_CENTRE = "Frivilligcentret"

# The Danish vocabulary of the synthetic minutes (user-facing text, like fixtures).
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")
WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
BODIES = {  # layout -> bodies whose minutes come out in it
    "a": ("Integrationsforum", "Handicaprådet", "Ældrerådet", "Integrationsrådet"),
    "b": ("Ældrerådet", "Integrationsrådet", "Handicaprådet"),
    "c": ("Integrationsrådet", "Handicaprådet", "Ældrerådet"),
    "d": ("Frivillignetværk", "Integrationsnetværk"),
    "e": ("Integrationsrådet", "Handicaprådet", "Ældrerådet"),
}
ORGS = {
    "integration": ["Venligboerne i {m}", "Frivilligcenter {m}", "Røde Kors", "Dansk Flygtningehjælp",
                    "Dansk-Syrisk Kulturforening", "Somalisk Kvindeforening", "Den Tamilske Forening",
                    "Polsk-Dansk Forening i {m}", "Den Kurdiske Forening i {m}", "Arabisk Kulturcenter",
                    "Afghansk Forening i {m}", "Eritreisk Forening", "Ukrainsk Forening i {m}",
                    "Lektiehjælpen i {m}", "{m} Flygtningevenner", "DGI", "LO", "FIL", "Red Barnet"],
    "handicap": ["DH {m}", "Dansk Blindesamfund", "LEV {m}", "Scleroseforeningen", "Autismeforeningen",
                 "Dansk Handicap Forbund", "Frivilligcenter {m}", "Hjerneskadeforeningen",
                 "Gigtforeningen i {m}", "Høreforeningen", "Parasport {m}"],
    "ældre": ["Ældre Sagen {m}", "Frivilligcenter {m}", "Røde Kors", "Pensionistforeningen i {m}",
              "Demensforeningen i {m}", "Seniorklubben {m}", "Faglige Seniorer", "Ældremobiliseringen",
              "Seniorsport {m}", "Besøgstjenesten i {m}"],
}
UNITS = {
    "integration": ["Beskæftigelse", "Kultur", "Center for Social Indsats", "Jobcentret",
                    "Integrationsteamet", "Center for Arbejdsmarked"],
    "handicap": ["Center for Handicap", "Socialområdet", "Teknik og Miljø", "Borgerservice"],
    "ældre": ["Sundhed og Omsorg", "Center for Sundhed og Træning", "Ældre og Sundhed", "Borgerservice"],
}
TITLES = ("integrationsmedarbejder", "afdelingsleder", "konsulent", "sekretær", "chefkonsulent",
          "teamleder", "centerchef")
PARTIES = ("Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Dansk Folkeparti",
           "Socialistisk Folkeparti", "Enhedslisten", "Radikale Venstre")
INITIATIVES = {  # (name, as written in running text)
    "common": [("Kulturfestivalen", "Kulturfestivalen"), ("Foreningernes Dag", "Foreningernes Dag"),
               ("Frivillighedsprisen", "Frivillighedsprisen"), ("NATURligvis", "projekt NATURligvis"),
               ("Fællesspisning i Kulturhuset", "Fællesspisning i Kulturhuset")],
    "integration": [("Sammen om Integration", 'projektet "Sammen om Integration"'),
                    ("Integrationsmentor med fokus på beskæftigelse",
                     'projektet "Integrationsmentor med fokus på beskæftigelse"'),
                    ("Sprogcaféen", "Sprogcaféen"), ("Lektiecaféen", "Lektiecaféen"),
                    ("Mangfoldighedskonferencen", "Mangfoldighedskonferencen"),
                    ("Venskabsfamilier", "projekt Venskabsfamilier"),
                    ("Bevæg dig for livet", 'forløbet "Bevæg dig for livet"'), ("Mentorkorpset", "Mentorkorpset")],
    "handicap": [("Tilgængelighedsprisen", "Tilgængelighedsprisen"),
                 ("Handicapidrættens Dag", "Handicapidrættens Dag"),
                 ("Kom ud i naturen", 'projektet "Kom ud i naturen"'), ("Ledsagerkorpset", "Ledsagerkorpset")],
    "ældre": [("Seniorfestivalen", "Seniorfestivalen"), ("Spis sammen", 'projektet "Spis sammen"'),
              ("Demensvenlig {m}", 'projektet "Demensvenlig {m}"'), ("Motionsugen", "Motionsugen")],
}
TOPICS = {
    "integration": ["boligsituationen for nyankomne flygtninge", "danskuddannelse og job",
                    "lektiehjælp til børn og unge", "foreningslivet og nye borgere", "repatriering",
                    "sundhed blandt flygtninge"],
    "handicap": ["tilgængelighed i kommunens bygninger", "handicapparkering", "botilbud",
                 "ledsagerordningen", "hjælpemidler"],
    "ældre": ["ensomhed blandt ældre", "hjemmeplejen", "trafiksikkerhed for ældre",
              "madordningen på plejecentrene", "demens"],
}
CHAIR_NEWS = ("Der har været stor interesse for {ini}, og {org} vil gerne bidrage igen.",
              "{who} og formanden har holdt møde med {org} om {topic}.",
              "Formanden har modtaget en henvendelse fra {org} om {topic}.",
              "{who} takkede for indsatsen omkring {ini}.")
ORG_NEWS = ("foreningen har holdt generalforsamling, og bestyrelsen blev genvalgt.",
            "der er stor tilslutning til {ini}.",
            "foreningen søger flere frivillige til {ini}.",
            "der holdes sommerfest den {date}, og alle er velkomne.",
            "medlemstallet er faldende.")
INITIATIVE_NEWS = ("{w} blev afholdt den {date} med over {n} deltagere.",
                   "Der var enighed om at støtte {w} igen i {year}.",
                   "{who} foreslog, at {w} evalueres ved årets udgang.",
                   "Der søges frivillige til {w}; kontakt sekretariatet.")
THEME_NEWS = ("der er lange ventetider, og at kommunen arbejder på en løsning.",
              "området er prioriteret i budgettet for næste år.",
              "der kommer nye regler, som træder i kraft til sommer.",
              "der er gode erfaringer fra nabokommunerne.")
CLOSED_TITLES = ("Personalesag", "Ansøgning om dispensation", "Klage over afgørelse", "Sag om tilskud til enkeltperson")
AMOUNTS = (5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000, 40000, 50000, 75000)
LOCATIONS = ("Rådhuset, mødelokale {no}", "Jobcentret, {street} {no}, {m}", "Frivilligcentret, {street} {no}",
             "Biblioteket, mødelokale {no}", "Kulturhuset, {street} {no}, {m}")
STREETS = ("Rådhusvej", "Stationsvej", "Skolegade", "Torvet", "Kirkevej", "Rynkevangen", "Rådmandshaven")
DOUBLE_FIRST_NAMES = ("Anne Mette", "Anne Marie", "Hans Henrik", "Jens Peter", "Lise Lotte", "Karl Erik",
                      "Marie Louise", "Ann Britt", "Niels Erik", "Poul Erik", "Mette Marie", "Bent Ole")
_SLUG = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", " ": "-"})


def slug(text: str) -> str:
    return "".join(c for c in text.translate(_SLUG).lower() if c.isalnum() or c == "-")


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
        first=tuple(_entries(sourced) + 3 * _entries(curated)),
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


def _long(d: date, year: bool = True) -> str:
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
        return _long(self.m.when + timedelta(days=self.rng.randint(8, 80)), year=False)

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
        return Item(self.rng.choice(CLOSED_TITLES), [
            f"{secret.name} har søgt om {_kr(self.rng.choice(AMOUNTS))} fra puljen til {secret.first}s forening.",
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


# The five layouts. Each renders a meeting as file text and says whom it lists as present and
# absent, as written (first names in layout d).
CITIZEN = {"integration": "repræsentant for borgere med anden etnisk baggrund end dansk",
           "handicap": "repræsentant for borgere med handicap", "ældre": "valgt ved ældrerådsvalget"}
Rendered = tuple[str, list[str], list[str]]


def _names(members: list[Member]) -> list[str]:
    return [x.person.name for x in members]


def _paragraphs(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in (p, "")]


def _render_a(m: Meeting) -> Rendered:
    """Header table flattened to one line per field ("Deltagere<TAB>Name, Org Name, Org …")."""
    b, rng = m.body, m.body.rng

    def entry(x: Member) -> str:
        sub = rng.choice((" (Suppleant)", " (suppleant)")) if x.role == "suppleant" else ""
        return f"{x.person.name}, {x.org or 'borgerrepræsentant'}{sub}"

    listed = [x for x in m.present if x is not m.referent]
    absent = m.absent if rng.random() < 0.5 else []
    lines = ["", "", "", "", "Referat", "", f"Emne/udvalg\t{b.name}", f"Mødested\t{b.location}",
             f"Mødedato\t{m.when:%d.%m.%Y}", f"Mødetidspunkt\tKl. {m.start} – {m.end}", "Bemærkninger\t",
             "Deltagere\t" + " ".join(entry(x) for x in listed)]
    lines += ["Afbud\t" + " ".join(entry(x) for x in absent)] if absent else []
    lines += [f"Referent\t{m.referent.person.name}, {m.referent.org}", ""]
    for n, item in enumerate(m.items, 1):
        lines += [f"{n}. {item.title}", ""] + _paragraphs(item.paragraphs)
    return "\n".join(lines), _names(listed + [m.referent]), _names(absent)


def _b_line(m: Meeting, x: Member) -> str:
    b = m.body
    if x.role == "formand":
        desc = f"formand for {b.name}/" + ("udpeget af Kommunalbestyrelsen" if x.kind == "politician" else x.org or CITIZEN[b.theme])
    elif x.role == "næstformand":
        desc = f"næstformand/formand for {x.org}" if x.kind == "association" else "næstformand"
    elif x.role == "suppleant":
        desc = f"suppleant som repræsentant for {x.org}"
    elif x.kind == "politician":
        desc = f"medlem af {x.org}/udpeget af Kommunalbestyrelsen"
    elif x.kind == "citizen":
        desc = CITIZEN[b.theme]
    else:
        desc = b.rng.choice((f"repræsentant for {x.org}", x.org, f"formand for {x.org}"))
    return f"{x.person.name} {'-' if b.rng.random() < 0.1 else '–'} {desc}"


def _render_b(m: Meeting) -> Rendered:
    """Title with body and municipality, "Deltagere:" one per line with dashes, "Pkt. 1<TAB>Titel"."""
    b, rng = m.body, m.body.rng
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    head = [f"Referat fra møde i {b.name} {b.municipality} Kommune",
            f"Mødedato: {_long(m.when)} kl. {m.start} til {m.end}", f"Mødested: {b.location}", "Deltagere:"]
    head += [_b_line(m, x) for x in members] + ["Sekretariatet:"]
    head += [f"{x.person.name}, {x.title}, {x.org}" for x in staff]
    head += ["Afbud:"] + [_b_line(m, x) for x in m.absent] if m.absent else []
    items = [(f"Pkt. {n}", item) for n, item in enumerate(m.items, 1)]
    if b.format == "html":
        esc = html.escape
        rows = "".join(f"<tr><td>{k}</td><td><p>{esc(i.title)}</p>" + "".join(f"<p>{esc(p)}</p>" for p in i.paragraphs)
                       + "</td></tr>\n" for k, i in items)
        body = "\n".join(f"<p>{esc(line)}</p>" for line in head[1:])
        text = (f'<!DOCTYPE html>\n<html lang="da">\n<head><meta charset="utf-8"><title>Referat</title></head>\n'
                f"<body>\n<h1>{esc(head[0])}</h1>\n{body}\n<table>\n{rows}</table>\n</body>\n</html>\n")
        return text, _names(members + staff), _names(m.absent)
    lines = ["", ""] + _paragraphs(head)
    for k, item in items:
        if rng.random() < 0.5:  # the exported table cell: title and text on one line, in <p> fragments
            lines.append(f"{k}\t<p>{item.title}</p> " + " ".join(f"<p>{p}</p>" for p in item.paragraphs))
        else:
            lines += [f"{k}\t{item.title}"] + item.paragraphs
        if rng.random() < 0.1:
            lines += ["---------------\t--", ""]
    return "\n".join(lines) + "\n", _names(members + staff), _names(m.absent)


def _render_c(m: Meeting) -> Rendered:
    """Name blocks ("Medlemmer", "Fraværende", "Administrationen", "Referent") and case sections."""
    b, rng, md = m.body, m.body.rng, m.body.format == "md"
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    h, bullet = ("## " if md else ""), ("- " if md else "")
    lines = ["", "", "", "", f"{'# ' if md else ''}Referat for {b.name}", "", f"Mødedato **{_long(m.when)}**",
             f"Tid **{m.start.replace('.', ':')}**", f"Sted **{b.location}**", ""]
    for heading, people in (("Medlemmer", members), ("Fraværende", m.absent), ("Administrationen", staff),
                            ("Referent", [m.referent])):
        if people:
            lines += [h + heading, ""] + [bullet + x.person.name + (" (suppleant)" if x.role == "suppleant" else "")
                                         for x in people] + [""]
    items = [i for i in m.items if not i.closed] + [i for i in m.items if i.closed]
    section = rng.random() < 0.5  # closed items under their own heading, or marked one by one
    toc = ["Indhold", "", "Åbne dagsordenspunkter", "", "- | | | |", "|----|---|---|"]
    for n, item in enumerate(items, 1):
        if item.closed and section and not items[n - 2].closed:
            toc += ["", "Lukkede dagsordenspunkter", ""]
        toc.append(f"| {n}. | <u>{item.title}</u> | {n + 1} |")
    lines += toc + [""] + ([] if section and any(i.closed for i in items) else ["Lukkede dagsordenspunkter", ""])
    short = f"{m.when.day}.{m.when.month}.{m.when.year}"
    for n, item in enumerate(items, 1):
        if item.closed:
            lines += (["Lukkede dagsordenspunkter", ""] if section and not items[n - 2].closed else [])
            lines += [f"{n}. {item.title}", ""] + ([] if section else ["Lukket punkt", ""]) + _paragraphs(item.paragraphs)
            continue
        lines += [f"{n}. {item.title}", "", f"Sagsbehandler {m.referent.person.name}",
                  f"Sagsnr 00.01.00-A21-{rng.randint(1, 9)}-{m.when.year % 100}", "", "RESUMÉ", "",
                  f"Kompetenceudvalg: {b.name}", "", "INDSTILLING", "",
                  f"Administrationen indstiller, at {b.name} tager orienteringen til efterretning", "",
                  "SAGSFREMSTILLING", ""] + _paragraphs(item.paragraphs[:1])
        lines += ["BESLUTNING", "", f"{b.name} {short}", ""] + _paragraphs(item.paragraphs[1:] or ["Taget til efterretning."])
    return "\n".join(lines), _names(members + staff), _names(m.absent)


def _wrap(text: str, width: int, rng: random.Random) -> str:
    """A paragraph as a PDF gives it: broken lines with a trailing space, now and then spread out."""
    sep = " \n\n" if rng.random() < 0.15 else " \n"
    return sep.join(textwrap.wrap(text, width)) + " "


def _render_d(m: Meeting) -> Rendered:
    """PDF text: a title line, first-name lists, an org-labelled line, time-slot items, broken lines."""
    b, rng = m.body, m.body.rng
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]

    def form(x: Member) -> str:
        mark = " (dir.)" if x.role == "formand" else " (ref.)" if x is m.referent else ""
        return m.ref(x) + mark

    lines = [f" Referat -  {b.name} -  {b.municipality} Kommune -  {_long(m.when)} ",
             "Netværket: " + ", ".join(form(x) for x in members) + " "]
    for label, group in ((f"{b.municipality} Kommune", [x for x in staff if x.org != VOLUNTEER_CENTRE]),
                         (VOLUNTEER_CENTRE, [x for x in staff if x.org == VOLUNTEER_CENTRE])):
        lines += [f"{label}: " + " og ".join(m.ref(x) for x in group) + " "] if group else []
    absent = m.absent if rng.random() < 0.6 else []
    lines += ["Afbud: " + ", ".join(m.ref(x) for x in absent) + " "] if absent else []
    lines += [" ", ""]
    clock = int(m.start.split(".")[0]) * 60 + 30
    for item in m.items:
        end = clock + rng.choice((10, 15, 20, 30, 40, 50))
        slot = f"{clock // 60}.{clock % 60:02d} - {end // 60}.{end % 60:02d}: "
        lines += [_wrap(slot + item.title, rng.randint(24, 34), rng), ""]
        lines += [_wrap(p, rng.randint(66, 76), rng) + "\n " for p in item.paragraphs] + [""]
        clock = end
    return "\n".join(lines), [m.ref(x) for x in members + staff], [m.ref(x) for x in absent]


def _render_e(m: Meeting) -> Rendered:
    """"Punkt 1: Titel" items with an Åbent/Lukket marker, case fields and the decision under a dated line."""
    b, rng, d = m.body, m.body.rng, m.when
    members = [x for x in m.present if x.kind != "staff"]
    staff = [x for x in m.present if x.kind == "staff"]
    role = {"formand": " (formand)", "næstformand": " (næstformand)", "suppleant": " (suppleant)"}
    lines = ["", "", f"REFERAT {b.name} d. {d:%d-%m-%Y}", "",
             f"Mødedato {WEEKDAYS[d.weekday()]} d. {d:%d}. {MONTHS[d.month - 1]} {d.year} kl. {m.start.replace('.', ':')}", "",
             f"Mødested {b.location}", "", "Deltagere: " + ", ".join(x.person.name + role.get(x.role, "") for x in members), ""]
    lines += ["Fraværende: " + ", ".join(_names(m.absent)), ""] if m.absent else []
    lines += ["Fra administrationen: " + ", ".join(_names(staff)), "", "Indholdsfortegnelse", ""]
    lines += [f"{item.title}.....\t{n + 2}" for n, item in enumerate(m.items, 1)] + [""]
    for n, item in enumerate(m.items, 1):
        marker = rng.choice(("Lukket punkt", "Lukket")) if item.closed else "Åbent"
        lines += [f"Punkt {n}: {item.title}", "", "Sagsfremstilling", "", f"{n}. {item.title}", "", marker, "",
                  f"Sagsnr.: 326-{d.year}-{rng.randint(1000, 99999)}", "", "J.nr.: 00.22.04", "",
                  f"Dokumentnr.: 326-{d.year}-{rng.randint(1000, 199999)}", ""]
        if len(item.paragraphs) > 1 and rng.random() < 0.6:
            lines += ["Sagstype", "", "Orientering.", "", "Resume og sagens baggrund", ""] + _paragraphs(item.paragraphs[:1])
            lines += ["Indstillinger", "", f"Sekretariatet indstiller, at {b.name} drøfter punktet.", "", "Behandling", "",
                      f"{b.name}.", "", "Økonomiske konsekvenser", "", "Ingen økonomiske konsekvenser.", ""]
            lines += [f"{b.name}s møde den {_long(d)}:", ""] + _paragraphs(item.paragraphs[1:])
        else:
            lines += [f"{b.name}s møde den {_long(d)}:", ""] + _paragraphs(item.paragraphs)
    return "\n".join(lines), _names(members + staff), _names(m.absent)


RENDERERS = {"a": _render_a, "b": _render_b, "c": _render_c, "d": _render_d, "e": _render_e}


def _plan(n: int, seed: int) -> list[tuple[date, int, Body]]:
    """Bodies and meeting dates: about 40 meetings per body, 4-12 a year, all within 2012-2025."""
    rng = random.Random(f"{seed}:plan")
    lex = lexicon()
    municipalities = rng.sample(lex.municipalities, len(lex.municipalities))
    count = max(6, -(-n // 40))
    bodies, used = [], set()
    for i in range(count):
        layout, mun = LAYOUTS[i % len(LAYOUTS)], municipalities[i % len(municipalities)]
        names = [b for b in BODIES[layout] if (mun, b) not in used] or [f"{BODIES[layout][0]} {i}"]
        name = names[(i // len(LAYOUTS) + i % len(LAYOUTS)) % len(names)]  # every kind of body early on
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
            day = date(year, month, body.rng.randint(1, 28))
            day += timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)  # meetings fall on weekdays
            schedule.append((day, i, body))
    schedule.sort(key=lambda row: (row[0], row[1]))
    return schedule


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(file name, file text, truth) for `n` meetings, in date order."""
    people = People(seed)
    for k, (when, _, body) in enumerate(_plan(n, seed)):
        m = _meeting(body, when, people)
        text, present, absent = RENDERERS[body.layout](m)
        stem = slug(f"{body.municipality}-{body.name}")
        name = f"{k:06d}_{stem}_{when.isoformat()}.{body.format}"
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
