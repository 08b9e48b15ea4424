"""Identity review: the doubtful pairs in the store, with their evidence, and recording a decision.

A pair is doubtful when the conservative rules of `ingest.identity` would not merge it but a
person might: a first name that fits several people, or two full names one letter apart. Each
side comes with the meetings it was seen at and the passages it was read from, so a coordinator
can decide; the decision goes to `data/identity/decisions.tsv` and applies on the next ingest.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph import ids
from graph.schema import ATTENDED, PERSON, SOURCE
from graph.store.base import Store
from ingest.identity import Decision, Doubt, format_decision, resolve_people

DECISIONS = Path(__file__).resolve().parent.parent / "data" / "identity" / "decisions.tsv"


@dataclass(frozen=True)
class Side:
    node_id: str
    name: str
    meetings: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    doubt: Doubt
    a: Side
    b: Side


def candidates(store: Store) -> list[Candidate]:
    """Doubtful person pairs in the store, each side with meetings and source passages."""
    persons = store.nodes(PERSON)
    names = [(str(n.properties.get("municipality") or ""), str(n.properties.get("name", ""))) for n in persons]
    doubts = resolve_people(names).doubts
    attended: dict[str, set[str]] = {}
    for rel in store.relationships(ATTENDED):
        attended.setdefault(rel.start, set()).add(rel.end)
    quotes: dict[str, list[str]] = {}
    for rel in store.relationships(SOURCE):
        quotes.setdefault(rel.start, []).append(str(rel.properties.get("quote", "")))

    def side(municipality: str, name: str) -> Side:
        node_id = ids.person_id(name, municipality or None)
        return Side(node_id, name, tuple(sorted(attended.get(node_id, ()))), tuple(sorted(quotes.get(node_id, ()))))

    return [Candidate(d, side(d.municipality, d.a), side(d.municipality, d.b)) for d in doubts]


def record(decision: Decision, path: Path = DECISIONS) -> None:
    """Append a decision to the curated decisions file (created with a header if missing)."""
    if decision.verdict not in ("same", "not-same", "rename"):
        raise ValueError(f"unknown verdict {decision.verdict!r}: use same, not-same or rename")
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_text(encoding="utf-8") if path.exists() else "# verdict\tkind\tmunicipality\ta\tb\tnote\n"
    if existing and not existing.endswith("\n"):
        existing += "\n"
    path.write_text(existing + format_decision(decision) + "\n", encoding="utf-8")
