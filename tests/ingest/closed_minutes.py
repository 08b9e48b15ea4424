"""Invented minutes the tests of the closed-part rules share (privacy red-team rounds 7–13).

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN,
which must.
"""
from __future__ import annotations

from ingest.model import Minutes
from ingest.read import text_to_document
from ingest.segment import segment

SECRET, OPEN = "Quarnbek", "Solvang"
HEADER_LINES = "Referat af møde i Seniorrådet, Fanø Kommune\nMødedato: 3. marts 2025\nDeltagere: Rita Holm, Ib Sand\n"
HEADER = HEADER_LINES + "\n"
HTML_HEADER = "<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm, Ib Sand</p>"


def minutes(body: str, name: str = "m.txt", header: str = HEADER) -> Minutes:
    """The segmented minutes of `header` + `body`, read as a file called `name` (its extension gives the format)."""
    return segment(text_to_document(header + body, name, name.rsplit(".", 1)[-1]))


def titles(m: Minutes) -> list[str]:
    return [item.title for item in m.items]
