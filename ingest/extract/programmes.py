"""Well-known programmes named in the text (`data/lexicon/programmes.tsv`), in any inflection:
"Bydelsmødrene" is Bydelsmødre. Read by `ingest/extract/initiatives.py`."""
from __future__ import annotations

import functools
import re
from typing import Callable

from ingest.alternation import literal_alternation
from ingest.extract.lowered import lower_safe, matches_at, name_starts
from ingest.lexicon import fold, load

_YEAR_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)\b(?![.,]\d)")
_NUMBERED_LINE = re.compile(r"[ \t#*]*(?:(?:Ad|Pkt\.?|Punkt)[ \t]+)?\d+[a-z]?[.)]?[ \t]*|[ \t]*")


@functools.lru_cache(maxsize=1)
def _programmes_pattern() -> re.Pattern[str]:
    """One pattern for every known programme, in any inflection, compiled once."""
    names = sorted(load().programmes, key=len, reverse=True)
    # the first letters up front let the scan pass over most positions with one test
    first = "".join(sorted({re.escape(c) for n in names for c in (n[0].lower(), n[0].upper())}))
    return re.compile(r"(?=[" + first + r"])(?<![\w\-])(" + "|".join(re.escape(n) for n in names) + r")[\w\-]*", re.I)


@functools.lru_cache(maxsize=1)
def _lower_programmes_pattern() -> re.Pattern[str] | None:
    """`_programmes_pattern` for lower-cased text, its look-behind left to `matches_at` (which tries it
    only where a name begins: `_lower_names`; None when a name has a character that is not `lower_safe`)."""
    names = load().programmes
    if not all(map(lower_safe, "".join(names))):
        return None
    alternatives = literal_alternation(sorted({n.lower() for n in names}, key=len, reverse=True))
    return re.compile(r"(" + alternatives + r")[\w\-]*")


@functools.lru_cache(maxsize=1)
def _lower_names() -> frozenset[str]:
    return frozenset(n.lower() for n in load().programmes)


def programmes(chunk: str, offset: int, add: Callable[[str, str, int, int], None], low: str | None,
               organisations: frozenset[str] | set[str] = frozenset()) -> None:
    """Well-known programmes (`programmes.tsv`), in any inflection: "Bydelsmødrene" is Bydelsmødre.
    `low`: the chunk lower-cased when `lowered` allows it, scanned instead of the chunk (faster);
    `organisations`: folded names of the document's organisations: where one is named by the programme
    ("Bydelsmødrene i Vestby", a local group), the programme is that organisation in the document."""
    known_names, pattern = load().programmes, _lower_programmes_pattern()
    if low is None or pattern is None:
        spans = [(m.start(), m.start(1), m.end(1), m.end()) for m in _programmes_pattern().finditer(chunk)]
    else:
        starts = name_starts(low, _lower_names())
        spans = [(m.start(), m.start(1), m.end(1), m.end()) for m in matches_at(pattern, low, starts)]
    # (the organisations' first words only where a programme is named: most chunks name none)
    local = tuple(o.split()[0] for o in organisations if " " in o) if spans else ()
    for start, name_start, name_end, end in spans:
        base = fold(chunk[name_start:name_end])
        known = known_names.get(base)
        if known and not any(first.startswith(base) for first in local):
            # "holde Frivillig Fredag 2020": that year's edition, where a sentence writes it (a title alone does not)
            heading = _NUMBERED_LINE.fullmatch(chunk, chunk.rfind("\n", 0, start) + 1, start)
            year = None if heading else _YEAR_AFTER.match(chunk, end)
            add(known[0] + (" " + year.group(1) if year else ""), known[1], offset + start,
                offset + (year.end() if year else end))
