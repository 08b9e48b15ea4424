"""An agenda item's title: on its number's line, on the next line when the number stands alone ("4." / "Titel"), or
in the "Titel" row of the key–value table a case is kept in under a bare heading ("## Sag 4" / "| Felt | Indhold |"
/ "| Titel | Ansøgning om … |": the table's heading row is no title).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ingest.closed import heading_kind
from ingest.closed_footnotes import strip_mark
from ingest.closed_tables import without_status_cell
from ingest.lexicon import fold, load
from ingest.model import Line

# Decoration around a line: bullets, quote marks and stray tags before it; spaces and "*" after it.
_LEADING_DECOR = re.compile(r"[\s>*#•\-–]*(?:</?\w+[^>]*>\s*)*")
_DECOR_FIRST = frozenset(">*#•-–<")  # what a match of more than nothing starts with, besides a space
# a title line that ends in one of these words was broken by the PDF: "16.30 - 16.50: Nyt fra" / "netværket"
_DANGLING = frozenset("fra til om ved af i for med og på hos v/".split())
# a pictograph or two before an item's number ("## 🔴 4. Eksklusion af medlem", a Notion export's status colour):
# moved after the title, where a legend or a padlock is looked for in any title ("4. Eksklusion af medlem 🔴");
# not a check box (☐ ☑ ☒, `ingest/read/boxes.py`)
_STATUS_PICTOGRAPH = "[\u2600-\u260f\u2613-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?"
_PICTOGRAPH_LEAD = re.compile(rf"^((?:{_STATUS_PICTOGRAPH}){{1,2}})\s+(?=\(?\d)")
_PICTOGRAPH_TAIL = re.compile(rf"\s+(?:{_STATUS_PICTOGRAPH}){{1,2}}$")
_TABLE_ROWS = 12  # how far down a case's table its title row may be
# the clock time a minutes log writes before an item ("18.35  Pkt. 2 Nyt fra centret v/ Lisbeth")
_CLOCK_LEAD = re.compile(r"^\d{1,2}[.:]\d{2}\s+(?=(?:pkt|punkt)\.?\s*\d)", re.I)
_KEY_VALUE = re.compile(r"^\|?\s*([^|\t]{1,40}?)\s*(?:\||\t+)\s*([^|\t]+?)\s*\|?$")


@functools.lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """A line without markdown emphasis, bullets and stray tags around it."""
    text = text.replace("**", "")
    # (a line that starts with no decoration, a space (`\s` is `str.isspace`) or a tag, most lines, has none to cut)
    if text[:1] in _DECOR_FIRST or text[:1].isspace():
        leading = _LEADING_DECOR.match(text)  # always matches, possibly nothing
        text = text[leading.end() :] if leading else text
    # then spaces and "*" at the end ("[\s*]+$") by strips: the pattern would be tried at every space
    text = text.rstrip()
    while text.endswith("*"):
        text = text.rstrip("*").rstrip()
    if text[:1] >= "\u2600" and (lead := _PICTOGRAPH_LEAD.match(text)):  # cheap test first: few lines start so
        text = f"{text[lead.end():]} {lead.group(1)}"
    if text[:1].isdigit() and (clock := _CLOCK_LEAD.match(text)):  # "18.35  Pkt. 2 Nyt fra centret": a log's time
        text = text[clock.end() :]
    return text.strip()


def shown_title(title: str) -> str:
    """An open item's title as shown, without the status pictograph `clean` moved after it ("Busruter 🟢")."""
    return _PICTOGRAPH_TAIL.sub("", title) if title[-1:] >= "\u2600" else title


def title_lines(cleaned: Sequence[str], index: int, title: str) -> list[int]:
    """The lines an item's title is on: its number's line, and the next filled line when the number stands alone."""
    if title:
        return [index]
    below = [i for i in range(index + 1, min(len(cleaned), index + 4)) if cleaned[i]]
    return [index, *below[:1]]


def item_title(lines: Sequence[Line], index: int, title: str, stop: int) -> str:
    """The title of the item whose number is on line `index` (`title`: what follows the number there), up to the
    next item's line `stop`, without a footnote mark."""
    return strip_mark(_raw_title(lines, index, title, stop))


def _raw_title(lines: Sequence[Line], index: int, title: str, stop: int) -> str:
    if title:
        title = without_status_cell(clean(title))  # a Word table row: "Eventuelt\tÅben"
        following = lines[index + 1] if index + 1 < min(stop, len(lines)) else None
        if (following and title and _names_an_item(clean(following.text))
                and title.split()[-1].lower() in _DANGLING):
            return f"{title} {clean(following.text)}"
        return title
    for n, line in enumerate(lines[index + 1 : min(stop, index + 4)], start=index + 1):
        if text := clean(line.text):
            if text[0] == "|" or "\t" in text:
                found = _table_title(lines[n : min(stop, n + _TABLE_ROWS)])
                if found:
                    return found
            return text if _names_an_item(text) else ""
    return ""


def _table_title(rows: Sequence[Line]) -> str:
    """The value of the title row of a key–value table ("| Titel | Ansøgning om … |"), or ""."""
    keys = load().item_title_keys
    for row in rows:
        text = row.text.strip()
        if not text:
            return ""
        if (m := _KEY_VALUE.match(text)) and fold(m.group(1)).strip(" .:*") in keys:
            return clean(m.group(2))
    return ""


def _names_an_item(text: str) -> bool:
    """Whether a line under an item's number may carry its title: not empty, and no section heading
    ("Lukkede dagsordenspunkter" starts a section, it names no item)."""
    return bool(text) and heading_kind(text) not in ("section", "open")
