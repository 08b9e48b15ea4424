"""The extractor's fast paths give exactly what the plain code they replace gives.

Each speed-up (a `str.find` instead of a pattern built per document, a scan of only the lines
that can match, a cheap test before a costly one) is checked here against the straightforward
version, on random text made of the characters that matter to it.
"""
from __future__ import annotations

import os
import random
import re
import sys
import unicodedata

import pytest

from ingest import closed_patterns, header, lexicon, municipality, segment
from ingest.errors import ReadError, ReadLimitError
from ingest.extract import entry_layouts
from ingest.extract.ties import Named, NamesInText
from ingest.extract.words import is_word_char, lines_with, whole_words
from ingest.model import Line
from ingest.read import files as read_files
from ingest.read import text as read_text

initiatives = sys.modules["ingest.extract.initiatives"]  # the package re-exports the function of that name
participants = sys.modules["ingest.extract.participants"]


def _random_texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_word_characters_are_the_pattern_class() -> None:
    pattern = re.compile(r"[\w\-]")
    assert all(bool(pattern.match(chr(c))) == is_word_char(chr(c)) for c in range(0x3000))


def test_whole_words_are_the_pattern_matches() -> None:
    alphabet = list("ab -_.,\n") + ["ab", "abc", "ba", "æb"]
    for text in _random_texts(alphabet, 3000, 12, seed=1):
        words = {"ab", "abc", "b", "æb"}
        expected = sorted(
            (m.start(), w) for w in words for m in re.finditer(rf"(?<![\w\-])(?={re.escape(w)}(?![\w\-]))", text)
        )
        assert whole_words(text, words) == expected, text


def _hits_by_pattern(text: str, spans: list[tuple[int, int]], names: list[Named]) -> list[tuple[tuple[int, int], list[tuple[int, Named]]]]:
    """The hits as one alternation of all names (longest first) finds them, in each sentence that has one."""
    by_text: dict[str, list[Named]] = {}
    for named in names:
        by_text.setdefault(named.text, []).append(named)
    alternatives = "|".join(re.escape(t) for t in sorted(by_text, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w\-])(?:" + alternatives + r")(?![\w\-])")
    sentence = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=kr)\.|(?<=ca)\.|(?<=bl\.a)\.)+")
    result = []
    for a, b in spans:
        for s in sentence.finditer(text, a, b):
            hits = [
                (m.start() - s.start(), n)
                for m in pattern.finditer(text, s.start(), s.end())
                for n in sorted(by_text[m.group()], key=lambda n: n.canonical)
            ]
            if hits:
                result.append((s.span(), hits))
    return result


def _named_sentences(found: NamesInText) -> list[tuple[tuple[int, int], list[tuple[int, Named]]]]:
    return [(found.sentences[k][0].span(), found.sentences[k][1]) for k in found.named]


@pytest.mark.parametrize("seed", range(2))
def test_the_sentence_at_an_offset_is_the_one_the_sentence_scan_finds(seed: int) -> None:
    ties = sys.modules["ingest.extract.ties"]
    alphabet = list(" .\n-!?a1") + ["kr.", "ca.", "bl.a.", "80.000", "1.", ".2", "Ab"]
    rng = random.Random(seed)
    for text in _random_texts(alphabet, 500, 24, seed + 40):
        cuts = sorted(rng.randint(0, len(text)) for _ in range(4))
        spans = [(cuts[0], cuts[1]), (cuts[2], cuts[3])]
        sentences = [m.span() for a, b in spans for m in ties._SENTENCE.finditer(text, a, b)]
        names = NamesInText(text, spans, [])
        for at in range(len(text) + 1):
            expected = next((span for span in sentences if span[0] <= at < span[1]), None)
            found = names.sentence_at(at)
            assert (found.span() if found else None) == expected, (text, spans, at)


