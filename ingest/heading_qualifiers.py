"""A people-list heading qualified by a participle or a phrase that leaves it the heading.

"Fremmødte bestyrelsesmedlemmer:" lists the board members who came, as "Bestyrelsesmedlemmer:" does;
"Til stede i øvrigt:" under "Mødeleder: …" and "Kasserer: …" lists the other members present;
"Følgegruppens medlemmer" lists the members of a group whose name is a members heading ("Følgegruppen:"). The
qualifiers are data (`data/lexicon/heading_qualifiers.tsv`); the heading left is looked up as written.
"""
from __future__ import annotations

import functools

from ingest.lexicon import fold, load, rows


@functools.lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(folded words before a heading, folded phrases after one)."""
    table = rows("heading_qualifiers.tsv")
    return (tuple(fold(r[0]) + " " for r in table if r[1] == "before"),
            tuple(" " + fold(r[0]) for r in table if r[1] == "after"))


def qualified_heading(label: str) -> tuple[str, str] | None:
    """(kind, heading) for a heading with a qualifier, the heading as written without it.

    >>> qualified_heading("Fremmødte bestyrelsesmedlemmer"), qualified_heading("Til stede i øvrigt")
    (('members', 'bestyrelsesmedlemmer'), ('members', 'Til stede'))
    """
    key, words, (before, after) = fold(label), label.split(), _qualifiers()
    if len(words) == 2 and key.endswith(" medlemmer") and key.split()[0].endswith("s"):
        # "Følgegruppens medlemmer", as "Rådets medlemmer": the members of a group whose name is a members heading
        owner = load().headings.get(key.split()[0][:-1])
        return ("members", label) if owner is not None and owner.kind == "members" else None
    # cut by words: fold() may change a word's length ("aa" becomes "å")
    head = next((words[len(word.split()):] for word in before if key.startswith(word)), None)
    if head is None:
        head = next((words[: -len(phrase.split())] for phrase in after if key.endswith(phrase)), None)
    known = load().headings.get(fold(" ".join(head))) if head else None
    return (known.kind, " ".join(head or ())) if known is not None else None
