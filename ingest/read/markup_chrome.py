"""Parts of a site's page that are no text of the minutes, as the page reader (`ingest/read/markup.py`) finds them
besides <nav> and the site's <footer>: a breadcrumb in any element (<div class="breadcrumb">Forside › Politik › Råd
og nævn</div>), and an <aside> that holds nothing but links to other pages under its headings ("Se også:
Handicaprådet, Ældrerådet"). An aside with words of its own (a box of meeting facts, a sidebar listing a group's
members) is read as any other block.
"""
from __future__ import annotations

import re

from ingest.read.markup_elements import HEADINGS, IMPLICITLY_CLOSED

# a breadcrumb by its words alone, whatever its element: a line of three or more short parts joined by "»" or "›"
# ("Randers Kommune » Politik » Råd og nævn » Ældrerådet" in a <div class="header">)
_TRAIL = re.compile(r"^[ \t]*[^»›\n]{1,40}(?:[ \t]+[»›][ \t]+[^»›\n]{1,40}){2,}[ \t]*(?:\n|$)", re.M)
# a breadcrumb's class, id or label, in English or Danish ("brødkrumme", "kruemmelsti")
_BREADCRUMB = re.compile(r"bread-?crumb|br(?:ø|oe)dkrumme|kr(?:ø|oe|u|ue)mmelsti", re.IGNORECASE)


def _crumb_marked(values: dict[str, str | None]) -> bool:
    """Whether an element's class, id or label names a breadcrumb. Each value is searched alone: the pattern holds no
    whitespace, so no match could span the space that joining them would put between two (a tag with no attributes,
    most of a page's, is passed over before its attributes are read into a dict)."""
    return any(value and _BREADCRUMB.search(value) for value in (values.get("class"), values.get("id"),
                                                                  values.get("aria-label")))


class PageChrome:
    """What of a page's elements is chrome, told one tag at a time (see the module docstring)."""

    def __init__(self) -> None:
        self._crumb: tuple[str, int] | None = None  # the open breadcrumb element: its tag, how deep nested
        self._asides: list[list[int | bool]] = []  # per open <aside>: [its start in the output, words of its own]
        self._links = 0  # open <a> elements
        self._headings = 0  # open heading elements

    @property
    def hides(self) -> bool:
        """Whether the text now read is inside a breadcrumb."""
        return self._crumb is not None

    def start(self, tag: str, attrs: list[tuple[str, str | None]], at: int) -> None:
        """A start tag; `at` is where the output stands."""
        if self._crumb is not None:
            if tag == self._crumb[0]:
                self._crumb = (tag, self._crumb[1] + 1)
            return
        if attrs and tag not in IMPLICITLY_CLOSED and _crumb_marked(dict(attrs)):
            self._crumb = (tag, 1)
        elif tag == "aside":
            self._asides.append([at, False])
        elif tag == "a":
            self._links += 1
        elif tag in HEADINGS:
            self._headings += 1

    def text(self) -> None:
        """Text is written: words of the open aside's own unless they are a link's or a heading's."""
        if self._asides and not self._links and not self._headings:
            self._asides[-1][1] = True

    def end(self, tag: str) -> int | None:
        """An end tag: where to cut the output back to when it ends an aside of links alone, else None."""
        if self._crumb is not None:
            if tag == self._crumb[0]:
                self._crumb = (tag, self._crumb[1] - 1) if self._crumb[1] > 1 else None
            return None
        if tag == "a":
            self._links = max(0, self._links - 1)
        elif tag in HEADINGS:
            self._headings = max(0, self._headings - 1)
        elif tag == "aside" and self._asides:
            at, own_words = self._asides.pop()
            if own_words:
                if self._asides:  # an inner aside's words are the outer one's too
                    self._asides[-1][1] = True
                return None
            return int(at)
        return None


def without_trails(text: str) -> str:
    """`text` without the lines that are a breadcrumb trail by their words ("Forside » Politik » Råd og nævn")."""
    return _TRAIL.sub("", text) if "»" in text or "›" in text else text
