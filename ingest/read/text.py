"""Bytes to text (encoding detection, binary detection) and the normalisation every format gets.

Standard library only, plus `charset-normalizer` when it is importable: the extractor also runs
under a bare system Python.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from ingest.errors import ReadError

# Encodings a Danish document realistically comes in when it is not UTF-8. Left free,
# charset-normalizer reads short cp1252 text as cp1250 ("Mødested" -> "Mřdested").
_WESTERN = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_CONTROL_RATIO = 0.05

_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\f": "\n", "\v": "\n"}
# PDF text keeps typographic ligatures ("ﬁnansiering"), and a Symbol or Wingdings bullet as the private-use
# character its font draws ("\uf0b7 Lene Bruun"); NFC leaves both, so name them here.
_TYPESET = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
            "\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf0fb": "✗"}
# variation selectors too: "🔒\ufe0f" is the emoji "🔒", and a legend and the cells using it must be the same text
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufe0e\ufe0f\ufeff\ud800-\udfff]")
_PRINTABLE_DROPPED = ("\ufffd", "\ufe0e", "\ufe0f")  # what `_DROPPED` finds that str.isprintable() passes
_DROPPED = re.compile(f"{_CONTROL.pattern[:-1]}{_INVISIBLE.pattern[1:]}")  # either of the two: one scan tells most texts hold none
_TRAILING_SPACES = " " + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u3000"
_TRAILING_ENDS, _TRAILING_BEFORE_NEWLINE = tuple(_TRAILING_SPACES), tuple(c + "\n" for c in _TRAILING_SPACES)
_BLANK_RUN = re.compile(r"\n{4,}")

_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_TASK_BOX = re.compile(r"^([ \t]*)[-*+][ \t]+\[([ xX])\](?=[ \t])", re.M)  # "- [x] …": a GitHub task list's box
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")


def decode_bytes(data: bytes, source: str, *, html: bool = False) -> str:
    """Decode the bytes of a text file: BOM, UTF-8, a declared HTML charset, then detection.

    Raises ReadError("binary file, not text") when the bytes are not text in any encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source)
            except UnicodeDecodeError as exc:
                raise ReadError(source, f"invalid {encoding} text: {exc.reason}") from exc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise ReadError(source, "binary file, not text")
        return _checked(utf16, source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096]) if html else None
    if declared:
        try:
            return _checked(data.decode(declared.group(1).decode("ascii")), source)
        except (LookupError, UnicodeDecodeError):
            pass
    return _checked(_mixed_lines(data) or _guess(data), source)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, or None when the zero bytes say binary.

    Text in a Latin script has a zero byte in every other position (the high byte of each
    character), always on the same side; binary data scatters its zero bytes.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.6 * half and other <= 0.01 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _mixed_lines(data: bytes) -> str | None:
    """Lines in UTF-8 and lines in Windows-1252 pasted into one file: each line read in its own.

    None unless some line is UTF-8 beyond ASCII (then the whole file is not one code page).
    """
    lines, utf8 = [], False
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; latin-1 decodes anything
                lines.append(line.decode("latin_1"))
    return "".join(lines) if utf8 else None


def _guess(data: bytes) -> str:
    detected = _detect(data)
    if detected is not None:
        return detected
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 decodes anything.
        return data.decode("latin_1")


def _detect(data: bytes) -> str | None:
    """charset-normalizer's reading among the Western encodings, when it is installed."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data, cp_isolation=_WESTERN).best()
    return None if best is None else str(best)


def _checked(text: str, source: str) -> str:
    """The text itself, unless control characters show it was binary data after all."""
    controls = len(_CONTROL.findall(text))
    if controls > max(2, _MAX_CONTROL_RATIO * len(text)):
        raise ReadError(source, "binary file, not text")
    return text


def normalise_text(text: str) -> str:
    """One form for every format: \\n newlines, NFC, plain spaces, no trailing spaces.

    Tabs are kept (they separate table cells); control characters are dropped; runs of
    three or more blank lines become two; blank lines at both ends are removed.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _replaced(_replaced(text, _SPACES), _TYPESET)
    # (cheap test first: of the characters `_DROPPED` finds only "\ufffd", "\ufe0e" and "\ufe0f" are printable, and
    # most texts are printable but for their newlines and tabs: tested in C without the pattern's scan)
    printable = text.replace("\n", "").replace("\t", "").isprintable() and not any(map(text.__contains__, _PRINTABLE_DROPPED))
    if not printable and _DROPPED.search(text):
        text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = unicodedata.normalize("NFC", text)
    # (cheap test first: a line ends in a space only where the space stands before a newline or ends the text;
    # most texts have none, and a needle wider than the text's characters is no scan at all)
    if text.endswith(_TRAILING_ENDS) or any(map(text.__contains__, _TRAILING_BEFORE_NEWLINE)):
        text = "\n".join(line.rstrip(_TRAILING_SPACES) for line in text.split("\n"))
    if "\n\n\n\n" in text:  # cheap test first
        text = _BLANK_RUN.sub("\n\n\n", text)
    return text.strip("\n")


# letter-spaced words ("spærret skrift", emphasis in typeset PDFs): "L U K K E T   P U N K T", four letters or more
# each, the words parted by two spaces or more
# (written letter first, then "no letter before it", so that `re` skips to a letter in C)
_SPACED_RUN = re.compile(r"[^\W\d_](?<![^\W\d_][^\W\d_]) (?:[^\W\d_] ){2,}[^\W\d_](?![^\W\d_])")
_SPACED_LINE = re.compile(r"^[ \t]*(?:[^\W\d_] ){3,}[^\W\d_](?:[ \t]{2,}(?:[^\W\d_] )+[^\W\d_])*[ \t]*$", re.M)
_VOWELS = frozenset("aeiouyæøåéAEIOUYÆØÅÉ")
# every run above holds " x y " (its second and third letters between spaces); starting at a space,
# this scans a text about twenty times faster than the run itself
_SPACED_HINT = re.compile(r" [^\W\d_] [^\W\d_] ")


