"""Turn one document's `Facts` into a `Batch` of graph rows (pure; no store access).

The rows follow `graph/schema.py` (labels, endpoints) and `graph/PROPERTIES.md` (ids, property
names). Every non-Document node gets a SOURCE relationship to the Document with its earliest
evidence, and every relationship carries the provenance keys of `schema.PROVENANCE_KEYS`.

Decisions:
- The Body that held the meeting stands for any organisation of the same name (an
  organisation whose slug equals the body's is not created separately).
- Organisations are national (municipality null, id scope "dk") when their kind is in
  `NATIONAL_KINDS` or the lexicon (`data/lexicon/organisations.tsv`) marks them national.
- Every PersonFact ATTENDED the meeting with its extracted status ("unknown" when merely named);
  people known only from an initiative's roles are MENTIONS, not ATTENDED.
- A grant without a named funder yields no FUNDED relationship (the recipient is still created
  and mentioned by the meeting): guessing the funder would state something the minutes do not.
- `None` values and empty lists are omitted; lists are sorted and de-duplicated.
"""
from __future__ import annotations

import logging
from typing import Mapping

from graph import ids, schema
from graph.errors import SchemaError
from graph.store.base import Batch, Node, Relationship
from ingest import lexicon
from ingest.model import EXTRACTOR_VERSION, UNKNOWN, AgendaItem, Evidence, Facts

log = logging.getLogger(__name__)

NATIONAL_KINDS = frozenset({"political_party", "ministry", "agency"})
_ITEM_QUOTE_MAX = 200
_NO_EVIDENCE = Evidence(0, 0, "")


def _clean(props: Mapping[str, object]) -> dict[str, object]:
    """Drop None and empty lists; sort and de-duplicate lists so the output is deterministic."""
    out: dict[str, object] = {}
    for key, value in props.items():
        if isinstance(value, (list, tuple, set, frozenset)):
            value = sorted(set(value))
            if not value:
                continue
        if value is not None:
            out[key] = value
    return out


def _merge(old: dict[str, object], new: dict[str, object]) -> dict[str, object]:
    """Merge duplicate rows: lists are united, a scalar keeps its first known value."""
    merged = dict(old)
    for key, value in new.items():
        current = merged.get(key)
        if isinstance(current, list) and isinstance(value, list):
            merged[key] = sorted(set(current) | set(value))
        elif current is None or current == UNKNOWN:
            merged[key] = value
    return merged


def _earliest(*evidence: Evidence | None) -> Evidence | None:
    """The passage that comes first in the document, whatever the order of the facts."""
    known = [e for e in evidence if e is not None]
    if len(known) < 2:  # the usual case: nothing to compare
        return known[0] if known else None
    return min(known, key=lambda e: (e.start, e.end, e.quote))


class _Rows:
    """Accumulates unique nodes and relationships for one document (private, mutable)."""

    def __init__(self, doc: str, fallback: Evidence) -> None:
        self.doc = doc
        self.fallback = fallback
        self.labels: dict[str, str] = {}
        self.props: dict[str, dict[str, object]] = {}
        self.evidence: dict[str, Evidence | None] = {}
        self.rels: dict[str, tuple[str, str, str, Evidence | None, dict[str, object]]] = {}

    def node(self, label: str, node_id: str, props: Mapping[str, object],
             evidence: Evidence | None = None) -> str:
        if node_id in self.labels and self.labels[node_id] != label:
            raise SchemaError(f"{self.doc}: node {node_id} is both {self.labels[node_id]} and {label}")
        self.labels[node_id] = label
        self.props[node_id] = _merge(self.props.get(node_id, {}), _clean(props))
        self.evidence[node_id] = _earliest(self.evidence.get(node_id), evidence)
        return node_id

    def rel(self, rel_type: str, start: str, end: str, evidence: Evidence | None,
            props: Mapping[str, object] | None = None, key: str = "") -> None:
        rel_id = ids.relationship_id(rel_type, start, end, self.doc, key)
        ev, cleaned = evidence, _clean(props or {})
        if rel_id in self.rels:
            _, _, _, old_ev, old_props = self.rels[rel_id]
            ev, cleaned = _earliest(old_ev, ev), _merge(old_props, cleaned)
        self.rels[rel_id] = (rel_type, start, end, ev, cleaned)

    def batch(self) -> Batch:
        for node_id, label in self.labels.items():
            if label != schema.DOCUMENT:
                self.rel(schema.SOURCE, node_id, self.doc, self.evidence[node_id])
        nodes = tuple(Node(i, self.labels[i], self.props[i]) for i in sorted(self.labels))
        rels = []
        for rel_id in sorted(self.rels):
            rel_type, start, end, found, props = self.rels[rel_id]
            ev = found or self.fallback
            if start not in self.labels or end not in self.labels:
                raise SchemaError(f"{self.doc}: {rel_type} {start} -> {end} has no endpoint node")
            if not schema.check_endpoints(rel_type, self.labels[start], self.labels[end]):
                raise SchemaError(f"{self.doc}: {rel_type} not allowed from "
                                  f"{self.labels[start]} to {self.labels[end]} ({start} -> {end})")
            provenance = {"doc": self.doc, "start": ev.start, "end": ev.end,
                          "quote": ev.quote, "extractor": EXTRACTOR_VERSION}
            rels.append(Relationship(rel_id, rel_type, start, end, {**props, **provenance}))
        return Batch(self.doc, nodes, tuple(rels))


