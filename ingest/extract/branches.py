"""An organisation and its local branch written with a comma between them are one organisation.

Member lists write the branch after the national name: "Dansk Handicap Forbund, Vordingborg-afdelingen",
"Dansk Blindesamfund, Sydsjællandskredsen", "Scleroseforeningen, Storstrøm". Split at the comma, the
parts read as two organisations, the second no organisation at all; joined they are the one the person
comes from. A branch is a word ending in a branch word of `data/lexicon/branch_words.txt` or a
municipality or region name; "Byrådet, Venstre" (a party after the comma) stays two.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.extract.names import is_orgish, looks_like_name
from ingest.lexicon import fold, load

if TYPE_CHECKING:
    from ingest.extract.organisations import Organisation


def branch_kind(text: str) -> str | None:
    """"word" for a branch named by a branch word ("Vordingborg-afdelingen", "lokalafdeling Vestby"),
    "place" for one named by a municipality or a region ("Storstrøm"), None for anything else."""
    words = text.split()
    if not words or len(words) > 2 or not text[:1].isalpha():
        return None
    lex = load()
    first = fold(words[0])
    if first.endswith(lex.branch_words):
        return "word"
    place = len(words) == 1 and text[:1].isupper() and (first in lex.regions or first in lex.municipalities)
    return "place" if place else None


def joined_branches(parts: list[str]) -> list[str]:
    """`parts` of a comma-split descriptor with each branch joined to the organisation before it.

    >>> joined_branches(["Dansk Blindesamfund", "Sydsjællandskredsen", "kasserer"])
    ['Dansk Blindesamfund, Sydsjællandskredsen', 'kasserer']
    """
    if len(parts) < 2:
        return parts
    lex = load()
    joined: list[str] = []
    for part in parts:
        before = joined[-1] if joined else ""
        kind = branch_kind(part) if before[:1].isupper() and "(" not in before else None
        # after a branch word any capitalised name is the organisation; before a place only one that reads as one
        if kind and fold(before.split()[0]).rstrip(".") not in lex.roles and not looks_like_name(before) and (
                kind == "word" or is_orgish(before.split()) or fold(before) in lex.organisations):
            joined[-1] = f"{before}, {part}"
        else:
            joined.append(part)
    return joined


def comma_branches_merged(groups: list[Organisation]) -> list[Organisation]:
    """The national name mentioned alone ("Dansk Handicap Forbund, Vordingborg-afdelingen, har meddelt")
    is the one branch of it the document names, when it names exactly one."""
    branches = [g for g in groups if ", " in g.name]
    if not branches:  # cheap test first: most documents write no branch after a comma
        return groups
    kept = []
    for org in groups:
        prefix = fold(org.name) + ", "
        mine = [g for g in branches if g is not org and fold(g.name).startswith(prefix)]
        if len(mine) == 1 and branch_kind(mine[0].name[len(prefix):]):
            mine[0].mentions += [m for m in (org.name, *org.mentions) if m not in mine[0].mentions]
            continue
        kept.append(org)
    return kept
