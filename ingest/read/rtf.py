"""RTF ("Rich Text Format", as Word, WordPad and case systems save it) to text, with the standard library alone.

An RTF file is groups in braces of control words and text. Destinations that hold no text of the page are skipped:
the font, colour and style tables, the document's information (author, title), pictures and objects, page headers and
footers, field instructions, and every destination marked `\\*` that a reader may ignore ("{\\*\\generator Riched20}").
A page header or footer is read only for what it says of its section: in a document of several sections (`\\sect`),
one whose header, footer or watermark says it is confidential ("FORTROLIGT") is framed as closed, as the Word reader
frames one; a section that sets no header of its own keeps the one before it, as Word's "Link to Previous" does.
Text written with `\\'xx` escapes is decoded in the file's code page (`\\ansicpg1252`, Danish letters in WordPad's
files: "B\\'f8gvad"), `\\uN` as the Unicode character with its `\\ucN` fallback characters skipped. Hidden text
(`\\v`) is not read: a reader of the document does not see it. `\\par`, `\\line` and `\\tab` break lines and tab; a
table row is one line with its cells separated by tabs, a cell of several paragraphs continued on the next lines,
indented to its column, as the Word reader writes it (`ingest/read/word.py`). A comment (`\\annotation`) or
a footnote is read where it is anchored, "… [Kommentar: Lukket pkt.]", as the Word reader reads one. A bookmark
named as closed ("LukketPunkt4", `{\\*\\bkmkstart …}` … `{\\*\\bkmkend …}`) frames what it spans as the ODT
reader frames one (`ingest/read/odt.py`):

    >>> extract_rtf(rb"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}M\\'f8de{\\v skjult}\\tab kl. 13\\par}", "r")
    'Møde\\tkl. 13'
"""
from __future__ import annotations

import codecs
import dataclasses
import re
from itertools import zip_longest
from typing import Any

from ingest.closed import closed_title
from ingest.errors import ReadError
from ingest.read.frames import CLOSED_END, CLOSED_START, framed_runs
from ingest.read.odt import display_name

# destinations whose text is no part of the page
_SKIPPED = frozenset("""fonttbl colortbl stylesheet info pict object objdata themedata colorschememapping datastore
latentstyles listtable listoverridetable rsidtbl generator xmlnstbl mmathPr pgdsctbl revtbl filetbl private
fldinst nonshppict atnid atnauthor
atndate atnref atrfstart atrfend userprops docvar protusertbl""".split())
_CHARACTERS = {"emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“",
               "rdblquote": "”", "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ", "tab": "\t",
               "line": "\n"}
_MARGINS = frozenset("header headerl headerr headerf footer footerl footerr footerf".split())  # read for their section
_IN_PLACE = {"annotation": "Kommentar", "footnote": "Fodnote"}  # read where anchored, as the Word reader reads them
_BOOKMARKS = ("bkmkstart", "bkmkend")
_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "\n": "\n", "\r": "\n"}
_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.S)
_MAX_DEPTH = 1000


@dataclasses.dataclass
class _State:
    """The properties of a group that its inner groups inherit."""

    skip: bool = False  # in a destination that is not read
    hidden: bool = False  # \v: hidden text
    uc: int = 1  # fallback characters after \uN
    in_table: bool = False  # \intbl: the paragraph is in a table's cell
    in_place: bool = False  # in a comment or note read in its paragraph: its paragraph breaks are spaces
    closing: str = ""  # what this group's end adds ("]" after a comment's text); not inherited
    bookmark: str = ""  # "bkmkstart" or "bkmkend" in a bookmark's destination, whose text is the bookmark's name
    margin: bool = False  # in a page header or footer, whose text is read for its section only


