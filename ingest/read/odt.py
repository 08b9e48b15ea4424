"""OpenDocument text (.odt, LibreOffice Writer) to text, with the standard library alone (zipfile, ElementTree).

The page is `content.xml`'s body read in order: headings and paragraphs one line each (a span's text is part of its
line; `text:s` spaces, `text:tab` a tab, `text:line-break` a new line), the paragraphs of lists, and a table's rows as
the Word reader writes them (`ingest/read/word.py`): a row one line, its cells split by tabs, a cell of several
paragraphs continued on the next lines. A comment or a note is read where it is anchored, as the Word reader reads
one: "… [Kommentar: …]", "… [Fodnote: …]"; so is a text box, "[Tekstfelt: …]".

What a reader of the document does not see is not read: a section shown under a condition or not at all
(`text:display="none"`), a paragraph a hidden-paragraph field hides, a hidden-text field, text in a style set to be
hidden, and the text of tracked deletions. A section whose name reads as a closed marker ("LukketPunkt4", split at
its camel case, "_" and digits into "Lukket Punkt 4"; Format › Sektioner, often write-protected) is framed by the
headings "Lukket del" … "Åben del", as the Word reader frames a content control so named, so the segmenter closes it;
so are the paragraphs a bookmark so named spans (one on a point or within a paragraph is said after its text,
" (Lukket Punkt 4)"), and a paragraph style whose name says closed is said so. A user-defined property of
`meta.xml` that names closed items ("LukkedePunkter" = "4") is the line "Lukkede punkter: 4" above the minutes
(`ingest/read/word_properties.py`). In a document laid out on several page styles (`styles.xml`'s master pages, the
one a paragraph's style switches to), the pages whose header or footer says confidential ("FORTROLIGT") are framed as
closed, as the Word reader frames such a section.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from itertools import zip_longest
from xml.etree import ElementTree

from ingest.closed import closed_title
from ingest.read.frames import CLOSED_END, CLOSED_START, framed_runs
from ingest.read.names import name_words
from ingest.errors import ReadError
from ingest.read.word import check_zip
from ingest.read.word_properties import property_line

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
# elements that hold no text of the page: declarations, the tracked changes (deleted text), an index's template
_UNREAD = {f"{_TEXT}{name}" for name in ("tracked-changes", "sequence-decls", "variable-decls", "user-field-decls",
                                        "dde-connection-decls", "note-citation", "hidden-text",
                                        "table-of-content-source", "alphabetical-index-source",
                                        "illustration-index-source", "user-index-source", "bibliography-source")}
_UNREAD |= {f"{_OFFICE}forms", f"{_TABLE}table-columns", f"{_TABLE}table-column", f"{_TABLE}table-header-columns",
            f"{_DRAW}image", "{http://purl.org/dc/elements/1.1/}creator", "{http://purl.org/dc/elements/1.1/}date"}
_BOOKMARKS = {f"{_TEXT}bookmark-start", f"{_TEXT}bookmark-end", f"{_TEXT}bookmark"}
_NOTES = {"footnote": "Fodnote", "endnote": "Slutnote"}
_MAX_REPEAT = 50  # repeated empty cells of a row (a spreadsheet-like table repeats one 1,024 times)


def extract_odt(data: bytes, source: str) -> str:
    """The lines of an ODT's body, below the lines of the properties that name closed items."""
    check_zip(data, source, "ODT", "content.xml")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise ReadError(source, "password-protected ODT")
            content = ElementTree.fromstring(archive.read("content.xml"))
            styles = ElementTree.fromstring(archive.read("styles.xml")) if "styles.xml" in names else None
            meta = ElementTree.fromstring(archive.read("meta.xml")) if "meta.xml" in names else None
    except ElementTree.ParseError as exc:
        raise ReadError(source, f"corrupt ODT: {exc}") from exc
    # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile does not know
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError, NotImplementedError) as exc:
        raise ReadError(source, f"corrupt ODT: {exc or type(exc).__name__}") from exc
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ReadError(source, "not an ODT text document: content.xml has no office:text body")
    top = _property_lines(meta) if meta is not None else []
    try:
        reader = _Reader(content, styles)
        lines = list(reader.blocks(body)) + reader.end_pages()
    except RecursionError as exc:
        raise ReadError(source, "corrupt ODT: elements nested too deep") from exc
    return "\n".join(top + [""] * bool(top) + lines)


