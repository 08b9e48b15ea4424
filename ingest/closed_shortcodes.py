"""Members-only shortcodes of a web publishing system, left in a page saved before they were rendered.

WordPress and its membership plugins hide a part of a page from visitors by a pair of codes in its text:
"[restrict userlevel="bestyrelse"]" … "[/restrict]", "[members_only]" … "[/members_only]". Rendered, the part is
not shown; a page saved or exported without rendering holds it as plain text between the codes. A code whose
name holds a word of restriction (kind `shortcode` of `data/lexicon/closed_markers.txt`: "restrict", "member",
"private", "protect", "hide", …) closes everything up to its closing code, or to the end when none follows.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.lexicon import fold, load

_SHORTCODE = re.compile(r"\[(?!/)([A-Za-zÆØÅæøå][\w-]{1,40})(?:\s[^\[\]]*)?\]")


def shortcode_ranges(lines: Sequence[str]) -> list[tuple[int, int]]:
    """Line ranges [start, end) from a restricting shortcode's line to its closing code's line.

    >>> shortcode_ranges(["Godkendt.", '[restrict userlevel="bestyrelse"]', "4. Klage", "Navn", "[/restrict]", "5. Eventuelt"])
    [(1, 5)]
    >>> shortcode_ranges(["[caption id=1]Foto[/caption]", "[gallery ids=2]"])
    []
    """
    if not any("[" in line for line in lines):  # cheap test first: nearly all minutes hold no shortcode
        return []
    words = load().closed_words("shortcode")
    ranges: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        opened = next((m for m in _SHORTCODE.finditer(lines[i]) if any(w in fold(m.group(1)) for w in words)), None)
        if opened is None:
            i += 1
            continue
        closing = f"[/{opened.group(1)}]"
        end = next((j for j in range(i, len(lines)) if closing in lines[j][opened.end() if j == i else 0:]), None)
        ranges.append((i, len(lines) if end is None else end + 1))
        i = len(lines) if end is None else end + 1
    return ranges
