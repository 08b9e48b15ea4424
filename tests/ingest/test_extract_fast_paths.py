"""The extractor's newer fast paths give exactly what the plain scans they replace give (as in
test_fast_paths.py: random text made of the characters that matter to each)."""
from __future__ import annotations

import random
import re
import sys

from ingest.extract.lowered import lowered

led_projects = sys.modules["ingest.extract.led_projects"]
whole_board = sys.modules["ingest.extract.whole_board"]


def _random_texts(pieces: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_project_titles_end_where_the_case_insensitive_pattern_ends() -> None:
    pieces = ["projektleder", "Projektkoordinator", "PROJEKTMEDARBEJDER", "projektansvarlige", "projekt", "e",
              " for ", " på ", " i ", "\n", " ", "-", "_", "x", "3", "İ", "ı", "Ø"]
    for text in _random_texts(pieces, 3000, 10, seed=41):
        expected = {m.end() for m in led_projects._PROJECT_TITLE.finditer(text)}
        assert led_projects._title_ends(text, lowered(text)) == expected, text


def test_the_whole_board_is_looked_for_only_where_it_may_be() -> None:
    pieces = ["hele", "HELE", "Alle", "aLLe", " bestyrelsen", " bestyrelsesmedlemmer", " medlemmer", " undtagen ",
              "Jette", ":", " ", "\n", "İ", "ı", "x"]
    for header in _random_texts(pieces, 3000, 8, seed=42):
        low = header.lower()
        if whole_board._WHOLE.search(header):
            assert "alle" in low or "hele" in low, header


def test_representatives_are_found_as_one_scan_finds_them() -> None:
    relations = sys.modules["ingest.extract.relations"]
    pieces = ["Martha", "Birgit", " og ", " er ", " var ", "er", "repræsentant", "repræsentanter", "repræsentative",
              "urepræsentative", " for ", "for", " er repræsentant for ", " var repræsentative for\n ", "Bo er repræsentanter for", " ", "  ", "\n", ".", ",", "–", "-", "x", "Vestby Kommune", "Ørsted"]
    for text in _random_texts(pieces, 20000, 16, seed=43):
        expected = [(m.span(), m.groups()) for m in relations._REPRESENT.finditer(text)]
        assert [(m.span(), m.groups()) for m in relations._represent_matches(text)] == expected, text


def test_every_set_up_verb_holds_a_stem_of_the_cheap_test() -> None:
    initiatives = sys.modules["ingest.extract.initiatives"]
    assert all(any(stem in verb for stem in initiatives._SET_UP_STEMS) for verb in initiatives._SET_UP_VERBS)


def test_the_word_before_a_position_is_what_the_window_search_finds() -> None:
    words_before = sys.modules["ingest.extract.words_before"]
    pieces = ["Integrationsrådets", "ab", "a", "-", "_", "3", "'", "’", " ", "\t", "\n", "akti-\n", "Vitet", "æ", ".", "x-"]
    for text in _random_texts(pieces, 8000, 12, seed=45):
        for at in range(len(text) + 1):
            for reach in (60, 5):
                expected = words_before._WORD_BEFORE.search(text, max(0, at - reach), at)
                got = words_before.word_before(text, at, reach)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), (text, at)
                expected = words_before._BROKEN_BEFORE.search(text, max(0, at - reach), at)
                got = words_before.broken_before(text, at, reach)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), (text, at)


def test_amounts_for_a_purpose_are_found_as_when_tried_at_every_digit() -> None:
    purposes = sys.modules["ingest.extract.purposes"]
    plain = re.compile(purposes._AMOUNT_FOR.pattern.replace(r"\d(?<!\d\d)", r"\d", 1))
    assert plain.pattern != purposes._AMOUNT_FOR.pattern
    pieces = ["25", ".000", "5", ",50", " kr.", " kroner", " kr", " til ", " fra ", "Vestby IF", " en ", "udflugt", " for ",
              "ældre", " om ", "sundhed", " på ", ".", ",", "\n", " og har", "3", " kr. til udflugt for ", "ældre i byen",
              " kroner til et kursus om ", " fra puljen til Vestby IF til en tur for ", "1.500,50 kr til "]
    for chunk in _random_texts(pieces, 20000, 10, seed=48):
        expected = [(m.span(), m.groups()) for m in plain.finditer(chunk)]
        assert [(m.span(), m.groups()) for m in purposes._AMOUNT_FOR.finditer(chunk)] == expected, chunk
