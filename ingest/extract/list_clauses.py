"""Clauses of an attendance list written as a sentence, around the names.

"Til stede: Hanne Lykkegaard (formand), Søren Bech samt fra Egedal Kommune fritidskonsulent Mia Dalsgaard,
som også tog referat." A list written as prose names its last people after "samt", says where a colleague
comes from before the title and name ("fra <organisation> <title> <Name>"), and adds what someone did in a
relative clause (", som også tog referat") that describes the person before it.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from ingest.extract.names import is_initials, is_orgish, looks_like_name, title_before_name

# ", som også tog referat", ", der er ny i rådet": the clause's verb phrase describes the person before it
_RELATIVE = re.compile(r"(?:som|der)\s+(?:(?:også|selv|desuden|i\s+øvrigt)\s+)?(\S.*)", re.S)
_NAME_THEN_CLAUSE = re.compile(r"([^,()]+?)\s+(?:som|der)\s+(?:(?:også|selv|desuden)\s+)?(\S.*)", re.S)
_FROM_START = re.compile(r"fra\s+")
_AS_GUESTS = re.compile(r"\b(?:samt|og)\s+(?:som\s+gæster?|gæsterne)\s+(?=[A-ZÆØÅ])")
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"(?<=\n)[ \t]*>[> \t]*")  # ">> Pia Rasmussen, …": a list in a quoted mail, wrapped
# "Poul Erik Vinther og Kirsten Aaby (begge Ølstykke FC)": the note of the last names all of them
_BOTH = re.compile(r"(?:begge|alle(?:\s+tre|\s+fire)?)\s+(\S.*)", re.S)

Entry = TypeVar("Entry", bound=Any)


def relative_clause(segment: str) -> str | None:
    """What a relative clause says its person did ("tog referat" of "som også tog referat"), or None."""
    stripped = segment.strip()
    if not stripped.startswith(("som", "der")):  # cheap test first
        return None
    m = _RELATIVE.fullmatch(stripped.rstrip("."))
    return " ".join(m.group(1).split()) if m else None


def without_full_stop(body: str) -> str:
    """A list sentence without its closing full stop; "Birthe R." keeps the stop of its initial."""
    if not body.endswith(".") or body.endswith(".."):
        return body
    last = body[:-1].split()[-1] if body[:-1].split() else ""
    return body if is_initials(last) else body[:-1].rstrip()


def as_guests(body: str) -> int | None:
    """Where the people a list names as guests start ("38 medlemmer samt som gæster Henrik Dam, …"), or None.

    >>> as_guests("38 medlemmer samt som gæster Henrik Dam"), as_guests("Ole Holm, gæst")
    (29, None)
    """
    m = _AS_GUESTS.search(body)
    return m.end() if m else None


def name_then_clause(part: str) -> tuple[str, str] | None:
    """(name, what the clause says) of a person and a relative clause written without a comma
    ("samt Lone Bech der var syg"), or None.

    >>> name_then_clause("Lone Bech der var syg"), name_then_clause("Foreningen der var syg")
    (('Lone Bech', 'var syg'), None)
    """
    m = _NAME_THEN_CLAUSE.fullmatch(part.strip().rstrip("."))
    return (m.group(1), " ".join(m.group(2).split())) if m and looks_like_name(m.group(1), trust_context=True) else None


def from_org_titled(part: str) -> tuple[str, str, int, str] | None:
    """(title, name, offset of the name in `part`, organisation) of "fra Egedal Kommune fritidskonsulent
    Mia Dalsgaard": the organisation is the capitalised words between "fra" and the title, tried from the
    shortest, so the title is the first word after them that `title_before_name` reads with a name.

    >>> from_org_titled("fra Egedal Kommune fritidskonsulent Mia Dalsgaard")
    ('fritidskonsulent', 'Mia Dalsgaard', 36, 'Egedal Kommune')
    """
    opening = _FROM_START.match(part) if part.startswith("fra") else None  # (cheap test first)
    if opening is None:
        return None
    for gap in _SPACE.finditer(part, opening.end()):
        org = part[opening.end() : gap.start()]
        if not org[:1].isupper():
            return None
        found = title_before_name(part[gap.end() :])
        if found and is_orgish(org.split()):
            title, name, at = found
            return title, name, gap.end() + at, org
    return None


def shared_note(entries: list[Entry]) -> list[Entry]:
    """`entries` joined by "og", the last one's "begge …"/"alle …" note given to each of them."""
    if len(entries) < 2:
        return entries
    shared = [m.group(1) for note in entries[-1].descriptor if (m := _BOTH.fullmatch(note))]
    if not shared:
        return entries
    last = dataclasses.replace(entries[-1], descriptor=[n for n in entries[-1].descriptor if not _BOTH.fullmatch(n)])
    return [dataclasses.replace(e, descriptor=e.descriptor + shared) for e in entries[:-1] + [last]]


def unquoted(text: str) -> str:
    r"""A list wrapped in a quoted mail with the quote marks opening its later lines blanked (offsets kept).

    >>> unquoted("Claus Mikkelsen,\n>> Pia Rasmussen")
    'Claus Mikkelsen,\n   Pia Rasmussen'
    """
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text) if "\n" in text and ">" in text else text
