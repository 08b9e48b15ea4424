"""The same person, organisation or initiative across documents of one municipality.

Pure functions over names. Matches are scoped by municipality and conservative: two full names
are one person only when they are the same name up to case, hyphens, OCR confusions
("Heiberg-lürgensen"/"Heiberg-Iürgensen") or a dropped middle name; a first name alone ("Martha",
"Eva N") joins the one full name it fits, and stays apart when several fit. Near misses
("Erik Kristansen"/"Erik Kristiansen", or a first name that fits two people) are not merged but
listed as doubtful pairs for a person to decide. Decisions (same, not same, rename) are data,
applied transitively before anything else.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable, Iterator

from ingest.lexicon import fold
from ingest.resolve import edit_distance, fits

PERSON, ORGANISATION, INITIATIVE = "person", "organisation", "initiative"
_OCR = str.maketrans({"l": "i", "1": "i", "0": "o", "|": "i"})


@dataclass(frozen=True)
class Decision:
    """A human decision: `same` or `not-same` for two names, or `rename` a to b."""

    verdict: str  # same | not-same | rename
    kind: str  # person | organisation | initiative
    municipality: str
    a: str
    b: str
    note: str = ""


@dataclass(frozen=True)
class Doubt:
    kind: str
    municipality: str
    a: str
    b: str
    reason: str


@dataclass
class Resolution:
    """Canonical name of every (kind, municipality, name), and the pairs left for a person."""

    canonical: dict[tuple[str, str, str], str] = field(default_factory=dict)
    doubts: list[Doubt] = field(default_factory=list)

    def name(self, kind: str, municipality: str | None, name: str) -> str:
        return self.canonical.get((kind, municipality or "", name), name)


class _Clusters:
    def __init__(self, names: Iterable[str], forbidden: set[frozenset[str]]) -> None:
        self.parent = {n: n for n in names}
        self.forbidden = forbidden

    def find(self, n: str) -> str:
        while self.parent[n] != n:
            self.parent[n] = self.parent[self.parent[n]]
            n = self.parent[n]
        return n

    def groups(self) -> list[list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for n in self.parent:
            found[self.find(n)].append(n)
        return list(found.values())

    def members(self, n: str) -> list[str]:
        root = self.find(n)
        return [m for m in self.parent if self.find(m) == root]

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbidden and any(
            frozenset((x, y)) in self.forbidden for x in self.members(a) for y in self.members(b)
        ):
            return False  # a curated "not the same" forbids it, transitively
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def person_key(name: str) -> str:
    """Given name and surname, folded, without hyphens and OCR confusions: the blocking key."""
    words = re.split(r"[\s\-]+", fold(name).translate(_OCR))
    words = [w.strip(".") for w in words if w.strip(".")]
    return f"{words[0]} {words[-1]}" if len(words) > 1 else (words[0] if words else "")


def _is_full(name: str) -> bool:
    """A name of two words or more that does not end in initials ("Eva N" does)."""
    words = name.split()
    return len(words) > 1 and not re.fullmatch(r"[A-ZÆØÅ]{1,3}\.?(?:-[A-ZÆØÅ]{1,2}\.?)?", words[-1])


def _fuller(short: str, full: str) -> bool:
    """Whether `full` is a fuller form of `short` ("Anne Mette" of "Anne Mette Meimann", "Eva N" of "Eva Nanni")."""
    longer = len(full.split()) > len(short.split()) or not _is_full(short)
    return longer and fits(short, full)


def _canonical(members: list[str]) -> str:
    """The fullest form; ties broken by spelling alone, so the choice never depends on how often
    or in what order the documents were read."""
    return sorted(members, key=lambda n: (not _is_full(n), -len(n.split()), n.islower(), n))[0]


def _decided(
    names: Iterable[tuple[str, str]], decisions: Iterable[Decision], kind: str
) -> Iterator[tuple[str, Counter[str], list[Decision], _Clusters]]:
    """Per municipality: its names, the decisions that hold there, and clusters that already
    apply them (curated "same" joined, "not same" forbidden)."""
    by_mun: dict[str, Counter[str]] = defaultdict(Counter)
    for municipality, name in names:
        by_mun[municipality or ""][name] += 1
    decided = [d for d in decisions if d.kind == kind]
    for municipality, counts in sorted(by_mun.items()):
        local = [d for d in decided if d.municipality in (municipality, "*")]
        for d in local:
            if d.verdict != "rename":
                counts.update({d.a: 0, d.b: 0})
        clusters = _Clusters(sorted(counts), {frozenset((d.a, d.b)) for d in local if d.verdict == "not-same"})
        for d in local:
            if d.verdict == "same":
                clusters.union(d.a, d.b)
        yield municipality, counts, local, clusters


def resolve_people(names: Iterable[tuple[str, str]], decisions: Iterable[Decision] = ()) -> Resolution:
    """Cluster person names per municipality. `names`: (municipality, name), repeats counted."""
    result = Resolution()
    for municipality, counts, local, clusters in _decided(names, decisions, PERSON):
        full = sorted(n for n in counts if _is_full(n))
        blocks: dict[str, list[str]] = defaultdict(list)
        for n in full:
            blocks[person_key(n)].append(n)
        for block in blocks.values():
            for other in block[1:]:
                clusters.union(block[0], other)
        _near_misses(full, municipality, result)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for f in full:
            by_initial[fold(f[0])].append(f)
        for short in sorted(counts):
            roots = sorted({clusters.find(f) for f in by_initial[fold(short[0])] if f != short and _fuller(short, f)})
            if len(roots) == 1:
                clusters.union(short, roots[0])
            for root in roots if len(roots) > 1 else []:
                result.doubts.append(Doubt(PERSON, municipality, short, root, "the first name fits several people"))
        renames = {d.a: d.b for d in local if d.verdict == "rename"}
        for members in clusters.groups():
            name = _canonical(members)
            for n in members:
                result.canonical[(PERSON, municipality, n)] = renames.get(name, name)
    return result


def _near_misses(full: list[str], municipality: str, result: Resolution) -> None:
    """Same given name, surnames one letter apart: maybe a misspelling, maybe two people."""
    by_given: dict[str, list[str]] = defaultdict(list)
    for n in full:
        by_given[fold(n.split()[0])].append(n)
    for group in by_given.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                ka, kb = person_key(a), person_key(b)
                if ka != kb and edit_distance(ka, kb) == 1:
                    result.doubts.append(Doubt(PERSON, municipality, a, b, "surnames one letter apart"))


def resolve_names(
    kind: str,
    names: Iterable[tuple[str, str]],
    key_of: Callable[[str, str], Hashable],
    decisions: Iterable[Decision] = (),
) -> Resolution:
    """Organisations or initiatives: names with the same `key_of(municipality, name)` are one."""
    result = Resolution()
    for municipality, counts, local, clusters in _decided(names, decisions, kind):
        groups: dict[object, list[str]] = defaultdict(list)
        for n in sorted(counts):
            groups[key_of(municipality, n)].append(n)
        for group in groups.values():
            for other in group[1:]:
                clusters.union(group[0], other)
        renames = {d.a: d.b for d in local if d.verdict == "rename"}
        for members in clusters.groups():
            name = sorted(members, key=lambda m: (-len(m.split()), m.islower(), m))[0]
            for n in members:
                result.canonical[(kind, municipality, n)] = renames.get(name, name)
    return result


def parse_decisions(text: str, source: str = "decisions.tsv") -> list[Decision]:
    """Decisions from their file: verdict, kind, municipality, a, b, note (tab-separated, # comments)."""
    decisions = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 5 or cells[0] not in ("same", "not-same", "rename") or cells[1] not in (PERSON, ORGANISATION, INITIATIVE):
            raise ValueError(f"{source}:{number}: expected verdict, kind, municipality, a, b[, note]: {line!r}")
        decisions.append(Decision(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5] if len(cells) > 5 else ""))
    return decisions


def format_decision(d: Decision) -> str:
    return "\t".join((d.verdict, d.kind, d.municipality, d.a, d.b, d.note))
