"""Lines of `data/lexicon/closed_markers.txt` of the kinds the `Lexicon` record does not carry.

The later rules on closed parts (`lookalike`, `closes_rest`, `reopens`) read their words here, so the
vocabulary stays in one data file without a field of `ingest/lexicon.py` for each.
"""
from __future__ import annotations

import functools

from ingest.lexicon import LEXICON_DIR, fold


@functools.lru_cache(maxsize=None)
def closed_words(kind: str) -> tuple[str, ...]:
    """The folded phrases of one kind, longest first.

    >>> "slukket" in closed_words("lookalike")
    True
    """
    lines = (LEXICON_DIR / "closed_markers.txt").read_text(encoding="utf-8").splitlines()
    found = {fold(line.split("\t", 1)[1].strip()) for line in lines if line.startswith(f"{kind}\t")}
    return tuple(sorted(found, key=len, reverse=True))