@pytest.mark.parametrize("seed", range(4))
def test_names_in_text_are_found_as_one_pattern_finds_them(seed: int) -> None:
    names = [Named("Ab", "Ab", "person"), Named("Ab Cd", "Ab Cd", "person"), Named("Cd", "X", "organisation"),
             Named("Cd", "Cd", "initiative"), Named("b-Cd", "b-Cd", "organisation"), Named("kr. Ab", "K", "initiative")]
    alphabet = list(" .\n-!") + ["Ab", "Cd", "b", "kr.", "80.000", "bl.a.", "ca."]
    for text in _random_texts(alphabet, 500, 20, seed):
        cut = len(text) // 2
        spans = [(0, cut), (cut, len(text))]
        assert _named_sentences(NamesInText(text, spans, names)) == _hits_by_pattern(text, spans, names), text


def test_labels_are_the_matches_of_one_scan() -> None:
    alphabet = list("aAbB .:\n\t-–•0123")
    alphabet += [": ", "Tema: ", " - ", ". X", "a.\nB", " -\nAb", "Dato – Ruth:", "x" * 30]
    for chunk in _random_texts(alphabet, 4000, 30, seed=2):
        expected = [(m.span(), m.groups(), m.span(1)) for m in initiatives._LABEL.finditer(chunk)]
        assert [(m.span(), m.groups(), m.span(1)) for m in initiatives._labels(chunk)] == expected, chunk


def test_a_name_is_found_where_the_pattern_of_its_words_finds_it() -> None:
    def by_pattern(seg: str, name: str) -> tuple[int, int] | None:
        between = r"(?:\s+|(?:\s*\([^()]*\)\s*)+)"
        found = list(re.finditer(between.join(map(re.escape, name.split())), seg)) if name.split() else []
        return found[-1].span() if found else None

    rng = random.Random(3)
    tokens = ["Ann", "Anne", "Bo", "Ek", "K.", "H-I", "O'Neil", "von"]
    separators = [" ", "  ", "\t", "\n", "(x)", " (x) ", "(a)(b)", "(", ")", "((x))", "", ","]
    for _ in range(3000):
        name = " ".join(rng.choice(tokens) for _ in range(rng.randint(0, 3)))
        seg = "".join(rng.choice(tokens + separators) for _ in range(rng.randint(0, 10)))
        assert entry_layouts.written_at(seg, name) == by_pattern(seg, name), (seg, name)


def test_capitalised_words_are_found_where_the_scan_finds_them() -> None:
    alphabet = list("aAbBæÆøØ- _\n.1") + ["Furesø", "Furesøs", "Lyngby-Taarbæk", "X"]
    for source in _random_texts(alphabet, 3000, 14, seed=4):
        tokens = [(m.start(), m.group()) for m in municipality.CAPITALISED.finditer(source)]
        for word in {t for _, t in tokens} | {"Furesø", "Ab"}:
            assert municipality.capitalised_at(source, word) == [a for a, t in tokens if t == word], (source, word)


def test_a_line_is_cleaned_as_by_one_pattern() -> None:
    decor = re.compile(r"^[\s>*#•\-–]*(?:</?\w+[^>]*>\s*)*|[\s*]+$")
    alphabet = list(" \t\n*#>•-–abc<>/p") + ["<p>", "</b>", "**", " * ", "<x y>", "1."]
    for line in _random_texts(alphabet, 4000, 14, seed=5):
        assert segment.clean.__wrapped__(line) == decor.sub("", line.replace("**", "")).strip(), line


def _fold_by_characters(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    kept = [ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch) or ch == "\u030a"]
    return unicodedata.normalize("NFC", "".join(kept)).replace("aa", "å")


def test_fold_takes_its_shortcut_only_where_it_changes_nothing() -> None:
    alphabet = list("aAåÅæÆøØeéÉüÖßİıſK –—•“”’…§€\u0301\u030a") + ["aa", "Aa", "a\u030a"]
    for text in _random_texts(alphabet, 4000, 8, seed=6):
        assert lexicon.fold.__wrapped__(text) == _fold_by_characters(text), text
    for c in range(0x2100):
        assert lexicon.fold.__wrapped__(chr(c)) == _fold_by_characters(chr(c)), hex(c)


