"""Items the minutes say are closed somewhere else than at the item itself, by number or title.

- A sentence names items by number together with closing words, typically in the introduction or at
  the end: "Mødet var åbent for alle med undtagelse af punkt 5", "Punkt 5 og 6 blev behandlet for
  lukkede døre", "Pkt. 4 blev behandlet uden tilhørere".
- A sentence names a case by its number together with closing words, as a cover note above pasted
  minutes does: "NB: Sag 2023-114 er en lukket sag … skal klippes ud"; the item whose title carries that
  case number ("Pkt. 5 — Sag 2023-114") is closed, whatever its own number; so is the item whose
  title such a sentence quotes ("Punktet »Klage over støj« blev behandlet for lukkede døre"), and the item that
  carries the subject such a sentence names a case by ("Sagen vedrørende ejendommen Kærvej 14, Gørlev, blev
  behandlet for lukkede døre": the item whose first lines name Kærvej 14 in Gørlev).
- A contents list is grouped under an open and a closed heading ("Åbne dagsordenspunkter" 1–4,
  "Lukkede dagsordenspunkter" 5), or an entry of it carries a closed marker ("5. Ansøgning om
  talentstøtte – lukket pkt."): those entries are closed items, the items below them in the body
  ("Ad 5") need carry no marker of their own.
The segmenter closes the items of the numbers (and titles, and case numbers) found here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ingest.closed import closed_title, heading_kind
from ingest.lexicon import fold

# item numbers written as words ("punkt fem", "det femte punkt" is not read), folded
_WORDS = {word: n for n, words in enumerate(
    ["en et første", "to anden andet", "tre tredje", "fire fjerde", "fem femte", "seks sjette", "syv syvende",
     "otte ottende", "ni niende", "ti tiende", "elleve ellevte", "tolv tolvte"], start=1) for word in words.split()}
_NUMBER = rf"(?:\d{{1,2}}|(?<![^\s.])(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})(?!\w))"
# "punkt 5", "pkt. 5 og 6", "punkterne 2, 3 og 5", "dagsordenspunkt 6-8", "punkt fem" (folded text)
_REFERENCE = re.compile(r"\b(?:dagsordens)?(?:punkt(?:erne|er)?|pkt)\.?:?\s*(?:nr\.?\s*)?"
                        rf"({_NUMBER}(?:\s*(?:,|og|samt|[-–]|til)\s*{_NUMBER})*)(?!\w)")
# what says an item was closed, in the same sentence as its number
_CLOSING = re.compile(r"uden\s+(?:tilhørere|offentlighed|pressen|publikum)|for\s+lukkede\s+døre"
                      r"|lukket\s+for\s+offentligheden|lukke[dt]e?\s+(?:møde|punkt|del|sag)|ikke\s+offentlig"
                      r"|behandl\w*\s+(?:som\s+)?(?:lukket|fortroligt)|\(\s*(?:lukket|fortroligt?)\s*\)"
                      r"|(?:udelad\w*|udgå\w*|undtaget)\b.{0,60}\b(?:tavshedspligt\w*|hensyn|offentlig\w*|referat\w*)")
# the audience is sent out for an item: "tilhørerne skal forlade mødet, inden punkt 4 behandles", "Publikum forlod
# salen under punkt 6" (not the item named after "efter": "Efter punkt 3 forlod pressen mødet" reopens nothing)
_LEAVING = re.compile(r"\b(?:tilhører|publikum|offentlighed|presse|gæst)\w*\s+(?:[\w,]+\s+){0,5}?"
                      r"(?:forlade[rs]?|forlod|forladt|gå\w*\s+ud|gik\s+ud)\b")
_AFTER = re.compile(r"\befter\s+(?:behandling(?:en)?\s+af\s+)?(?:dagsordens)?$")
# "med undtagelse af punkt 5" closes only in a sentence about the meeting being open ("Mødet var åbent …")
_EXCEPTION = re.compile(r"(?:med\s+undtagelse\s+af|undtagen)\s+(?:dagsordenens\s+)?(?:punkt|pkt)")
_OPEN = re.compile(r"\b(?:åben|åbent|åbne|åbnet)\b|offentlig")  # "åbent", "åbne", not "åbenbart"
# cheap test first: a line holding none of these can hold no such sentence (lower-cased text)
_CLUES = ("tilhør", "offentlig", "lukke", "undtag", "fortrolig", "publikum", "presse", "gæst", "udelad", "udgå")
_CLUE = re.compile("|".join(_CLUES))


def _lines_with(pattern: re.Pattern[str], whole: str) -> list[int]:
    """The indexes of the lines of `whole` where `pattern` is found, in order: one scan of the whole text, not a
    search of each line (for a pattern that never matches a newline and has no anchor or look-around: a line holds
    a match exactly when the scan finds one starting in it). The lines passed to this module's readers hold no
    newline of their own, so these are their indexes."""
    found: list[int] = []
    line = at = 0
    for m in pattern.finditer(whole):
        line += whole.count("\n", at, m.start())
        at = m.start()
        if not found or found[-1] != line:
            found.append(line)
    return found


def _lines_holding(words: tuple[str, ...], whole: str) -> list[int]:
    """The indexes of the lines of `whole` that hold one of the `words` (none holding a newline), in order: over a
    whole document `str.find` for each word is faster than a pattern of them all."""
    found: set[int] = set()
    for word in words:
        at = whole.find(word)
        while at >= 0:
            found.add(whole.count("\n", 0, at))
            end = whole.find("\n", at)  # the line is found: the next one on
            at = whole.find(word, end + 1) if end >= 0 else -1
    return sorted(found)


def _has_clue(whole: str) -> bool:
    """Whether lower-cased text holds a clue (`_CLUE`): over a whole document `str.find` for each is faster
    than the pattern."""
    return any(clue in whole for clue in _CLUES)


# a wrapped sentence goes on in lower case or with the numbers it names ("5, som blev …", "5 og 6 blev …"),
# not with an entry of its own ("5. Eventuelt", "3<TAB>Eventuelt")
_GOES_ON = re.compile(r"[a-zæøå]|\d{1,2}(?:,|\s+(?:og|samt|[-–]|[a-zæøå]))")
# a case number after the word for a case or its journal number: "sag 2023-114", "sagsnr. 23/1187",
# "j.nr. 27.00.00-A00-1-23" (folded text); a number with a separator, so "sag 5" and years are none
_CASE = re.compile(r"\b(?:sag(?:s?nr|s?nummer)?|j\.?\s?nr|journalnr)\.?\s*(?:nr\.?\s*)?(?::\s*)?"
                   r"(\d[\da-z]*(?:[-/.][\da-z]+)+)")
# the subject a case is named by, up to the verb saying how it was handled: "Sagen vedrørende ejendommen Kærvej 14,
# Gørlev, blev …", "Henvendelsen om Karl Berg er …" (text as written: its names and numbers are its capitals and digits)
_SUBJECT = re.compile(r"\b(?:[Ss]ag(?:en)?|[Hh]envendelsen|[Pp]unktet)\s+(?:vedrørende|vedr\.|angående|om)\s+(.{3,80}?),?"
                      r"\s+(?:blev|er|var|bliver|behandles|behandledes)\b")
_SUBJECT_TOKEN = re.compile(r"(?<!\w)(?:[A-ZÆØÅ][\w-]*|\d[\w/-]*)")
# a sentence ends at a full stop before a capital, not after "pkt." or "nr."
_SENTENCE_END = re.compile(r"(?<!\bpkt)(?<!\bnr)\.\s+(?=[A-ZÆØÅ])")


def numbers_closed_by_sentences(lines: Sequence[str], lowered: str | None = None) -> frozenset[int]:
    """Item numbers a sentence of the minutes says were closed (`lowered`: the lines joined by newlines and
    lower-cased, when the caller has them so already; the same for the functions below).

    >>> sorted(numbers_closed_by_sentences(["Mødet var åbent med undtagelse af punkt 5 og 6."]))
    [5, 6]
    """
    return frozenset(n for _, numbers in _closing_sentences(lines, lowered) for n in numbers)


def closing_sentence_lines(lines: Sequence[str], lowered: str | None = None) -> frozenset[int]:
    """The lines holding a sentence that closes items by number: it closes those items, not the one it
    stands in ("Dagsordenen blev godkendt med den ændring, at punkt 5 behandles for lukkede døre")."""
    return frozenset(i for i, numbers in _closing_sentences(lines, lowered) if numbers)


def _closing_sentences(lines: Sequence[str], lowered: str | None) -> Iterator[tuple[int, set[int]]]:
    """(line, numbers named) of each line holding a sentence with closing words."""
    whole = "\n".join(lines).lower() if lowered is None else lowered
    if not ("punkt" in whole or "pkt" in whole) or not _has_clue(whole):  # most minutes: one test
        return
    # the lines with a clue, found in one scan; the number may be on the next line of a wrapped sentence ("tilhørerne
    # skal forlade / mødet, inden punkt 4 behandles")
    for i in _lines_holding(_CLUES, whole):
        window = _wrapped(lines, i)
        if "kt" not in window.lower():  # "kt" is in "punkt" and "pkt"
            continue
        found: set[int] = set()
        for sentence in _SENTENCE_END.split(window):
            folded_sentence = fold(sentence)
            if _CLOSING.search(folded_sentence) or (_EXCEPTION.search(folded_sentence) and _OPEN.search(folded_sentence)):
                found.update(_numbers(m.group(1) for m in _REFERENCE.finditer(folded_sentence)))
            elif _LEAVING.search(folded_sentence):
                found.update(_numbers(m.group(1) for m in _REFERENCE.finditer(folded_sentence)
                                      if not _AFTER.search(folded_sentence[max(0, m.start() - 30):m.start()])))
        yield i, found


def cases_closed_by_sentences(lines: Sequence[str], lowered: str | None = None) -> frozenset[str]:
    """Case numbers a sentence of the minutes says are closed (folded), to close the items that carry them.

    >>> sorted(cases_closed_by_sentences(["NB: Sag 2023-114 er en lukket sag og skal klippes ud."]))
    ['2023-114']
    """
    whole = "\n".join(lines).lower() if lowered is None else lowered
    if not any(word in whole for word in ("sag", "nr", "henvend", "punkt")) or not _has_clue(whole):
        return frozenset()
    found: set[str] = set()
    for i in _lines_holding(_CLUES, whole):
        for sentence in _SENTENCE_END.split(_wrapped(lines, i)):
            folded_sentence = fold(sentence)
            if _CLOSING.search(folded_sentence):
                found.update(m.group(1).rstrip(".") for m in _CASE.finditer(folded_sentence))
                found.update(_subjects(sentence))
    return frozenset(found)


def _subjects(sentence: str) -> list[str]:
    """The subjects a sentence names cases by, each as its names and numbers (folded, joined by spaces): one of two
    tokens or more, so a lone place name ("Sagen om Gørlev") stands for no item.

    >>> _subjects("Sagen vedrørende ejendommen Kærvej 14, Gørlev, blev behandlet for lukkede døre.")
    ['kærvej 14 gørlev']
    """
    tokens = [[fold(t) for t in _SUBJECT_TOKEN.findall(m.group(1))] for m in _SUBJECT.finditer(sentence)]
    return [" ".join(found) for found in tokens if len(found) >= 2]


# a quoted title: «…», »…«, "…", “…”, „…“ (folded text: the quotes are as written)
_QUOTED = re.compile(r'[«»"“”„]([^«»"“”„\n]{3,120})[«»"“”„]')
_QUOTE = re.compile('[«»"“”„]')  # any quote of `_QUOTED`: one scan in C instead of a test of each quote


def titles_closed_by_sentences(lines: Sequence[str], lowered: str | None = None) -> frozenset[str]:
    """Folded item titles a closing sentence quotes ("Punktet »Klage over støj« blev behandlet som lukket").

    >>> sorted(titles_closed_by_sentences(['Punktet "Klage over støj" blev behandlet for lukkede døre.']))
    ['klage over støj']
    """
    whole = "\n".join(lines)
    if not any(q in whole for q in '«»"“”„') or not _has_clue(whole.lower() if lowered is None else lowered):
        return frozenset()
    found: set[str] = set()
    for i in [i for i in _lines_with(_QUOTE, whole) if _CLUE.search(lines[i].lower())]:
        for sentence in _SENTENCE_END.split(_wrapped(lines, i)):
            if _CLOSING.search(fold(sentence)):
                found.update(fold(m.group(1)).strip(" .,:;") for m in _QUOTED.finditer(sentence))
    return frozenset(found)


def carries_case(title: str, cases: frozenset[str]) -> bool:
    """Whether an item's title carries one of the case numbers (as a whole token, not inside a longer one), or
    every token of a case's subject ("kærvej 14 gørlev" in "… fra ejendommen Kærvej 14, 4281 Gørlev")."""
    if not cases:
        return False
    folded = fold(title)
    return any(all(token in folded and re.search(rf"(?<![\w./-]){re.escape(token)}(?![\w/-]|\.\d)", folded)
                   for token in case.split()) for case in cases)


