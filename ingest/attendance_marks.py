"""Attendance written as a mark on a list's lines ("✓ Name", "* Name") and the legend that says what a
mark means ("Medlemsliste (✓ = mødt, ✗ = afbud)", "Medlemmer (* = mødt, ikke markeret = afbud):",
"(*) deltog" on a line of its own).

A legend is read from any header line and holds for the whole header: its parenthesised group, or the
whole line, is blanked (offsets kept) so the heading it follows reads as a plain heading. Then each list
is split where its marks change: a line marked present keeps its list's kind, one marked absent goes to
an absence list, and an unmarked line takes what the legend says of lines without a mark. The marks and
the phrases for "unmarked" are in `data/lexicon/attendance_marks.tsv`; what a legend's word means
("mødt", "afbud", "deltog") comes from `headings.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection

PRESENT, ABSENT, UNMARKED = "present", "absent", "unmarked"
_PAREN_GROUP = re.compile(r"\(([^()]*=[^()]*)\)")  # "(✓ = mødt, ✗ = afbud)": only a group with "=" is a legend
_PART_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+og\s+")
_MARK = re.compile(r"[^\w\s(),;=:]{1,3}|[A-ZÆØÅ]")  # a symbol, or one capital ("X = mødt")
_BRACKETED_MARK = re.compile(r"^\(([^\w\s()]{1,3}|[A-ZÆØÅ])\)\s*[=:]?\s*(.+)$")  # "(*) deltog"
_LIST_KINDS = frozenset({"members", "present", "absent", "affiliated", "guests"})


@dataclass(frozen=True)
class Legend:
    """What each mark means (present or absent), and what a line without a mark means (None: nothing)."""

    marks: tuple[tuple[str, str], ...] = ()
    unmarked: str | None = None

    def __bool__(self) -> bool:
        return bool(self.marks) or self.unmarked is not None

    def merged(self, other: Legend) -> Legend:
        return Legend(self.marks + other.marks, self.unmarked or other.unmarked)


def _meaning(words: str) -> str | None:
    """PRESENT or ABSENT for a legend's word ("mødt", "afbud", "deltog i mødet", "ikke mødt")."""
    headings = load().headings
    parts = fold(words).strip(" .:").split()
    for n in (len(parts), 2, 1):  # the whole phrase, else its first words ("deltog i mødet")
        heading = headings.get(" ".join(parts[:n])) if 0 < n <= len(parts) else None
        if heading is not None and heading.kind in ("members", "present", "absent"):
            return ABSENT if heading.kind == "absent" else PRESENT
    return None


def parse_legend(text: str) -> Legend | None:
    """The legend `text` is, or None: every part of it gives a mark a meaning.

    >>> parse_legend("✓ = mødt, ✗ = afbud").marks
    (('✓', 'present'), ('✗', 'absent'))
    >>> parse_legend("* = mødt, ikke markeret = afbud").unmarked
    'absent'
    >>> parse_legend("(L) = lukket punkt") is None
    True
    """
    marks, unmarked = [], None
    for part in (p for p in _PART_SEPARATOR.split(text.strip()) if p):
        if "=" in part:
            left, _, right = (s.strip() for s in part.partition("="))
            left = left[1:-1].strip() if left.startswith("(") and left.endswith(")") else left
        elif bracketed := _BRACKETED_MARK.match(part):
            left, right = bracketed.group(1), bracketed.group(2)
        else:
            return None
        meaning = _meaning(right)
        if meaning is None:
            return None
        if load().attendance_marks.get(fold(left)) == UNMARKED:
            unmarked = meaning
        elif _MARK.fullmatch(left):
            marks.append((left, meaning))
        else:
            return None
    legend = Legend(tuple(marks), unmarked)
    return legend if legend else None


def read_legends(lines: list[Line]) -> tuple[Legend, list[Line]]:
    """The legend of a header, and its lines with the legend blanked out (same offsets)."""
    legend, out = Legend(), []
    for line in lines:
        text = line.text
        # cheap tests first: a legend has "=" or starts with a bracketed mark
        if "=" in text or text.lstrip().startswith("("):
            whole = parse_legend(text.strip())
            if whole:
                legend, text = legend.merged(whole), " " * len(text)
            elif "(" in text:
                for group in _PAREN_GROUP.finditer(text):
                    if found := parse_legend(group.group(1)):
                        legend = legend.merged(found)
                        text = text[: group.start()] + " " * (group.end() - group.start()) + text[group.end() :]
        out.append(line if text is line.text else Line(line.start, text))
    return legend, out


def _mark_of(text: str, legend: Legend) -> tuple[str | None, int, int]:
    """(meaning, start, end) of a line's leading or trailing mark ("✓ Name", "Name (*)") and of the
    text beside it; (None, 0, len(text)) for a line without one."""
    stripped = text.strip()
    if legend.marks:
        known = dict(legend.marks)
    else:  # only the lexicon's marks, one character each, at either end
        defaults = load().attendance_marks
        known = {m: d for m in (stripped[:1], stripped[-1:]) if (d := defaults.get(m)) in (PRESENT, ABSENT)}
        if not known:
            return None, 0, len(text)
    for mark in sorted(known, key=len, reverse=True):
        for written in (mark, f"({mark})"):
            if len(stripped) <= len(written):
                continue
            if stripped.startswith(written):
                start = text.index(written) + len(written)
                start += len(text[start:]) - len(text[start:].lstrip())
                return known[mark], start, len(text.rstrip())
            if stripped.endswith(written):
                return known[mark], len(text) - len(text.lstrip()), len(text[: text.rindex(written)].rstrip())
    return None, 0, len(text)


def _kind(section: ParticipantSection, meaning: str | None) -> str:
    if meaning == ABSENT:
        return "absent"
    if meaning == PRESENT and section.kind == "absent":
        return "present"
    return section.kind


def split_by_marks(section: ParticipantSection, legend: Legend) -> list[ParticipantSection]:
    """The section split where its lines' marks change what being listed means; the marks dropped."""
    if section.kind not in _LIST_KINDS or section.columns:
        return [section]
    read = []
    for line in section.lines:
        meaning, start, end = _mark_of(line.text, legend)
        read.append((meaning, Line(line.start + start, line.text[start:end]) if meaning else line))
    meanings = {m for m, _ in read}
    if meanings == {None}:
        return [section]
    # a mark no legend defines says something only beside another mark or an unmarked line ("☐" on
    # every line is a PDF's bullet); it goes either way
    heard = bool(legend) or len(meanings) > 1
    parts: list[ParticipantSection] = []
    for meaning, line in read:
        meaning = (meaning or legend.unmarked) if heard else None
        kind = _kind(section, meaning)
        if parts and parts[-1].kind == kind:
            parts[-1] = ParticipantSection(kind, section.heading, parts[-1].lines + (line,))
        else:
            parts.append(ParticipantSection(kind, section.heading, (line,)))
    return parts