def test_characters_are_replaced_as_by_translate() -> None:
    table = {**read_text._SPACES, **read_text._TYPESET}
    alphabet = list(table) + list("ab \n")
    for text in _random_texts(alphabet, 2000, 10, seed=7):
        replaced = read_text._replaced(read_text._replaced(text, read_text._SPACES), read_text._TYPESET)
        assert replaced == text.translate(str.maketrans(table)), text


def test_an_ending_is_looked_up_as_by_trying_each() -> None:
    suffixes = lexicon.load().org_suffixes
    table, lengths = lexicon._ending_table(suffixes)

    def by_each(word: str) -> str | None:
        for ending, kind in suffixes:
            if word.endswith(ending):
                return None if kind == "-" else kind
        return None

    rng = random.Random(8)
    words = ["", "a", "rådet", "kommune"] + [rng.choice(["for", "x", ""]) + e for e, _ in suffixes]
    words += [e[rng.randint(0, len(e)) :] for e, _ in suffixes]
    assert all(lexicon._kind_by_ending(table, lengths, w) == by_each(w) for w in words)


def test_listed_entries_are_parse_entries_at_any_offset() -> None:
    rng = random.Random(9)
    names = ["Ann Bo", "Ek", "Lis Mørk-Holm", "Karl K. Sand", "Ida (GKW) Dam", "Sten"]
    parts = ["Røde Kors", "formand", "udpeget af Rådet", "(suppleant)", "(KW)", "Frivilligcentret", "lærer"]
    separators = [", ", " – ", "\t", " og ", " v/ ", "; ", " ", "**", "/"]
    for _ in range(1500):
        pieces = [rng.choice(["", "• ", "- ", "**"])]
        for _ in range(rng.randint(0, 6)):
            pieces += [rng.choice(names + parts), rng.choice(separators)]
        text = "".join(pieces)
        for start in (0, rng.randint(1, 5000)):  # the second call is read from the cache
            line = Line(start, text)
            assert participants.listed_entries(line) == participants.parse_entries(line), (start, text)
            assert participants.turned_entries(line) == participants.parse_entries(line, turned=True), (start, text)


def test_the_first_lines_of_a_split_are_the_lines_of_a_shorter_split() -> None:
    for text in _random_texts(list("ab \n\t"), 2000, 12, seed=11):
        lines = segment.split_lines(text)
        for count in range(len(lines) + 2):
            assert lines[:count] == segment.split_lines(text, count), (text, count)


@pytest.mark.parametrize("size", [0, 1, 9, 10, 11, 4096])
def test_a_file_is_read_whole_up_to_one_byte_past_the_limit(tmp_path, size: int) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(b"x" * size)
    if size == 0:
        with pytest.raises(ReadError):
            read_files.read_bytes(path, 10)
    elif size > 10:
        with pytest.raises(ReadLimitError):
            read_files.read_bytes(path, 10)
    else:
        assert read_files.read_bytes(path, 10) == b"x" * size
    if size:
        assert read_files.read_bytes(path, 10_000) == b"x" * size


@pytest.mark.parametrize("size", [8, 10, 11, 15])
def test_a_file_that_grew_since_stat_is_read_as_it_is_now(tmp_path, monkeypatch, size: int) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes(b"x" * size)
    real_stat = read_files.os.stat

    def stale_stat(p):  # the size the file had before it grew
        info = list(real_stat(p))
        info[6] = 3  # st_size
        return os.stat_result(info)

    monkeypatch.setattr(read_files.os, "stat", stale_stat)
    if size > 10:
        with pytest.raises(ReadLimitError):
            read_files.read_bytes(path, 10)
    else:
        assert read_files.read_bytes(path, 10) == b"x" * size


def test_a_descriptor_is_read_as_parse_descriptor_reads_it() -> None:
    rng = random.Random(12)
    parts = ["formand", "næstformand for Røde Kors", "udpeget af Kommunalbestyrelsen", "Frivilligcentret",
             "suppleant som repræsentant for LO", "sekretær (referent)", "lærer", "(GKW)", "Ældre Sagen",
             "repræsentant for borgere", "konsulent/Jobcentret", "", "dir."]
    for _ in range(2000):
        descriptor = [rng.choice(parts) for _ in range(rng.randint(0, 4))]
        body = rng.choice([None, "Integrationsrådet", "Røde Kors"])
        for _ in range(2):  # the second call is read from the cache
            roles, orgs = participants.read_descriptor(descriptor, body)
            assert (roles, orgs) == participants.parse_descriptor(descriptor, body), (descriptor, body)
            roles.append("x")  # the caller's lists are its own


