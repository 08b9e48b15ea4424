""""Til stede: Hele bestyrelsen undtagen Jette": the board's members are present, the exceptions absent.

Small boards do not list themselves: "Hele bestyrelsen undtagen Jette (afbud)", "Alle bestyrelsesmedlemmer
på nær Ole". Who the board is the minutes say elsewhere, mostly where it constitutes itself
(`ingest/extract/constitution.py` gives those persons the role "medlem"). So, before the first item, such a
phrase makes every person with a member's post present (unless already marked) and the persons it
excepts absent; a person "deltog også" there is present too.
"""
from __future__ import annotations

import re

from ingest.extract.people import Person
from ingest.lexicon import fold
from ingest.model import UNKNOWN
from ingest.resolve import fits

# "alle" alone is the whole board only where exceptions follow it ("Til stede: alle undtagen Karsten") or it is all a
# presence label says ("Til stede: Alle")
_WHOLE = re.compile(r"\b(?:hele\s+bestyrelsen|alle\s+bestyrelsesmedlemmer|alle\s+medlemmer"
                    r"|alle(?=\s+(?:undtagen|minus|på\s+nær|bortset\s+fra)\s)|(?<=:)[ \t]*alle[ \t]*$)\b"
                    r"(?:\s+(?:undtagen|minus|på\s+nær|bortset\s+fra)\s+(?P<except>[^.()\n]+))?", re.IGNORECASE)
_ALSO = re.compile(r"(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?)\s+deltog\s+(?:også|desuden)\b")
_SPLIT = re.compile(r"\s*(?:,|\bog\b)\s*")


def _match(persons: list[Person], name: str) -> Person | None:
    found = [p for p in persons if fold(p.name) == fold(name) or any(fold(m) == fold(name) for m in p.mentions)]
    found = found or [p for p in persons if fits(name, p.name)]
    return found[0] if len(found) == 1 else None


def apply_whole_board(persons: list[Person], header: str, low: str | None = None) -> None:
    """Statuses from a "whole board except …" phrase in the header text (in place); `low`: `header.lower()`,
    when the caller has it."""
    # cheap test first: every match of `_WHOLE` holds "hele" or "alle" in some case, and no letter of those has a
    # case in `re` beyond its lower case (as "ı" has), so the header lower-cased holds them too
    low = header.lower() if low is None else low
    m = _WHOLE.search(header) if "alle" in low or "hele" in low else None
    if m is None:
        return
    excepted = [p for n in _SPLIT.split(m.group("except") or "") if n and (p := _match(persons, n.strip()))]
    for person in excepted:
        person.status = "absent"
    for person in persons:
        if person not in excepted and "medlem" in person.roles and person.status == UNKNOWN:
            person.status = "present"
    for also in _ALSO.finditer(header, m.end()):
        name = also.group("name")  # "Suppleant Aase deltog også": a capitalised role word may lead
        found = _match(persons, name) or _match(persons, name.split()[-1])
        if found and found.status == UNKNOWN:
            found.status = "present"
