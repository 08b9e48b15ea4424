"""Organisation names wrapped over two lines of running text or a bullet.

"Ungdommens Røde\n  Kors Odder undersøger …": the text scanner reads names within a line, so the
second line's "Kors Odder" comes out as an organisation of its own. When the words that end the line
above, put before it, write a name the document names whole elsewhere (a participant's organisation,
another place in the text), the broken part is that name.
"""
from __future__ import annotations

import re

from ingest.extract.words import is_word_char

Found = tuple[str, int, int]  # (name, start, end) in the document

# the capitalised words that end the line above a position, then the line break and indentation
_LINE_END_WORDS = re.compile(r"((?:[A-ZÆØÅ][\w\-]*[ \t]+){0,3}[A-ZÆØÅ][\w\-]*)[ \t]*\n[ \t]*$")
_REACH = 80


def rejoined(found: list[Found], whole: list[str], text: str) -> list[Found]:
    """`found` with each name that starts a line and is the end of a `whole` name, written whole
    across the line break, replaced by the whole name and its span.

    >>> t = "De frivillige i Ydby Røde\\n  Kors Vest hjælper."
    >>> rejoined([("Kors Vest", 28, 37)], ["Ydby Røde Kors Vest"], t)
    [('Ydby Røde\\n  Kors Vest', 16, 37)]
    """
    names: set[str] | None = None  # the whole names, written with single spaces: made only once a name may be broken
    out = []
    for name, a, b in found:
        near = "\n" in text[max(0, a - 8) : a] and _may_end_words(text[max(0, a - _REACH) : a])
        m = _LINE_END_WORDS.search(text, max(0, a - _REACH), a) if near else None
        if m and names is None:
            names = {" ".join(n.split()) for n in whole}
        out.append(_whole(m, (name, a, b), names, text) if m and names else (name, a, b))
    return out


def _may_end_words(before: str) -> bool:
    """Whether `before` ends as `_LINE_END_WORDS` does: a word character, blanks, a line break, blanks, and maybe
    a line break (where "$" also matches). A cheap test first: most names follow a line that ends in a full stop."""
    for head in (before, before[:-1] if before.endswith("\n") else ""):
        head = head.rstrip(" \t")
        if head.endswith("\n") and is_word_char(head[:-1].rstrip(" \t")[-1:] or " "):
            return True
    return False


def _whole(m: re.Match[str], found: Found, names: set[str], text: str) -> Found:
    """The whole name the words of `m` and the `found` name write, or `found` as it is."""
    name, _, end = found
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(len(words)):  # the most words first: "Ungdommens Røde" before "Kors Odder"
        if " ".join([w.group() for w in words[k:]] + name.split()) in names:
            first = m.start(1) + words[k].start()
            return text[first:end], first, end
    return found
