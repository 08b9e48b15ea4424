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
    lex = load()
    for person in persons:
        for form in _name_forms(person):
            p = _pattern(form)
            for m in re.finditer(p + r"\s+(?:fra|hos)\s+" + _ORG_AFTER, text):
                org = _trim(m.group(1))
                if org and fold(org.split()[0]) not in lex.first_names:
                    _add(person.organisations, org)
            for m in re.finditer(p + r"/" + _ORG_AFTER, text):
                _add(person.organisations, _trim(m.group(1)))
            for m in re.finditer(p + r"\s*\(([A-ZÆØÅ][\w\- ]{0,40})\)", text):
                if fold(m.group(1)) in lex.organisations or m.group(1).isupper():
                    _add(person.organisations, m.group(1))
            if re.search(r"\bformand(?:en)?\s+" + p, text, re.I):
                _add(person.roles, "formand")
                _add(person.roles, "medlem")
                if body:
                    _add(person.organisations, body)
            if re.search(p + r"\s+(?:er|bliver|blev)\s+(?:\w+\s+)?tovholder|" + p + r"\s+tilbyder at være[^.]{0,40}tovholder|tovholder(?:e)?\s*(?:er|:)\s*" + p, text):
                _add(person.roles, "tovholder")
            if re.search(r"kontaktperson[^.]{0,60}\s(?:er|bliver|:)\s*" + p + "|" + p + r"\s+(?:er|bliver|blev)\s+kontaktperson", text, re.I):
                _add(person.roles, "kontaktperson")
            m = re.search(r"\b([a-zæøå]*(?:leder|chef|direktør|koordinator|konsulent))\s+(?:af|for|i|hos)\s+(.{3,80}?)\s+" + p, text)
            if m and "\n" not in m.group(2):
                _add(person.roles, f"{m.group(1)} ({m.group(2)})")
                _add(person.organisations, m.group(2))
            m = re.search(p + r",\s+(?:ny|nye|vores)?\s*([a-zæøå]*(?:leder|chef|koordinator|konsulent|medarbejder|talsmand|talskvinde))\s+(?:i|for|hos|ved)\s+([\wæøåÆØÅ\- ]{3,40}?)[.\n,]", text)
            if m:
                _add(person.roles, f"{m.group(1)} ({m.group(2).strip()})")
                _add(person.organisations, m.group(2).strip())
    _represent(persons, text)
    _presenters(persons, text, items)


def _represent(persons: list[Person], text: str) -> None:
    """"Martha og Birgit er repræsentative for chefgruppen i Rudersdal Kommune": both tied to it."""
    for m in re.finditer(r"((?:[A-ZÆØÅ][\w\-]*\s+)*?(?:og\s+[A-ZÆØÅ][\w\-]*\s+)?)(?:er|var)\s+(?:repræsentant(?:er)?|repræsentative)\s+for\s+([^.,;\n–]{3,80})", text):
        subjects, org = m.group(1), m.group(2).strip()
        org = re.split(r"\s+[–-]\s+|\s+(?:som|og vil|der|hvor)\s+", org)[0].strip()
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
