"""The cheap test in front of `_REPRESENT` lets through every text it matches in."""
from __future__ import annotations

import pytest

from ingest.extract.relations import _REPRESENT, _REPRESENT_CORE


@pytest.mark.parametrize("text", [
    "Martha og Birgit er repræsentative for chefgruppen i Rudersdal Kommune.",
    "Ole Hansen var repræsentant for Ældre Sagen.",
    "Anna og Per Holm er repræsentanter\tfor\nDGI Nordjylland",
    "ove er repræsentant for foreningen",
])
def test_every_represent_match_holds_the_core(text: str) -> None:
    matches = list(_REPRESENT.finditer(text))
    assert matches and all(_REPRESENT_CORE.search(m.group()) for m in matches)


def test_a_text_without_the_core_has_no_represent_match() -> None:
    text = "Repræsentanter fra foreningerne deltog; hun er repræsentant i rådet og repræsenterer Vestby."
    assert _REPRESENT_CORE.search(text) is None and not list(_REPRESENT.finditer(text))
