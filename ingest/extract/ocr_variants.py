"""Organisation names that differ only by a scanner's misreading, merged: "Svendborg Kornmune" is Svendborg Kommune.

Text recognition reads an "m" as "rn" (the two letters touch in print). A name that turns into another name of
the same document when its "rn" is read as "m" is that organisation's mention, not an organisation of its own.
Names with "rn" that match no other ("Børnehuset Bjørnen") stay as they are.
"""
from __future__ import annotations

from ingest.extract.organisations import Organisation
from ingest.lexicon import fold

# letters a scanner reads for one letter, as written -> as meant
_MISREAD = (("rn", "m"),)


def _read_as_meant(name: str) -> str:
    key = fold(name)
    for written, meant in _MISREAD:
        key = key.replace(written, meant)
    return key


def merged_misreadings(orgs: list[Organisation]) -> list[Organisation]:
    """`orgs` with each name whose misread letters, read as meant, give another organisation's name or mention
    folded into that organisation as a mention.

    >>> from ingest.model import Evidence
    >>> e = Evidence(0, 0, "")
    >>> [(o.name, o.mentions) for o in merged_misreadings([Organisation("Ydby Kommune", "municipal_unit", e),
    ...                                                     Organisation("Ydby Kornmune", "other", e)])]
    [('Ydby Kommune', ['Ydby Kornmune'])]
    """
    if not any("rn" in o.name for o in orgs):  # cheap test first
        return orgs
    forms = {fold(form): o for o in orgs for form in (o.name, *o.mentions)}
    kept = []
    for org in orgs:
        meant = forms.get(_read_as_meant(org.name)) if "rn" in org.name else None
        if meant is None or meant is org:
            kept.append(org)
            continue
        meant.mentions.extend(m for m in (org.name, *org.mentions) if m not in meant.mentions)
    return kept
