"""A people-list heading qualified by a participle or a phrase that leaves it the heading.

"Fremmødte bestyrelsesmedlemmer:" lists the board members who came, as "Bestyrelsesmedlemmer:" does;
"Til stede i øvrigt:" under "Mødeleder: …" and "Kasserer: …" lists the other members present;
"Følgegruppens medlemmer" lists the members of a group whose name is a members heading ("Følgegruppen:");
"Deltog fra kommunen:" lists those a "Fra kommunen:" heading would. The
qualifiers are data (`data/lexicon/heading_qualifiers.tsv`); the heading left is looked up as written.
An absence heading qualified by its reason ("Fraværende med gyldig grund") or by whose members sent word ("Afbud
fra bestyrelsen") is the absence heading. Two headings joined by "og" ("Mødeleder og referent:", "Referent og ordstyrer:") give their one person both posts.
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
    >>> qualified_heading("Deltog fra kommunen"), qualified_heading("Sekretær for rådet")
    (('staff', 'fra kommunen'), ('staff', 'Sekretær'))
    """
    key, words, (before, after) = fold(label), label.split(), _qualifiers()
    if len(words) == 2 and key.endswith(" medlemmer") and key.split()[0].endswith("s"):
        # "Følgegruppens medlemmer", as "Rådets medlemmer": the members of a group whose name is a members heading
        owner = load().headings.get(key.split()[0][:-1])
        return ("members", label) if owner is not None and owner.kind == "members" else None
    post, sep, whose = label.partition(" for ")  # "Sekretær for rådet:": the post, held for the body itself
    if sep and fold(whose.strip()) in load().body_words and (held := load().headings.get(fold(post))):
        return held.kind, post
    verb, _, rest = label.partition(" ")
    if rest[:4].lower() == "fra " and (lead := load().headings.get(fold(verb))) and lead.kind in ("members", "present"):
        known = load().headings.get(fold(rest))  # "Deltog fra kommunen": the "fra …" heading says who they are
        return (known.kind, rest) if known is not None else None
    # cut by words: fold() may change a word's length ("aa" becomes "å")
    head = next((words[len(word.split()):] for word in before if key.startswith(word)), None)
    if head is None:
        head = next((words[: -len(phrase.split())] for phrase in after if key.endswith(phrase)), None)
    known = load().headings.get(fold(" ".join(head))) if head else None
    return (known.kind, " ".join(head or ())) if known is not None else None


def compound_heading(label: str) -> list[tuple[str, str]] | None:
    """[(kind, heading), …] for headings joined by "og", each one known, or None.

    >>> compound_heading("Referent og ordstyrer"), compound_heading("Til stede og fraværende ved afstemningen")
    ([('minute_taker', 'Referent'), ('present', 'ordstyrer')], None)
    """
    parts = [p.strip() for p in label.split(" og ")]
    if len(parts) < 2 or not all(parts):
        return None
    known = [load().headings.get(fold(p)) for p in parts]
    return [(k.kind, p) for k, p in zip(known, parts) if k is not None] if all(known) else None


def qualified_absence(label: str) -> tuple[str, str] | None:
    """("absent", "Fraværende") for an absence heading qualified by its reason: "Fraværende med gyldig
    grund", "Afbud uden lovligt forfald"."""
    key = fold(label.strip())
    for qualifier in (" med ", " uden ", " m. ", " u. ", ", "):  # "Deltog ikke, men har sendt skriftlig evaluering"
        if qualifier in key:
            head = load().headings.get(key.partition(qualifier)[0])
            if head is not None and head.kind == "absent":
                return "absent", " ".join(label.split()[: len(key.partition(qualifier)[0].split())])
    return _absence_from_body(key, label)


def _absence_from_body(key: str, label: str) -> tuple[str, str] | None:
    """("absent", "Afbud") for an absence heading that says whose members sent word: "Afbud fra
    bestyrelsen", "Fraværende fra rådet" (the body's own members, not an organisation)."""
    head, sep, whose = key.partition(" fra ")
    known = load().headings.get(head) if sep else None
    if known is None or known.kind != "absent" or whose not in load().body_words:
        return None
    return "absent", label.split()[0]
