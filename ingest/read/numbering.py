"""Word's automatic list numbers, which python-docx leaves out of a paragraph's text.

Agenda items are often a numbered list ("1. Godkendelse af dagsorden"); without the number
the segmenter could not find them. We count the way Word does: one counter per abstract
list and level, deeper levels restarting when a shallower item appears, and a list instance
(`w:num`) with a start override ("Eventuelt" numbered 5 in a list of its own) restarting its
level at that number where its first paragraph stands.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """The list definitions of one document and the counters of the lists read so far."""

    levels: dict[tuple[str, int], _Level] = field(default_factory=dict)  # (abstract id, level)
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    style_num: dict[str, str] = field(default_factory=dict)  # styleId -> numId
    counters: dict[str, list[int]] = field(default_factory=dict)
    start_overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> {level: start}
    restarted: set[str] = field(default_factory=set)  # the numIds whose overrides have been applied
    # the names of the paragraph styles, read in the same pass over the styles: a template may mark a closed item
    # by its heading's style alone ("Overskrift lukket punkt")
    style_names: dict[str, str] = field(default_factory=dict)  # styleId -> name

    @classmethod
    def of(cls, document: Any) -> Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            for abstract in root.iterchildren(f"{_W}abstractNum"):
                aid = abstract.get(f"{_W}abstractNumId", "")
                for lvl in abstract.iterchildren(f"{_W}lvl"):
                    numbering.levels[(aid, _int(lvl.get(f"{_W}ilvl"), 0))] = _Level(
                        fmt=_val(lvl, "numFmt") or "decimal",
                        text=_val(lvl, "lvlText") or "",
                        start=_int(_val(lvl, "start"), 1),
                    )
            for num in root.iterchildren(f"{_W}num"):
                num_id = num.get(f"{_W}numId", "")
                numbering.abstract_of[num_id] = _val(num, "abstractNumId") or ""
                for override in num.iterchildren(f"{_W}lvlOverride"):
                    start = _val(override, "startOverride")
                    if start is not None:
                        level = _int(override.get(f"{_W}ilvl"), 0)
                        numbering.start_overrides.setdefault(num_id, {})[level] = _int(start, 1)
        for style in document.styles.element.iterchildren(f"{_W}style"):
            name = style.find(f"{_W}name")
            if name is not None and style.get(f"{_W}type") == "paragraph":
                numbering.style_names[style.get(f"{_W}styleId", "")] = name.get(f"{_W}val", "")
            num_id = style.find(f"{_W}pPr/{_W}numPr/{_W}numId")
            if num_id is not None:
                numbering.style_num[style.get(f"{_W}styleId", "")] = num_id.get(f"{_W}val", "")
        return numbering

    def label(self, p: Any) -> str:
        """The list label of a paragraph element with a trailing space ("3. ", "• "), or ""."""
        num_id, level = self._num_of(p)
        abstract = self.abstract_of.get(num_id or "")
        lvl = self.levels.get((abstract or "", level))
        if abstract is None or lvl is None or lvl.fmt == "none":
            return ""
        if lvl.fmt == "bullet":
            return "• "
        counts = self.counters.setdefault(abstract, [])
        while len(counts) <= level:
            start = self.levels.get((abstract, len(counts)))
            counts.append((start.start if start else 1) - 1)
        if num_id in self.start_overrides and num_id not in self.restarted:
            self.restarted.add(num_id)
            for overridden, start_at in self.start_overrides[num_id].items():
                if overridden < len(counts):
                    counts[overridden] = start_at - 1
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            start = self.levels.get((abstract, deeper))
            counts[deeper] = (start.start if start else 1) - 1
        text = lvl.text
        for n in range(level, -1, -1):
            shallow = self.levels.get((abstract, n))
            text = text.replace(f"%{n + 1}", _format(max(counts[n], 0), shallow.fmt if shallow else "decimal"))
        return f"{text} " if text else ""

    def _num_of(self, p: Any) -> tuple[str | None, int]:
        props = p.find(f"{_W}pPr")
        if props is None:
            return None, 0
        num_pr = props.find(f"{_W}numPr")
        level = _int(_val(num_pr, "ilvl"), 0) if num_pr is not None else 0
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        if num_id is None:
            style = _val(props, "pStyle")
            num_id = self.style_num.get(style or "")
        return (None if num_id == "0" else num_id), level


def _val(element: Any, child: str) -> str | None:
    found = element.find(f"{_W}{child}")
    return None if found is None else found.get(f"{_W}val")


def _int(raw: str | None, default: int) -> int:
    try:
        return int(raw) if raw is not None else default
    except ValueError:
        return default


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = ""
        for value, numeral in _ROMAN:
            while n >= value:
                roman, n = roman + numeral, n - value
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)