def _item_evidence(text: str, item: AgendaItem) -> Evidence:
    """The item's first line (capped), so the quote shows the heading, not the whole item."""
    passage = text[item.start:item.end].split("\n", 1)[0][:_ITEM_QUOTE_MAX]
    return Evidence(item.start, item.start + len(passage), passage)


def _is_national(name: str, kind: str) -> bool:
    known = lexicon.load().organisations.get(lexicon.fold(name))
    return kind in NATIONAL_KINDS or (known is not None and known.national)


class _Builder:
    """Adds the rows of each kind of fact; name lookups are shared through this object."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        meeting = facts.meeting
        self.mun = meeting.municipality
        self.body = meeting.body
        self.rows = _Rows(facts.document.doc_id, meeting.evidence or _NO_EVIDENCE)
        self.org_facts = {ids.slug(o.name): o for o in facts.organisations}
        self.initiatives = {ids.slug(i.name): i for i in facts.initiatives}
        date = meeting.date or "undated-" + facts.document.doc_id.split(":")[-1]
        self.meeting = ids.meeting_id(self.body, self.mun, date)

    def is_body(self, name: str) -> bool:
        return self.body is not None and ids.slug(name) == ids.slug(self.body)

    def mentioned(self, label: str, node_id: str, props: Mapping[str, object],
                  evidence: Evidence | None) -> str:
        """A person, organisation or initiative named in the document: node + MENTIONS."""
        self.rows.node(label, node_id, props, evidence)
        self.rows.rel(schema.MENTIONS, self.meeting, node_id, evidence)
        return node_id

    def person(self, name: str, aliases: tuple[str, ...], evidence: Evidence | None) -> str:
        props = {"name": name, "municipality": self.mun, "aliases": [a for a in aliases if a != name]}
        return self.mentioned(schema.PERSON, ids.person_id(name, self.mun), props, evidence)

    def actor(self, name: str, evidence: Evidence | None) -> str:
        """The Body of the meeting when the name is the body's, else an Organisation."""
        if self.is_body(name):
            return ids.body_id(name, self.mun)
        fact = self.org_facts.get(ids.slug(name))
        kind = fact.kind if fact else "other"
        name = fact.name if fact else name
        municipality = None if _is_national(name, kind) else self.mun
        org = ids.organisation_id(name, municipality)
        aliases = [m for m in fact.mentions if m != name] if fact else []
        props = {"name": name, "kind": kind, "municipality": municipality, "aliases": aliases}
        self.mentioned(schema.ORGANISATION, org, props, evidence)
        if municipality is not None:
            self.rows.rel(schema.IN, org, ids.municipality_id(municipality), evidence)
        return org

    def add_document(self) -> None:
        doc = self.facts.document
        self.rows.node(schema.DOCUMENT, doc.doc_id, {
            "name": doc.name, "format": doc.format, "chars": len(doc.text),
            "extractor": EXTRACTOR_VERSION, "closed_items": self.facts.closed_items,
            **({"source": doc.source} if doc.source else {})})

    def add_meeting(self) -> None:
        m = self.facts.meeting
        self.rows.node(schema.MEETING, self.meeting, {
            "date": m.date, "start": m.start, "end": m.end, "location": m.location,
            "body": m.body, "municipality": m.municipality, "minute_taker": m.minute_taker},
            m.evidence)
        if self.mun is not None:
            mun = self.rows.node(schema.MUNICIPALITY, ids.municipality_id(self.mun),
                                 {"name": self.mun}, m.evidence)
            self.rows.rel(schema.IN, self.meeting, mun, m.evidence)
        if self.body is not None:
            body = self.rows.node(schema.BODY, ids.body_id(self.body, self.mun),
                                  {"name": self.body, "municipality": self.mun}, m.evidence)
            self.rows.rel(schema.HELD, body, self.meeting, m.evidence)
            if self.mun is not None:
                self.rows.rel(schema.IN, body, ids.municipality_id(self.mun), m.evidence)
        for item in self.facts.items:
            ev = _item_evidence(self.facts.document.text, item)
            node = self.rows.node(schema.AGENDA_ITEM, ids.item_id(self.meeting, item.number),
                                  {"number": item.number, "title": item.title,
                                   "meeting": self.meeting}, ev)
            self.rows.rel(schema.HAS_ITEM, self.meeting, node, ev)

    def add_organisations(self) -> None:
        for org in self.facts.organisations:
            if not self.is_body(org.name):
                self.actor(org.name, _earliest(*org.evidence))

    def add_persons(self) -> None:
        for p in self.facts.persons:
            ev = _earliest(*p.evidence)
            person = self.person(p.name, p.mentions, ev)
            self.rows.rel(schema.ATTENDED, person, self.meeting, ev,
                          {"status": p.status, "roles": p.roles})
            for org_name in p.organisations:
                self.rows.rel(schema.MEMBER_OF, person, self.actor(org_name, ev), ev,
                              {"roles": p.roles})

    def add_initiatives(self) -> None:
        for init in self.facts.initiatives:
            ev = _earliest(*init.evidence)
            node = self.mentioned(schema.INITIATIVE, ids.initiative_id(init.name, self.mun),
                                  {"name": init.name, "kind": init.kind, "municipality": self.mun}, ev)
            for name, role in init.persons:
                person = self.person(name, (), ev)
                self.rows.rel(schema.INVOLVED_IN, person, node, ev, {"role": role or None}, key=role)
            for org_name in init.organisations:
                self.rows.rel(schema.INVOLVED_IN, self.actor(org_name, ev), node, ev)

    def add_grants(self) -> None:
        for grant in self.facts.grants:
            ev = grant.evidence
            if self.is_body(grant.to):
                target = ids.body_id(grant.to, self.mun)
            elif ids.slug(grant.to) in self.initiatives:
                target = ids.initiative_id(grant.to, self.mun)
            else:
                target = self.actor(grant.to, ev)
            if grant.source is None:
                log.info("%s: grant of %s DKK to %r has no named funder; no FUNDED relationship",
                         self.rows.doc, grant.amount_dkk, grant.to)
                continue
            self.rows.rel(schema.FUNDED, self.actor(grant.source, ev), target, ev,
                          {"amount_dkk": grant.amount_dkk, "year": grant.year},
                          key=f"{grant.amount_dkk}:{grant.year}")


    def add_collaborations(self) -> None:
        for c in self.facts.collaborations:
            ends = [self.person(name, (), c.evidence) if kind == "person" else self.actor(name, c.evidence)
                    for name, kind in ((c.a, c.a_kind), (c.b, c.b_kind))]
            self.rows.rel(schema.COLLABORATES_WITH, ends[0], ends[1], c.evidence)


def build_batch(facts: Facts) -> Batch:
    """One document's facts as graph rows, sorted by id.

    >>> from ingest.model import Document, MeetingFact
    >>> doc = Document("doc:0123456789abcdef", "a.txt", "txt", "Referat")
    >>> [n.id for n in build_batch(Facts(doc, MeetingFact("2024-01-02", "Rødovre", None))).nodes]
    ['doc:0123456789abcdef', 'meeting:unknown:roedovre:2024-01-02', 'mun:roedovre']
    """
    builder = _Builder(facts)
    builder.add_document()
    builder.add_meeting()
    builder.add_organisations()
    builder.add_persons()
    builder.add_initiatives()
    builder.add_grants()
    builder.add_collaborations()
    return builder.rows.batch()
