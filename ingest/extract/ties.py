"""Ties the text states between actors: grants with amounts, and collaboration.

Both are read sentence by sentence, among the organisations, initiatives and persons the
document already names: "Folkeoplysningsudvalget har for 2018 bevilget 80.000 kr. til
Frivilligcentret" gives a grant from the committee to the centre; "Jobcenteret har et samarbejde
med Holbæk og Odsherred kommune" gives two collaborations.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from operator import itemgetter

from ingest.extract.lowered import lowered
from ingest.extract.words import is_word_char
from ingest.model import CollaborationFact, Evidence, GrantFact, InitiativeFact

# A sentence ends at . ! ? or a line break, but not at the dot of "80.000" or "kr."
# (runs of ordinary characters are taken whole: one step each, not one per character)
_INNER_DOT = r"(?<=\d)\.(?=\d)|(?<=kr)\.|(?<=ca)\.|(?<=bl\.a)\."
_SENTENCE = re.compile(r"(?:[^.!?\n]+|" + _INNER_DOT + r")+")
_NOT_AN_END = re.compile(_INNER_DOT)  # a dot that `_SENTENCE` takes into a sentence
# The (?=[…]) of first letters lets a case-insensitive scan pass most positions with one test.
_MONEY_WORDS = re.compile(r"(?=[btsmpyr])(?:bevilg|tilskud|støtte|midler|pulje|ydet|reserver)", re.I)
_MONEY = ("bevilg", "tilskud", "støtte", "midler", "pulje", "ydet", "reserver")  # in `lowered` text: found with find
_MONEY_WORDS_LOWER = re.compile("|".join(_MONEY))  # what `_sentences_with_words` finds (test_fast_paths)
_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:kr\.?|kroner|DKK)", re.I)
_YEAR = re.compile(r"\b(?:for|i|fra)\s+((?:19|20)\d{2})\b")
_TOGETHER = re.compile(r"(?=[si])(?:samarbejd\w*\s+(?:med|mellem)|sammen med|i fællesskab med)", re.I)
_PROJECT = re.compile(r"\bprojekt", re.I)


@dataclass(frozen=True)
class Named:
    """A name the document uses, and what it names: "organisation", "initiative" or "person"."""

    text: str
    canonical: str
    kind: str


class NamesInText:
    """The document's sentences that hold a name, each with the names it holds (longest name first where they overlap).

    Built once per document and read by `grants`, `collaborations` and `involvements`. A name counts
    where no letter, digit, "_" or "-" touches it, within one sentence. The names are looked up with
    `str.find`, not joined into one regular expression: compiling a pattern of every document's own
    names cost more than everything else in this module. A sentence is what `_SENTENCE.finditer` finds
    in one of the `spans`; only those around a name (or a money word) are looked for (`sentence_at`),
    not all of them. `spans` come in order and apart, as `extract` gives them (the agenda items).
    """

    def __init__(self, text: str, spans: list[tuple[int, int]], names: list[Named]) -> None:
        self.text, self.spans = text, spans
        self._span_starts = [a for a, _ in spans]
        self._last: re.Match[str] | None = None  # the sentence `sentence_at` found last
        by_text: dict[str, list[Named]] = {}
        for named in names:
            by_text.setdefault(named.text, []).append(named)
        # longest first, so that where names overlap the longest one wins, as in an alternation
        order = [t for t in sorted(by_text, key=len, reverse=True) if t]
        ordered = [sorted(by_text[t], key=lambda n: n.canonical) for t in order]
        starts: list[tuple[int, int]] = []  # (offset, rank in `order`) where a name begins a word
        # only within the spans: a name anywhere else is in no sentence (the header is not searched)
        lo, hi = (spans[0][0], spans[-1][1]) if spans else (0, 0)
        for rank, name in enumerate(order):
            at = text.find(name, lo, hi)
            while at >= 0:
                if at == 0 or not is_word_char(text[at - 1]):
                    starts.append((at, rank))
                at = text.find(name, at + 1, hi)
        starts.sort()
        in_sentence: dict[int, tuple[re.Match[str], list[tuple[int, int]]]] = {}  # by its start: a sentence, its name starts
        for at, rank in starts:
            sentence = self.sentence_at(at)
            if sentence is not None:
                in_sentence.setdefault(sentence.start(), (sentence, []))[1].append((at, rank))
        # by its start, each sentence that holds a name's start, with the names in it; in order
        self.sentences: dict[int, tuple[re.Match[str], list[tuple[int, Named]]]] = {}
        for k, (sentence, found) in in_sentence.items():
            hits: list[tuple[int, Named]] = []
            self.sentences[k] = (sentence, hits)
            a, b = sentence.span()
            cursor = a
            for at, rank in found:
                end = at + len(order[rank])
                if at < cursor or end > b or (end < b and is_word_char(text[end])):
                    continue
                hits += [(at - a, named) for named in ordered[rank]]
                cursor = end
        self.named = [k for k, (_, hits) in self.sentences.items() if hits]  # the sentences that name something, in order

    def sentence_at(self, at: int) -> re.Match[str] | None:
        """The sentence `_SENTENCE.finditer` finds in the span holding offset `at` that holds it, if any.

        A sentence there is a longest run of characters that `_SENTENCE` takes, each alone (a dot as
        `_NOT_AN_END` says, with the same look-around, up to the span's end): one starts at the span's
        start or after the last character before `at` that it does not take, and `_SENTENCE` matches
        from there to the first such character after it."""
        last = self._last
        if last is not None and last.start() <= at < last.end():
            return last  # the names of one sentence come one after another
        k = bisect.bisect_right(self._span_starts, at) - 1
        if k < 0 or at >= self.spans[k][1]:
            return None
        a, b = self.spans[k]
        if last is not None and a <= last.end() <= at:
            a = last.end()  # the character there ends the last sentence, so none after it starts before
        text = self.text
        stop = max(text.rfind("\n", a, at), text.rfind("!", a, at), text.rfind("?", a, at))
        dot = text.rfind(".", a, at)
        while dot > stop and _NOT_AN_END.match(text, dot, b):
            dot = text.rfind(".", a, dot)
        stop = max(stop, dot)
        sentence = _SENTENCE.match(text, stop + 1 if stop >= 0 else a, b)
        if sentence is None or at >= sentence.end():
            return None
        self._last = sentence
        return sentence


def _sentences_with(names: NamesInText, pattern: re.Pattern[str], text: str | None = None) -> dict[int, re.Match[str]]:
    """By its start, each sentence (`NamesInText.sentence_at`) in which `pattern` matches; one scan per span.
    Only for patterns of letters: a match then never crosses the end of a sentence. `text`: what
    to scan instead of the document's text, of the same length (its `lowered` form)."""
    found: dict[int, re.Match[str]] = {}
    for a, b in names.spans:
        for m in pattern.finditer(names.text if text is None else text, a, b):
            sentence = names.sentence_at(m.start())
            if sentence is not None:
                found[sentence.start()] = sentence
    return found


def _sentences_with_words(names: NamesInText, words: tuple[str, ...], low: str) -> dict[int, re.Match[str]]:
    """`_sentences_with(names, re.compile("|".join(words)), low)` for words of letters, each found with `str.find`
    from the first span to the last. A sentence lies in one span and holds every run of letters it starts in
    up to the span's end, so a word that stands whole in a sentence is one the pattern's scan of that span
    finds, or one it passes over as it starts inside another's match of the same run, so of the same sentence."""
    found: dict[int, re.Match[str]] = {}
    if not names.spans:
        return found
    lo, hi = names.spans[0][0], names.spans[-1][1]
    for word in words:
        at = low.find(word, lo, hi)
        while at >= 0:
            sentence = names.sentence_at(at)
            if sentence is not None and at + len(word) <= sentence.end():
                found[sentence.start()] = sentence
            at = low.find(word, at + 1, hi)
    return found


def _of_kinds(hits: list[tuple[int, Named]], kinds: tuple[str, ...]) -> list[tuple[int, Named]]:
    return [(pos, named) for pos, named in hits if named.kind in kinds]


def _quoted(sentence: re.Match[str]) -> Evidence:
    """The sentence without surrounding whitespace, offsets moved with it (quote == text[start:end])."""
    words = sentence.group()
    lead = len(words) - len(words.lstrip())
    return Evidence(sentence.start() + lead, sentence.start() + len(words.rstrip()), words.strip())


def grants(names: NamesInText, year: int | None) -> list[GrantFact]:
    """Amounts granted, with the recipient named after the amount and the funder before it."""
    result = []
    current: Named | None = None  # the initiative the item last named
    low = lowered(names.text)
    money_in = _sentences_with(names, _MONEY_WORDS) if low is None else _sentences_with_words(names, _MONEY, low)
    # a sentence that names nothing and holds no money word changes nothing below
    for k in sorted(set(names.named).union(money_in)):
        (sentence, hits), money = names.sentences[k] if k in names.sentences else (money_in[k], []), k in money_in
        if not money:  # (the initiatives among the hits are those among the organisations' and initiatives')
            named_here = [n for _, n in hits if n.kind == "initiative"]
            current = named_here[-1] if named_here else current
            continue
        found = _of_kinds(hits, ("organisation", "initiative")) if hits else hits  # most sentences name nothing
        words = sentence.group()
        stated_year = _YEAR.search(words)
        for m in _AMOUNT.finditer(words):
            amount = int(m.group(1).replace(".", ""))
            if amount < 100:
                continue
            by = [n for pos, n in found if words[max(0, pos - 3) : pos] == "af " and n.kind == "organisation"]
            after = [n for pos, n in found if pos > m.end() and n not in by]
            to_before = [n for pos, n in found if pos < m.start() and words[max(0, pos - 4) : pos] == "til "]
            recipient = after[0].canonical if after else (to_before[-1].canonical if to_before else None)
            if recipient is None and _PROJECT.search(words) and current is not None:
                recipient = current.canonical  # "projektet, som er bevilget …": the project of the item
            before = [n for pos, n in found if pos < m.start() and n.kind == "organisation"]
            funder = next((n.canonical for n in by + before if n.canonical != recipient), None)
            if recipient is None:
                continue
            result.append(GrantFact(
                amount, recipient, funder, int(stated_year.group(1)) if stated_year else year,
                _quoted(sentence),
            ))
    return result


def collaborations(names: NamesInText) -> list[CollaborationFact]:
    """Pairs the text says work together: the actor before "samarbejde med" and each one after it."""
    result: dict[tuple[str, str], CollaborationFact] = {}
    for sentence, hits in map(names.sentences.__getitem__, names.named):
        if len(hits) < 2:
            continue  # cheap test first: a pair needs two names
        words = sentence.group()
        cue = _TOGETHER.search(words)
        if not cue:
            continue
        found = _of_kinds(hits, ("organisation", "person"))
        before = [n for pos, n in found if pos < cue.start()]
        after = [n for pos, n in found if pos >= cue.end()]
        if "mellem" in cue.group().lower():  # "samarbejdsaftale mellem A og B"
            before, after = after[:1], after[1:]
        if not before:
            continue
        subject = before[-1]
        for other in after:
            first, second = sorted((subject, other), key=lambda n: n.canonical)
            pair = (first.canonical, second.canonical)
            if pair[0] != pair[1] and pair not in result:
                ev = _quoted(sentence)
                result[pair] = CollaborationFact(first.canonical, second.canonical, first.kind, second.kind, ev)
    return list(result.values())


def involvements(names: NamesInText, initiatives: list[InitiativeFact]) -> list[InitiativeFact]:
    """Each initiative with the organisations and persons named in the sentences that name it alone
    ("Jobcentret har iværksat et projekt … 'Sammen om Integration'"): who runs, funds or joins it."""
    orgs: dict[str, list[str]] = {i.name: list(i.organisations) for i in initiatives}
    people: dict[str, list[tuple[str, str]]] = {i.name: list(i.persons) for i in initiatives}
    for _, hits in map(names.sentences.__getitem__, names.named):  # the sentences that name something
        # (the initiatives among the hits are those among the organisations', initiatives' and persons')
        named = {n.canonical for _, n in hits if n.kind == "initiative"}
        if len(named) != 1:
            continue  # two initiatives in one sentence: who belongs to which is not said
        found = _of_kinds(hits, ("organisation", "initiative", "person"))
        initiative = named.pop()
        for _, n in found:
            if n.kind == "organisation" and n.canonical not in orgs[initiative]:
                orgs[initiative].append(n.canonical)
            elif n.kind == "person" and n.canonical not in map(itemgetter(0), people[initiative]):
                people[initiative].append((n.canonical, ""))
    # (an initiative no sentence adds to is kept as it is: replace() costs more than the comparison)
    return [i if (tuple(orgs[i.name]), tuple(people[i.name])) == (i.organisations, i.persons)
            else dataclasses.replace(i, organisations=tuple(orgs[i.name]), persons=tuple(people[i.name]))
            for i in initiatives]