def _property_lines(meta: ElementTree.Element) -> list[str]:
    return [line for prop in meta.iter(f"{_META}user-defined")
            if (line := property_line(prop.get(f"{_META}name") or "", "".join(prop.itertext())))]


def display_name(name: str) -> str:
    """A style's or section's name as its author wrote it: ODF's escapes undone ("Lukket_20_punkt" is "Lukket
    punkt"), camel case, "_" and digits split ("LukketPunkt4" is "Lukket Punkt 4")."""
    return name_words(re.sub(r"_([0-9a-fA-F]{2})_", lambda m: chr(int(m.group(1), 16)), name))


class _Reader:
    """The styles of one content.xml that hide text or say closed, and the reading of its body."""

    def __init__(self, content: ElementTree.Element, styles: ElementTree.Element | None = None) -> None:
        self.pages = _PageStyles(content, styles)
        self.hidden: set[str] = set()
        self.closed: dict[str, str | None] = {}  # a paragraph style's name -> the name that says closed, or None
        self.ranges: set[str] = set()  # the bookmarks named as closed that have started and not yet ended
        for style in content.iter(f"{_STYLE}style"):
            name = style.get(f"{_STYLE}name") or ""
            props = style.find(f"{_STYLE}text-properties")
            if props is not None and props.get(f"{_TEXT}display") in ("none", "condition"):
                self.hidden.add(name)
            parent = display_name(style.get(f"{_STYLE}parent-style-name") or "")
            if closed_title(parent):  # an automatic style ("P3") of a named one ("Lukket punkt")
                self.closed[name] = parent

    def _closed_style(self, style: str) -> str:
        """" (Overskrift lukket punkt)" after a paragraph whose style's name says closed, as the Word reader adds."""
        if style not in self.closed:
            name = display_name(style)
            self.closed[style] = name if closed_title(name) else None
        said = self.closed[style]
        return f" ({said})" if said else ""

    def blocks(self, parent: ElementTree.Element) -> Iterator[str]:
        """The lines of the block elements under `parent`."""
        for child in parent:
            tag = child.tag
            if tag in _UNREAD or self._hidden(child):
                continue
            if tag in (f"{_TEXT}p", f"{_TEXT}h"):
                yield from self._paragraph(child)
            elif tag == f"{_TEXT}section":
                shut = closed_title(display_name(child.get(f"{_TEXT}name") or ""))
                yield from framed_runs([(self.blocks(child), shut)])
            elif tag == f"{_TABLE}table":
                yield from self._table(child)
            else:  # lists, list items, an index's body, row groups: their blocks in order
                yield from self.blocks(child)

    def _paragraph(self, p: ElementTree.Element) -> Iterator[str]:
        """A paragraph's lines. A bookmark named as closed ("LukketPunkt4", Indsæt › Bogmærke) that starts here and
        ends in a later paragraph frames the paragraphs from here to there by "Lukket del" … "Åben del"; one on a
        point, or starting and ending in this paragraph, is said after its text, " (Lukket Punkt 4)", as a closed
        style is."""
        starts: set[str] = set()
        ends: set[str] = set()
        points: list[str] = []
        for mark in p.iter():
            if mark.tag in _BOOKMARKS and closed_title(name := display_name(mark.get(f"{_TEXT}name") or "")):
                if mark.tag == f"{_TEXT}bookmark":
                    points.append(name)
                else:
                    (starts if mark.tag == f"{_TEXT}bookmark-start" else ends).add(name)
        opening = starts - ends
        said = "".join(f" ({name})" for name in points + sorted(starts & ends))
        yield from self.pages.switch(p.get(f"{_TEXT}style-name") or "")
        if opening and not self.ranges:
            yield from CLOSED_START
        self.ranges |= opening
        yield from (self.inline(p) + self._closed_style(p.get(f"{_TEXT}style-name") or "") + said).split("\n")
        if ending := ends & self.ranges:
            self.ranges -= ending
            if not self.ranges:
                yield from CLOSED_END

    def end_pages(self) -> list[str]:
        return self.pages.switch(None)

    def _hidden(self, element: ElementTree.Element) -> bool:
        if element.tag == f"{_TEXT}section" and element.get(f"{_TEXT}display") in ("none", "condition"):
            return True
        if element.get(f"{_TEXT}style-name") in self.hidden:
            return True
        if element.tag not in (f"{_TEXT}p", f"{_TEXT}h"):
            return False
        # a hidden-paragraph field hides the paragraph it is in ("true" is what the condition last gave)
        return any(f.get(f"{_TEXT}is-hidden", "true") == "true" for f in element.iter(f"{_TEXT}hidden-paragraph"))

    def inline(self, element: ElementTree.Element) -> str:
        """The text of a paragraph or heading, its spans, spaces, tabs, line breaks, notes and comments."""
        parts = [element.text or ""]
        for child in element:
            parts.append(self._inline_child(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def _inline_child(self, child: ElementTree.Element) -> str:
        tag = child.tag
        if tag in _UNREAD or child.get(f"{_TEXT}style-name") in self.hidden:
            return ""
        if tag == f"{_TEXT}s":
            return " " * min(_count(child.get(f"{_TEXT}c")), 100)
        if tag == f"{_TEXT}tab":
            return "\t"
        if tag == f"{_TEXT}line-break":
            return "\n"
        if tag == f"{_TEXT}note":
            label = _NOTES.get(child.get(f"{_TEXT}note-class", "footnote"), "Fodnote")
            return f" [{label}: {self._flat(child)}]"
        if tag == f"{_OFFICE}annotation":
            return f" [Kommentar: {self._flat(child)}]"
        if tag == f"{_OFFICE}annotation-end":
            return ""
        if tag == f"{_DRAW}frame":
            boxes = [self._flat(box) for box in child.iter(f"{_DRAW}text-box")]
            return "".join(f" [Tekstfelt: {text}]" for text in boxes if text)
        if tag == f"{_TEXT}number":
            return (child.text or "") + " "
        return self.inline(child)  # a span, a link, a field: its text

    def _flat(self, element: ElementTree.Element) -> str:
        """The text of a note, a comment or a box on one line."""
        return " ".join(" ".join(self.blocks(element)).split())

    def _table(self, table: ElementTree.Element) -> Iterator[str]:
        for row in _rows(table):
            if self._hidden(row):
                continue
            cells: list[list[str]] = []
            for cell in row:
                if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    continue
                read = cell.tag == f"{_TABLE}table-cell"  # a covered cell (merged into the one before) is empty
                lines = [" ".join(line.split()) for line in self.blocks(cell)] if read else []
                repeat = min(_count(cell.get(f"{_TABLE}number-columns-repeated")), _MAX_REPEAT)
                cells.extend([[line for line in lines if line] or [""]] * repeat)
            while cells and cells[-1] == [""]:
                cells.pop()
            for n, line in enumerate("\t".join(r) for r in zip_longest(*cells, fillvalue="")):
                yield line if n == 0 else line.rstrip("\t")


def _rows(table: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """A table's rows, in its header rows and row groups too, not those of a table in a cell."""
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in (f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"):
            yield from _rows(child)


def _count(value: str | None) -> int:
    """A repeat count of the XML (spaces, cells), 1 when absent or unreadable."""
    return max(1, int(value)) if value and value.isdigit() else 1


class _PageStyles:
    """Which page style (master page) each paragraph is on, and which page styles say confidential in their header or
    footer; the frame lines where the text passes from open pages to confidential ones and back."""

    def __init__(self, content: ElementTree.Element, styles: ElementTree.Element | None) -> None:
        self.master_of: dict[str, str] = {}  # a paragraph style -> the page style it starts
        self.closed: set[str] = set()
        self.shut = False  # the last line was on a confidential page, in a frame still open
        pages = list(styles.iter(f"{_STYLE}master-page")) if styles is not None else []
        for page in pages:
            said = [" ".join(" ".join(part.itertext()).split()) for part in page
                    if part.tag.startswith((f"{_STYLE}header", f"{_STYLE}footer"))]
            if any(closed_title(text) for text in said if text):
                self.closed.add(page.get(f"{_STYLE}name") or "")
        for root in (styles, content):
            for style in root.iter(f"{_STYLE}style") if root is not None else ():
                if master := style.get(f"{_STYLE}master-page-name"):
                    self.master_of[style.get(f"{_STYLE}name") or ""] = master
        self.current = pages[0].get(f"{_STYLE}name") or "" if pages else ""
        used = {self.current} | {m for m in self.master_of.values()}
        if len(used) < 2:
            self.closed = set()  # one page style for the whole document: a header says nothing of a part

    def switch(self, style: str | None) -> list[str]:
        """The frame lines before a paragraph of `style` (None: the end of the text)."""
        if style is not None:
            self.current = self.master_of.get(style, self.current)
        shut = style is not None and self.current in self.closed
        lines = [] if shut == self.shut else list(CLOSED_START if shut else CLOSED_END)
        self.shut = shut
        return lines
