"""A Word document's custom properties (docProps/custom.xml) that name its closed items, read as a header line.

A case-management system writes the minutes' metadata into the document's custom properties, shown in Word under
Filer › Oplysninger › Egenskaber: "Sagsnummer", "Udvalg", "Offentlighed" = "Delvis" and "LukkedePunkter" = "4". The
items so named carry no marker of their own in the text. A property whose name is one of the lexicon's names for the
closed items (kind `property` of `data/lexicon/closed_markers.txt`: "Lukkede punkter", "ClosedItems", written in
any case, camel case or with "_") and whose value names item numbers becomes the line "Lukkede punkter: 4" above the
minutes, which the segmenter reads as it reads such a line written in the text (`ingest/closed_numbers.py`). Other
properties are not read: their values are no part of the minutes a reader sees.
"""
from __future__ import annotations

import re
from typing import Any

from ingest.lexicon import fold, load

_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
_SEPARATORS = re.compile(r"[\s_\-.]+")
# item numbers in a value: "4", "4, 6", "[4, 6]", "Pkt. 4 og 6", "4-6"; not the digits of a case or a year
_NUMBER = re.compile(r"(?<![\d./-])(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?(?!\d)(?![./-]\d)")


def closed_item_lines(document: Any) -> list[str]:
    """The header lines ("Lukkede punkter: 4, 6") of the custom properties of a python-docx `document` that name
    closed items; none for a document without custom properties (nearly all)."""
    from lxml import etree

    parts = [part for part in document.part.package.iter_parts() if part.content_type == _CONTENT_TYPE]
    lines = []
    for part in parts:
        for prop in etree.fromstring(part.blob).iter(f"{_NS}property"):
            if line := property_line(prop.get("name") or "", " ".join(prop.itertext())):
                lines.append(line)
    return lines


def property_line(name: str, value: str) -> str | None:
    """The header line ("Lukkede punkter: 4, 6") of a document property that names closed items, else None; an ODT's
    user-defined properties (`ingest/read/odt.py`) are read the same way."""
    numbers = item_numbers(" ".join(value.split())) if _closing_name(name) else []
    return "Lukkede punkter: " + ", ".join(str(n) for n in numbers) if numbers else None


def _closing_name(name: str) -> bool:
    """Whether a property's name is one the lexicon gives the closed items ("LukkedePunkter", "lukkede_punkter").

    >>> _closing_name("LukkedePunkter"), _closing_name("ClosedItems"), _closing_name("Offentlighed")
    (True, True, False)
    """
    key = fold(_SEPARATORS.sub(" ", _CAMEL.sub(" ", name)).strip())
    names = load().closed_words("property")
    return key in names or key.replace(" ", "") in {n.replace(" ", "") for n in names}


def item_numbers(value: str) -> list[int]:
    """The item numbers a property's value names, ranges spelt out.

    >>> item_numbers("[4, 6]"), item_numbers("Pkt. 4 og 7-8"), item_numbers("Ingen"), item_numbers("27.69.14-A00")
    ([4, 6], [4, 7, 8], [], [])
    """
    numbers: list[int] = []
    for m in _NUMBER.finditer(value):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        numbers.extend(n for n in range(first, max(first, last) + 1) if 0 < n and n not in numbers)
    return numbers
