"""A fund named by its owner and its purpose.

Danish names a fund by who holds it, in the genitive, and what it pays for: "Lemvig Kommunes
Landdistriktspulje", "helhedsplanens aktivitetspulje", "DIF og DGI's Foreningspulje",
"Justitsministeriets pulje til forebyggelse af ungdomskriminalitet". The owner and the purpose are
part of the name: "aktivitetspulje" alone is any body's.
"""
from __future__ import annotations

import re

_WORD_BEFORE = re.compile(r"(?<![\w\-'’])([\w][\w\-'’]+)[ \t\n]+$")
# the capitalised words of the owner's name before its last word ("Lemvig", "Kultur- og", "DIF og")
_NAME_BEFORE = re.compile(r"[A-ZÆØÅ][\w\-]*[ \t](?:(?:[A-ZÆØÅ][\w\-]*|og)[ \t])*$")
# "til forebyggelse af ungdomskriminalitet", "til sundhedsfremme for mennesker med handicap"
# (a nouns' chain: a short word such as "nye" ends it; a word broken over a PDF line is one word)
_NOUN = r"[a-zæøå]\w*(?:-\n?[a-zæøå]\w*)*"
_PURPOSE = re.compile(r"[ \t]+til[ \t]+" + _NOUN + r"(?:[ \t\n]+(?:af|for|med|til)[ \t\n]+(?=\w{4})" + _NOUN + r")*")
_YEAR = re.compile(r"[ \t]+\d{4}\b(?:[-–]\d{2,4}\b)?")


def _is_genitive(word: str, compound: bool) -> bool:
    """"Kommunes", "DGI's", "helhedsplanens": a name or a definite noun in the genitive (the noun
    only before a compound: "rådets pulje" points back to a fund named before)."""
    if word.endswith(("'s", "’s")):
        return True
    if word[0].isupper():
        return word.endswith("s") and len(word) > 3 and not word.isupper()
    return compound and word.endswith(("ens", "ets")) and len(word) >= 6


def owner_before(chunk: str, start: int, compound: bool = True) -> int | None:
    """Where the genitive owner of a fund named at `start` begins ("Samsø Kommunes § 18-pulje"), or None."""
    before = _WORD_BEFORE.search(chunk, max(0, start - 60), start)
    if not before or not _is_genitive(before.group(1), compound):
        return None
    first = before.start(1)
    if first > 0 and chunk[first - 1] in " \t":
        name = _NAME_BEFORE.search(chunk, max(0, first - 60), first)
        if name and before.group(1)[0].isupper():
            first = name.start()
    return first


def owned_fund(chunk: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a fund word at `start`-`end` with its owner before and purpose or year after,
    or None when no genitive owner precedes it."""
    bare = chunk[start:end].lower() in ("pulje", "puljen")
    first = owner_before(chunk, start, not bare)
    if first is None:
        return None
    # a compound has its name ("aktivitetspulje til festen" pays for a party); a bare "pulje" its purpose
    after = (_PURPOSE.match(chunk, end) if bare else None) or _YEAR.match(chunk, end)
    return first, after.end() if after else end