def test_definite_phrases_match_as_with_a_word_boundary() -> None:
    plain = re.compile(r"\b(?:[Dd]en|[Dd]et)[ \t]+(?:nye[ \t]+)?([a-zæøå]+e)[ \t]+([a-zæøå][\w\-]+)")
    alphabet = list(" \tdDeèntx-_1.\n") + ["den ", "Det ", "nye ", "store ", "gode projekt", "æde ", "ødet "]
    for chunk in _random_texts(alphabet, 4000, 12, seed=14):
        expected = [(m.span(), m.groups()) for m in plain.finditer(chunk)]
        assert [(m.span(), m.groups()) for m in initiatives._DEFINITE.finditer(chunk)] == expected, chunk


def test_acronyms_before_a_noun_match_as_with_a_word_boundary() -> None:
    plain = re.compile(r"\b([A-ZÆØÅ]{2,5})[ \t]+([a-zæøå]+)\b")
    alphabet = list(" \taAØæ-_1.\n") + ["IGU ", "KL", "ABCDEF ", "forløb", "xIGU ", "Ø"]
    found = 0
    for chunk in _random_texts(alphabet, 4000, 10, seed=15):
        expected = [(m.span(), m.groups()) for m in plain.finditer(chunk)]
        assert [(m.span(), m.groups()) for m in initiatives._ACRONYM_NOUN.finditer(chunk)] == expected, chunk
        found += len(expected)
    assert found > 50  # the random texts do hold such phrases


def test_name_tokens_are_scanned_as_the_token_pattern_finds_them() -> None:
    people = sys.modules["ingest.extract.people"]
    alphabet = list(" \n-'’.,aAbKłŁæÆ_1") + ["Łukasz", "O'Neil", "Ann's", "K.", "H-I", "KW", "ABCD", "Pınar", "de", "s"]
    for text in _random_texts(alphabet, 4000, 12, seed=16):
        expected = [m.span() for m in people._TOKEN.finditer(text)]
        assert [m.span() for m in people._TOKEN_SCAN.finditer(text)] == expected, text
        assert [m.span() for m in people._TOKEN_SCAN.finditer(text, 3, 9)] == [m.span() for m in people._TOKEN.finditer(text, 3, 9)]


@pytest.mark.parametrize("seed", range(2))
def test_names_in_text_are_found_only_within_the_spans(seed: int) -> None:
    names = [Named("Ab", "Ab", "person"), Named("Ab Cd", "Ab Cd", "person"), Named("Cd", "X", "organisation"),
             Named("b-Cd", "b-Cd", "organisation"), Named("kr. Ab", "K", "initiative")]
    alphabet = list(" .\n-!") + ["Ab", "Cd", "b", "kr.", "80.000"]
    rng = random.Random(seed)
    for text in _random_texts(alphabet, 500, 24, seed + 20):
        cuts = sorted(rng.randint(0, len(text)) for _ in range(4))
        spans = [(cuts[0], cuts[1]), (cuts[2], cuts[3])]
        assert _named_sentences(NamesInText(text, spans, names)) == _hits_by_pattern(text, spans, names), (text, spans)


def test_lower_safe_characters_match_case_insensitively_as_their_lower_case() -> None:
    lowered = sys.modules["ingest.extract.lowered"]
    pattern_letters = list("aeiksæøåéüöłşğz-") + ["ı", "ſ", "µ", "μ", "σ", "ς", "ß"]
    chars = [chr(c) for c in range(0x250)] + list("İıſKΣσςµμẞßŁłŞşĞğŽžŻż\u0345ι")
    for ch in filter(lowered.lower_safe, chars):
        assert len(ch.lower()) == 1 and bool(re.match(r"[\w\-]", ch)) == bool(re.match(r"[\w\-]", ch.lower()))
        for p in filter(lowered.lower_safe, pattern_letters):
            by_ignore_case = re.fullmatch(re.escape(p), ch, re.I) is not None
            assert by_ignore_case == (ch.lower() == p.lower()), (ch, p)
    assert not any(map(lowered.lower_safe, "İıſΣς"))


