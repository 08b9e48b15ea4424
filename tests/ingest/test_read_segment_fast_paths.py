"""The reader's and segmenter's fast paths of round 12 give exactly what the plain code they replace gives.

Each cheap test made before a call or a pattern is checked here against the call or pattern alone, on random
text made of the characters that matter to it.
"""
from __future__ import annotations

import random
import re
import sys

from ingest import agenda_columns, closed, closed_numbers, header, heading_columns, item_titles, lexicon, sections
from ingest.read import cells
from ingest.model import Line


def _random_texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_heading_kinds_are_heading_kind_of_each_line() -> None:
    lex = lexicon.load()
    markers = sorted(lex.open_section_markers | lex.closed_item_markers | lex.closed_section_markers)
    pieces = [*markers, *(m.upper() for m in markers), " ", ":", ".", "(", ")", "x", "Aaben", "Lukket", "3", "\t"]
    texts = _random_texts(pieces, 3000, 4, seed=41)
    assert closed.heading_kinds(texts) == [closed.heading_kind(t) if t else None for t in texts]
    assert closed.heading_kinds(texts, [lexicon.fold(t) for t in texts]) == closed.heading_kinds(texts)


def _plain_heading_row(text: str, separator: str) -> list[str] | None:
    cells = [heading_columns.clean_line(cell.text).rstrip(":").strip()
             for cell in heading_columns._cells(Line(0, text), separator)]
    headings = lexicon.load().headings
    if len(cells) < 2 or not all(cell and lexicon.fold(cell) in headings for cell in cells):
        return None
    return cells


def test_a_heading_row_is_read_as_from_its_cells() -> None:
    heads = sorted(lexicon.load().headings)[:8]
    pieces = [*heads, *(h.upper() for h in heads), "|", "|", "\t", " ", ":", "Ida Holm", "**", ""]
    for text in _random_texts(pieces, 3000, 6, seed=42):
        for separator in ("\t", "|"):
            assert heading_columns._heading_row(text, separator) == _plain_heading_row(text, separator), text


def test_items_named_by_number_need_kt() -> None:
    # every character re.IGNORECASE takes for "k" or "t" lower-cases to it, so a match holds "kt" lower-cased
    for letter in "kt":
        assert all(chr(c).lower() == letter for c in range(sys.maxunicode + 1)
                   if not 0xD800 <= c <= 0xDFFF and re.fullmatch(letter, chr(c), re.I))
    pieces = ["under ", "til ", "for ", "pkt", "PKT", "Punkt", "\u212aT", "kT", ". ", "nr. ", "3", "12", ", ", " og ",
              "(", ")", " ", "Fra Byrådet", "Fra Byrådet under pkt. 3", "TIL PUNKT 4 og 5", "(for dagsordenspunkt 12)"]
    for text in _random_texts(pieces, 3000, 4, seed=43):
        if sections._FOR_ITEMS.search(text):
            assert "kt" in text.lower(), text


def test_an_inline_heading_needs_a_colon() -> None:
    pieces = ["Til stede", "Afbud", ":", ". ", ";", "   ", "\t", "Ida Holm", " ", "x"]
    for text in _random_texts(pieces, 3000, 8, seed=44):
        if sections._INLINE_HEADING.search(text):
            assert ":" in text, text


def test_the_sentence_readers_read_a_shared_lowered_text_as_their_own() -> None:
    pieces = ["Punktet ", "punkt 5 ", "pkt. 4", " blev behandlet for lukkede døre", " som lukket punkt", ". ", "Sag ",
              "2023-114", " er en lukket sag", '"Klage over støj"', "«Budget»", "\n", "ΣΑΣ", "İ", "Mødet var åbent med",
              " undtagelse af ", "og 6"]
    for text in _random_texts(pieces, 1500, 10, seed=46):
        lines = text.split("\n")
        lowered = "\n".join(lines).lower()
        assert closed_numbers.numbers_closed_by_sentences(lines, lowered) == closed_numbers.numbers_closed_by_sentences(lines)
        assert closed_numbers.closing_sentence_lines(lines, lowered) == closed_numbers.closing_sentence_lines(lines)
        assert closed_numbers.cases_closed_by_sentences(lines, lowered) == closed_numbers.cases_closed_by_sentences(lines)
        assert closed_numbers.titles_closed_by_sentences(lines, lowered) == closed_numbers.titles_closed_by_sentences(lines)


