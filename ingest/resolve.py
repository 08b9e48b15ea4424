"""Which person a name form means: first names, initials, dropped middle names, misspellings.

Pure functions over name strings. Within a document a short form resolves to a full name only
when exactly one full name fits; otherwise it stays a person of its own.
"""
from __future__ import annotations

import difflib
import functools
import re

from ingest.lexicon import fold

# OCR and typing confusions seen in minutes: "Heiberg-lürgensen" for "Heiberg-Iürgensen".
_CONFUSABLE = str.maketrans({"l": "i", "1": "i", "0": "o"})


def _key(text: str) -> str:
    return re.sub(r"[\s\-.]", "", fold(text))


def _parts(name: str) -> list[str]:
    return [p for p in re.split(r"[\s]+", name.strip()) if p]


def _initials_of(words: list[str]) -> str:
    letters = []
    for word in words:
        for piece in word.split("-"):
            if piece:
                letters.append(fold(piece[0]).translate(_CONFUSABLE))
    return "".join(letters)


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _key(a), _key(b)).ratio()


@functools.lru_cache(maxsize=100_000)
def fits(short: str, full: str) -> bool:
    """Whether the name form `short` can denote the person called `full`.

    "Martha" ~ "Martha Ahlmann"; "Gitte KW" ~ "Gitte Kjær-Westermann"; "Eva N" ~ "Eva Nanni";
    "Karina Hoyda" ~ "Karina Elisabeth Hoyda"; "Annemette" ~ "Anne Mette Meimann";
    "Farghana" ~ "Fargana Ismailova"; "Poul" ~ "Paul K Jeppesen"; "Tove Hjorth" ~ "Tove Hjort".
    """
    s, f = _parts(short), _parts(full)
    if not s or not f or len(s) > len(f):
        return False
    if fold(short) == fold(full):
        return True
    if not _given_fits(s[0], f):
        return False
    joined = len(f) > 2 and _key(s[0]) == _key(f[0] + f[1])  # "Annemette" for "Anne Mette"
    rest_s, rest_f = s[1:], f[2:] if joined else f[1:]
    if not rest_s:
        return True
    if len(rest_s) == 1 and re.fullmatch(r"[A-ZÆØÅ]{1,3}\.?(?:-[A-ZÆØÅ]{1,2}\.?)?", rest_s[0]):
        letters = _initials_of([rest_s[0].replace(".", "")]) if "-" in rest_s[0] else fold(rest_s[0].replace(".", "")).translate(_CONFUSABLE)
        return _initials_of(rest_f).endswith(letters) or _initials_of(rest_f).startswith(letters)
    remaining = iter(fold(w) for w in rest_f)
    if all(fold(w) in remaining for w in rest_s):  # the short form's words, in order
        return True
    # a surname misspelt by one letter under the same given name ("Tove Hjorth" for "Tove Hjort"), as a given
    # name may be; a short one ("Holt", "Holm") is another name
    last, surname = fold(s[-1]), fold(f[-1])
    return (len(s) == 2 and fold(s[0]) == fold(f[0]) and len(last) >= 5 and len(surname) >= 5
            and last[0] == surname[0] and edit_distance(last, surname) <= 1)


def _given_fits(given: str, full_words: list[str]) -> bool:
    first = full_words[0]
    if fold(given) == fold(first):
        return True
    if len(full_words) > 2 and _key(given) == _key(first + full_words[1]):  # "Annemette"
        return True
    # a misspelt or variant given name: one letter off ("Farghana", "Poul", "Thorkil"); two or more
    # letters make another name ("Birgit" is not "Birgitte")
    return len(given) >= 4 and given[0].lower() == first[0].lower() and edit_distance(fold(given), fold(first)) <= 1


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings: names)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def resolve(short: str, full_names: list[str]) -> str | None:
    """The one full name `short` fits, or None when none or several fit."""
    folded = list(map(fold, full_names))  # each folded once, in C
    if fold(short) in folded:
        return full_names[folded.index(fold(short))]
    initial = short[:1].lower()
    candidates = [f for f in full_names if f[:1].lower() == initial and fits(short, f)]
    if len(candidates) > 1:  # prefer the exact given name over a spelling variant
        same_given = [f for f in candidates if fold(_parts(f)[0]) == fold(_parts(short)[0])]
        candidates = same_given if len(same_given) == 1 else candidates
    return candidates[0] if len(candidates) == 1 else None