def test_whole_word_matches_are_the_matches_of_the_look_behind_pattern() -> None:
    lowered = sys.modules["ingest.extract.lowered"]
    pattern, with_look_behind = re.compile(r"(ab|b|ab c)(s)?(?![\w\-])"), re.compile(r"(?<![\w\-])(ab|b|ab c)(s)?(?![\w\-])")
    for text in _random_texts(list("ab cs-_.\n") + ["ab c", "xab"], 3000, 14, seed=30):
        for start, end in ((0, len(text)), (2, 9)):
            expected = [(m.span(), m.groups()) for m in with_look_behind.finditer(text, start, end)]
            assert [(m.span(), m.groups()) for m in lowered.whole_word_matches(pattern, text, start, end)] == expected


def test_known_names_are_found_as_the_case_insensitive_pattern_finds_them() -> None:
    known_names = sys.modules["ingest.extract.known_names"]
    names = sorted(known_names._multi_word_names())[:6]
    assert known_names._lower_names_pattern() is not None  # the lexicon's names allow the fast path
    pieces = [*names, *(n.upper() for n in names), *(n.lower() for n in names), "s", " ", "-", "x", "\n", "Ø", "İ", "ı"]
    for text in _random_texts(pieces, 1500, 6, seed=31):
        for start, end in ((0, len(text)), (3, max(3, len(text) - 5))):
            plain = [(m.start(), m.end(1), m.end(), bool(m.group(2)))
                     for m in known_names._written_names_pattern().finditer(text, start, end)]
            assert known_names.known_name_matches(text, start, end) == plain, (text, start, end)


def test_programmes_are_found_as_the_case_insensitive_pattern_finds_them() -> None:
    lowered, programmes = sys.modules["ingest.extract.lowered"], sys.modules["ingest.extract.programmes"]
    names = sorted(lexicon.load().programmes)[:6]
    assert programmes._lower_programmes_pattern() is not None
    pieces = [*names, *(n.upper() for n in names), *(n.capitalize() for n in names), "ne", " ", "-", "x", "\n", "İ"]
    for chunk in _random_texts(pieces, 1500, 6, seed=32):
        by_pattern: list[tuple[str, str, int, int]] = []
        by_lower: list[tuple[str, str, int, int]] = []
        programmes.programmes(chunk, 7, lambda *found: by_pattern.append(found), None)
        programmes.programmes(chunk, 7, lambda *found: by_lower.append(found), lowered.lowered(chunk))
        assert by_lower == by_pattern, chunk


def test_heading_kinds_are_what_the_patterns_say() -> None:
    closed = sys.modules["ingest.closed"]
    lex = lexicon.load()
    markers = sorted(lex.open_section_markers | lex.closed_item_markers | lex.closed_section_markers)

    def plain(text: str) -> str | None:
        folded = lexicon.fold(text).strip()
        if folded.rstrip(".:") in lex.open_section_markers:
            return "open"
        head, bracket, note = folded.partition("(")  # "åben dagsorden (fortsat)", not "… (lukket)"
        if (bracket and ")" not in head and note.endswith(")") and "(" not in note and ")" not in note[:-1]
                and head.rstrip(" .:") in lex.open_section_markers and not closed.closed_title(note)):
            return "open"
        _, _, item_heading, section_heading = closed_patterns.marker_patterns()
        return "section" if section_heading.match(folded) else "item" if item_heading.match(folded) else None

    pieces = [*markers, *(m.upper() for m in markers), " ", ":", ".", "-", "(", "x", "Lukket", "Aaben"]
    for text in _random_texts(pieces, 3000, 4, seed=33):
        assert closed.heading_kind(text) == plain(text), text


