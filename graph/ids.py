"""Deterministic, readable ids derived from natural keys, as fixed in `graph/PROPERTIES.md`.

The same name in the same municipality always gives the same id, so re-running the pipeline
merges instead of duplicating, and an id can be read by a person ("person:rudersdal:lotte-hassing").
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from graph.schema import AGENDA_ITEM, BODY, INITIATIVE, LABELS, MEETING, MUNICIPALITY
from graph.schema import ORGANISATION, PERSON

NATIONAL = "dk"  # scope of organisations that belong to no municipality
UNKNOWN = "unknown"  # id segment for a natural key the document does not give

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _digest(text: str, length: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


# Cached: a batch slugs the same few names (body, municipality, people) many times over.
@functools.lru_cache(maxsize=1 << 16)
def slug(text: str | None) -> str:
    """Lower-case ASCII slug; Danish letters spelt out; `UNKNOWN` for a missing key.

    Text without any Latin letter or digit gets a short hash, so the slug is never empty.

    >>> slug("Ældre- og Værdighedsrådet, Rødovre")
    'aeldre-og-vaerdighedsraadet-roedovre'
    """
    if text is None or not text.strip():
        return UNKNOWN
    if text.isascii():  # nothing to normalise, fold or strip of accents
        ascii_text = text.lower()
    else:
        folded = unicodedata.normalize("NFC", text).lower().translate(_DANISH)
        ascii_text = "".join(
            ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
        )
    result = _NON_ALNUM.sub("-", ascii_text).strip("-")
    return result or "h" + _digest(text.strip(), 8)


def _prefixed(label: str, *parts: str) -> str:
    return ":".join((LABELS[label].id_prefix, *parts))


def municipality_id(name: str | None) -> str:
    """`mun:<name-slug>`."""
    return _prefixed(MUNICIPALITY, slug(name))


def person_id(name: str, municipality: str | None) -> str:
    """`person:<municipality-slug>:<name-slug>`."""
    return _prefixed(PERSON, slug(municipality), slug(name))


def organisation_id(name: str, municipality: str | None) -> str:
    """`org:<municipality-slug or "dk">:<name-slug>`; `None` means a national organisation."""
    scope = NATIONAL if municipality is None else slug(municipality)
    return _prefixed(ORGANISATION, scope, slug(name))


def body_id(name: str, municipality: str | None) -> str:
    """`body:<municipality-slug>:<name-slug>`."""
    return _prefixed(BODY, slug(municipality), slug(name))


def meeting_id(body: str | None, municipality: str | None, date: str | None) -> str:
    """`meeting:<body-slug>:<municipality-slug>:<date>` (date as ISO `YYYY-MM-DD`)."""
    return _prefixed(MEETING, slug(body), slug(municipality), slug(date))


def item_id(meeting: str, number: str) -> str:
    """`item:<meeting id tail>:<number-slug>`, e.g. `item:forum:rudersdal:2018-02-27:3`."""
    tail = meeting.split(":", 1)[1] if ":" in meeting else meeting
    return _prefixed(AGENDA_ITEM, tail, slug(number))


def initiative_id(name: str, municipality: str | None) -> str:
    """`init:<municipality-slug>:<name-slug>`."""
    return _prefixed(INITIATIVE, slug(municipality), slug(name))


def document_id(text: str) -> str:
    """`doc:` + the first 16 hex digits of the SHA-256 of the text, so a copy is the same document."""
    return "doc:" + _digest(text)


def relationship_id(rel_type: str, start: str, end: str, doc: str, key: str = "") -> str:
    """`rel:<16 hex>` hashed from (type, start, end, document, key).

    `key` tells apart relationships of the same type between the same nodes in one document,
    e.g. two grants of different amounts.
    """
    return "rel:" + _digest("\x1f".join((rel_type, start, end, doc, key)))
