"""The graph's vocabulary, declared once: node labels, relationship types and their endpoints.

Follows the civic-data conventions of OParl and Popolo: a Body (council, forum, network) holds
Meetings, a Meeting has AgendaItems, Persons attend Meetings and are members of Organisations.
Every other module reads this file instead of spelling labels and types itself.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    name: str
    id_prefix: str
    display: str  # English display name
    display_da: str  # Danish display name
    colour: str


@dataclass(frozen=True)
class RelType:
    name: str
    start: tuple[str, ...]  # allowed start labels
    end: tuple[str, ...]  # allowed end labels
    display: str


PERSON, ORGANISATION, BODY, MUNICIPALITY = "Person", "Organisation", "Body", "Municipality"
MEETING, AGENDA_ITEM, INITIATIVE, DOCUMENT = "Meeting", "AgendaItem", "Initiative", "Document"

LABELS: dict[str, Label] = {
    label.name: label
    for label in (
        Label(PERSON, "person", "Person", "Person", "#1f77b4"),
        Label(ORGANISATION, "org", "Organisation", "Organisation", "#ff7f0e"),
        Label(BODY, "body", "Body", "Forum/råd", "#2ca02c"),
        Label(MUNICIPALITY, "mun", "Municipality", "Kommune", "#7f7f7f"),
        Label(MEETING, "meeting", "Meeting", "Møde", "#9467bd"),
        Label(AGENDA_ITEM, "item", "Agenda item", "Dagsordenspunkt", "#8c564b"),
        Label(INITIATIVE, "init", "Initiative", "Initiativ", "#d62728"),
        Label(DOCUMENT, "doc", "Document", "Dokument", "#bcbd22"),
    )
}

_ANY_ACTOR = (PERSON, ORGANISATION, BODY)
_ANY_SOURCED = (PERSON, ORGANISATION, BODY, MUNICIPALITY, MEETING, AGENDA_ITEM, INITIATIVE)

ATTENDED, MEMBER_OF, REPRESENTS, HELD, IN = "ATTENDED", "MEMBER_OF", "REPRESENTS", "HELD", "IN"
HAS_ITEM, MENTIONS, INVOLVED_IN, FUNDED = "HAS_ITEM", "MENTIONS", "INVOLVED_IN", "FUNDED"
COLLABORATES_WITH, SOURCE = "COLLABORATES_WITH", "SOURCE"

REL_TYPES: dict[str, RelType] = {
    rel.name: rel
    for rel in (
        # properties: status (present|absent|unknown), roles (list of role words)
        RelType(ATTENDED, (PERSON,), (MEETING,), "attended"),
        # properties: roles (list); a person's tie to an organisation or body
        RelType(MEMBER_OF, (PERSON,), (ORGANISATION, BODY), "member of"),
        # properties: role; a person sits in a body on behalf of an organisation
        RelType(REPRESENTS, (PERSON,), (ORGANISATION,), "represents"),
        RelType(HELD, (BODY,), (MEETING,), "held"),
        RelType(IN, (BODY, ORGANISATION, MEETING), (MUNICIPALITY,), "in"),
        RelType(HAS_ITEM, (MEETING,), (AGENDA_ITEM,), "has item"),
        RelType(MENTIONS, (MEETING, AGENDA_ITEM), (PERSON, ORGANISATION, INITIATIVE), "mentions"),
        # properties: role (free text from the minutes)
        RelType(INVOLVED_IN, _ANY_ACTOR, (INITIATIVE,), "involved in"),
        # properties: amount_dkk, year
        RelType(FUNDED, _ANY_ACTOR, (ORGANISATION, INITIATIVE, BODY), "funded"),
        RelType(COLLABORATES_WITH, _ANY_ACTOR, _ANY_ACTOR, "collaborates with"),
        # properties: start, end, quote — where a node was read
        RelType(SOURCE, _ANY_SOURCED, (DOCUMENT,), "source"),
    )
}

ORGANISATION_KINDS = (
    "association", "municipal_unit", "council", "ngo", "political_party",
    "ministry", "agency", "company", "education", "other",
)
INITIATIVE_KINDS = ("project", "event", "working_group", "fund", "service", "network", "other")
ATTENDANCE_STATUSES = ("present", "absent", "unknown")

# Provenance keys every relationship carries (besides its own properties).
PROVENANCE_KEYS = ("doc", "start", "end", "quote", "extractor")


def check_endpoints(rel_type: str, start_label: str, end_label: str) -> bool:
    """True when the vocabulary allows a `rel_type` from `start_label` to `end_label`."""
    rel = REL_TYPES.get(rel_type)
    return rel is not None and start_label in rel.start and end_label in rel.end
