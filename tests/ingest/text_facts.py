"""The facts the ingest tests read from a text: read (as a named file), segment, extract."""
from __future__ import annotations

from pathlib import Path

from ingest.extract import extract
from ingest.model import Facts, PersonFact
from ingest.read import text_to_document
from ingest.read.files import format_of
from ingest.segment import segment


def facts_of(text: str, name: str = "m.txt") -> Facts:
    """The facts of `text` read as a file called `name`, whose extension gives the format (as for a real file)."""
    return extract(segment(text_to_document(text, name, format_of(Path(name)))))


def persons_of(text: str, name: str = "m.txt") -> dict[str, PersonFact]:
    """The persons of `facts_of(text, name)` by name."""
    return {p.name: p for p in facts_of(text, name).persons}
