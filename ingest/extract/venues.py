"""Where something is held: "Festen holdes … i Aalborg Kongres & Kultur Center" names a place, not an organisation."""
from __future__ import annotations

import re

# where something is held: "holdes 27. september i …", "afholdes på …" (capitalised words and "&" may lead the name)
_VENUE_VERBS = ("holdes", "foregår", "finder sted")  # "afholdes" holds "holdes": a cheap test first
_VENUE_BEFORE = re.compile(
    r"\b(?:holdes|afholdes|foregår|finder sted)\b(?:[^.\n]|\.(?=\s*[a-zæøå0-9])){0,40}?\s(?:i|på)\s+(?:[A-ZÆØÅ][\w\-]*\s+(?:&\s+)?)*$"
)


def is_venue(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends saying where something is held (`_VENUE_BEFORE`)."""
    window = text[start:end]
    return any(map(window.__contains__, _VENUE_VERBS)) and _VENUE_BEFORE.search(text, start, end) is not None