def _wrapped(lines: Sequence[str], i: int) -> str:
    """Line i with the lines of its sentence around it, when the sentence is wrapped: a line that ends in no
    full stop goes on in the next when that one starts in lower case or with the numbers it names."""
    def goes_on(a: int) -> bool:
        return (0 <= a < len(lines) - 1 and bool(lines[a]) and lines[a][-1] not in ".:!?"
                and _GOES_ON.match(lines[a + 1]) is not None)
    return " ".join(lines[a] for a in (i - 1, i, i + 1) if a == i or (a < i and goes_on(a)) or (a > i and goes_on(i)))


def referenced_numbers(folded: str) -> set[int]:
    """The item numbers a folded text refers to: "punkt 5", "pkt. 4 og 5", "punkterne 2-4", "punkt fem"."""
    return _numbers(m.group(1) for m in _REFERENCE.finditer(folded))


def _numbers(references: Iterable[str]) -> set[int]:
    """The numbers of "5", "5 og 6", "2, 3 og 5", "6-8" (a range)."""
    found: set[int] = set()
    for reference in references:
        for part in re.split(r"\s*(?:,|\bog\b|\bsamt\b)\s*", reference):
            # (a word that is no number, "til" of "2 til 4" or a dangling "og", counts for nothing)
            ends = [int(n) if n.isdigit() else _WORDS[n] for n in re.findall(r"\d{1,2}|[^\W\d]+", part)
                    if n.isdigit() or n in _WORDS]
            found.update(range(ends[0], ends[-1] + 1) if len(ends) == 2 and ends[0] < ends[1] <= ends[0] + 20 else ends)
    return found


def contents_closed(lines: Sequence[str], entries: Iterable[tuple[int, int, str]]) -> tuple[frozenset[int], frozenset[str]]:
    """(numbers, folded titles) of the contents entries listed under a closed heading or marked closed themselves.

    `lines` are the cleaned lines before the first item, `entries` the (line index, number, title) of the
    numbered lines among them. An entry is under a closed heading when the last heading line above it is
    a closed one ("Lukkede dagsordenspunkter", "Lukket punkt"), not an open one ("Åbne dagsordenspunkter").
    """
    at = {index: (number, title) for index, number, title in entries}
    if not at:
        return frozenset(), frozenset()
    numbers, titles = set(), set()
    closed = False
    for i, text in enumerate(lines):
        if i in at:
            if closed or (at[i][1] and closed_title(at[i][1])):  # "5. Ansøgning om talentstøtte – lukket pkt."
                numbers.add(at[i][0])
                if at[i][1]:
                    titles.add(fold(at[i][1]))
        elif text and (kind := heading_kind(text)):
            closed = kind != "open"
    return frozenset(numbers), frozenset(titles)
