"""DOCX to text with `python-docx` (imported lazily): body paragraphs and tables in document order.

A table row becomes one line with its cells separated by tabs. A cell of several paragraphs
(a "Deltagere" cell listing one member per paragraph) continues on the next lines, indented
by tabs to its column, so each name keeps its own line:

    Deltagere\\tAnne Mette Meimann, Venligboerne
    \\tThorkild Damsgaard Olsen, Birkerød Flygtningekontakt

A Word comment is read where it is anchored: its text follows the text of the paragraph it is on,
"Punkt 4: Henvendelse [Kommentar: Lukket pkt. – tages ud …]". A draft's reviewers mark a closed item
this way, and a comment is no less part of the document than the text it sits on.

A footnote or endnote is read the same way, where its mark is: "… til genoptræning. [Fodnote: Klager: …]". A note
belongs to the passage it is anchored in; one in a closed item closes with it.

A text box (a floating shape, "Tekstfelt" in Danish Word) is read the same way, after the text of the
paragraph it is anchored in: "4. Henvendelse om visitation [Tekstfelt: LUKKET PUNKT]". A red stamp in
a box beside a heading is how some secretariats mark a closed item; python-docx does not read boxes.
"""
from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from itertools import zip_longest
from typing import Any

from ingest.closed import closed_title
from ingest.errors import ReadError, ReadLimitError
from ingest.read.cell_breaks import joined_cell, names_people
from ingest.read.frames import CLOSED_END, CLOSED_START, framed_runs
from ingest.read.numbering import Numbering
from ingest.read.word_bookmarks import frame_closed_bookmarks
from ingest.read.word_properties import closed_item_lines
from ingest.read.word_runs import colour, marked_text, paragraph_text, removed_colours

