"""What a page's colours say is closed: a note says text of a background colour is removed before publishing.

"▇ Farvemarkerede rækker fjernes, før protokollen sendes til hjemmesiden" beside a swatch of the colour, above a
Word-pasted table whose closed rows are shaded in it (`ingest/read/colour_notes.py` reads the note). The page reader
(`ingest/read/markup.py`) closes such a row as it closes a row whose class says closed (a last cell "Lukket"), and
frames another element in the colour with the section headings "Lukket del" … "Åben del".
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from ingest.read.colour_notes import colour_family, might_name, named_colours
from ingest.read.markup_closed import CLOSED_FRAME, OPEN_FRAME
from ingest.read.markup_elements import CELL, IMPLICITLY_CLOSED, VOID

_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.IGNORECASE)
_NO_SWATCH = ("white", "black", "gray")  # a page's own white or grey boxes and rules show no colour of a note


def background(attrs: Iterable[tuple[str, str | None]]) -> str | None:
    """The colour family of an element's background (its style, or the old bgcolor attribute).

    >>> background([("style", "font-size:9pt; background:#F4B083")]), background([("bgcolor", "yellow")])
    ('orange', 'yellow')
    """
    values = dict(attrs)
    if (style := values.get("style")) and "background" in style.lower() and (m := _BACKGROUND.search(style)):
        value = m.group(1).strip()  # "rgb(244, 176, 131)", or "#F4B083 !important", "url(…) yellow" in a shorthand
        return colour_family(value) or next((f for word in value.split() if (f := colour_family(word))), None)
    return colour_family(values.get("bgcolor"))


def html_removed_colours(markup: str) -> frozenset[str]:
    """The colour families the notes of a page say are removed before publishing; a note that names no colour in
    words names the backgrounds inside its own block (its swatch)."""
    lowered = markup.lower()
    if ("background" not in lowered and "bgcolor" not in lowered) or not might_name(markup):  # cheap tests first
        return frozenset()
    scanner = _NoteScanner()
    scanner.feed(markup)
    scanner.close()
    scanner.end_block()
    return frozenset(scanner.named)


class _NoteScanner(HTMLParser):
    """The text of each block of a page with the backgrounds inside it, read for notes."""

    _BLOCKS = frozenset("p div li td th tr h1 h2 h3 h4 h5 h6 blockquote dd dt caption".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.named: set[str] = set()
        self._text: list[str] = []
        self._swatches: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS or tag == "br":
            self.end_block()
        if (family := background(attrs)) and family not in _NO_SWATCH:
            self._swatches.add(family)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.end_block()

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def end_block(self) -> None:
        text = " ".join("".join(self._text).split())
        if text and might_name(text):
            self.named |= named_colours(text, self._swatches)
        self._text, self._swatches = [], set()


class ColourMarks:
    """The page reader's part that closes elements in a colour of `_removed`: mixed into its parser, whose state
    (`_rows`, `_closed_row`, `_emit`) it uses."""

    _removed: frozenset[str]
    _marked: list | None  # the open element in such a colour: [its tag, how deep nested, whether its frame opened]
    _rows: list[int]
    _closed_row: bool

    def _emit(self, piece: str) -> None:
        raise NotImplementedError

    def _mark(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A start tag: in a table, an element in a removed colour closes its row; elsewhere it is framed from its
        first words on. An element inside a framed one is counted, so the frame ends with it."""
        if self._marked is not None:
            if tag != self._marked[0]:
                return
            if tag not in IMPLICITLY_CLOSED or self._marked[1] > 1:
                self._marked[1] += 1
                return
            self._end_mark()  # "<p>a<p>b": the second ends the first
        if tag not in VOID and background(attrs) in self._removed:
            if self._rows and (tag in CELL or tag == "tr" or self._rows[-1]):
                self._closed_row = True
            else:
                self._marked = [tag, 1, False]

    def _open_mark(self) -> None:
        """Before words: the frame of a marked element opens at its first words (a swatch of spaces frames none)."""
        if self._marked is not None and not self._marked[2]:
            self._emit(CLOSED_FRAME)
            self._marked[2] = True

    def _unmark(self, tag: str) -> None:
        """An end tag: the marked element's frame ends with it."""
        if self._marked is not None and tag == self._marked[0]:
            self._marked[1] -= 1
            if not self._marked[1]:
                self._end_mark()

    def _end_mark(self) -> None:
        if self._marked is not None and self._marked[2]:
            self._emit(OPEN_FRAME)
        self._marked = None
