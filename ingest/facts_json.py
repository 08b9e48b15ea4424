"""Facts as the JSON contract of the extraction scorer (../shared/eval/README.md), plus provenance."""
from __future__ import annotations

from typing import Any

from ingest.model import Evidence, Facts


def _span(evidence: tuple[Evidence, ...] | Evidence | None) -> dict[str, Any] | None:
    first = evidence[0] if isinstance(evidence, tuple) and evidence else evidence
    if not isinstance(first, Evidence):
        return None
    return {"start": first.start, "end": first.end, "quote": first.quote}


def facts_to_json(facts: Facts) -> dict[str, Any]:
    m = facts.meeting
    return {
        "document": facts.document.name,
        "document_id": facts.document.doc_id,
        "meeting": {
            "date": m.date,
            "start": m.start,
            "end": m.end,
            "municipality": m.municipality,
            "body": m.body,
            "location": m.location,
            "minute_taker": m.minute_taker,
        },
        "persons": [
            {
                "name": p.name,
                "mentions": list(p.mentions),
                "status": p.status,
                "roles": list(p.roles),
                "organisations": list(p.organisations),
                "evidence": _span(p.evidence),
            }
            for p in facts.persons
        ],
        "organisations": [
            {"name": o.name, "mentions": list(o.mentions), "kind": o.kind, "evidence": _span(o.evidence)}
            for o in facts.organisations
        ],
        "initiatives": [
            {
                "name": i.name,
                "kind": i.kind,
                "persons": [f"{n} ({r})" if r else n for n, r in i.persons],
                "organisations": list(i.organisations),
                "evidence": _span(i.evidence),
            }
            for i in facts.initiatives
        ],
        "grants": [
            {"from": g.source, "to": g.to, "amount_dkk": g.amount_dkk, "year": g.year, "evidence": _span(g.evidence)}
            for g in facts.grants
        ],
        "collaborations": [
            {"a": c.a, "b": c.b, "a_kind": c.a_kind, "b_kind": c.b_kind, "evidence": _span(c.evidence)}
            for c in facts.collaborations
        ],
        "agenda_items": [{"number": i.number, "title": i.title} for i in facts.items],
        "closed_items": facts.closed_items,
        "closed_items_present": facts.closed_items > 0,
    }
