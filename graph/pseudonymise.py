"""Pseudonymised exports: private persons get stable pseudonyms, officials keep their names.

Minutes name two kinds of people: those acting in an official capacity (chairs, staff, minute
takers, politicians) and private citizens who took part. An export for publication should name
the first and not the second. `PseudonymisedStore(store, salt)` is a read-only view of a store
in which every private person is "Person 3f2a9c1e": their id, name and aliases are replaced,
and their names inside any text (quotes, titles) too; relationships touching them get new ids,
because a relationship id is a hash of the person id, which a guessed name would reproduce.

Pseudonyms are HMAC-SHA256 of the person id under a per-store salt (`store_salt`, a random
file beside the embedded store, never in git), so the same person has the same pseudonym in
every export of that store, and nobody without the salt can link a pseudonym to a name.

A person is an official when any ATTENDED, MEMBER_OF or REPRESENTS relationship gives them one
of `OFFICIAL_ROLES`, or they are a member of a political party or of the municipal council.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections import defaultdict
from typing import Any, ContextManager, Iterable

from graph import ids, schema
from graph.errors import StoreError
from graph.settings import Settings
from graph.store.base import Batch, Node, Relationship, Store, WriteReport
from ingest.lexicon import fold
from ingest.suppress import forms_pattern

OFFICIAL_ROLES = frozenset({"formand", "næstformand", "administration", "sekretariat", "referent"})
# Bodies whose members hold office: the municipal council under its names.
COUNCIL_WORDS = ("kommunalbestyrelse", "byråd", "borgerrepræsentation")
_AMBIGUOUS = "[person]"


def store_salt(settings: Settings) -> bytes:
    """The salt of the configured store, created on first use (`data/salts/`, git-ignored)."""
    where = f"neo4j:{settings.neo4j_uri}:{settings.neo4j_database or ''}" if settings.uses_neo4j \
        else f"file:{settings.graph_db.resolve()}"
    path = settings.graph_db.parent / "salts" / (hashlib.sha256(where.encode()).hexdigest()[:16] + ".salt")
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32) + "\n")
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read or create the pseudonym salt {path}: {exc}") from exc


def official_ids(store: Store) -> set[str]:
    """Persons holding an official role or a seat in a party or the council (see module docstring)."""
    groups = {n.id for n in (*store.nodes(schema.ORGANISATION), *store.nodes(schema.BODY))
              if n.properties.get("kind") == "political_party"
              or any(word in fold(str(n.properties.get("name", ""))) for word in COUNCIL_WORDS)}
    found = set()
    for rel_type in (schema.ATTENDED, schema.MEMBER_OF, schema.REPRESENTS):
        for rel in store.relationships(rel_type):
            roles = rel.properties.get("roles") or rel.properties.get("role") or []
            roles = [roles] if isinstance(roles, str) else roles
            if OFFICIAL_ROLES & {fold(r) for r in roles} or (rel_type != schema.ATTENDED and rel.end in groups):
                found.add(rel.start)
    return found


class PseudonymisedStore:
    """A read-only `Store` view with private persons pseudonymised; pass it to `write_export`."""

    def __init__(self, store: Store, salt: bytes) -> None:
        self._store, self._salt = store, salt
        officials = official_ids(store)
        self._ids: dict[str, str] = {}  # person id -> pseudonymous id
        self._names: dict[str, str] = {}  # person id -> pseudonym
        owners: dict[str, set[str]] = defaultdict(set)  # folded written form -> person ids
        written: set[str] = set()
        for person in store.nodes(schema.PERSON):
            if person.id not in officials:
                token = self._digest(person.id)[:8]
                self._names[person.id] = f"Person {token}"
                self._ids[person.id] = f"person:{ids.slug(person.properties.get('municipality'))}:p-{token}"
            for form in [person.properties.get("name"), *(person.properties.get("aliases") or [])]:
                if form:
                    owners[fold(" ".join(str(form).split()))].add(person.id)
                    written.add(str(form))
        # Officials' names are matched too, so "Helle Waage-Jensen" stays whole where a private
        # "Helle" would match its first word; a form two people share cannot say who it was.
        self._by_form: dict[str, str | None] = {}
        for form, people in owners.items():
            if people.isdisjoint(self._names):
                self._by_form[form] = None
            elif len(people) == 1:
                self._by_form[form] = self._names[next(iter(people))]
            else:
                self._by_form[form] = _AMBIGUOUS
        self._original = {pseudonymous: person for person, pseudonymous in self._ids.items()}
        self._pattern = forms_pattern(written)

    def _digest(self, text: str) -> str:
        return hmac.new(self._salt, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def _text(self, value: Any) -> Any:
        if self._pattern is None:
            return value
        if isinstance(value, str):
            return self._pattern.sub(self._replacement, value)
        if isinstance(value, list):
            return [self._text(v) for v in value]
        return value

    def _replacement(self, match: re.Match[str]) -> str:
        found = self._by_form.get(fold(" ".join(match.group().split())), _AMBIGUOUS)
        return match.group() if found is None else found

    def _node(self, node: Node) -> Node:
        if node.id in self._ids:
            props = {k: v for k, v in node.properties.items() if k not in ("name", "aliases")}
            return Node(self._ids[node.id], node.label, {**props, "name": self._names[node.id]})
        return Node(node.id, node.label, {k: self._text(v) for k, v in node.properties.items()})

    def _relationship(self, rel: Relationship) -> Relationship:
        rel_id = rel.id
        if rel.start in self._ids or rel.end in self._ids:
            rel_id = "rel:" + self._digest(rel.id)[:16]
        props = {k: self._text(v) for k, v in rel.properties.items()}
        return Relationship(rel_id, rel.type, self._ids.get(rel.start, rel.start),
                            self._ids.get(rel.end, rel.end), props)

    # -- the reading half of the Store protocol ------------------------------------------

    def nodes(self, label: str | None = None) -> list[Node]:
        return sorted((self._node(n) for n in self._store.nodes(label)), key=lambda n: n.id)

    def relationships(self, type: str | None = None) -> list[Relationship]:
        return sorted((self._relationship(r) for r in self._store.relationships(type)), key=lambda r: r.id)

    def node(self, node_id: str) -> Node | None:
        if node_id in self._ids:  # a private person's real id is not in the view
            return None
        found = self._store.node(self._original.get(node_id, node_id))
        return self._node(found) if found is not None else None

    def counts(self) -> dict[str, dict[str, int]]:
        return self._store.counts()

    # -- writing is refused: this is a view for exports ----------------------------------

    def _refuse(self) -> StoreError:
        return StoreError("a pseudonymised view is read-only")

    def write(self, batch: Batch) -> WriteReport:
        raise self._refuse()

    def grouped(self) -> ContextManager[None]:
        raise self._refuse()

    def delete_nodes(self, node_ids: Iterable[str]) -> WriteReport:
        raise self._refuse()

    def set_properties(self, nodes: Iterable[Node], relationships: Iterable[Relationship]) -> WriteReport:
        raise self._refuse()

    def clear(self) -> None:
        raise self._refuse()

    def close(self) -> None:
        """The underlying store stays open; its owner closes it."""

