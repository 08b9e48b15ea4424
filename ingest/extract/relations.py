"""What the text says about a named person: whom they come from, what role they have.

Phrase patterns of Danish minutes, each tied to a person already found:
  "Henrik Lykke fra Tryghed og Trivsel", "Karin/Røde Kors", "Henrik Bang (SF)" -> organisation;
  "Oplæg ved …", "Orientering v/ …", "… ved Jamila" in an item title, "X orienterede om" -> oplægsholder;
  "Formanden Mustapha Badr" -> formand; "X blev tovholder", "Kontaktperson … er X" -> tovholder, kontaktperson;
  "leder af ORG Line Pinstrup", "Lisbeth, ny centerleder i frivilligcentret" -> job title (organisation).
"""
from __future__ import annotations

import re

from ingest.extract.people import Person
from ingest.lexicon import fold, load
from ingest.model import AgendaItem

_ORG_AFTER = r"((?:[a-zæøå]+\s+og\s+)?[A-ZÆØÅ][\w\-]*(?:\s+(?:og|for|i)\s+[\w\-]+|\s+[A-ZÆØÅ][\w\-]*){0,4})"
_ROUTINE_ITEMS = (
    "eventuelt", "evt", "gensidig orientering", "nyt fra formanden", "nyt fra foreningerne",
    "meddelelser", "orientering ved formand", "godkendelse",
)


def _name_forms(person: Person) -> list[str]:
    return sorted({person.name, *person.mentions}, key=len, reverse=True)


def _add(values: list[str], value: str) -> None:
    if value and fold(value) not in {fold(v) for v in values}:
        values.append(value)


def _pattern(form: str) -> str:
    return r"(?<![\w\-])" + re.escape(form).replace(r"\ ", r"\s+") + r"(?:s|'s|’s)?(?![\w\-])"


def relate(persons: list[Person], text: str, items: tuple[AgendaItem, ...], body: str | None) -> None:
    """Add the roles and organisations the text states to `persons` (in place)."""
    names = [fold(person.name) for person in persons]
    for person in persons:
        # namesakes ("Lisbeth" and "Lisbeth"): a statement goes to the one it already fits
        namesake = names.count(fold(person.name)) > 1
        for form in _name_forms(person):
            p = _pattern(form)
            if not namesake:
                _stated_organisations(person, p, text)
                _stated_roles(person, p, text, body)
            _job_titles(person, p, text, namesake)
    _represent(persons, text)
    _presenters(persons, text, items)


def _stated_organisations(person: Person, p: str, text: str) -> None:
    """"X fra Tryghed og Trivsel", "Karin/Røde Kors", "Henrik Bang (SF)"."""
    lex = load()
    for m in re.finditer(p + r"\s+(?:fra|hos)\s+" + _ORG_AFTER, text):
        org = _trim(m.group(1))
        if org and fold(org.split()[0]) not in lex.first_names:
            _add(person.organisations, org)
    for m in re.finditer(p + r"/" + _ORG_AFTER, text):
        _add(person.organisations, _trim(m.group(1)))
    for m in re.finditer(p + r"\s*\(([A-ZÆØÅ][\w\- ]{0,40})\)", text):
        if fold(m.group(1)) in lex.organisations or m.group(1).isupper():
            _add(person.organisations, m.group(1))


def _stated_roles(person: Person, p: str, text: str, body: str | None) -> None:
    """"Formanden X" (formand), "X blev tovholder", "Kontaktperson … er X"."""
    if re.search(r"\bformand(?:en)?\s+" + p, text, re.I):
        _add(person.roles, "formand")
        _add(person.roles, "medlem")
        if body:
            _add(person.organisations, body)
    tovholder = (
        p + r"\s+(?:er|bliver|blev)\s+(?:\w+\s+)?tovholder",
        p + r"\s+tilbyder at være[^.]{0,40}tovholder",
        r"tovholder(?:e)?\s*(?:er|:)\s*" + p,
    )
    if re.search("|".join(tovholder), text):
        _add(person.roles, "tovholder")
    contact = (r"kontaktperson[^.]{0,60}\s(?:er|bliver|:)\s*" + p, p + r"\s+(?:er|bliver|blev)\s+kontaktperson")
    if re.search("|".join(contact), text, re.I):
        _add(person.roles, "kontaktperson")


