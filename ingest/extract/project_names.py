"""Names the minutes introduce as a project's: "projektet Ensomme Unges Netværk", "projekt Velkommen til Viborg".

A name so introduced is an initiative wherever else it stands, even when it ends like an organisation
("… Netværk", "Demensvenlig Kommune"): the minutes have said what it is.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold

# capitalised words, small linking words between them
PROJECT = re.compile(
    r"\b(?i:projekt(?:et)?)\s+[\"“”]?([A-ZÆØÅ][\w\-]+(?:[ \t]+(?:(?:til|i|for|på|med)[ \t]+)?[A-ZÆØÅ][\w\-]+)*)"
)


def project_names(text: str, lowered: str | None = None) -> frozenset[str]:
    """The folded names `text` introduces with "projekt"/"projektet" (`lowered`: the text lower-cased, if at hand).

    >>> sorted(project_names("Tina orienterede om projektet Demensvenlig Kommune, og Projekt Grønne Havnekanter."))
    ['demensvenlig kommune', 'grønne havnekanter']
    """
    if "projekt" not in (lowered if lowered is not None else text.lower()):  # cheap test first
        return frozenset()
    return frozenset(fold(m.group(1)) for m in PROJECT.finditer(text))
