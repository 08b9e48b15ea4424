"""The group an activity is for belongs to its name: "Sy-café for kvinder", "Motion for seniorer",
"Fredagsklubben for unge med handicap", "Pigefodbold for 8-12-årige".

An initiative found by its word ("Sy-café", a label, a grant's purpose) is named on with a "for"
that follows it when a group of people comes next (`data/lexicon/people_groups.txt`, or an age
"8-12-årige"), after adjectives ("for tosprogede børn", "for nye familier"), and with one more
thing said of the group after "med" or "fra" ("med handicap", "fra asylcentret").
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ingest.alternation import literal_alternation
from ingest.lexicon import load
from ingest.model import Evidence, InitiativeFact

_ADJECTIVE = r"[a-zæøå][\w\-]*(?:e|sk|en)[ \t]+"  # "nye", "tosprogede", "etnisk", "anden"


@functools.lru_cache(maxsize=1)
def _for_group() -> re.Pattern[str]:
    """" for [adjectives] <group> [med|fra [adjectives] <word>]", the groups from the lexicon, compiled once."""
    groups = literal_alternation(sorted(load().people_groups, key=len, reverse=True))
    return re.compile(
        r"[ \t]+for[ \t]+(?:" + _ADJECTIVE + r"){0,2}(?:" + groups + r"|\d{1,2}[-–]\d{1,2}-årige)(?![\w\-])"
        r"(?:[ \t]+(?:med|fra)[ \t]+(?:" + _ADJECTIVE + r"){0,2}[a-zæøå][\w\-]*)?(?![\w\-])"
    )


def with_target_groups(text: str, found: list[InitiativeFact]) -> list[InitiativeFact]:
    """`found`, each initiative named on with the group it is for when the text says so after it."""
    named: list[InitiativeFact] = []
    for fact in found:
        end = fact.evidence[0].end if fact.evidence else -1
        m = _for_group().match(text, end) if end >= 0 and text.startswith(" for ", end) else None  # cheap test first
        if m is None or " for " in fact.name:
            named.append(fact)
            continue
        start = fact.evidence[0].start
        evidence = Evidence(start, m.end(), text[start : m.end()])
        name = f"{fact.name} {' '.join(m.group().split())}"
        named.append(dataclasses.replace(fact, name=name, evidence=(evidence, *fact.evidence[1:])))
    return named
