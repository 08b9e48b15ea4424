"""Ties the text states between actors: grants with amounts, and collaboration.

Both are read sentence by sentence, among the organisations, initiatives and persons the
document already names: "Folkeoplysningsudvalget har for 2018 bevilget 80.000 kr. til
Frivilligcentret" gives a grant from the committee to the centre; "Jobcenteret har et samarbejde
med Holbæk og Odsherred kommune" gives two collaborations.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Iterator

from ingest.model import CollaborationFact, Evidence, GrantFact, InitiativeFact

# A sentence ends at . ! ? or a line break, but not at the dot of "80.000" or "kr."
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=kr)\.|(?<=ca)\.|(?<=bl\.a)\.)+")
_MONEY_WORDS = re.compile(r"bevilg|tilskud|støtte|midler|pulje|ydet|reserver", re.I)
_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:kr\.?|kroner|DKK)", re.I)
_YEAR = re.compile(r"\b(?:for|i|fra)\s+((?:19|20)\d{2})\b")
_TOGETHER = re.compile(r"samarbejd\w*\s+(?:med|mellem)|sammen med|i fællesskab med", re.I)


@dataclass(frozen=True)
class Named:
    """A name the document uses, and what it names: "organisation", "initiative" or "person"."""

    text: str
    canonical: str
    kind: str


class _Finder:
    """All the document's names in one pattern (longest first), so a sentence is scanned once."""

    def __init__(self, names: list[Named]) -> None:
        self.by_text: dict[str, list[Named]] = {}
        for named in names:
            self.by_text.setdefault(named.text, []).append(named)
        alternatives = "|".join(re.escape(t) for t in sorted(self.by_text, key=len, reverse=True))
        self.pattern = re.compile(r"(?<![\w\-])(?:" + alternatives + r")(?![\w\-])") if alternatives else None

    def found(self, text: str, start: int, end: int, kinds: tuple[str, ...]) -> list[tuple[int, Named]]:
        """The names in text[start:end] (positions relative to `start`), of the given kinds."""
        if self.pattern is None:
            return []
        hits = []
        for m in self.pattern.finditer(text, start, end):
            for named in sorted(self.by_text[m.group()], key=lambda n: n.canonical):
                if named.kind in kinds:
                    hits.append((m.start() - start, named))
        return hits


def _sentences(text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for a, b in spans:
        yield from _SENTENCE.finditer(text, a, b)


def _quoted(sentence: re.Match[str]) -> Evidence:
    """The sentence without surrounding whitespace, offsets moved with it (quote == text[start:end])."""
    words = sentence.group()
    lead = len(words) - len(words.lstrip())
    return Evidence(sentence.start() + lead, sentence.start() + len(words.rstrip()), words.strip())


def grants(text: str, spans: list[tuple[int, int]], year: int | None, names: list[Named]) -> list[GrantFact]:
    """Amounts granted, with the recipient named after the amount and the funder before it."""
    result = []
    finder = _Finder(names)
    current: Named | None = None  # the initiative the item last named
    for sentence in _sentences(text, spans):
        words = sentence.group()
        found = finder.found(text, sentence.start(), sentence.end(), ("organisation", "initiative"))
        if not _MONEY_WORDS.search(words):
            named_here = [n for _, n in found if n.kind == "initiative"]
            current = named_here[-1] if named_here else current
            continue
        stated_year = _YEAR.search(words)
        for m in _AMOUNT.finditer(words):
            amount = int(m.group(1).replace(".", ""))
            if amount < 100:
                continue
            by = [n for pos, n in found if words[max(0, pos - 3) : pos] == "af " and n.kind == "organisation"]
            after = [n for pos, n in found if pos > m.end() and n not in by]
            to_before = [n for pos, n in found if pos < m.start() and words[max(0, pos - 4) : pos] == "til "]
            recipient = after[0].canonical if after else (to_before[-1].canonical if to_before else None)
            if recipient is None and re.search(r"\bprojekt", words, re.I) and current is not None:
                recipient = current.canonical  # "projektet, som er bevilget …": the project of the item
            before = [n for pos, n in found if pos < m.start() and n.kind == "organisation"]
            funder = next((n.canonical for n in by + before if n.canonical != recipient), None)
            if recipient is None:
                continue
            result.append(GrantFact(
                amount, recipient, funder, int(stated_year.group(1)) if stated_year else year,
                _quoted(sentence),
            ))
    return result


def collaborations(text: str, spans: list[tuple[int, int]], names: list[Named]) -> list[CollaborationFact]:
    """Pairs the text says work together: the actor before "samarbejde med" and each one after it."""
    result: dict[tuple[str, str], CollaborationFact] = {}
    finder = _Finder(names)
    for sentence in _sentences(text, spans):
        words = sentence.group()
        cue = _TOGETHER.search(words)
        if not cue:
            continue
        found = finder.found(text, sentence.start(), sentence.end(), ("organisation", "person"))
        before = [n for pos, n in found if pos < cue.start()]
        after = [n for pos, n in found if pos >= cue.end()]
        if "mellem" in cue.group().lower():  # "samarbejdsaftale mellem A og B"
            before, after = after[:1], after[1:]
        if not before:
            continue
        subject = before[-1]
        for other in after:
            first, second = sorted((subject, other), key=lambda n: n.canonical)
            pair = (first.canonical, second.canonical)
            if pair[0] != pair[1] and pair not in result:
                ev = _quoted(sentence)
                result[pair] = CollaborationFact(first.canonical, second.canonical, first.kind, second.kind, ev)
    return list(result.values())


def involvements(text: str, spans: list[tuple[int, int]], initiatives: list[InitiativeFact],
                 names: list[Named]) -> list[InitiativeFact]:
    """Each initiative with the organisations and persons named in the sentences that name it alone
    ("Jobcentret har iværksat et projekt … 'Sammen om Integration'"): who runs, funds or joins it."""
    finder = _Finder(names)
    orgs: dict[str, list[str]] = {i.name: list(i.organisations) for i in initiatives}
    people: dict[str, list[tuple[str, str]]] = {i.name: list(i.persons) for i in initiatives}
    for sentence in _sentences(text, spans):
        found = finder.found(text, sentence.start(), sentence.end(), ("organisation", "initiative", "person"))
        named = {n.canonical for _, n in found if n.kind == "initiative"}
        if len(named) != 1:
            continue  # two initiatives in one sentence: who belongs to which is not said
        initiative = named.pop()
        for _, n in found:
            if n.kind == "organisation" and n.canonical not in orgs[initiative]:
                orgs[initiative].append(n.canonical)
            elif n.kind == "person" and n.canonical not in {p for p, _ in people[initiative]}:
                people[initiative].append((n.canonical, ""))
    return [dataclasses.replace(i, organisations=tuple(orgs[i.name]), persons=tuple(people[i.name])) for i in initiatives]
