"""Find a name the way a person types it: any case, with or without accents, a part or a typo.

"thorkild" finds "Thorkild Damsgaard Olsen", "martha" finds "Martha Ahlmann", "Soren Moeller"
finds "Søren Møller" (æ/ø/å and ae/oe/aa are the same letters in Danish spelling), and
"Hoe" finds "Hoé". The CLI and the dashboard use this to turn a typed name into a person id.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from typing import Iterable, Mapping

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
FUZZY_CUTOFF = 0.75
# Fuzzy candidates this far below the best one are dropped: they are not what was meant.
FUZZY_MARGIN = 0.1


def fold_name(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; Danish letters spelt out.

    >>> fold_name("  Birgit Hoé-Knudsen ") , fold_name("Søren Møller") == fold_name("soeren moeller")
    ('birgit hoe knudsen', True)
    """
    lowered = unicodedata.normalize("NFC", text).casefold().translate(_DANISH)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", lowered)
                    if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", plain).strip()


def _word_prefixes(query: list[str], words: list[str]) -> bool:
    """True when each query word starts a name word, in order ("thork olsen" → "thorkild … olsen")."""
    position = 0
    for part in query:
        while position < len(words) and not words[position].startswith(part):
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


def _partial_tier(query: str, name: str) -> int | None:
    """0: the name starts with the query; 1: its words do; 2: the query is inside; else None."""
    if name.startswith(query):
        return 0
    if _word_prefixes(query.split(), name.split()):
        return 1
    if query in name:
        return 2
    return None


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _similarity(query: str, name: str) -> float:
    """The better of the whole-name ratio and the mean of each query word's best word ratio.

    Word by word, "torkild olsen" is close to "thorkild damsgaard olsen" although the whole
    strings differ by a middle name.
    """
    words = name.split()
    per_word = [max((_ratio(part, word) for word in words), default=0.0)
                for part in query.split()]
    return max(_ratio(query, name), sum(per_word) / len(per_word))


def match_name(query: str, names: Mapping[str, str] | Iterable[str]) -> list[str]:
    """The names (or, for a mapping key → name, the keys) that `query` means, best first.

    Exact matches (after folding) win outright; otherwise the names that start with the query,
    then those whose words start with the query's words, then those containing it; otherwise
    the closest spellings (difflib). Only the best non-empty tier is returned, so more than
    one result means the query is ambiguous and the caller should ask.

    >>> match_name("martha", ["Martha Ahlmann", "Nada Naanaah"])
    ['Martha Ahlmann']
    >>> match_name("Eva", {"p1": "Eva Nanni", "p2": "Eva S.", "p3": "Nada"})
    ['p1', 'p2']
    >>> match_name("Torkild Olsen", ["Thorkild Damsgaard Olsen", "Lotte Hassing"])
    ['Thorkild Damsgaard Olsen']
    """
    keyed = dict(names) if isinstance(names, Mapping) else {name: name for name in names}
    wanted = fold_name(query)
    if not wanted:
        return []
    folded = {key: fold_name(str(name)) for key, name in keyed.items()}

    def ordered(keys: Iterable[str]) -> list[str]:
        return sorted(keys, key=lambda key: (folded[key], str(key)))

    exact = [key for key, name in folded.items() if name == wanted]
    if exact:
        return ordered(exact)
    tiers: dict[int, list[str]] = {}
    for key, name in folded.items():
        tier = _partial_tier(wanted, name)
        if tier is not None:
            tiers.setdefault(tier, []).append(key)
    if tiers:
        return ordered(tiers[min(tiers)])
    scores = {key: _similarity(wanted, name) for key, name in folded.items()}
    best = max(scores.values(), default=0.0)
    close = [key for key, score in scores.items()
             if score >= FUZZY_CUTOFF and score >= best - FUZZY_MARGIN]
    return sorted(close, key=lambda key: (-scores[key], folded[key], str(key)))