_MAX_UNPACKED = 200_000_000
_MAX_RATIO = 100
_RATIO_FLOOR = 10_000_000  # small parts compress well without being bombs
_MAX_ENTRIES = 10_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BOX_NS = {"w": _W[1:-1], "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
# Word saves a box twice, as a DrawingML shape (mc:Choice) and a VML fallback (mc:Fallback): read one
_BOXES = ".//w:txbxContent[not(ancestor::mc:Fallback)][not(ancestor::w:txbxContent)]"


def check_zip(data: bytes, source: str, kind: str = "DOCX", member: str = "[Content_Types].xml") -> None:
    """ReadError unless `data` is a zip archive of a `kind` package (holding `member`) that unpacks to a sane size
    (no zip bomb)."""
    if data.startswith(_OLE_MAGIC):
        old = "an old Word .doc" if kind == "DOCX" else "an old binary document"
        raise ReadError(source, f"not a {kind} (zip) file: {old} or a password-protected {kind}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    # NotImplementedError: a zip of a version or compression zipfile does not know (or a damaged header claiming one)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise ReadError(source, f"not a {kind} (zip) file") from exc
    if len(entries) > _MAX_ENTRIES:
        raise ReadLimitError(source, f"zip bomb? {len(entries)} entries, limit {_MAX_ENTRIES}")
    unpacked = sum(entry.file_size for entry in entries)
    packed = max(1, sum(entry.compress_size for entry in entries))
    if unpacked > _MAX_UNPACKED:
        raise ReadLimitError(source, f"zip bomb? unpacks to {unpacked} bytes, limit {_MAX_UNPACKED}")
    if unpacked > _RATIO_FLOOR and unpacked > _MAX_RATIO * packed:
        raise ReadLimitError(source, f"zip bomb? compression ratio {unpacked // packed}:1, limit {_MAX_RATIO}:1")
    if not any(entry.filename == member for entry in entries):
        raise ReadError(source, f"not a {kind} file: a zip without {member}")


def extract_docx(data: bytes, source: str) -> str:
    """The custom properties that name closed items (`ingest/read/word_properties.py`), header and footer of the first
    section, then the body: paragraphs and tables in order."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:
        raise ReadError(source, "reading DOCX needs the 'python-docx' package: pip install python-docx") from exc
    check_zip(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
        numbering = Numbering.of(document)
        comments = _comments(document)
        for kind in ("footnote", "endnote"):  # kept with the comments, under "footnote:<id>" and "endnote:<id>"
            comments.update({f"{kind}:{i}": text for i, text in _notes(document, kind).items()})
        marks = removed_colours(document)
        # the custom properties that name closed items, as the header lines a secretary would write above the minutes
        top = closed_item_lines(document) + _header_lines(document, numbering, comments, marks)
        frame_closed_bookmarks(document.element.body)  # a bookmark named as closed frames what it spans
        body = list(_section_lines(document, numbering, comments, marks))
    except PackageNotFoundError as exc:
        raise ReadError(source, f"not a DOCX file: {exc}") from exc
    # python-docx and lxml report a malformed package with KeyError, ValueError,
    # XMLSyntaxError and others; each becomes a ReadError carrying its reason.
    except Exception as exc:
        raise ReadError(source, f"corrupt DOCX: {exc or type(exc).__name__}") from exc
    if top:
        top.append("")
    return "\n".join(top + body)


def _comments(document: Any) -> dict[str, str]:
    """The text of each comment by its id (none without a comments part: asking python-docx for the
    comments of a document that has none would make it build an empty part)."""
    if not any(rel.reltype.endswith("/comments") for rel in document.part.rels.values()):
        return {}
    return {str(c.comment_id): " ".join(c.text.split()) for c in document.comments if c.text.strip()}


def _notes(document: Any, kind: str) -> dict[str, str]:
    """The text of each footnote or endnote by its id (`kind` "footnote" or "endnote"), from the notes part
    python-docx does not read; the separator notes Word keeps (ids -1 and 0) hold no text."""
    from lxml import etree

    part = next((rel.target_part for rel in document.part.rels.values()
                 if not rel.is_external and rel.reltype.endswith(f"/{kind}s")), None)
    if part is None:
        return {}
    root = etree.fromstring(part.blob)
    notes = {}
    for note in root.iter(f"{_W}{kind}"):
        text = " ".join(" ".join(t.text or "" for t in note.iter(f"{_W}t")).split())
        if text:
            notes[str(note.get(f"{_W}id"))] = text
    return notes


def _noted(p: Any, comments: dict[str, str]) -> str:
    """The comments anchored on a paragraph (" [Kommentar: …]" each), each given once (taken out of
    `comments`): to the paragraph where its range starts, or where its reference is."""
    if not comments:
        return ""
    ids = p.xpath(".//w:commentRangeStart/@w:id | .//w:commentReference/@w:id")
    notes = [comments.pop(i) for i in dict.fromkeys(str(i) for i in ids) if i in comments]
    said = "".join(f" [Kommentar: {note}]" for note in notes)
    # a footnote or endnote is read where its mark is, as a comment is: a note in a closed item closes with it
    for kind, label in (("footnote", "Fodnote"), ("endnote", "Slutnote")):
        if p.find(f".//{_W}{kind}Reference") is not None:  # cheap test first: most paragraphs have no note
            marks = p.xpath(f".//w:{kind}Reference/@w:id")
            said += "".join(f" [{label}: {comments[key]}]" for i in marks if (key := f"{kind}:{i}") in comments)
    return said


_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_FILE_NAME = re.compile(r"logo|\.(?:png|jpe?g|gif|svg|bmp|emf|wmf)$|^billede \d+$|^picture \d+$", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _box_xpath() -> Any:
    from lxml import etree

    return etree.XPath(_BOXES, namespaces=_BOX_NS)


def _boxed(p: Any) -> str:
    """The text boxes anchored in a paragraph (" [Tekstfelt: …]" each), and the alternative text of its pictures in
    brackets (" (Lukket punkt)" for a padlock in a heading, as a web page's image is read); cheap for the many
    paragraphs without a drawing."""
    if p.find(f".//{_W}drawing") is None and p.find(f".//{_W}pict") is None:
        return ""
    said = ""
    if p.find(f".//{_W}txbxContent") is not None:
        texts = (" ".join(" ".join(t.text or "" for t in box.iter(f"{_W}t")).split()) for box in _box_xpath()(p))
        said = "".join(f" [Tekstfelt: {text}]" for text in texts if text)
    for picture in p.iter(f"{_WP}docPr"):
        alt = " ".join((picture.get("descr") or picture.get("title") or "").split())
        if alt and len(alt) <= 60 and not _FILE_NAME.search(alt):  # a logo's or a file's name says nothing
            said += f" ({alt})"
    return said


def _header_lines(document: Any, numbering: Numbering, comments: dict[str, str], marks: frozenset[str]) -> list[str]:
    section = document.sections[0] if document.sections else None
    if section is None:
        return []
    parts = [section.header, section.footer]
    if section.different_first_page_header_footer:
        parts = [section.first_page_header, *parts, section.first_page_footer]
    lines: list[str] = []
    for part in parts:
        if part.is_linked_to_previous:
            continue
        blocks = (block._element for block in part.iter_inner_content())
        # a page header's tab stops part fields, each a line of its own ("Brugerrådet\tReferat\t3. december 2019")
        for line in (field.strip() for line in _block_lines(blocks, numbering, comments, marks) for field in line.split("\t")):
            if line and line not in lines:
                lines.append(line)
    return lines


def _section_lines(document: Any, numbering: Numbering, comments: dict[str, str],
                   marks: frozenset[str]) -> Iterator[str]:
    """The body's lines; a section whose own page header or footer says it is confidential ("FORTROLIGT – side
    3-4", "Fortroligt – udgår af det offentlige referat") is framed by the headings "Lukket del" … "Åben del", so
    the segmenter closes it: a secretariat puts a closed item on pages of its own with such a header."""
    groups: list[list[Any]] = [[]]
    for child in document.element.body.iterchildren():
        if child.tag != f"{_W}sectPr":  # the last section's properties, which hold no text
            groups[-1].append(child)
        if child.tag == f"{_W}p" and child.find(f"{_W}pPr/{_W}sectPr") is not None:  # a section ends here
            groups.append([])
    sections = list(document.sections)
    closed = [_confidential(section) for section in sections] if len(sections) == len(groups) > 1 else []
    yield from framed_runs((_block_lines(group, numbering, comments, marks), bool(closed) and closed[n])
                           for n, group in enumerate(groups))


_TEXTPATH = "{urn:schemas-microsoft-com:vml}textpath"


def _confidential(section: Any) -> bool:
    """Whether a section's header or footer says confidential: in a paragraph's text, a text box, or a watermark, the
    shape Word draws across every page from the header (Design › Vandmærke: `<v:textpath string="FORTROLIGT"/>`)."""
    parts = [section.header, section.footer]
    if section.different_first_page_header_footer:
        parts += [section.first_page_header, section.first_page_footer]
    said = [p.text for part in parts for p in part.paragraphs]
    for element in (part._element for part in parts):
        said += [shape.get("string") or "" for shape in element.iter(_TEXTPATH)]
        said += [" ".join(box.itertext()) for box in element.iter(f"{_W}txbxContent")]
    return any(closed_title(" ".join(text.split())) for text in said if text.strip())


_END_OF_CLOSED = object()  # where a closed content control's content ends, among the pending elements


def _block_lines(elements: Iterable[Any], numbering: Numbering, comments: dict[str, str],
                 marks: frozenset[str]) -> Iterator[str]:
    """Lines of paragraphs and tables; content controls (w:sdt) are opened in place. A content control whose title
    or tag says it is closed ("Punktstatus: Lukket", an agenda template's field) is framed by the headings "Lukket
    del" … "Åben del", as a confidential section is: its words show in no line of its own. So is text marked in a
    colour of `marks`, which a note says is removed before publishing: a run of paragraphs so marked in one frame,
    the marked runs of a paragraph of open text in a frame below it."""
    pending: list[Any] = list(elements)[::-1]
    framed = False  # the last line was of a wholly marked paragraph, in a frame still open
    while pending:
        element = pending.pop()
        paragraph = element is not _END_OF_CLOSED and element.tag == f"{_W}p"
        text = paragraph_text(element, marks) if paragraph else ""
        marked = marked_text(element, marks) if paragraph and marks else ""
        wholly = bool(marked) and not text.strip()
        if framed and not wholly:
            yield from CLOSED_END
            framed = False
        if element is _END_OF_CLOSED:
            yield from CLOSED_END
        elif paragraph:
            line = (numbering.label(element) + (marked if wholly else text) + _boxed(element)
                    + _noted(element, comments) + _closed_style(element, numbering))
            if wholly:
                yield from ((line,) if framed else (*CLOSED_START, line))
                framed = True
            else:
                yield line
                if marked:  # the marked runs of a paragraph of open text, in a frame below it
                    yield from (*CLOSED_START, marked, *CLOSED_END)
        elif element.tag == f"{_W}tbl":
            yield from _table_lines(element, numbering, comments, marks)
        elif element.tag == f"{_W}sdt":
            content = element.find(f"{_W}sdtContent")
            if content is not None and _closed_control(element):
                yield from CLOSED_START
                pending.append(_END_OF_CLOSED)
            if content is not None:
                pending.extend(list(content)[::-1])
    if framed:
        yield from CLOSED_END


def _closed_style(p: Any, numbering: Numbering) -> str:
    """" (Overskrift lukket punkt)" after a paragraph whose style's name says closed: a template marks a closed item
    by its heading's style, which every reader of the document sees as a different look."""
    style = p.find(f"{_W}pPr/{_W}pStyle")
    name = numbering.style_names.get(style.get(f"{_W}val", "")) if style is not None else None
    return f" ({name})" if name and closed_title(name) else ""


def _closed_control(sdt: Any) -> bool:
    """Whether a content control's title (w:alias) or tag says closed."""
    properties = sdt.find(f"{_W}sdtPr")
    if properties is None:
        return False
    names = [e.get(f"{_W}val") or "" for e in (properties.find(f"{_W}alias"), properties.find(f"{_W}tag")) if e is not None]
    return any(closed_title(name.replace("_", " ")) for name in names)


def _table_lines(tbl: Any, numbering: Numbering, comments: dict[str, str], marks: frozenset[str]) -> Iterator[str]:
    """A row per line, its cells split by tabs; a row with a cell or text marked in a colour of `marks` (which a note
    says is removed before publishing) gets a last cell "Lukket", as a page's row whose class says closed does."""
    people = None  # whether the first row heads a column of names: then a cell's lines are one value
    for tr in tbl.iter(f"{_W}tr"):
        if tr.getparent() is not tbl:
            continue  # a row of a nested table; its cell flattens it
        cells = [_cell_lines(tc, numbering, comments) for tc in tr.iterchildren(f"{_W}tc")]
        people = names_people([" ".join(cell) for cell in cells]) if people is None else people
        if people:
            cells = [[joined_cell(cell)] for cell in cells]
        for n, row in enumerate(zip_longest(*cells, fillvalue="")):
            line = "\t".join(row)
            yield line + ("\tLukket" if marks and _marked_row(tr, marks) else "") if n == 0 else line.rstrip("\t")


def _marked_row(tr: Any, marks: frozenset[str]) -> bool:
    cells = (colour(tc.find(f"{_W}tcPr")) in marks for tc in tr.iter(f"{_W}tc"))
    return any(cells) or any(marked_text(p, marks).strip() for p in tr.iter(f"{_W}p"))


def _cell_lines(tc: Any, numbering: Numbering, comments: dict[str, str]) -> list[str]:
    """The non-empty lines of a cell; a vertically merged continuation cell is empty."""
    props = tc.find(f"{_W}tcPr")
    merge = props.find(f"{_W}vMerge") if props is not None else None
    if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
        return [""]
    lines = []
    for child in tc.iterchildren(f"{_W}p", f"{_W}tbl", f"{_W}sdt"):
        if child.tag == f"{_W}tbl":
            # A nested table: one line per row, its cells separated by spaces.
            for tr in child.iter(f"{_W}tr"):
                text = " ".join(paragraph_text(p) + _noted(p, comments) for p in tr.iter(f"{_W}p"))
                lines.append(" ".join(text.split()))
        else:
            lines.extend(_block_lines([child], numbering, comments, frozenset()))  # a marked cell closes its row
    # A line break inside a cell starts a new line of the cell; a tab would shift the columns.
    lines = [" ".join(part.split()) for line in lines for part in line.split("\n")]
    return [line for line in lines if line] or [""]
