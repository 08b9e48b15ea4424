"""Records handed from stage to stage: a read document, its segmented minutes, and the facts.

Every record is frozen. Character offsets always refer to `Document.text`, so any fact can be
traced back to the passage it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

EXTRACTOR_VERSION = "0.1.0"

PRESENT, ABSENT, UNKNOWN = "present", "absent", "unknown"


@dataclass(frozen=True)
class Evidence:
    """A passage of the document: offsets into `Document.text` and the quoted text."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Document:
    """A file turned into plain text. `doc_id` is derived from the text, so a copy is the same document; `source`
    from the file's bytes, so the same file read anew by a changed reader (other text, another id) is known as the
    file it was (the ingest then replaces its earlier document)."""

    doc_id: str
    name: str
    format: str
    text: str
    source: str = ""


@dataclass(frozen=True)
class Line:
    """One line of the document with its offset."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class ParticipantSection:
    """A block of the header that lists people: its kind says what being listed there means."""

    kind: str  # present | absent | staff | minute_taker | guest | speaker (in a round of news: present)
    heading: str
    lines: tuple[Line, ...]
    columns: tuple[str, ...] = ()  # a table's column fields (name, organisation, role), when it has them
    within: str | None = None  # the kind of list a group stands in ("Venstre: Ida Holm" under "Medlemmer:")


@dataclass(frozen=True)
class AgendaItem:
    number: str
    title: str
    start: int
    end: int
    closed: bool = False


@dataclass(frozen=True)
class Header:
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    body: str | None = None
    municipality: str | None = None
    date_evidence: Evidence | None = None


@dataclass(frozen=True)
class Minutes:
    """A document cut into its parts. Closed agenda items are already removed from `text`."""

    document: Document
    text: str  # the document text with closed items blanked out (same length, offsets preserved)
    header: Header
    sections: tuple[ParticipantSection, ...]
    items: tuple[AgendaItem, ...]
    closed_items: int = 0
    # digests of the first names of people named in full only in closed parts (`ingest/withheld_names.py`)
    withheld_first_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PersonFact:
    name: str
    mentions: tuple[str, ...] = ()
    status: str = UNKNOWN
    roles: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class OrganisationFact:
    name: str
    kind: str = "other"
    mentions: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class InitiativeFact:
    name: str
    kind: str = "other"  # project | event | working_group | fund | service | network | other
    persons: tuple[tuple[str, str], ...] = ()  # (person name, role in it)
    organisations: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class GrantFact:
    amount_dkk: int
    to: str
    source: str | None = None  # the funder, when named
    year: int | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class CollaborationFact:
    """Two actors the text says work together; kinds are "organisation" or "person"."""

    a: str
    b: str
    a_kind: str
    b_kind: str
    evidence: Evidence | None = None


@dataclass(frozen=True)
class MeetingFact:
    date: str | None
    municipality: str | None
    body: str | None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    minute_taker: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Facts:
    """Everything one document says, read on its own."""

    document: Document
    meeting: MeetingFact
    persons: tuple[PersonFact, ...] = ()
    organisations: tuple[OrganisationFact, ...] = ()
    initiatives: tuple[InitiativeFact, ...] = ()
    grants: tuple[GrantFact, ...] = ()
    collaborations: tuple[CollaborationFact, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    closed_items: int = 0
    warnings: tuple[str, ...] = field(default=())
