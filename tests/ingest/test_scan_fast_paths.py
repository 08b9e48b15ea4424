"""The segmenter's whole-text scans find what a search of each line finds.

A closing phrase, a clue of a closing sentence, a quote or a status-first table row is looked for in one scan of
the document (or only on the lines where a cheap scan says it may be), not line by line; each is checked here
against the plain line-by-line version, on random text made of the pieces that matter to it.
"""
from __future__ import annotations

import random
import re

from ingest import closed, closed_numbers, lexicon, segment
from ingest.closed_patterns import closing_phrases, marker_patterns, phrase_words
from ingest.read import cells


def _random_lines(pieces: list[str], count: int, longest: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))).split("\n") for _ in range(count)]


def test_every_closing_phrase_holds_a_phrase_word() -> None:
    words = phrase_words()
    assert words is not None
    assert all(any(word in phrase for word in words) for phrase in closing_phrases())


def test_closing_phrase_lines_are_the_lines_a_search_of_each_finds() -> None:
    phrase = marker_patterns()[1]
    pieces = ["for lukkede døre", "lukket punkt", "lukket", "punkt", "behandlet", " ", "\n", "\n", "x", "s", "-", ".",
              "in camera", "ikke offentlig", "offentligt", "kan kun ses af", "ej", "███", "æ", "å", "aa"]
    for lines in _random_lines(pieces, 1500, 14, seed=1):
        folded = [lexicon.fold(line) for line in lines]
        assert closed.closing_phrase_lines(folded) == {i for i, text in enumerate(folded) if phrase.search(text)}, lines


def test_clue_and_quote_lines_are_the_lines_a_search_of_each_finds() -> None:
    pieces = ["lukke", "tilhør", "offentlig", "presse", "«", "»", '"', "“", " ", "\n", "\n", "x", "punkt 5"]
    for lines in _random_lines(pieces, 1500, 12, seed=2):
        whole = "\n".join(lines)
        for pattern in (closed_numbers._CLUE, closed_numbers._QUOTE):
            assert closed_numbers._lines_with(pattern, whole) == [i for i, t in enumerate(lines) if pattern.search(t)]


def test_status_last_moves_as_a_pass_over_every_line_does() -> None:
    def plain(text: str) -> str:
        lex = lexicon.load()
        statuses = lex.closed_item_markers | lex.closed_section_markers | frozenset(lex.closed_words("open_status"))

        def moved(m: re.Match[str]) -> str:
            if lexicon.fold(m.group(1)).strip(" .:()") not in statuses:
                return m.group(0)
            separator = "\t" if "\t" in m.group(2) else " | "
            return f"{m.group(3)}{m.group(4).rstrip()}{separator}{m.group(1).strip()}"

        return cells._STATUS_FIRST.sub(moved, text)

    pieces = ["Åben", "Lukket punkt", "Lukket", "Anna", "\t", " | ", "|", " ", "\n", "1", "4a", "12", "(3)", "5.", "x"]
    for lines in _random_lines(pieces, 3000, 12, seed=3):
        text = "\n".join(lines)
        assert cells.status_last(text) == plain(text), text


def test_a_marked_number_line_starts_with_a_first_character_of_a_marker() -> None:
    pattern, starts = segment._marked_number_pattern()
    assert starts is not None
    pieces = ["Lukket punkt", "LUKKET PUNKT", "Fortroligt punkt", " – ", " nr. ", "3", "4:", " ", "Ansøgning", "x", "("]
    rng = random.Random(4)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if pattern.match(lexicon.fold(text)):
            assert lexicon.fold(text)[:1] in starts, text


def test_a_roster_heading_is_read_as_by_its_pattern_alone() -> None:
    from ingest import meeting_body

    def plain(text: str) -> bool:
        m = meeting_body._ROSTER_HEADING.match(lexicon.fold(text)) if len(text) < 50 else None
        return m is not None and m.group(1) in lexicon.load().body_words

    pieces = ["Bestyrelsen", "Bestyrelse", "Bestyrelsens", "s sammensætning", " sammensætning", "Styregruppen", " 2012",
              "-22", ":", " ", "*", "#", "\t", "x", "s", "Udvalg", "udvalget", "AA", "møde"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert meeting_body.is_roster_heading(text) == plain(text), text


def test_a_withheld_clue_is_found_as_by_its_pattern() -> None:
    from ingest import closed_sentences

    pieces = ["tavshed", "tavs", "hed", "person", "hensyn", "data", "oplys", "diskretion", "fortrolig", "hed", " ", "\n"]
    rng = random.Random(6)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert closed_sentences.has_withheld_clue(text) == bool(closed_sentences.WITHHELD_CLUE.search(text)), text


def test_notes_pointing_below_are_the_lines_a_search_of_each_finds() -> None:
    from ingest import closed_notes

    below = closed_notes._notes()[1]
    pieces = ["Det følgende", "følgende", "herunder", "nedenfor", "klippes af", " ", "\n", "\n", "x", "-", "Herunder"]
    for lines in _random_lines(pieces, 2000, 10, seed=7):
        assert closed_notes._lines_with_below(lines) == {i for i, t in enumerate(lines) if below.search(lexicon.fold(t))}


def test_clue_lines_found_by_their_words_are_the_lines_the_clue_pattern_finds() -> None:
    pieces = ["lukke", "tilhør", "offentlig", "presse", "gæst", "udgå", "lukk", " ", "\n", "\n", "x", "punkt 5"]
    for lines in _random_lines(pieces, 2000, 12, seed=8):
        whole = "\n".join(lines)
        assert (closed_numbers._lines_holding(closed_numbers._CLUES, whole)
                == [i for i, t in enumerate(lines) if closed_numbers._CLUE.search(t)]), lines