class _Page:
    """The lines read so far: paragraphs, and the cells of the table row being read."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.lines: list[str] = []
        self.text: list[str] = []  # the paragraph being read
        self.pending = bytearray()  # bytes of the paragraph not yet decoded
        self.cell: list[str] = []  # the paragraphs of the cell being read
        self.row: list[list[str]] = []  # the cells of the row being read
        self.name = bytearray()  # the name of the bookmark being read
        self.starts: set[str] = set()  # bookmarks named as closed that start in the paragraph being read
        self.ranges: set[str] = set()  # those that started in an earlier paragraph and have not ended
        self.ending: set[str] = set()  # those of `ranges` that end in the paragraph being read
        self.said: list[str] = []  # what the paragraph being read says after its text
        self.margin = bytearray()  # the text of the page header or footer being read
        # per section: the line it starts at, and whether its headers say confidential (None: it sets none)
        self.sections: list[list[Any]] = [[0, None]]

    def add_bytes(self, data: bytes) -> None:
        self.pending += data

    def add(self, text: str) -> None:
        self._decode()
        self.text.append(text)

    def _decode(self) -> None:
        if self.pending:
            self.text.append(bytes(self.pending).decode(self.encoding, errors="replace"))
            self.pending.clear()

    def _paragraph(self) -> str:
        self._decode()
        text = "".join(self.text + self.said)
        self.text, self.said = [], []
        # \uN of a character beyond the BMP comes as two surrogates
        return text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")

    def bookmark(self, kind: str) -> None:
        """A bookmark's start or end. One named as closed ("LukketPunkt4", Indsæt › Bogmærke) that ends in a later
        paragraph frames the paragraphs from its start to its end by "Lukket del" … "Åben del"; one that starts and
        ends in one paragraph is said in it, " (Lukket Punkt 4)", as the ODT reader says one."""
        name = display_name(self.name.decode("latin-1").strip())
        self.name.clear()
        if not closed_title(name):
            return
        if kind == "bkmkstart":
            self.starts.add(name)
        elif name in self.starts:
            self.starts.discard(name)
            self.said.append(f" ({name})")
        elif name in self.ranges:
            self.ending.add(name)

    def end_margin(self) -> None:
        """A page header or footer read: whether it says its section is confidential ("FORTROLIGT")."""
        said = " ".join(bytes(self.margin).decode(self.encoding, errors="replace").split())
        self.margin.clear()
        if said:
            self.sections[-1][1] = bool(self.sections[-1][1]) or closed_title(said)

    def end_section(self) -> None:
        self.sections.append([len(self.lines), None])

    def end_paragraph(self, in_table: bool) -> None:
        if self.starts and not self.ranges:
            self.lines.extend(CLOSED_START)
        self.ranges |= self.starts
        self.starts = set()
        (self.cell if in_table else self.lines).append(self._paragraph())
        if not in_table:
            self._end_ranges()

    def _end_ranges(self) -> None:
        """The frame of closed bookmarks ended, when the last of them ends in the paragraph or row just read."""
        if self.ending:
            self.ranges -= self.ending
            self.ending = set()
            if not self.ranges:
                self.lines.extend(CLOSED_END)

    def end_cell(self) -> None:
        self.cell.append(self._paragraph())
        lines = [" ".join(line.split()) for paragraph in self.cell for line in paragraph.split("\n")]
        self.row.append([line for line in lines if line] or [""])
        self.cell = []

    def end_row(self) -> None:
        self._paragraph()  # text between the last cell and the row's end is none of a cell's
        for n, row in enumerate(zip_longest(*self.row, fillvalue="")):
            line = "\t".join(row)
            self.lines.append(line if n == 0 else line.rstrip("\t"))
        self.row = []
        self._end_ranges()

    def finish(self) -> str:
        if self.cell or self.row:
            self.end_cell()
            self.end_row()
        self.end_paragraph(False)
        return "\n".join(self._framed()).strip("\n")

    def _framed(self) -> list[str]:
        """The lines, each run of confidential sections framed by "Lukket del" … "Åben del"."""
        closed, said = [], False
        for _, own in self.sections:
            said = said if own is None else own
            closed.append(said)
        if len(self.sections) < 2:
            return self.lines
        ends = [start for start, _ in self.sections[1:]] + [len(self.lines)]
        return list(framed_runs((self.lines[start:end], shut)
                                for (start, _), end, shut in zip(self.sections, ends, closed)))


def extract_rtf(data: bytes, source: str) -> str:
    """The text of an RTF file's page. ReadError naming `source` when it is no RTF or is cut short."""
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError(source, "not an RTF file: it does not start with {\\rtf")
    page = _Page(_encoding(data))
    stack: list[_State] = []
    state = _State()
    skip_chars = 0  # fallback characters of a \uN still to skip
    destination_next = False  # after "{": the group's first control word may be a destination
    ignorable = False  # after "{\*": the destination may be skipped whatever it is
    pos = 0
    while (m := _TOKEN.match(data, pos)) is not None:
        pos = m.end()
        word, arg, hexa, symbol, brace, text = m.groups()
        if not (word or hexa or symbol or brace or text):
            continue  # a line break of the file, which is no break of the text
        first, destination_next = destination_next, False
        if brace == b"{":
            if len(stack) >= _MAX_DEPTH:
                raise ReadError(source, f"corrupt RTF: groups nested deeper than {_MAX_DEPTH}")
            stack.append(state)
            state = dataclasses.replace(state, closing="", bookmark="")
            destination_next, ignorable, skip_chars = True, False, 0
        elif brace == b"}":
            if not stack:
                break  # the document's group is closed: what follows is no part of it
            ended, state, skip_chars = state, stack.pop(), 0
            if ended.closing:
                page.add(ended.closing)
            if ended.bookmark:
                page.bookmark(ended.bookmark)
            if ended.margin and not state.margin:
                page.end_margin()
        elif symbol is not None:
            if symbol == b"*":
                ignorable, destination_next = True, True
            elif skip_chars:
                skip_chars -= 1
            elif not (state.skip or state.hidden) and (char := _SYMBOLS.get(symbol.decode("latin-1"))):
                if char == "\n" and not state.in_place:
                    page.end_paragraph(state.in_table)
                elif char == "\n":
                    page.add(" ")
                else:
                    page.add(char)
        elif hexa is not None:
            if skip_chars:
                skip_chars -= 1
            elif state.margin:
                page.margin += bytes.fromhex(hexa.decode("ascii"))
            elif not (state.skip or state.hidden):
                page.add_bytes(bytes.fromhex(hexa.decode("ascii")))
        elif text is not None:
            if skip_chars:
                text, skip_chars = text[skip_chars:], max(0, skip_chars - len(text))
            if state.bookmark:
                page.name += text
            elif state.margin:
                page.margin += text + b" "
            elif text and not (state.skip or state.hidden):
                page.add_bytes(text)
        elif word is not None:
            name = word.decode("ascii")
            number = int(arg) if arg is not None else None
            if first and name in _BOOKMARKS:
                state.skip, state.bookmark = True, name
            elif first and name in _IN_PLACE and not (state.skip or state.hidden):
                state.in_place, state.closing = True, "]"
                page.add(f" [{_IN_PLACE[name]}: ")
            elif first and name in _MARGINS:
                state.skip, state.margin = True, True
            elif first and (ignorable or name in _SKIPPED):
                state.skip = True
            if name == "bin" and number:
                pos += number  # binary data (of a picture), which may hold any byte
            skip_chars = _control(page, state, name, number, skip_chars)
    if stack:
        raise ReadError(source, f"truncated RTF: {len(stack)} group(s) not closed")
    return page.finish()


