"""Erasure: remove a person from the graph and keep them out of every later ingest.

`forget(store, persons)` works through the `Store` protocol, so both stores get it:
1. records the person's name and aliases, per municipality, as digests in
   `data/identity/suppressed.tsv` (see `ingest.suppress`), so a re-ingest leaves them out;
2. rewrites every other node and relationship that names them (`Store.set_properties`): a
   property that is one of their names is removed (a Meeting's `minute_taker`, an item of an
   `aliases` list), and their names inside any other text (quotes, titles) become "[slettet]";
3. deletes the person node, every Person node of the same municipality whose name is one of
   their aliases, and every other node named exactly like them (an organisation read from
   their name), with every relationship touching them (`Store.delete_nodes`).
The order makes a crash harmless: running `forget` again finds the person and finishes.

`find_persons` matches a name the way a person types it (`graph.names.match_name`, over names
and aliases): case, accents and spacing do not matter, and a part, an alias or a near spelling
finds the person; the CLI asks before erasing, and with `--yes` accepts only a full name or an id.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph import schema
from graph.errors import GraphError
from graph.names import fold_name, match_name
from graph.store.base import Node, Relationship, Store, WriteReport
from ingest.lexicon import fold
from ingest.suppress import REDACTED, forms_pattern, record_suppression

log = logging.getLogger(__name__)

# Properties that hold a person's name, so the value goes with the person.
_NAME_KEYS = frozenset({"minute_taker"})
# Nodes that are never a person read wrongly, so a name match does not delete them.
_KEPT_LABELS = frozenset({schema.DOCUMENT, schema.MEETING, schema.MUNICIPALITY, schema.AGENDA_ITEM})


class ForgetError(GraphError):
    """No person, or more than one, matches what was typed (the message lists the candidates)."""


@dataclass(frozen=True)
class Erasure:
    """What `forget` did. `forms` are the names that were removed; they are not printed by the CLI."""

    persons: tuple[Node, ...]
    deleted_nodes: tuple[str, ...]
    forms: tuple[str, ...]
    rewritten: WriteReport
    deleted: WriteReport
    suppressed: int


def _key(text: str) -> str:
    return fold(" ".join(text.split()))


def _forms(node: Node) -> list[str]:
    props = node.properties
    return [str(props.get("name", ""))] + [str(a) for a in props.get("aliases") or []]


def find_persons(store: Store, typed: str, person_id: str | None = None) -> tuple[list[Node], bool]:
    """The Person nodes `typed` means, and whether it is their full name (after folding case,
    accents and spacing); else by name or alias, as `graph.names.match_name` finds them (a part,
    a first name, a near spelling). By id when `person_id` is given."""
    persons = {p.id: p for p in store.nodes(schema.PERSON)}
    if person_id:
        return ([persons[person_id]], True) if person_id in persons else ([], False)
    named = [p for p in persons.values() if fold_name(str(p.properties.get("name", ""))) == fold_name(typed)]
    if named:
        return named, True
    forms = {f"{p.id}\x1f{n}": form for p in persons.values() for n, form in enumerate(_forms(p)) if form}
    found = list(dict.fromkeys(key.split("\x1f")[0] for key in match_name(typed, forms)))
    return [persons[pid] for pid in found], False


def choose_person(store: Store, typed: str, person_id: str | None = None, *, exact: bool = False) -> Node:
    """The one person `typed` (or `person_id`) names, or ForgetError listing the candidates.

    With `exact`, a near match (a part of the name, a typo) is refused: erasure cannot be undone.
    """
    found, was_exact = find_persons(store, typed, person_id)
    if not found:
        what = f"id {person_id!r}" if person_id else f"{typed!r}"
        raise ForgetError(f"no person matches {what}")
    if len(found) > 1:
        listed = "\n".join(f"  {p.id}  {p.properties.get('name')} ({p.properties.get('municipality') or '-'})"
                           for p in found)
        raise ForgetError(f"{len(found)} persons match {typed!r}; choose one with --id:\n{listed}")
    if exact and not was_exact:
        raise ForgetError(f"{typed!r} only resembles {found[0].properties.get('name')!r} "
                          f"({found[0].id}); give the full name or --id")
    return found[0]


def _cleaned(props: Any, pattern: re.Pattern[str], names: set[str]) -> dict[str, Any]:
    """Properties without the erased names: a name property or list item that is one of them is
    dropped, and their names inside any other text (quotes, titles) are redacted."""
    out: dict[str, Any] = {}
    for key, value in props.items():
        if isinstance(value, str):
            if key in _NAME_KEYS and _key(value) in names:
                continue
            out[key] = pattern.sub(REDACTED, value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            kept = [pattern.sub(REDACTED, v) for v in value if _key(v) not in names]
            if kept:
                out[key] = kept
        else:
            out[key] = value
    return out


def _doomed(store: Store, persons: list[Node], names: set[str]) -> list[str]:
    """The persons, their aliases as separate Person nodes, and nodes named exactly like them."""
    ids = {p.id for p in persons}
    municipalities = {p.properties.get("municipality") for p in persons}
    for node in store.nodes():
        if node.label in _KEPT_LABELS or _key(str(node.properties.get("name", ""))) not in names:
            continue
        if node.label != schema.PERSON or node.properties.get("municipality") in municipalities:
            ids.add(node.id)
    return sorted(ids)


def forget(store: Store, persons: Iterable[Node], *, suppressed: Path | None = None) -> Erasure:
    """Erase `persons` from `store` and record them as suppressed (see the module docstring)."""
    persons = list(persons)
    forms = sorted({f for p in persons for f in _forms(p) if f.strip()}, key=_key)
    pattern = forms_pattern(forms)
    if pattern is None:
        raise ForgetError("the person has no name to erase")
    names = {_key(f) for f in forms}
    new = sum(record_suppression(p.properties.get("municipality"), str(p.properties.get("name", "")),
                                 [str(a) for a in p.properties.get("aliases") or []], suppressed)
              for p in persons)
    doomed = set(_doomed(store, persons, names))
    nodes: list[Node] = []
    for node in store.nodes():
        cleaned = _cleaned(node.properties, pattern, names)
        if node.id not in doomed and cleaned != node.properties:
            nodes.append(Node(node.id, node.label, cleaned))
    rels: list[Relationship] = []
    for rel in store.relationships():
        cleaned = _cleaned(rel.properties, pattern, names)
        if rel.start not in doomed and rel.end not in doomed and cleaned != rel.properties:
            rels.append(Relationship(rel.id, rel.type, rel.start, rel.end, cleaned))
    rewritten = store.set_properties(nodes, rels)
    deleted = store.delete_nodes(sorted(doomed))
    log.info("erased %d nodes; rewrote %d rows", len(doomed), rewritten.updated)
    return Erasure(tuple(persons), tuple(sorted(doomed)), tuple(forms), rewritten, deleted, new)


def redact_file(path: Path, forms: Iterable[str]) -> bool:
    """Redact the names in a text file beside the store (the last ingest report); True if changed."""
    pattern = forms_pattern(forms)
    if pattern is None or not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    redacted = pattern.sub(REDACTED, text)
    if redacted != text:
        path.write_text(redacted, encoding="utf-8")
    return redacted != text
