"""HTML to plain text with the standard library's `html.parser`, for HTML files and fragments.

Minutes exported from case systems arrive as .txt files with HTML pasted into table cells:
"Pkt. 1\\t<p>Oplæg ved …</p> <p>Line beskrev …</p>". Blocks become lines, table cells become
tab-separated, list items get a bullet, inline tags vanish. The converter keeps no element
stack beyond table rows, so unclosed tags and deep nesting cost nothing.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ingest.closed import closed_title
from ingest.read.cell_breaks import CELL_BREAK, PeopleTables, joined_breaks
from ingest.read.markup_colours import ColourMarks, html_removed_colours
from ingest.read.markup_elements import (BLOCK, BULLETS, CELL, CONTAINERS, HEADINGS, HIDDEN_STYLE, ICON_TAGS,
                                         IMPLICITLY_CLOSED, INLINE, NO_IMAGE_TEXT, NUMBERED, SKIP, STRUCK_TAGS,
                                         NOT_A_TAG, TEXT_BLOCKS, VOID, has_html_fragments, icon_label, tick_box,
                                         words_apart)
from ingest.read.markup_chrome import PageChrome, without_trails
from ingest.read.markup_definitions import DefinitionTerms
from ingest.read.markup_closed import CAPTIONED, CLOSED_CLASS, CLOSED_FRAME, OPEN_FRAME, generated_content, restricted

_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
# "<!doctype …>", "<![if …]>", "<!ELEMENT …>" and broken ones; comments ("<!--") are kept.
_DECLARATION = re.compile(r"<!(?!--)[^>]*>?")


def html_to_text(markup: str, *, fragment: bool = False) -> str:
    """Plain text of HTML. With `fragment`, the text between tags is kept exactly as it is.

    A whole HTML document collapses whitespace the way a browser does; a fragment inside a
    text file keeps its tabs and newlines, because they carry the file's own table layout.

        >>> html_to_text("<tr><td>Pkt. 1</td><td><p>Oplæg</p><p>ved <i>Line</i></p></td></tr>")
        'Pkt. 1\\tOplæg\\n\\tved Line'
    """
    if fragment:
        # Escape every "<" that does not open a known tag, so html.parser leaves it as text.
        markup = NOT_A_TAG.sub("&lt;", markup)
    try:
        return _parsed(markup, fragment)
    except AssertionError:
        # html.parser (before Python 3.13) reports a malformed declaration ("<![0", "<!x [")
        # with AssertionError. Declarations carry no text: drop them and parse again.
        return _parsed(_DECLARATION.sub("", markup), fragment)


def _parsed(markup: str, fragment: bool) -> str:
    parser = _TextParser(collapse=not fragment, generated=generated_content(markup),
                         removed=html_removed_colours(markup))
    parser.feed(markup)
    parser.close()
    return without_trails(joined_breaks(parser.text()))


class _TextParser(ColourMarks, HTMLParser):
    def __init__(self, *, collapse: bool, generated: dict[str, str] | None = None,
                 removed: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self._collapse = collapse
        self._generated = generated or {}  # class -> the words the page's style sheet shows before or after it
        self._out: list[str] = []
        self._line_has_text = False  # the current output line holds more than whitespace
        self._after_tab = False  # the output ends with a cell separator
        self._break = False  # a block boundary waits for the next text
        self._bullet = ""  # the marker a list item waits to put before its first text
        self._lists: list[int | None] = []  # per open list: the next number of an <ol>, None for <ul>
        self._skip = 0  # inside <script>, <style>, <head>
        self._pre = 0
        self._rows: list[int] = []  # per open table: cells seen in its current row
        self._closed_row = False  # the current table row's class says it is closed
        self._text_blocks = 0  # open elements of `TEXT_BLOCKS`
        self._image_text: list[str] = []  # alt texts waiting for the end of their element
        self._icon: tuple[str, str, list[str]] | None = None  # an open icon element: tag, title, its text
        self._containers: list[bool] = []  # per open `CONTAINERS` element: whether its class restricts it
        self._inline_edge = False  # an inline element started or ended since the last text
        self._details: list[list] = []  # per open `CAPTIONED` element: [its tag, start of its caption in _out or None, closed]
        self._struck: tuple[str, int] | None = None  # the open struck or hidden element: its tag, how deep nested
        self._spans: list[dict[int, list]] = []  # per open table: column -> [rows still spanned, the cell's text]
        self._span_cell: tuple[int, int, int] | None = None  # an open cell with rowspan: column, rows, start in _out
        self._content = 0  # open <main> and <article> elements: a <footer> outside them is the site's
        self._footers: list[bool] = []  # per open <footer>: whether it is the site's (and so not read)
        self._terms = DefinitionTerms()  # a <dl> of people: "Name – description" lines
        self._removed, self._marked = removed, None  # colours a note says are removed; the open element in one
        # a breadcrumb, an aside of links; per open table, whether a break in a cell joins the cell's lines
        self._chrome, self._people = PageChrome(), PeopleTables()

    def text(self) -> str:
        return "".join(self._out)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._strikes(tag, attrs):
            return
        if tag == "img":
            self._image(attrs)
            return
        if self._generated and (classes := dict(attrs).get("class")):
            # words a style sheet shows with the element ('.status--closed::before { content: "Lukket punkt" }'),
            # read as an image's alt text is: the page shows them
            for shown in [self._generated[c] for c in classes.split() if c in self._generated]:
                self._image([("alt", shown)])
        if tag == "input":
            self.handle_data(tick_box(attrs))
            return
        if tag == "iframe" and (inner := dict(attrs).get("srcdoc")):
            self._embedded(inner)
            return
        if tag in ICON_TAGS and self._icon is None and (label := icon_label(attrs)):
            self._icon = (tag, label, [])
            return
        self._inline_edge = self._inline_edge or tag in INLINE
        self._chrome.start(tag, attrs, len(self._out))
        if tag in CAPTIONED:
            self._details.append([tag, None, False])
        elif self._details and CAPTIONED[self._details[-1][0]] == tag:
            self._details[-1][1] = len(self._out)
        if tag in BLOCK or tag in CELL:
            self._flush_image_text()
            self._text_blocks += tag in TEXT_BLOCKS
            # a heading whose class says closed (<h2 class="agenda-item__title--closed">, styled " (Lukket punkt)" by
            # the page's CSS) says so in words, like an icon's alt text after the heading's own text
            if tag in HEADINGS and not any(self._containers) and restricted(attrs):
                self._image_text.append("Lukket")
        if tag in ("main", "article"):
            self._content += 1
        elif tag == "footer":  # the site's footer (an address, "Webredaktør: …"), not an article's own
            self._footers.append(self._content == 0)
            self._skip += self._footers[-1]
        if tag in SKIP:
            self._skip += 1
        elif tag == "body":
            self._skip = 0  # an unclosed <head> must not hide the whole body
        elif tag == "br":
            self._line_break()
        elif tag in CELL:
            self._start_cell(dict(attrs).get("rowspan"))
        elif tag in BLOCK:
            self._break = not self._terms.joined  # "<dd><p>Formand</p></dd>": on the term's line
            if separator := self._terms.start(tag, len(self._out)):
                self._emit(separator)
                self._break = False
            elif tag == "li":
                self._bullet = self._marker()
            elif tag in ("ol", "ul"):
                start = dict(attrs).get("start") if tag == "ol" else None
                self._lists.append(int(start) if start and start.isdigit() else 1 if tag == "ol" else None)
            elif tag == "table":
                self._rows.append(0)
                self._spans.append({})
                self._people.open()
            elif tag == "tr":
                self._new_row()
                self._closed_row = bool(CLOSED_CLASS.search(dict(attrs).get("class") or ""))
            elif tag == "pre":
                self._pre += 1
            if tag in CONTAINERS:
                closed_container = restricted(attrs)
                if closed_container and not any(self._containers):
                    self._emit(CLOSED_FRAME)
                self._containers.append(closed_container)
        if self._removed:
            self._mark(tag, attrs)  # after the row and cell are started: a marked cell closes its row

    def handle_endtag(self, tag: str) -> None:
        if self._struck is not None:  # its start tags were not read, so neither are its end tags
            if tag == self._struck[0]:
                self._struck = (tag, self._struck[1] - 1) if self._struck[1] > 1 else None
            return
        self._unmark(tag)
        if self._icon is not None and tag == self._icon[0]:
            _, label, texts = self._icon
            self._icon = None
            shown = "".join(texts)
            if any(c.isalnum() for c in shown):  # a word with a tooltip ("<abbr title=…>DFH</abbr>"): the word,
                # and the tooltip too when it says closed ("<abbr title="Lukket punkt">L</abbr>" in a status cell)
                self.handle_data(f"{shown} ({label})" if closed_title(label) else shown)
            else:  # a glyph or an empty icon: what its title says
                self._image([("alt", label)])
            return
        self._inline_edge = self._inline_edge or tag in INLINE
        if (cut := self._chrome.end(tag)) is not None:
            del self._out[cut:]
            self._line_has_text = bool(self._out) and bool(self._out[-1].rsplit("\n", 1)[-1].strip())
        if tag in BLOCK or tag in CELL:
            self._flush_image_text()
            self._text_blocks = max(0, self._text_blocks - (tag in TEXT_BLOCKS))
        if self._details and tag in (container := self._details[-1][0], CAPTIONED[container]):
            self._fold_out(tag)
        if tag in ("main", "article"):
            self._content = max(0, self._content - 1)
        elif tag == "footer" and self._footers and self._footers.pop():
            self._skip = max(0, self._skip - 1)
        if tag in SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK:
            self._break = True
            self._terms.end(tag, self._out)
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
            elif tag == "table" and self._rows:
                self._end_span_cell()
                self._end_closed_row()
                self._rows.pop()
                self._people.close()
                if self._spans:
                    self._spans.pop()
            elif tag == "tr":
                self._new_row()
            elif tag == "pre":
                self._pre = max(0, self._pre - 1)
            if tag in CONTAINERS and self._containers and self._containers.pop() and not any(self._containers):
                self._emit(OPEN_FRAME)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and <hr/> are breaks; a self-closed <p/> or <div/> opens nothing.
        if tag == "input":
            self.handle_data(tick_box(attrs))
        elif tag == "img":
            self._image(attrs)
        elif tag == "br":
            self._line_break()
        elif tag in BLOCK:
            self._break = True

    def _strikes(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Whether a start tag is inside struck or hidden text, or opens it (then it is remembered)."""
        if self._struck is not None:
            struck_tag, depth = self._struck
            if tag != struck_tag:
                return True
            if depth == 1 and tag in IMPLICITLY_CLOSED:  # the struck element ends here; this one may not be struck
                self._struck = None
            else:
                self._struck = (tag, depth + 1)
                return True
        if tag in VOID:
            return False
        # (a tag with no attributes, most of a page's, is struck by its name alone)
        if tag in STRUCK_TAGS or (attrs and ("hidden" in (values := dict(attrs))
                                             or HIDDEN_STYLE.search(values.get("style") or ""))):
            self._struck = (tag, 1)
            self._break = self._break or tag in BLOCK
            return True
        return False

    def handle_data(self, data: str) -> None:
        if self._skip or not data or self._struck is not None or self._chrome.hides:
            return
        if self._icon is not None:
            self._icon[2].append(data)
            return
        if self._collapse and not self._pre:
            data = _WHITESPACE.sub(" ", data)
        if not data.strip():
            self._whitespace(data)
            return
        if self._break or (self._collapse and not self._line_has_text):
            data = data.lstrip(" ")
        if self._inline_edge and self._out and not self._break and words_apart(self._out[-1][-1:], data[:1]):
            data = " " + data
        self._inline_edge = False
        if self._break and self._line_has_text and not self._after_tab and not data.startswith("\n"):
            self._newline()
        if self._bullet and not data.lstrip().startswith(BULLETS) and not NUMBERED.match(data.lstrip()):
            lead = len(data) - len(data.lstrip())
            data = f"{data[:lead]}{self._bullet} {data[lead:]}"
        self._break, self._bullet = False, ""
        self._terms.text()
        self._open_mark()
        self._chrome.text()
        self._emit(data)

    def _fold_out(self, tag: str) -> None:
        """A fold-out (<details>) whose summary says it is closed ("4 Ansøgning om … Lukket punkt") is closed whole,
        as is a <fieldset> whose legend says so: its text is framed by the headings "Lukket del" … "Åben del", as a
        members-only container is."""
        fold_out = self._details[-1]
        if tag != fold_out[0]:  # the caption's end
            if fold_out[1] is not None and closed_title("".join(self._out[fold_out[1]:])):
                self._out.insert(fold_out[1], CLOSED_FRAME)
                fold_out[2] = True
            fold_out[1] = None
        else:
            self._details.pop()
            if fold_out[2]:
                self._emit(OPEN_FRAME)

    def _embedded(self, markup: str) -> None:
        """An <iframe srcdoc="…">: the page shows the embedded document in its place, so its text is read there
        (its closed parts framed as in any page)."""
        if not self._skip:
            self._emit(("\n" if self._line_has_text else "") + html_to_text(markup) + "\n")
            self._break = True

    def _image(self, attrs: list[tuple[str, str | None]]) -> None:
        """An image's alt text (or title) in parentheses, where the image is part of the text: at the
        end of its heading, paragraph or list item, or in place as a table cell's text."""
        values = dict(attrs)
        alt = " ".join((values.get("alt") or values.get("title") or "").split())
        if self._skip or self._struck is not None or not alt or len(alt) > 60 or NO_IMAGE_TEXT.search(alt):
            return
        if self._text_blocks:
            self._image_text.append(alt)
        elif self._rows and self._rows[-1]:
            self.handle_data(f"({alt})")

    def _flush_image_text(self) -> None:
        if self._image_text:
            texts, self._image_text = self._image_text, []
            joined = " ".join(f"({alt})" for alt in texts)
            self.handle_data(joined if self._out and self._out[-1].endswith(" ") else " " + joined)

    def _marker(self) -> str:
        """"3." for an item of an outermost <ol> (an agenda written as a numbered list), else "•"."""
        if len(self._lists) == 1 and self._lists[0] is not None:
            self._lists[0] += 1
            return f"{self._lists[0] - 1}."
        # a nested list's items indented under the item holding it (not in a fragment of a text file, whose own spacing
        # carries its layout and whose lists are often left open)
        return "  " * (len(self._lists) - 1) * self._collapse + "•"

    def _whitespace(self, data: str) -> None:
        """Whitespace between tags: newlines and tabs are layout, spaces only separate words."""
        if "\t" in data or "\n" in data:
            self._break = False
            self._emit(data.lstrip(" ") if self._line_has_text else data)
        elif self._break:
            return  # the pending line break separates the words already
        elif not self._collapse:
            self._emit(data)
        elif self._line_has_text and not self._out[-1].endswith((" ", "\t")):
            self._emit(" ")

    def _end_closed_row(self) -> None:
        """Mark a row whose class said closed with a last cell "Lukket", once it has cells."""
        if self._closed_row and self._rows and self._rows[-1]:
            self._emit("\tLukket")
        self._closed_row = False

    def _new_row(self) -> None:
        self._people.row(self._out)
        self._end_span_cell()
        self._end_closed_row()
        if self._rows:
            if self._rows[-1] and self._after_tab:  # a row ending in an empty cell ends its line all the same
                self._emit("\n")
            self._rows[-1] = 0
        else:  # a row outside any <table>
            self._rows.append(0)

    def _start_cell(self, rowspan: str | None = None) -> None:
        if not self._rows:
            self._rows.append(0)
        self._end_span_cell()
        spans = self._spans[-1] if self._spans and len(self._spans) == len(self._rows) else None
        # a cell of a row above that spans down into this row ("<td rowspan="3">Lukket punkt</td>") stands in its
        # column here too, so each row carries it (a status spanning an item's sub-rows closes each of them)
        while spans and (span := spans.get(self._rows[-1])) and span[0] > 0:
            span[0] -= 1
            self._separate_cell()
            self.handle_data(span[1])
            self._rows[-1] += 1
        self._separate_cell()
        if spans is not None and rowspan and rowspan.strip().isdigit() and int(rowspan) > 1:
            self._span_cell = (self._rows[-1], int(rowspan) - 1, len(self._out))
        self._rows[-1] += 1

    def _separate_cell(self) -> None:
        if self._rows[-1]:
            if self._out:
                self._out[-1] = self._out[-1].rstrip(" ")
            self._emit("\t")
            self._break = False

    def _end_span_cell(self) -> None:
        """Remember the text of a cell with rowspan, once it has ended, for the rows it spans."""
        if self._span_cell is not None:
            column, rows, start = self._span_cell
            self._span_cell = None
            text = " ".join("".join(self._out[start:]).split())
            if self._spans and text:
                self._spans[-1][column] = [rows, text]

    def _line_break(self) -> None:  # a <br>: a new line, or in a cell of a table of people a mark `joined_breaks` joins
        self._emit(CELL_BREAK) if self._rows and self._rows[-1] and self._people.joining else self._newline()

    def _newline(self) -> None:
        """A line break; inside a table cell the next line is indented to the cell's column."""
        column = self._rows[-1] - 1 if self._rows and self._rows[-1] > 1 else 0
        self._emit("\n" + "\t" * column)
        self._break = False

    def _emit(self, piece: str) -> None:
        self._out.append(piece)
        if "\n" in piece:
            self._line_has_text = bool(piece.rsplit("\n", 1)[-1].strip())
        elif piece.strip():
            self._line_has_text = True
        self._after_tab = piece.endswith("\t")