def _job_titles(person: Person, p: str, text: str, namesake: bool = False) -> None:
    """"leder af ORG Line Pinstrup", "Lisbeth, ny centerleder i frivilligcentret"."""
    known = {fold(o) for o in person.organisations}
    before = re.search(r"\b([a-zæøå]*(?:leder|chef|direktør|koordinator|konsulent))\s+(?:af|for|i|hos)\s+(.{3,80}?)\s+" + p, text)
    if before and "\n" not in before.group(2) and (not namesake or fold(before.group(2)) in known):
        _add(person.roles, f"{before.group(1)} ({before.group(2)})")
        _add(person.organisations, before.group(2))
    titles = r"[a-zæøå]*(?:leder|chef|koordinator|konsulent|medarbejder|talsmand|talskvinde)"
    after = re.search(p + r",\s+(?:ny|nye|vores)?\s*(" + titles + r")\s+(?:i|for|hos|ved)\s+([\wæøåÆØÅ\- ]{3,40}?)[.\n,]", text)
    if after and (not namesake or fold(after.group(2).strip()) in known):
        _add(person.roles, f"{after.group(1)} ({after.group(2).strip()})")
        _add(person.organisations, after.group(2).strip())


def _represent(persons: list[Person], text: str) -> None:
    """"Martha og Birgit er repræsentative for chefgruppen i Rudersdal Kommune": both tied to it."""
    subject = r"((?:[A-ZÆØÅ][\w\-]*\s+)*?(?:og\s+[A-ZÆØÅ][\w\-]*\s+)?)"
    phrase = r"(?:er|var)\s+(?:repræsentant(?:er)?|repræsentative)\s+for\s+([^.,;\n–]{3,80})"
    for m in re.finditer(subject + phrase, text):
        subjects = m.group(1)
        org = re.split(r"\s+[–-]\s+|\s+(?:som|og vil|der|hvor)\s+", m.group(2).strip())[0].strip()
        for person in persons:
            if any(re.search(_pattern(form), subjects) for form in _name_forms(person)):
                _add(person.organisations, org)
                inner = re.search(r"\bi\s+([A-ZÆØÅ][\w\-]*\s+[Kk]ommune)\b", org)
                if inner:
                    _add(person.organisations, inner.group(1))


def _trim(org: str) -> str:
    words = org.split()
    while words and (words[-1] in ("og", "for", "i") or (words[-1][0].islower() and len(words) > 1 and words[-2] not in ("og", "for", "i"))):
        words.pop()
    return " ".join(words)


def _presenters(persons: list[Person], text: str, items: tuple[AgendaItem, ...]) -> None:
    """Who presented a topical item: "Oplæg ved X", "Orientering v/X", "… ved X" in the title, "X orienterede om"."""
    for item in items:
        routine = any(fold(item.title).startswith(r) for r in _ROUTINE_ITEMS)
        chunk = text[item.start : item.end]
        opening = " ".join(chunk[:300].split())
        for person in persons:
            for form in _name_forms(person):
                p = _pattern(form)
                said = re.search(r"(?:oplæg|orientering|indlæg|præsentation|nyt fra [\w\-]+)\s+(?:ved|v/)\s*(?:[a-zæøå]+\s+(?:af|for|fra)\s+[^.]{0,80}?)?" + p, chunk, re.I)
                titled = re.search(r"\s(?:ved|v/)\s*" + p, opening[: len(item.title) + 60])
                spoke = not routine and re.search(p + r"\s+(?:orienterer|orienterede|præsenterede|præsenterer|fortalte om)\b", chunk)
                byline = not routine and re.search(r"(?:^|\n)\s*v/\s*" + p, chunk)
                if said or titled or spoke or byline:
                    _add(person.roles, "oplægsholder")
                    break
