"""`extend_unique` keeps one value per folded form, in order, as testing each value against the list does."""
from __future__ import annotations

import random

from ingest.extract.descriptors import extend_unique
from ingest.lexicon import fold


def _plain(values: list[str], new: list[str]) -> list[str]:
    out = list(values)
    for value in new:
        if fold(value) not in {fold(v) for v in out}:
            out.append(value)
    return out


def test_extend_unique_appends_what_no_folded_form_holds_yet() -> None:
    values = ["Formand", "Aarhus Kommune"]
    extend_unique(values, ["formand", "Århus kommune", "sekretær", "Sekretær", "næstformand"])
    assert values == ["Formand", "Aarhus Kommune", "sekretær", "næstformand"]
    rng = random.Random(41)
    pieces = ["a", "A", "aa", "å", "Å", "é", "e", "", "ø"]
    for _ in range(2000):
        values = ["".join(rng.choices(pieces, k=rng.randint(0, 2))) for _ in range(rng.randint(0, 3))]
        new = ["".join(rng.choices(pieces, k=rng.randint(0, 2))) for _ in range(rng.randint(0, 4))]
        expected = _plain(values, new)
        extend_unique(values, new)
        assert values == expected
