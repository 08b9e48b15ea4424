"""Erased persons stay erased: leave them out of the linked facts before anything is built.

`python -m graph forget` records each erased person in `data/identity/suppressed.tsv`: one
SHA-256 digest per written form (the name and every alias), each of the municipality and the
form. The file holds digests, never names, because it is versioned and copied with every
checkout: a readable list of the people who asked to be forgotten would itself be the record
they asked not to exist. The pipeline hashes the names it reads the same way and drops matches.

A digest only hides a name from a reader who does not already suspect it: whoever guesses a
name can hash it and look it up. That is enough here (the file must let the pipeline recognise
the name; the graph, not this file, is what is published), and it is why the file carries
nothing else about the person.

`suppress(linked, suppressions)` is pure: it removes the persons, their roles in initiatives,
their collaborations and a minute taker who is one of them, and replaces their written forms
with "[slettet]" in every remaining string (quotes, titles, aliases). The document text keeps
its length (forms become "█" runs), so every character offset stays true.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ingest.errors import IngestError
from ingest.lexicon import fold
from ingest.link import Linked
from ingest.model import Facts

SUPPRESSED = Path(__file__).resolve().parent.parent / "data" / "identity" / "suppressed.tsv"
REDACTED = "[slettet]"
MASK = "█"
_MAX_WORDS = 5  # the longest name looked for in the text, in words
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_HEADER = (
    "# Persons erased with `python -m graph forget`, applied on every ingest (ingest/suppress.py).\n"
    "# One SHA-256 digest per written form (name or alias) of municipality and form; no names,\n"
    "# so this versioned file is not itself a list of the people erased.\n"
    "# sha256<TAB>form (name | alias)<TAB>recorded\n"
)
T = TypeVar("T")


def name_key(municipality: str | None, name: str) -> str:
    """The digest of one written form in one municipality; case, accents and spacing do not matter.

    >>> name_key("Rudersdal", "Nada  NAANAAH") == name_key("rudersdal", "Nada Naanaah")
    True
    """
    text = f"{fold(' '.join((municipality or '').split()))}\x1f{fold(' '.join(name.split()))}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Suppressions:
    """The digests of every erased form."""

    keys: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.keys)

    def matches(self, municipality: str | None, name: str) -> bool:
        return bool(self.keys) and name_key(municipality, name) in self.keys


def parse_suppressions(text: str, source: str = "suppressed.tsv") -> Suppressions:
    """Read the file's lines (`digest<TAB>form<TAB>date`); a malformed line raises IngestError."""
    keys = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        digest = line.split("\t", 1)[0].strip()
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise IngestError(source, f"line {number}: expected a sha256 hex digest, got {digest[:20]!r}")
        keys.add(digest)
    return Suppressions(frozenset(keys))


def load_suppressions(path: Path | None = None) -> Suppressions:
    """The recorded suppressions (none when the file does not exist)."""
    path = path or SUPPRESSED
    if not path.exists():
        return Suppressions()
    return parse_suppressions(path.read_text(encoding="utf-8"), str(path))


def record_suppression(municipality: str | None, name: str, aliases: Iterable[str],
                       path: Path | None = None, today: date | None = None) -> int:
    """Append the digests of `name` and `aliases` not yet in the file; how many were new."""
    path = path or SUPPRESSED
    known = load_suppressions(path).keys
    stamp = (today or date.today()).isoformat()
    forms = [("name", name)] + [("alias", a) for a in aliases if fold(a) != fold(name)]
    lines, seen = [], set(known)
    for kind, form in forms:
        key = name_key(municipality, form)
        if key not in seen:
            seen.add(key)
            lines.append(f"{key}\t{kind}\t{stamp}\n")
    if lines:
        path.parent.mkdir(parents=True, exist_ok=True)
        new_file = not path.exists()
        with open(path, "a", encoding="utf-8") as handle:
            handle.write((_HEADER if new_file else "") + "".join(lines))
    return len(lines)


