"""What an HTML page's markup says is closed: a row's or a container's class, an agenda system's status attribute,
a fold-out's or a fieldset's caption, and the words its style sheet shows with a class ('::before { content: … }'). The page reader (`ingest/read/markup.py`) frames such parts with the section
headings "Lukket del" … "Åben del", so the segmenter closes them like a closed part of the minutes.
"""
from __future__ import annotations

import re

# a table row whose class says it is closed (<tr class="lukket">, "fortrolig", "closed-item"): the row
# gets a last cell "Lukket", so the segmenter closes it like a row with a closed status column
CLOSED_CLASS = re.compile(r"(?:^|[\s_-])(?:lukket|lukkede|fortrolig|fortroligt|closed|confidential|private)(?:$|[\s_-])",
                           re.IGNORECASE)
# a container whose class says only members, logged-in users or the board may read it (<div class="members-only
# koordinatorer">, "login-required", "restricted", "lukket"): WordPress membership plugins hide it from the public
# page, so the minutes' own publishers meant it closed. Its text is framed by the section headings "Lukket del" …
# "Åben del" (data/lexicon/closed_markers.txt), so the segmenter closes it like a closed part of the minutes.
_RESTRICTED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:members?[-_]only|medlemmer[-_]only|kun[-_]for[-_]medlemmer|login[-_]required|restricted"
    r"|lukket|lukkede|fortrolig|fortroligt|confidential|internal)(?:$|[\s_-])", re.IGNORECASE)
# containers with a caption of their own: a caption that says closed closes the container whole
CAPTIONED = {"details": "summary", "fieldset": "legend"}
# the frame of a closed part, each heading a paragraph of its own so a closing phrase inside closes no more than it
CLOSED_FRAME, OPEN_FRAME = "\n\nLukket del\n", "\nÅben del\n\n"
# an agenda system's own status attribute: <section data-status="closed">, data-access="fortrolig"; not a widget's
# state (data-state="closed" is a collapsed fold-out in UI libraries, and a class "closed" may be one too)
_STATUS_ATTRIBUTE = re.compile(r"data-[\w-]*(?:status|access|visibility|public|confidential|classification|privacy)")
_CLOSED_VALUE = re.compile(r"\s*(?:closed|lukket|lukkede|fortrolig|fortroligt|confidential|private|restricted|internal"
                           r"|non-public|ikke-offentlig)\s*", re.IGNORECASE)


def restricted(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's class or a data attribute says it is closed or for members only."""
    return any(value and ((name == "class" and _RESTRICTED_CLASS.search(value))
                          or (_STATUS_ATTRIBUTE.match(name) and _CLOSED_VALUE.fullmatch(value)))
               for name, value in attrs)


# a style sheet's rule that shows words with a class: '.status--closed::before { content: "Lukket punkt"; }'
_GENERATED = re.compile(r"\.([\w-]+)::?(?:before|after)\s*\{[^{}]*?\bcontent\s*:\s*([\"'])([^\"'{}]{1,60})\2")


def generated_content(markup: str) -> dict[str, str]:
    """The words a page's style sheets show before or after the elements of a class, by class (literal strings only)."""
    if "content" not in markup or "<style" not in markup.lower():  # cheap test first
        return {}
    return {m.group(1): shown for m in _GENERATED.finditer(markup) if (shown := _CSS_ESCAPE.sub(_unescaped, m.group(3)).strip())}


_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")  # '"\1F512"' is the padlock "🔒"


def _unescaped(m: re.Match[str]) -> str:
    code = int(m.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