def test_people_headings_are_known_as_by_trying_each_verb() -> None:
    sections = sys.modules["ingest.sections"]
    lex = lexicon.load()

    def plain(label: str) -> tuple[str, str] | None:
        label = sections._FOR_ITEMS.sub("", label.strip().rstrip(":").strip())
        key = lexicon.fold(label)
        if key in lex.headings:
            return lex.headings[key].kind, label
        if " / " in label:
            for part in label.split(" / "):
                if lexicon.fold(part.strip()) in lex.headings:
                    return lex.headings[lexicon.fold(part.strip())].kind, part.strip()
        for verb in lex.heading_verbs:
            if key.endswith(" " + verb):
                head = label[: len(label) - len(verb)].strip()
                if lexicon.fold(head) in lex.headings:
                    return lex.headings[lexicon.fold(head)].kind, head
        return None

    pieces = [*sorted(lex.headings)[:8], *lex.heading_verbs, " ", ":", "x", "Deltog", " under pkt. 3", " / "]
    for label in _random_texts(pieces, 3000, 3, seed=34):
        assert sections.known_heading(label) == plain(label), label


def test_money_sentences_are_found_as_the_case_insensitive_pattern_finds_them() -> None:
    ties, lowered = sys.modules["ingest.extract.ties"], sys.modules["ingest.extract.lowered"]
    pieces = ["Bevilget", "TILSKUD", "støtte", "STØTTE", "Midler", "puljen", "ydet", "Reserveret", "ı", "ſ", " ", ". ", "x"]
    for text in _random_texts(pieces, 1500, 10, seed=35):
        names = NamesInText(text, [(0, len(text))], [])
        low = lowered.lowered(text)
        if low is not None:
            by_lower = ties._sentences_with(names, ties._MONEY_WORDS_LOWER, low)
            plain = ties._sentences_with(names, ties._MONEY_WORDS)
            assert {k: m.span() for k, m in by_lower.items()} == {k: m.span() for k, m in plain.items()}, text
            by_words = ties._sentences_with_words(names, ties._MONEY, low)
            assert {k: m.span() for k, m in by_words.items()} == {k: m.span() for k, m in plain.items()}, text


def test_coordinated_names_are_expanded_as_without_the_cheap_test() -> None:
    organisations = sys.modules["ingest.extract.coordinated"]

    def plain(name: str, a: int, b: int, text: str) -> list[tuple[str, int, int]]:
        tail = organisations._PLACES.match(text[b : b + 120])
        if len(name.split()) == 1 and tail and organisations._PLURAL.search(name):
            singular = re.sub(r"ene$", "et", re.sub(r"erne$", "en", name))
            places = [p.strip() for p in organisations._PLACE_SEPARATOR.split(tail.group(1)) if p.strip()]
            return [(f"{singular} i {place}", a, b + tail.end()) for place in places]
        return [(name, a, b)]

    pieces = ["Rådene", "Foreningerne", "rådet", "ene", "erne", "\n", " ", " i ", "Furesø", ", ", " og ", "Gladsaxe", "x"]
    for text in _random_texts(pieces, 3000, 8, seed=36):
        for cut in range(1, min(len(text), 14)):
            name = text[:cut]
            assert organisations.expand_coordinated(name, 0, cut, text) == plain(name, 0, cut, text), (name, text)


def test_mentions_are_found_as_by_testing_each_token_in_turn() -> None:
    people = sys.modules["ingest.extract.people"]

    def plain(text: str, known: set[str]) -> list[tuple[str, int, int]]:
        """The loop as it was: each token tested in turn."""
        fold, tokens = lexicon.fold, [m for m in people._TOKEN_SCAN.finditer(text) if m.group()[0].isupper()]
        mentions, i = [], 0
        while i < len(tokens):
            tok = tokens[i]
            word = people._strip_possessive(tok.group())
            if fold(word) not in known and not people._is_given(word):
                i += 1
                continue
            words, last, j = [word], tok, i + 1
            while j < len(tokens) and len(words) < 5:
                gap, nxt = text[last.end() : tokens[j].start()], tokens[j].group()
                same_line = gap in (" ", "  ")  # a wider gap is a column boundary
                pdf_break = gap.strip() == "" and "\n" in gap and len(words) == 1 and people._surname_after_break(text, tokens[j])
                if not (same_line or pdf_break) or fold(nxt) in people._COMMON_CAPITALISED or people.is_orgish([nxt]):
                    break
                if people.is_initials(nxt) and nxt in ("I", "IS"):
                    break
                words.append(people._strip_possessive(nxt))
                last, j = tokens[j], j + 1
                if nxt.endswith(("'s", "’s")):
                    break
            mentions.append((" ".join(words), tok.start(), last.end()))
            i = j
        return mentions

    pieces = ["Anne", "Hansen", "Annes", "Ole's", "Bo", "Kommune", "KW", "Det", " ", "  ", "\n", ", ", "og", "Zyx"]
    for text in _random_texts(pieces, 2000, 10, seed=37):
        for known in (set(), {"zyx"}):
            found = [(m.text, m.start, m.end) for m in people.find_mentions(text, 0, len(text), known)]
            assert found == plain(text, known), (text, known)


