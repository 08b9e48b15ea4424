"""`lowered`'s cheap test of the usual characters gives what testing every character gives."""
from __future__ import annotations

import random

from ingest.extract import lowered


def test_usual_characters_are_lower_safe_and_the_rest_is_tested_one_by_one() -> None:
    usual = [chr(c) for c in range(0x250)] + [chr(c) for c in range(0x2000, 0x2070)]
    others = list("İıſΣσςµẞßŁłΩ€•–’“”\u0345ι中") + ["\U0001F600"]
    rng = random.Random(40)
    for _ in range(3000):
        text = "".join(rng.choice(usual if rng.random() < 0.9 else others) for _ in range(rng.randint(0, 12)))
        lowered.lowered.cache_clear()
        expected = text.lower() if all(map(lowered.lower_safe, set(text))) else None
        assert lowered.lowered(text) == expected, text
    assert lowered._unlisted().search("Aarhus Kommune – “Café” 5 €") is None
    assert lowered._unlisted().search("İstanbul") is not None