def join_letter_spacing(text: str) -> str:
    """Letter-spaced words written together: a whole line of them ("L U K K E T   P U N K T" → "LUKKET PUNKT"),
    or a run of five letters or more with a vowel inside a line ("behandles som l u k k e t punkt"). A run of
    initials or marks ("A B C", "X X X X") stays as it is.

    >>> join_letter_spacing("L U K K E T   P U N K T\\nHold A B C D og X X X X")
    'LUKKET PUNKT\\nHold A B C D og X X X X'
    """
    if not _SPACED_HINT.search(text):  # cheap test first: nearly every text has none
        return text

    def word_like(letters: str) -> bool:
        return len(letters) >= 5 and any(c in _VOWELS for c in letters)

    def whole_line(m: re.Match[str]) -> str:
        words = [word.replace(" ", "") for word in re.split(r"[ \t]{2,}", m.group().strip())]
        return " ".join(words) if word_like("".join(words)) else m.group()

    def run(m: re.Match[str]) -> str:
        letters = m.group().replace(" ", "")
        return letters if word_like(letters) else m.group()

    return _SPACED_RUN.sub(run, _SPACED_LINE.sub(whole_line, text))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_FRONT_MATTER_LINE = re.compile(r"^([\w\-]+)[ \t]*:[ \t]*(.*)$", re.M)


# a scanned page's "Iukket punkt", "IUKKEDE PUNKTER": optical character recognition reads a small "l" as a capital
# "I"; no Danish word starts "iukk", so the closing word is read as it was written
_OCR_L = re.compile(r"(?<![\w])I(?=ukk|UKK)")


def ocr_closing_words(text: str) -> str:
    """`text` with the OCR misreading "Iukket" of "lukket" mended.

    >>> ocr_closing_words("Iukket punkt, IUKKEDE PUNKTER, Ib og Inge")
    'lukket punkt, LUKKEDE PUNKTER, Ib og Inge'
    """
    if "Iukk" not in text and "IUKK" not in text:  # cheap test first: nearly every text has none
        return text
    return _OCR_L.sub(lambda m: "L" if text[m.end():m.end() + 1].isupper() else "l", text)


def read_front_matter(text: str) -> str:
    """A Markdown file's YAML front matter ("---", "key: value" lines, "---") written as header lines a reader would
    write: "lukkede_punkter: [4]" → "lukkede punkter: 4", "sted: 'Hou Forsamlingshus'" → "sted: Hou Forsamlingshus".

    >>> read_front_matter('---\\ntitle: "Referat"\\nlukkede_punkter: [4, 6]\\n---\\n# Referat')
    'title: Referat\\nlukkede punkter: 4, 6\\n\\n# Referat'
    """
    m = _FRONT_MATTER.match(text)
    if m is None:
        return text

    def line(field: re.Match[str]) -> str:
        value = field.group(2).strip().strip("[]").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        return f"{field.group(1).replace('_', ' ').replace('-', ' ')}: {value}"

    return _FRONT_MATTER_LINE.sub(line, m.group(1)) + "\n" + text[m.end():]


def _replaced(text: str, table: dict[str, str]) -> str:
    """`text` with each character of `table` replaced; as str.translate, many times faster on
    non-ASCII text (no replacement yields a character of the table)."""
    for old, new in table.items():
        if old in text:
            text = text.replace(old, new)
    return text


# a call-out block's heading, read as its title (or its kind) on a line of its own: '!!! danger "Lukket"' (an
# admonition), "> [!WARNING] Lukket" (GitHub), "::: warning Lukket" (a fenced block); its indented text follows
_CALLOUT = re.compile(r'^([ \t]*)(?:!!!\s*(?:\w+[ \t]+"([^"\n]*)"|(\w+))|>[ \t]*\[!\w+\][ \t]*(\S[^\n]*)|>[ \t]*\[!(\w+)\]'
                      r'|:::+[ \t]*(\w[^\n]*)?)[ \t]*$', re.M)


def clean_markdown(text: str) -> str:
    """Drop markdown's bold markers and link syntax, read a call-out's heading as its title and a task list's boxes as
    the check boxes they are ("- [x] Hanne" ticked: an attendance list's mark); keep everything else (tables stay).

        >>> clean_markdown("Mødedato **23. februar 2017**, se [referatet](http://x.dk/r.pdf)")
        'Mødedato 23. februar 2017, se referatet'
        >>> clean_markdown("- [x] Hanne Holm\\n- [ ] Per Dal – afbud")
        '☒ Hanne Holm\\n☐ Per Dal – afbud'
    """
    if "](" in text:  # cheap test first: most files hold no link
        text = _LINK.sub(r"\1", text)
    if "[ ]" in text or "[x]" in text or "[X]" in text:  # cheap test first: few files hold a task list
        text = _TASK_BOX.sub(lambda m: m.group(1) + ("☐" if m.group(2) == " " else "☒"), text)  # the box is the bullet
    if "!!!" in text or "[!" in text or ":::" in text:  # cheap test first: few files hold a call-out
        text = _CALLOUT.sub(lambda m: m.group(1) + next((g for g in m.groups()[1:] if g), ""), text)
    # A line may hold several bold runs; one pass removes each pair once.
    return _BOLD.sub(r"\2", text) if "**" in text or "__" in text else text