def forms_pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every written form: whole words, any case, any run of spaces between words."""
    words = {tuple(form.split()) for form in forms if form.strip()}
    if not words:
        return None
    alternatives = sorted((r"\s+".join(map(re.escape, w)) for w in words), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def redact(text: str, forms: Iterable[str]) -> str:
    """`text` with every written form replaced by "[slettet]".

    >>> redact("Klub Kick-start v/Nada og NADA NAANAAH", ["Nada Naanaah", "Nada"])
    'Klub Kick-start v/[slettet] og [slettet]'
    """
    pattern = forms_pattern(forms)
    return pattern.sub(REDACTED, text) if pattern else text


def found_forms(text: str, municipality: str | None, suppressions: Suppressions) -> set[str]:
    """The erased forms written in `text`: every run of up to five words is hashed and looked up."""
    words = [m.group() for m in _WORD.finditer(text)]
    found = set()
    for i in range(len(words)):
        for n in range(1, min(_MAX_WORDS, len(words) - i) + 1):
            form = " ".join(words[i:i + n])
            if suppressions.matches(municipality, form):
                found.add(form)
    return found


def _redacted(value: T, pattern: re.Pattern[str]) -> T:
    """Every string inside `value` (dataclasses and tuples, recursively) redacted."""
    result: Any = value
    if isinstance(value, str):
        result = pattern.sub(REDACTED, value)
    elif isinstance(value, tuple):
        result = tuple(_redacted(item, pattern) for item in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _redacted(getattr(value, f.name), pattern) for f in dataclasses.fields(value)}
        result = dataclasses.replace(value, **changes)
    return result


def suppress_facts(facts: Facts, suppressions: Suppressions) -> Facts:
    """One document's facts without the erased persons, their forms redacted everywhere."""
    mun = facts.meeting.municipality

    def erased(name: str) -> bool:
        return suppressions.matches(mun, name)

    gone = [p for p in facts.persons if erased(p.name) or any(erased(m) for m in p.mentions)]
    forms = {form for p in gone for form in (p.name, *p.mentions)}
    forms |= found_forms(facts.document.text, mun, suppressions)
    pattern = forms_pattern(forms)
    if pattern is None:
        return facts
    folded = {fold(f) for f in forms}

    def named(name: str) -> bool:
        return fold(name) in folded or erased(name)

    def unnamed(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n for n in names if not named(n))

    kept = dataclasses.replace(
        facts,
        meeting=dataclasses.replace(
            facts.meeting, minute_taker=None if named(facts.meeting.minute_taker or "") else facts.meeting.minute_taker),
        persons=tuple(
            dataclasses.replace(p, mentions=unnamed(p.mentions), organisations=unnamed(p.organisations))
            for p in facts.persons if p not in gone
        ),
        # an "organisation" that is one of the forms is the person, read as an organisation
        organisations=tuple(o for o in facts.organisations if not named(o.name)),
        initiatives=tuple(
            dataclasses.replace(i, persons=tuple((n, r) for n, r in i.persons if not named(n)),
                                organisations=unnamed(i.organisations))
            for i in facts.initiatives
        ),
        grants=tuple(g for g in facts.grants if not named(g.to) and not named(g.source or "")),
        collaborations=tuple(c for c in facts.collaborations if not named(c.a) and not named(c.b)),
    )
    changes = {f.name: _redacted(getattr(kept, f.name), pattern)
               for f in dataclasses.fields(kept) if f.name != "document"}
    text = pattern.sub(lambda m: re.sub(r"\S", MASK, m.group()), facts.document.text)
    return dataclasses.replace(kept, document=dataclasses.replace(facts.document, text=text), **changes)


def suppress(linked: Linked, suppressions: Suppressions) -> Linked:
    """The linked facts of a run with every erased person left out (see the module docstring)."""
    if not suppressions:
        return linked
    municipality = {f.document.name: f.meeting.municipality for f in linked.facts}
    return Linked(
        facts=[suppress_facts(f, suppressions) for f in linked.facts],
        doubts=[d for d in linked.doubts
                if not (suppressions.matches(d.municipality, d.a) or suppressions.matches(d.municipality, d.b))],
        unresolved=[(doc, name) for doc, name in linked.unresolved
                    if not suppressions.matches(municipality.get(doc), name)],
    )