def test_word_tests_are_the_tests_find_organisations_made_inline() -> None:
    organisations, lex = sys.modules["ingest.extract.organisations"], lexicon.load()
    words = [*list(lex.organisations)[:40], *list(lex.municipal_units)[:40], "foreningen", "Foreningen", "chefgruppen",
             "Lo", "LO", "Sf", "SF", "Kulturforening", "Frivilligcenter", "x", "Beskæftigelse", "Ældre", "ÆLDRE"]
    for word in words + [w.capitalize() for w in words] + [w.upper() for w in words]:
        if not word:
            continue
        known = lex.organisations.get(lexicon.fold(word))
        upper_known = known is not None and word[0].isupper() and len(word) > 1
        if upper_known and known is not None and len(word) <= 3 and not word.isupper():
            upper_known = False
        expected = (
            organisations._is_head(word) or upper_known,
            lexicon.fold(word) in lex.municipal_units and word[0].isupper(),
            lexicon.fold(word) in ("foreningen",),
            word.islower() and len(word) >= 6 and lex.kind_by_suffix(word) is not None,
        )
        assert organisations._word_tests(word) == expected, word


def test_split_lines_are_the_lines_the_dataclass_makes() -> None:
    for text in _random_texts(list("ab \n\n"), 500, 20, seed=38):
        plain, pos = [], 0
        for raw in text.split("\n"):
            plain.append(Line(pos, raw))
            pos += len(raw) + 1
        lines = segment.split_lines(text)
        assert lines == plain and [repr(x) for x in lines] == [repr(x) for x in plain]
        assert [hash(x) for x in lines] == [hash(x) for x in plain] and all(type(x) is Line for x in lines)
        assert segment.split_lines(text, 2) == plain[:2]


def test_the_letters_of_rk_are_to_re_what_lower_cases_to_them() -> None:
    # the legend sentence's cheap test ("rk" in text.lower()) lets through all `_MARKED_WITH` matches
    every = "".join(map(chr, range(0x110000)))
    found = re.findall(r"[rk]", every, re.I)
    assert sorted(found) == sorted(c for c in every if c.lower() in ("r", "k"))


def test_item_references_are_cut_from_labels_only_with_a_digit() -> None:
    sections = sys.modules["ingest.sections"]
    for label in _random_texts(["under", "pkt", "punkt", ". ", " ", "3", "og", "(", ")", "x", "٣"], 3000, 7, seed=39):
        if not sections._DIGIT.search(label):
            assert sections._FOR_ITEMS.sub("", label) == label


def test_an_item_body_closes_as_when_every_line_is_tested() -> None:
    closed = sys.modules["ingest.closed"]

    def plain(lines: list[str]) -> bool:
        return any(closed._closes_body(n, text, lexicon.fold(text), True, True) and not closed.is_legend(text)
                   for n, text in enumerate(lines))

    pieces = ["Lukket punkt", "behandlet for lukkede døre", "udeladt af hensyn til tavshedspligt", "(L) = lukket punkt",
              "LUKET PUNKT", "Status: Fortrolig", "Rådet drøftede sagen", "Referat", "(fortr.)   Tekst", "x"]
    rng = random.Random(35)
    for _ in range(500):
        lines = [rng.choice(pieces) for _ in range(rng.randint(0, 10))]
        assert closed.closed_body(lines) == plain(lines), lines