def _control(page: _Page, state: _State, name: str, number: int | None, skip_chars: int) -> int:
    """Apply one control word; the fallback characters still to skip after it."""
    if skip_chars:
        return skip_chars - 1  # a control word among a \uN's fallback is one of its characters
    shown = not (state.skip or state.hidden)
    if name == "v":
        state.hidden = number != 0
    elif name == "plain":
        state.hidden = False
    elif name == "pard":
        state.in_table = False
    elif name == "intbl":
        state.in_table = True
    elif name == "uc" and number is not None:
        state.uc = max(0, number)
    elif name == "u" and number is not None:
        if shown:
            page.add(chr(number + 65536 if number < 0 else number))
        return state.uc
    elif not shown:
        return 0
    elif name in ("par", "sect", "page", "line") and state.in_place:
        page.add(" ")
    elif name in ("par", "sect", "page"):
        page.end_paragraph(state.in_table)
        if name == "sect":
            page.end_section()
    elif name in ("cell", "nestcell"):
        if name == "cell":
            page.end_cell()
        else:
            page.add(" ")
    elif name == "row":
        page.end_row()
    elif name in _CHARACTERS:
        page.add(_CHARACTERS[name])
    return 0


def _encoding(data: bytes) -> str:
    """The code page of the file's `\\'xx` escapes: `\\ansicpgN` in its header, else by its character set."""
    head = data[:2000]
    m = re.search(rb"\\ansicpg(\d{3,5})", head)
    names = [f"cp{int(m.group(1))}"] if m else []
    names += [codec for word, codec in _CODE_PAGES.items() if re.match(rb"\{\\rtf1?\\" + word.encode() + rb"\b", head)]
    for name in names:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return "cp1252"
