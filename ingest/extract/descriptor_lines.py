"""A list that writes each person on one line and what they represent on the next, as PDF text often does:

    Bodil Skovgaard, formand
    Ældre Sagen Helsinge
    Erik Damsgaard, næstformand
    Ældre Sagen Gilleleje

Only a list that alternates strictly, a person's line and then one line naming no one, is read this way; a
line naming no one over the people below it ("Ældre Sagen Helsinge" first) is a group label, read elsewhere.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable, Protocol, Sequence, TypeVar

from ingest.closed_labels import PAGE_NUMBER  # "Side 1 af 3": a page footer, as a closed item's labels skip it
from ingest.lexicon import is_field_label
from ingest.model import Line

# a person's line that runs on into the next ("…, formand for Ydby", "… og"): the next line is no description
_RUNS_ON = re.compile(r"(?:[,(/&–-]|\b(?:og|for|i|ved|af|fra|samt))$")
_DESCRIPTION = re.compile(r"^[A-ZÆØÅa-zæøå][^:.;\t]*$")  # no label ("Referent:"), sentence or table row


class _Entry(Protocol):
    @property
    def descriptor(self) -> list[str]: ...


E = TypeVar("E", bound=_Entry)


def described_below(lines: Sequence[Line], entries_of: Callable[[Line], list[E]]) -> list[list[E]]:
    """The entries of each line; in a strictly alternating list, each person's entries carry the line below
    theirs as one more part of their descriptor, and that line gives none of its own.

    >>> from ingest.extract.participants import listed_entries
    >>> text = ["Bodil Skovgaard, formand", "Ældre Sagen Helsinge", "Niels Arup", "Ældre Sagen Gilleleje", "Side 1 af 3"]
    >>> [[(e.name, e.descriptor) for e in es] for es in described_below([Line(0, t) for t in text], listed_entries)]
    [[('Bodil Skovgaard', ['formand', 'Ældre Sagen Helsinge'])], [], [('Niels Arup', ['Ældre Sagen Gilleleje'])], [], []]
    """
    listed = [entries_of(line) for line in lines]
    kept = [n for n, line in enumerate(lines) if line.text.strip() and not PAGE_NUMBER.match(line.text.strip())]
    people, below = kept[::2], kept[1::2]
    if not below or len(people) != len(below) or any(not listed[n] for n in people) or any(listed[n] for n in below):
        return listed
    # a heading ("REFERAT") or a table's header row ("Punkt<TAB>Indhold") after the last person: no description
    if any(_RUNS_ON.search(lines[n].text.rstrip()) or not _DESCRIPTION.match(lines[m].text.strip())
           or is_field_label(lines[m].text) for n, m in zip(people, below)):
        return listed
    for n, m in zip(people, below):
        listed[n] = [dataclasses.replace(e, descriptor=[*e.descriptor, lines[m].text.strip()])  # type: ignore[type-var]
                     for e in listed[n]]
    return listed
