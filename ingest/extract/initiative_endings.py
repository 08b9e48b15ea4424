"""Whether a word ends like a kind of initiative (`initiative_suffixes.tsv`): the cheap test that
picks, out of all the words of a text, the few that may name one."""
from __future__ import annotations

import functools

from ingest.lexicon import load

_PLAIN = str.maketrans("éèêáàäöüÉ", "eeeaaaouE")  # the accents `fold` drops ("Job-Café")


@functools.lru_cache(maxsize=1)
def endings() -> tuple[str, ...]:
    """The listed endings, folded."""
    return tuple(sorted({e for e, _ in load().initiative_suffixes}))


@functools.lru_cache(maxsize=1)
def _by_tail() -> tuple[int, dict[str, tuple[str, ...]]]:
    """n, the shortest ending's length, and the endings by their last n letters: a word ends with one
    of `endings()` exactly when it ends with one listed under its own last n letters, so one look-up
    and a few tests replace a test per ending."""
    n, by_tail = min(map(len, endings()), default=0), {}  # type: int, dict[str, tuple[str, ...]]
    for e in endings():
        by_tail[e[len(e) - n :]] = by_tail.get(e[len(e) - n :], ()) + (e,)
    return n, by_tail


@functools.lru_cache(maxsize=100_000)
def ends_like_initiative(word: str) -> bool:
    """Whether `word` ends like a kind of initiative, case and the accents `fold` drops aside."""
    (n, by_tail), low = _by_tail(), word.lower()
    # the slices: a word shorter than n gives a key shorter than every listed one, so no ending
    if low.endswith(by_tail.get(low[len(low) - n :], ())):
        return True
    return not low.isascii() and (plain := low.translate(_PLAIN)).endswith(by_tail.get(plain[len(plain) - n :], ()))