def test_a_line_is_cleaned_as_with_the_decoration_pattern_tried_on_every_line() -> None:
    assert all(bool(re.match(r"\s", chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1)
               if not 0xD800 <= c <= 0xDFFF)
    pieces = ["> ", "*", "#", "•", "-", "–", "<b>", "</p>", " ", "\t", "\u3000", "4. Budget", "Tekst", "<", "x", "**"]
    for text in _random_texts(pieces, 3000, 5, seed=47):
        leading = item_titles._LEADING_DECOR.match(text)
        if leading.end() > 0:
            assert text[:1] in item_titles._DECOR_FIRST or text[:1].isspace(), text


def test_a_header_line_is_cleaned_as_by_the_decoration_pattern() -> None:
    pieces = ["> ", "*", "**", "#", "•", "-", "–", " ", "\t", "\n", "\u3000", "\xa0", "Mødedato: 3. maj", "x", ".", "Referent"]
    for text in _random_texts(pieces, 4000, 6, seed=48):
        plain = header._DECOR.sub("", text.replace("**", "")).strip()
        plain = header._DOT_LEADER.sub(": ", plain) if ".." in plain else plain
        assert header.clean_line(text) == plain, text


def test_an_agenda_heading_row_is_read_as_from_its_cells() -> None:
    heads = sorted(agenda_columns._headings())[:6]
    pieces = [*heads, *(h.upper() for h in heads), "  ", " ", "\t", "|", " | ", "\n", "\xa0", ":", "Ida Holm"]
    for text in _random_texts(pieces, 4000, 5, seed=49):
        cells = [c for c in agenda_columns._CELL_GAP.split(text.strip()) if c]
        plain = len(cells) >= 2 and all(lexicon.fold(c.rstrip(":")) in agenda_columns._headings() for c in cells)
        assert agenda_columns.agenda_heading_row(text) == plain, text


def test_cell_lines_are_joined_as_when_every_line_is_looked_up() -> None:
    pieces = ["Navn", "Forening", "Funktion", "Anna Berg", "Ydby IF", "Deltagere", "", "Tekst:", "Medlem", " NAVN "]
    rng = random.Random(51)
    for _ in range(3000):
        lines = [rng.choice(pieces) for _ in range(rng.randint(1, 9))]
        heading = cells._headings(lines)
        pair = any(map(all, zip(heading, heading[1:])))
        assert not pair or any(cells._headings(lines[::2])), lines
        if not pair:
            assert cells.join_cell_lines("\n".join(lines)) == "\n".join(lines), lines


def test_numbered_cells_are_the_cells_of_one_split() -> None:
    pieces = ["5", "12", "(4)", "5 (L)", " ", "\t", "|", " | ", "\xa0", "Klage", "Lukket", "4a", "x"]
    for text in _random_texts(pieces, 5000, 6, seed=52):
        if "|" not in text and "\t" not in text:
            continue
        cells = [c.strip() for c in closed.CELL_SEPARATOR.split(text.strip("| \t"))]
        plain = cells if len(cells) >= 2 and closed.ROW_NUMBER.match(cells[0]) else []
        assert closed.numbered_cells(text) == plain, text


def test_a_line_not_parted_is_one_chunk_at_most() -> None:
    from ingest.columns import _chunks, _parted

    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    rnd = random.Random(5)
    for _ in range(20_000):
        text = "".join(rnd.choice(["Medlem", "Anne", "(", "x", " ", " ", "  ", rnd.choice(spaces)])
                       for _ in range(rnd.randint(0, 9)))
        assert _parted(text) or len(_chunks(text)) <= 1, repr(text)
