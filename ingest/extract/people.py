"""Persons of one document: the header's participants plus everyone the text names.

Name forms in the text (full names, first names, "Gitte KW", possessive "Marthas") are found
by shape and the first-name lexicon, then resolved to the one full name they fit; a form that
fits none or several stays a person of its own (status unknown).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from operator import itemgetter, or_

from ingest.extract.names import (INITIALS, LABEL_WORDS, NAME_TOKEN, PARTICLES, is_initials, is_orgish,
                                  name_abbreviations)
from ingest.extract.participants import Participant
from ingest.lexicon import fold, load
from ingest.model import UNKNOWN, Evidence
from ingest.resolve import fits, resolve
from ingest.withheld_names import first_name_key

# A lower-case word is no name: `(?![a-zæøå])` passes over most words in the scan itself.
_TOKEN = re.compile(rf"(?<![\w\-])(?![a-zæøå])(?:{NAME_TOKEN}|{INITIALS})(?:'s|’s)?(?![\w\-])")
# `_TOKEN` as the scan runs it: starting with the class of every token's first letter lets `re`
# skip to one in C (it tries a leading look-around at every position); after that letter come the
# rest of NAME_TOKEN or of INITIALS (test_fast_paths checks it finds what `_TOKEN` finds). NAME_TOKEN's
# "(?:[^\W\d_]|['’])*" is written "(?:[^\W\d_]++|['’])*": `re` repeats the group once per run of letters,
# not once per letter (a negated class and a literal are not merged into one class, so each repetition
# costs a round of its slow loop). The same matches: what follows the group (a hyphen, "'s", then no
# word character) never follows a letter, so no match ends inside a run of letters, and a run taken
# whole ("++", never split between repetitions, which would try exponentially many splits) loses none.
_FIRST_LETTER = r"[^\W\d_a-zæøå]"
_NAME_REST = r"(?:[^\W\d_]++|['’])*(?:-[^\W\d_](?:[^\W\d_]++|['’])*)*"
_INITIALS_REST = r"(?<=[A-ZÆØÅ])[A-ZÆØÅ]{0,2}\.?(?:-[A-ZÆØÅ]{1,2}\.?)?"
_TOKEN_SCAN = re.compile(
    rf"{_FIRST_LETTER}(?<![\w\-]{_FIRST_LETTER})(?:{_NAME_REST}|{_INITIALS_REST})(?:'s|’s)?(?![\w\-])"
)
_COMMON_CAPITALISED = frozenset(
    fold(w) for w in "Det Der Den De Vi Han Hun Jeg Som Og I På Til Fra Med For Efter Alle Nogle Næste "
    "Mødet Punktet Rådet Se Ny Nye Hvis Når Kl Pkt Punkt Tema Status Forslag Orientering".split()
)


@dataclass(frozen=True)
class Mention:
    text: str  # as written, without a possessive ending
    start: int
    end: int


def _is_given(token: str) -> bool:
    """Whether a word is a given name, or a hyphenated one of given names ("Poul-Henrik"); a word in capitals is an
    abbreviation ("borgere med KOL", "Kol" being a name)."""
    if token.isupper() and len(token) > 1:
        return False
    key = fold(token)
    return key in load().first_names or ("-" in key and load().is_first_name(key))


@functools.lru_cache(maxsize=100_000)  # capitalised words recur from document to document
def _strip_possessive(token: str) -> str:
    if token.endswith(("'s", "’s")):
        return token[:-2]
    if token.endswith("s") and not _is_given(token) and _is_given(token[:-1]):
        return token[:-1]
    # "Aksel Vinds død": a known surname in the genitive
    if token.endswith("s") and not _is_given(token) and fold(token[:-1]) in load().surnames \
            and fold(token) not in load().surnames:
        return token[:-1]
    return token


@functools.lru_cache(maxsize=100_000)  # capitalised words recur from document to document
def _name_key(token: str) -> tuple[str, str, bool]:
    """(the token without a possessive ending, that folded, whether it is a given name)."""
    word = _strip_possessive(token)
    return word, fold(word), _is_given(word)


def find_mentions(text: str, start: int, end: int, known: set[str]) -> list[Mention]:
    """Person-name forms in text[start:end]. `known`: folded given names of listed participants."""
    tokens = list(_TOKEN_SCAN.finditer(text, start, end))
    written = list(map(re.Match.group, tokens))
    upper = list(map(str.isupper, map(itemgetter(0), written)))  # in C, as below
    if not all(upper):  # a small letter outside [a-zæøå] ("é", "ü") may start a token too
        tokens, written = list(itertools.compress(tokens, upper)), list(itertools.compress(written, upper))
    # most capitalised words are no name: one pass, in C, to the few that are a given name
    keys = list(map(_name_key, written))
    mentions: list[Mention] = []
    i = 0
    named = map(or_, map(itemgetter(2), keys), map(known.__contains__, map(itemgetter(1), keys)))
    for n in itertools.compress(range(len(keys)), named):  # given names, or those of listed participants
        if n < i:
            continue
        word, tok = keys[n][0], tokens[n]
        words, last = [word], tok
        j = n + 1
        while j < len(tokens) and len(words) < 5:
            gap = text[last.end() : tokens[j].start()]
            nxt = written[j]
            if gap == ". " and words[-1] in name_abbreviations():  # "Niels Chr. Hedegaard": the stop is the name's
                words[-1], gap = words[-1] + ".", " "
            # a wider gap or a tab is a column boundary: signatories side by side ("Hakan Demir      Birthe Viborg")
            same_line = gap in (" ", "  ")
            pdf_break = gap.strip() == "" and "\n" in gap and len(words) == 1 and _surname_after_break(text, tokens[j])
            if (not (same_line or pdf_break) or fold(nxt) in _COMMON_CAPITALISED or fold(nxt) in LABEL_WORDS
                    or is_orgish([nxt])):
                break
            if is_initials(nxt) and nxt in ("I", "IS"):
                break
            if len(words) == 1 and word.isupper() and len(word) > 1 and not nxt.isupper():
                break  # "**PK** Besøgsvennerne har …": initials whole, then the sentence they open
            words.append(_strip_possessive(nxt))
            last = tokens[j]
            j += 1
            if nxt.endswith(("'s", "’s")):
                break
        end_at = last.end()
        if words[-1] in name_abbreviations() and text[end_at : end_at + 1] == ".":  # "Niels Chr. bød velkommen"
            words[-1], end_at = words[-1] + ".", end_at + 1
        name = " ".join(words)
        mentions.append(Mention(name, tok.start(), end_at))
        i = j
    return mentions


def _surname_after_break(text: str, token: re.Match[str]) -> bool:
    """A PDF line break inside a name: the next line starts with a surname and then a comma."""
    after = text[token.end() : token.end() + 1]
    return (fold(token.group()) in load().surnames or after in (",", "")) and not _is_given(token.group())


@dataclass
class Person:
    name: str
    evidence: Evidence
    status: str = UNKNOWN
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    occurrences: list[tuple[int, int]] = field(default_factory=list)  # where the text names them
    stated_tovholder: list[int] = field(default_factory=list)  # the occurrences a sentence makes them tovholder at


def people(participants: list[Participant], text: str, spans: list[tuple[int, int]],
           withheld: frozenset[str] = frozenset()) -> list[Person]:
    """Participants and the persons named in the text spans, each short form resolved or kept apart; a lone first
    name that fits no one and is among the `withheld` (digests of first names named only in closed parts) is none."""
    persons = [
        Person(p.name, p.evidence, p.status, list(p.roles), list(p.organisations), list(p.mentions))
        for p in participants
    ]
    # initials given in the list ("Gitte Kjær Wulff (GKW)") name that person when the text uses them
    aliases = {fold(m): person for person in persons for m in person.mentions}
    initials = _initials_aliases(persons)
    known = {fold(p.name.split()[0]) for p in participants} | set(aliases) | set(initials)
    found = [m for a, b in spans for m in find_mentions(text, a, b, known)]
    lex = load()

    def full_names() -> list[str]:
        return [p.name for p in persons if len(p.name.split()) > 1 and not is_initials(p.name.split()[-1])]

    def attach(person: Person, mention: Mention) -> None:
        person.occurrences.append((mention.start, mention.end))
        if _undotted(mention.text) != _undotted(person.name) and mention.text not in person.mentions:
            person.mentions.append(mention.text)

    by_name = {fold(p.name): p for p in persons}
    longest_first = sorted(found, key=lambda m: (-len(m.text.split()), m.start))
    full = full_names()  # kept up to date below, when a person is renamed or added
    for mention in longest_first:
        words = mention.text.split()
        target = resolve(mention.text, full)
        if target is None and fold(mention.text) in by_name:
            target = by_name[fold(mention.text)].name
        if target is None and is_initials(words[-1]):  # "Birthe R" for the listed "Birthe R."
            dotted = [p for p in persons if _undotted(p.name) == _undotted(mention.text)]
            target = dotted[0].name if len(dotted) == 1 else None
        if target is None and fold(mention.text) in initials and fold(mention.text) not in aliases:
            attach(initials[fold(mention.text)], mention)  # "JKL orienterede" for Jørgen Kold Larsen
            continue
        if target is None and fold(mention.text) in aliases:
            aliases[fold(mention.text)].occurrences.append((mention.start, mention.end))
            continue
        if target is None and len(words) > 1 and not is_initials(words[-1]):
            # listed by first name only ("Hanne"), or with an initial ("Kim B." of "Kim B., Kim S.")
            listed = [p for p in persons if fold(p.name) == fold(words[0])
                      or (_initialled(p.name) and fits(p.name, mention.text)) or _given_names_of(p.name, words)]
            if len(listed) == 1 and (_initialled(listed[0].name) or len(by_name_given(persons, words[0])) == 1):
                # a participant listed by first name only, named in full in the text
                person = listed[0]
                person.mentions.append(person.name)
                del by_name[fold(person.name)]
                person.name = mention.text
                by_name[fold(person.name)] = person
                person.occurrences.append((mention.start, mention.end))
                full = full_names()
                continue
        if target is not None:
            attach(by_name[fold(target)], mention)
            continue
        single_word = len(words) == 1
        if single_word and (abbreviated := _by_first_initial(persons, words[0])) is not None:
            attach(abbreviated, mention)  # "Yvonne" for the listed "Y. Sand": her first name, written out
            continue
        if fold(words[0]) in lex.ambiguous_first_names and (single_word or is_initials(words[-1])):
            continue  # a common word as much as a name: only taken when it fits a known person
        if single_word and any(fold(w) in PARTICLES for w in words):
            continue
        if single_word and withheld and first_name_key(words[0]) in withheld:
            continue  # the person of a closed item, by first name ("Inger har tilbudt …"): `ingest/withheld_names.py`
        evidence = Evidence(mention.start, mention.end, text[mention.start : mention.end])
        person = Person(mention.text, evidence, UNKNOWN, [], [], [], [(mention.start, mention.end)])
        persons.append(person)
        by_name[fold(mention.text)] = person
        full = full_names()
    return persons


def _given_names_of(name: str, words: list[str]) -> bool:
    """Whether `name` is all first names ("Jens Erik", "Anne Mette") that open the longer name `words`:
    a person listed by a double first name, named in full in the text ("Jens Erik Frandsen")."""
    given = name.split()
    lex = load()
    return (1 < len(given) < len(words) and [fold(w) for w in given] == [fold(w) for w in words[: len(given)]]
            and all(lex.is_first_name(w) for w in given))


def _initialled(name: str) -> bool:
    """A first name with the initial of a surname: "Kim B.", "Karin S"."""
    words = name.split()
    return len(words) == 2 and is_initials(words[1].rstrip(".")) and len(words[1].rstrip(".")) == 1


def _by_first_initial(persons: list[Person], given: str) -> Person | None:
    """The one person listed with a first initial ("Y. Sand") that a first name no one else has ("Yvonne") may
    write out, or None: the name is a known first name, and no other person's first name or initial fits it."""
    if not load().is_first_name(given) or by_name_given(persons, given):
        return None
    fitting = [p for p in persons if len(p.name.split()) >= 2 and fold(p.name.split()[0]).rstrip(".") == fold(given[0])]
    return fitting[0] if len(fitting) == 1 and fitting[0].name.split()[0].endswith(".") else None


def _undotted(name: str) -> str:
    return fold(name).replace(".", "")


def _initials_aliases(persons: list[Person]) -> dict[str, Person]:
    """Folded initials ("jkl") of each listed person with a full name of two to four words, when
    they belong to that person alone and spell no known organisation ("DGI", "LO")."""
    lex = load()
    found: dict[str, list[Person]] = {}
    for person in persons:
        if (key := initials_of(person.name)) and not is_initials(person.name.split()[-1]):  # not "Birthe R."
            found.setdefault(key, []).append(person)
    return {key: ps[0] for key, ps in found.items() if len(ps) == 1 and key not in lex.organisations}


def initials_of(name: str) -> str:
    """The folded first letters of a full name of two to four words ("em" of "Erik Mørup"; particles left out), or ""
    for a shorter or longer name."""
    words = [w for w in name.split() if fold(w) not in PARTICLES]
    return "".join(fold(w[0]) for w in words) if 2 <= len(words) <= 4 else ""


def by_name_given(persons: list[Person], given: str) -> list[Person]:
    return [p for p in persons if fold(p.name.split()[0]) == fold(given)]