def test_a_meeting_title_is_read_as_when_its_word_may_give_back_letters() -> None:
    meeting_body = sys.modules["ingest.meeting_body"]
    plain = re.compile(meeting_body._TITLE.pattern.replace("++", "+", 1))
    assert plain.pattern != meeting_body._TITLE.pattern
    pieces = ["Bestyrelsesmøde", "møde", " i ", " for ", " hos ", " (konstituerende)", " 2014", "Vestby", " Boldklub",
              "og", " ", "\t", "(", "x", "-"]
    for text in _random_texts(pieces, 2000, 7, seed=36):
        assert ([m.groupdict() for m in meeting_body._TITLE.finditer(text)]
                == [m.groupdict() for m in plain.finditer(text)]), text


def test_closing_phrases_are_found_as_without_the_look_behind_before_them() -> None:
    closed = sys.modules["ingest.closed"]
    phrase = closed_patterns.marker_patterns()[1]
    plain = re.compile(phrase.pattern.removeprefix(r"(?<!\w)"))
    assert plain.pattern != phrase.pattern
    phrases = sorted(lexicon.load().closed_phrases)[:8]
    pieces = [*phrases, *(p[1:] for p in phrases), " ", "x", "-", ".", "\n", "æ"]
    for text in _random_texts(pieces, 2000, 5, seed=34):
        assert [m.span() for m in phrase.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_heading_kinds_are_the_kind_of_each_line() -> None:
    closed = sys.modules["ingest.closed"]
    markers = sorted(lexicon.load().open_section_markers | lexicon.load().closed_section_markers)[:8]
    pieces = [*markers, *(m.upper() for m in markers), " ", ":", "   12-11-2019", "x", "Lukket punkt", ""]
    lines = _random_texts(pieces, 3000, 4, seed=37)
    assert closed.heading_kinds(lines) == [closed.heading_kind(text) if text else None for text in lines]


def test_matches_at_name_starts_are_the_whole_word_matches() -> None:
    lowered = sys.modules["ingest.extract.lowered"]
    words = ["ab", "b", "ab c", "ba"]
    pattern = re.compile(r"(ab c|ab|ba|b)(s)?[\w\-]*(?![\w\-])")
    for text in _random_texts(list("ab cs-_.\n") + ["ab c", "xab"], 3000, 14, seed=41):
        starts = lowered.name_starts(text, words)
        for start, end in ((0, len(text)), (2, 9), (5, 5)):
            expected = [(m.span(), m.groups()) for m in lowered.whole_word_matches(pattern, text, start, end)]
            assert [(m.span(), m.groups()) for m in lowered.matches_at(pattern, text, starts, start, end)] == expected


def test_municipality_pairs_are_found_line_by_line_as_in_one_scan() -> None:
    organisations = sys.modules["ingest.extract.organisations"]
    pattern = organisations._MUNICIPALITY_PAIR
    pieces = ["Aarhus", "Odder", " og ", " ", "\n", " kommune", " Kommuner", "r", "-", "ommun", "x"]
    for text in _random_texts(pieces, 3000, 12, seed=42):
        for start, end in ((0, len(text)), (3, max(3, len(text) - 4))):
            expected = [m.span() for m in pattern.finditer(text, start, end)]
            lines = lines_with(text, "ommun", start, end)
            assert [m.span() for a, b in lines for m in pattern.finditer(text, a, b)] == expected, (text, start, end)


def test_project_names_are_matched_as_by_the_plain_scan() -> None:
    from ingest.extract.project_names import PROJECT, project_matches

    alphabet = ["projekt", "Projektet", "PROJEKT", "projekter", " ", "\n", "\t", "Vestby", "Ældre", "i", "til", "\"", "“",
                "a", "x", "-", ".", "İ", "delprojekt"]
    for text in _random_texts(alphabet, 3000, 14, seed=11):
        plain = [(m.span(), m.group(1)) for m in PROJECT.finditer(text)]
        assert [(m.span(), m.group(1)) for m in project_matches(text)] == plain, text
