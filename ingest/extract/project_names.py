"""Names the minutes introduce as a project's: "projektet Ensomme Unges Netværk", "projekt Velkommen til Viborg".

A name so introduced is an initiative wherever else it stands, even when it ends like an organisation
("… Netværk", "Demensvenlig Kommune"): the minutes have said what it is.
"""
from __future__ import annotations

import re
from typing import Iterator

from ingest.lexicon import fold

# capitalised words, small linking words between them
PROJECT = re.compile(
    r"\b(?i:projekt(?:et)?)\s+[\"“”]?([A-ZÆØÅ][\w\-]+(?:[ \t]+(?:(?:til|i|for|på|med)[ \t]+)?[A-ZÆØÅ][\w\-]+)*)"
)


def project_matches(text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """`PROJECT`'s matches in `text` (`lowered`: the text lower-cased, if at hand), tried only where "projekt" stands:
    a scan for the word runs in C, the pattern's own scan does not (its case-blind, word-bounded start has no prefix)."""
    low = lowered if lowered is not None else text.lower()
    if len(low) != len(text):  # lower-casing moved offsets (rare letters): the plain scan
        yield from PROJECT.finditer(text)
        return
    at = low.find("projekt")
    while at >= 0:
        m = PROJECT.match(text, at)
        if m:
            yield m
        at = low.find("projekt", m.end() if m else at + 7)  # (matches do not overlap, as the scan's do not)


def project_names(text: str, lowered: str | None = None) -> frozenset[str]:
    """The folded names `text` introduces with "projekt"/"projektet" (`lowered`: the text lower-cased, if at hand).

    >>> sorted(project_names("Tina orienterede om projektet Demensvenlig Kommune, og Projekt Grønne Havnekanter."))
    ['demensvenlig kommune', 'grønne havnekanter']
    """
    return frozenset(fold(m.group(1)) for m in project_matches(text, lowered))
