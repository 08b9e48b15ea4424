"""The prose reader's opening phrases are looked for only where a match can start, and found as a scan finds them."""
from __future__ import annotations

import random
import re
import sys

from ingest.lexicon import load
from ingest.prose import _phrases, first_words, opening_matches


def test_the_openings_look_behind_at_no_other_character() -> None:
    # the pattern's openings: the text's start, or right after one of these (re.IGNORECASE adds no other character)
    behind = re.compile(r"(?:(?<=[.!?;])|(?<=\n)|(?<=,))", re.I)
    assert {c for c in map(chr, range(sys.maxunicode + 1)) if behind.match(c + "x", 1)} == set(".!?;\n,")
    assert _phrases()[0].pattern.startswith(r"(?:^|(?<=[.!?;])\s+|(?<=\n)|(?<=,)\s+(?=og\s))(")


def test_openings_are_found_as_by_a_scan_of_every_character() -> None:
    pattern = _phrases()[0]
    assert pattern is not None
    phrases = sorted(load().prose_headings)
    pieces = [*phrases, *(p.title() for p in phrases), *(p.upper() for p in phrases), "Anne Holm", "Bo", "centerleder Ida",
              "og", "og ", "fra", "Lars Ravn (formand)", "Vi var 19 til mødet (+ et par børn):", "19", ":", "\t", "ſ", "K"]
    seps = [" ", "  ", ". ", ".", "! ", "? ", "; ", ";", ", ", ",", "\n", " \n", ".\n", ", og ", " - ", "\n\n", ":"]
    rnd = random.Random(7)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 8)))
        text = text[rnd.randint(0, 3):]
        expected = [(m.span(), m.span(1)) for m in pattern.finditer(text)]
        assert [(m.span(), m.span(1)) for m in opening_matches(pattern, text)] == expected, text


def test_the_first_words_look_ahead_lets_every_opening_through() -> None:
    pattern = _phrases()[0]
    assert pattern is not None
    ahead = first_words(load().prose_headings)
    assert ahead in pattern.pattern
    plain = re.compile(pattern.pattern.replace(ahead, "", 1), pattern.flags)
    phrases = sorted(load().prose_headings)
    pieces = [*phrases, *(p.title() for p in phrases), *(p.upper() for p in phrases), "Fra", "Vi", "I", "Til:", "Afbud:",
              "Frank Holm", "Anne", "fraværende", "ud", "tilstede", "ſ", "\u212a"]
    seps = [" ", "  ", ". ", "\n", ": ", ", ", ", og ", "\t", ":", ""]
    rnd = random.Random(11)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(1, 8)))
        assert [(m.span(), m.span(1)) for m in pattern.finditer(text)] == \
               [(m.span(), m.span(1)) for m in plain.finditer(text)], text
