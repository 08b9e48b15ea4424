"""A name that a project's staff title governs ("projektleder for Venskabsbesøg i Sorø") is a project.

The organisation reader took "Venskabsbesøg i Sorø" for an organisation of no known kind; the title
before it says what it is: a project has a "projektleder", "projektkoordinator" or "projektmedarbejder".
Such a name, of kind "other" (a name with a known organisation ending stays an organisation), becomes
an initiative of kind project, and nobody is tied to it as to an organisation (the role keeps it).
"""
from __future__ import annotations

import re

from ingest.extract.lowered import lowered
from ingest.extract.organisations import Organisation
from ingest.extract.people import Person
from ingest.lexicon import fold
from ingest.model import InitiativeFact

_PROJECT_TITLE = re.compile(r"\bprojekt(?:leder|koordinator|medarbejder|ansvarlig)e?\s+(?:for|på|i)\s+", re.I)
# `_PROJECT_TITLE` for the `lowered` text, without its "\b": a pattern that opens with plain letters lets `re`
# skip in C to the next "projekt", where re.I tries it at every position; the "\b" is tested on each match
# (no match can start inside another: each holds "projekt" only at its start)
_PROJECT_TITLE_LOWER = re.compile(r"projekt(?:leder|koordinator|medarbejder|ansvarlig)e?\s+(?:for|på|i)\s+")


def _title_ends(text: str, low: str | None) -> set[int]:
    """Where the matches of `_PROJECT_TITLE` in `text` end; `low`: its `lowered` form."""
    if low is None:
        return {m.end() for m in _PROJECT_TITLE.finditer(text)}
    return {m.end() for m in _PROJECT_TITLE_LOWER.finditer(low) if not (m.start() and _word_char(low[m.start() - 1]))}


def _word_char(ch: str) -> bool:
    """Whether `ch` is in \\w (`str.isalnum` is exactly \\w but "_")."""
    return ch.isalnum() or ch == "_"


def led_projects(orgs: list[Organisation], persons: list[Person], text: str) -> list[InitiativeFact]:
    """The projects among `orgs` (removed from it and from the persons' organisations), as initiatives."""
    # cheap test first, in the document lower-cased once where that is exact (`lowered`), else case-folded:
    # where `_PROJECT_TITLE` matches, both hold "projekt", so a text that fails either test has no project
    low = lowered(text)
    if "projekt" not in (text.casefold() if low is None else low):
        return []
    heads = _title_ends(text, low)
    projects = [o for o in orgs if o.kind == "other" and any(
        text.startswith(o.name, at) for at in heads)]
    if not projects:
        return []
    names = {fold(o.name) for o in projects} | {fold(m) for o in projects for m in o.mentions}
    orgs[:] = [o for o in orgs if o not in projects]
    for person in persons:
        person.organisations[:] = [o for o in person.organisations if fold(o) not in names]
    return [InitiativeFact(o.name, "project", evidence=(o.evidence,)) for o in projects]
