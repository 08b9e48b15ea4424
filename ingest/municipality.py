"""Which municipality minutes are of: the one they name most, the title and header weighing more.

A name in the header weighs more than one in the text, and "X Kommune" more than a bare "X"; a surname that is
also a municipality's name ("Asmund Greve") is passed over after a given name.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ingest.lexicon import fold, load
from ingest.model import Line

CAPITALISED = re.compile(r"[A-ZÆØÅ][\w]*(?:-[A-ZÆØÅ][\w]*)?")


@functools.lru_cache(maxsize=100_000)
def _may_name_municipality(word: str) -> bool:
    """Whether a capitalised word, or the word without a genitive "s", is a municipality's name."""
    municipalities = load().municipalities
    return fold(word) in municipalities or (word.endswith("s") and fold(word[:-1]) in municipalities)


def named_municipality(lines: list[Line], text: str) -> str | None:
    """The municipality named most, with the title, header and "X Kommune" phrases weighing more."""
    lex = load()
    votes: Counter[str] = Counter()
    header = "\n".join(line.text for line in lines)
    if text.startswith(header) and text[len(header) : len(header) + 1] in ("", "\n"):
        scans = [(text, len(header), 1)]  # the header is the text's first lines: one scan counts both
    else:
        scans = [(header, len(header), 0), (text, 0, 1)]
    for source, header_end, text_weight in scans:  # a name in the header weighs 4, in the text 1
        # most capitalised words name no municipality: test each distinct word once, then find
        # only the few that may
        named = set(filter(_may_name_municipality, set(CAPITALISED.findall(source))))  # filter: the pass runs in C
        for start, word in sorted((at, word) for word in named for at in capitalised_at(source, word)):
            end = start + len(word)
            before = source[max(0, start - 30) : start].split()
            if before and before[-1][:1].isupper() and fold(before[-1]) in lex.first_names:
                continue  # "Asmund Greve": a surname, not the municipality
            mun = lex.municipalities.get(fold(word))
            follows = source[end : end + 9].lower()
            if mun is None and word.endswith("s") and follows.startswith(" kommune"):
                mun = lex.municipalities.get(fold(word[:-1]))
            if mun is not None:
                weight = (4 if end <= header_end else 0) + text_weight
                votes[mun.name] += weight * (3 if follows.startswith(" kommune") else 1)
    return votes.most_common(1)[0][0] if votes else None


def capitalised_at(source: str, word: str) -> list[int]:
    """Where `CAPITALISED.finditer(source)` finds `word`, found without scanning all of `source`.

    A capitalised word holds letters, digits, "_" and "-" only, so a scan that starts after any
    other character is where a scan of the whole text is; each place `word` is written is
    checked by such a scan from the start of its run of word characters.
    """
    found = []
    at = source.find(word)
    while at >= 0:
        run = at
        while run > 0 and (source[run - 1].isalnum() or source[run - 1] in "_-"):
            run -= 1
        for m in CAPITALISED.finditer(source, run):
            if m.start() >= at:
                if m.start() == at and m.end() == at + len(word):
                    found.append(at)
                break
        at = source.find(word, at + 1)
    return found
