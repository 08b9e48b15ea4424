"""The trie-shaped alternation finds exactly what the plain alternation of the same words finds."""
from __future__ import annotations

import random
import re

import pytest

from ingest.alternation import literal_alternation
from ingest.lexicon import load


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


def _random_words(rng: random.Random, n: int) -> list[str]:
    """Short words over a small alphabet, many of them prefixes of others (the hard case for a trie)."""
    words = {"".join(rng.choice("ab -") for _ in range(rng.randint(0, 5))) for _ in range(n)}
    return list(words)


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice("ab -x\n") for _ in range(rng.randint(0, 60)))


def _same_matches(plain: str, trie: str, texts: list[str]) -> None:
    a, b = re.compile(plain), re.compile(trie)
    for text in texts:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
        for pos in range(0, len(text) + 1, 7):  # a scan from inside the text sees the characters before it
            first, second = a.search(text, pos), b.search(text, pos)
            assert (first and first.span()) == (second and second.span())


@pytest.mark.parametrize("seed", range(30))
def test_random_words_in_any_order_match_as_the_plain_alternation(seed: int) -> None:
    rng = random.Random(seed)
    words = _random_words(rng, rng.randint(1, 12))
    if seed % 2:
        words.sort(key=len, reverse=True)
    texts = [_random_text(rng) for _ in range(40)]
    _same_matches(_plain(words), literal_alternation(words), texts)
    _same_matches(rf"(?<!\w){_plain(words)}(?!\w)", rf"{literal_alternation(words, word_start=True)}(?!\w)", texts)
    # what follows the alternation may fail and send the scan back into it: "(s)?(?![\w\-])"
    _same_matches(rf"({_plain(words)})(b)?(?![\w\-])", rf"({literal_alternation(words)})(b)?(?![\w\-])", texts)


def test_the_closed_markers_match_as_the_plain_alternation() -> None:
    lex = load()
    words = sorted(lex.closed_item_markers | lex.closed_section_markers | lex.closed_phrases, key=len, reverse=True)
    texts = [w for w in words] + [f"x {w}er, {w} og {w[:-1]}" for w in words] + ["".join(words)]
    _same_matches(rf"(?<!\w){_plain(words)}(?!\w)", rf"{literal_alternation(words, word_start=True)}(?!\w)", texts)
