"""Footnotes that close items: a title carries a mark ("Pkt. 5. Klagesag *)"), a note at the foot says
what it means ("*)  Lukket punkt.").

Minutes mark a closed item this way when the title must stay short or the closing is added after the
minutes were written: the mark is "*)", "**)", "*", a dagger ("†", "‡"), a superscript digit ("¹") or a number
in brackets ("(1)", "1)"). The note may stand anywhere, also in a Word page footer read above the text. A footnote line defines a closed mark when its text is a closed marker or a closing
phrase; the items whose title ends with that mark close. A footnote line closes nothing by itself
(it explains a mark, like the legend "(L) = lukket punkt"), but only when some title carries its mark:
a stray "*) Lukket punkt" under an item with no marked title still closes that item, as any marker
line among an item's first lines does. Works on the raw lines: cleaning takes "*" for a bullet.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.closed import closed_title

_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_DAGGERS = "†‡"  # the footnote marks after "*" in typesetting's order
# "*)  Lukket punkt.", "**) …", "* Lukket punkt", "¹ Lukket punkt", "(1) Lukket punkt", "1) = lukket punkt"
_DEFINITION = re.compile(rf"^\s*(\*{{1,3}}\)?|[{_SUPERSCRIPTS}{_DAGGERS}]{{1,2}}\)?|\(\d{{1,2}}\)|\d{{1,2}}\))"
                         r"\s*(?:[=:]\s*|[-–]\s+)?(\S.{0,118})$")
_TRAILING_DECOR = re.compile(r"(?:\*\*|__|</?\w+[^>]*>|\s)+$")
# a mark at the end of a cleaned title: "Regnskab 2023 *)" (and "Regnskab 2023 )": cleaning takes "**" for bold)
_TITLE_MARK = re.compile(rf"\s*(?:\*{{1,3}}\)|\*{{1,3}}|[{_SUPERSCRIPTS}{_DAGGERS}]{{1,2}}\)?)$|\s+\)$")


def footnote_definitions(raw_lines: Sequence[str]) -> dict[str, list[int]]:
    """The closed marks footnote lines define, each with the lines defining it.

    >>> footnote_definitions(["Pkt. 5 Klage *)", "", "*)  Lukket punkt.", "**) Bilag udsendt."])
    {'*)': [2]}
    """
    found: dict[str, list[int]] = {}
    # cheap test first, in one comprehension: a footnote line starts with its mark
    for i in [i for i, raw in enumerate(raw_lines)
              if raw and ((first := raw.lstrip()[:1]) in "*(" or first in _SUPERSCRIPTS or first in _DAGGERS
                          or first.isdigit())]:
        if (m := _DEFINITION.match(raw_lines[i])) and closed_title(m.group(2)):
            found.setdefault(m.group(1), []).append(i)
    return found


def carries_mark(raw: str, mark: str) -> bool:
    """Whether a raw title line ends with a footnote mark (not a longer mark: "**)" does not carry "*)")."""
    text = _TRAILING_DECOR.sub("", raw)
    if not text.endswith(mark) or len(text) == len(mark):
        return False
    before = text[-len(mark) - 1]
    if mark[0] == "*":
        # a lone "*" also ends an italic title ("*Klagesag*"): only a title with no other star counts
        return before != "*" and (mark != "*" or text.count("*") == 1)
    if mark[0].isdigit():
        return not before.isdigit() and before != "(" and before not in _SUPERSCRIPTS
    return before not in _SUPERSCRIPTS and not before.isdigit()


def footnoted_items(raw_lines: Sequence[str], title_lines: Sequence[Sequence[int]]) -> tuple[set[int], set[int]]:
    """(the items, by position in `title_lines`, whose title carries a closed footnote mark; the footnote lines
    that explain a mark some title carries). `title_lines`: for each item, the lines its title is on."""
    definitions = footnote_definitions(raw_lines)
    if not definitions:
        return set(), set()
    closed, explaining = set(), set()
    for n, indexes in enumerate(title_lines):
        for mark, defined_at in definitions.items():
            if any(i not in defined_at and carries_mark(raw_lines[i], mark) for i in indexes):
                closed.add(n)
                explaining.update(defined_at)
    return closed, explaining


def strip_mark(title: str) -> str:
    """A cleaned title without a footnote mark at its end ("Regnskab 2023 *)" → "Regnskab 2023")."""
    if not title or title[-1] not in ")*" + _SUPERSCRIPTS + _DAGGERS:  # cheap test first
        return title
    if title.endswith(")") and title.count("(") >= title.count(")") and not title.endswith("*)"):
        return title  # "Valg af revisor (ekstern)": a bracket, no mark
    return _TITLE_MARK.sub("", title) or title
