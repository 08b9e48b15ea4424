"""Initiatives named by an agenda item's title: "Skatepark ved havnen" over "Ali fremlagde forslaget
om en skatepark", "Oplæg: Demensvenlig Faxe" over "Projektet gennemføres sammen med …".

Minutes often name a project or a proposal once, in the title of the item that deals with it, and
then refer to it as "projektet" or "forslaget". The title names an initiative when the item's
opening text refers back to it so: by a word of `data/lexicon/item_references.tsv`, or by the
title's first word again as an indefinite noun ("foreslog en teaterbus" under "Teaterbus for ældre"). An
initiative the text names by its noun alone ("Sommerfesten") takes the title's fuller name when the title adds
only a place or a year ("Ydby Sommerfest", "Kulturnat på Ydby Havn").
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ingest.extract.organisations import stem
from ingest.lexicon import LEXICON_DIR, fold, load
from ingest.model import AgendaItem, Evidence, InitiativeFact

_OPENING = 300  # characters of an item's text read for a reference back to its title
_MAX_WORDS = 6
_LABEL = re.compile(r"^[A-ZÆØÅ][\w\-]+:\s+")  # "Oplæg: Demensvenlig Faxe": the label goes
_WORD = re.compile(r"[\wæøåÆØÅ]+")
_DETERMINERS = frozenset(("sin", "sit", "sine", "den", "det", "de", "en", "et", "vores", "jeres", "deres"))
# a noun opening a sentence, and the complement that names it: "Velkomstmappen til nye tilflyttere",
# "Petanquebanen ved forsamlingshuset"
_OPENING_NOUN = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-ZÆØÅ][\w\-]{4,})")
_PLACED = re.compile(r"(?<![\w\-])([a-zæøå][\w\-]{5,})[ \t]+(?:i|på|ved)[ \t]+[A-ZÆØÅ][\w\-]*")
# the endings of a noun's definite forms ("velkomstmappe" -> "velkomstmappen", "bænke" -> "bænkene")
_DEFINITE_ENDINGS = ("en", "et", "n", "t", "ne")
_YEAR = re.compile(r"\d{4}(?:[-–/]\d{2,4})?$")
# "a) Stevns Klint Vandrerute – ny skiltning": a lettered sub-item, its title before a dash
_LETTERED = re.compile(r"(?m)^[ \t]*[a-h]\)[ \t]+([A-ZÆØÅ][^–\n]{2,60}?)[ \t]+[–-][ \t]+\S")
_VERBS = frozenset(("er", "var", "har", "havde", "søger", "fik", "får", "blev", "bliver", "skal", "vil"))  # a sentence
_NOUN_COMPLEMENT = re.compile(r"\s+(?:til|ved|i|på|for|om)\s+(?:[a-zæøå]+e\s+)?[\w\-]+")


@functools.lru_cache(maxsize=4)
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines
                 if line.strip() and not line.lstrip().startswith("#"))


@functools.lru_cache(maxsize=1)
def _references() -> dict[str, str]:
    """Folded word -> the initiative kind it implies ("forslaget" proposal, "projektet" project)."""
    return {fold(row[0]): row[1] for row in _rows("item_references.tsv")}


@functools.lru_cache(maxsize=1)
def _routine_words() -> tuple[frozenset[str], tuple[str, ...]]:
    return (frozenset(fold(row[0]) for row in _rows("topic_labels.txt")),
            tuple(fold(row[0]) + " " for row in _rows("initiative_prefixes.txt")))


def _routine(key: str) -> bool:
    """A title that names no initiative: a topic label ("Eventuelt") or one led by a prefix ("Nyt fra …",
    "Status på …"), whose initiative, if any, is found by the label readers."""
    labels, prefixes = _routine_words()
    yearless = key[:-5] if key[-4:].isdigit() and key[-5:-4] == " " else key  # "regnskab 2015"
    # "Regnskab og budget", "Budget 2016": topic labels, joined or with a year, are routine too
    joined = all(w in labels or w in ("og", "samt") for w in yearless.split())
    return key in labels or joined or key.startswith(prefixes)


@functools.lru_cache(maxsize=8192)  # item titles recur from meeting to meeting
def _title_name(title: str) -> str | None:
    """The initiative name a title may be: without a one-word label or its translation ("A / B")."""
    name = _LABEL.sub("", title.split(" / ")[0]).strip(" .:")
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not name[:1].isupper() or any(ch.isdigit() for ch in words[0]):
        return None
    lex = load()
    key = fold(name)
    if key in lex.headings or key in lex.header_labels or fold(words[0]) in lex.roles or _routine(key):
        return None
    return name


def _kind(opening: str, title: str) -> str | None:
    """The kind the item's opening text gives its title, or None when it does not refer back to it."""
    refs = _references()
    head = fold(title.split()[0])
    low = opening.lower()
    tails = _compound_tails(head)
    if stem(head) not in low and not any(ref in low for ref in refs) and not any(t in low for t in tails):
        return None  # cheap test first: most items refer to nothing
    raw = _WORD.findall(opening)
    words = [fold(w) for w in raw]
    found = [i for i, word in enumerate(words) if word in refs]
    # "til projektet Demensvenlig Hjørring … følge projektet": the item names another project, and
    # "projektet" refers to that one
    if any(i + 1 < len(raw) and raw[i + 1][:1].isupper() for i in found):
        return None
    if found:
        return refs[words[found[0]]]
    if len(head) >= 5 and any(w in ("en", "et") and nxt == head for w, nxt in zip(words, words[1:])):
        return "proposal" if any(w.startswith(("foreslog", "forslag", "foreslår")) for w in words) else "project"
    # "Revisionen skulle …" under "Revision af handicappolitikken", "lukker sin besøgstjeneste" under
    # "Besøgstjenesten i Nørager": the head noun again, in another form, after a determiner or opening a sentence
    if len(head) >= 8:
        key = stem(head)
        for i, word in enumerate(words):
            if word != head and stem(word) == key and (i == 0 or words[i - 1] in _DETERMINERS
                                                       or raw[i][:1].isupper()):
                return "project"
    # "Udflugten går til …" under "Sommerudflugt 2019": the last part of the title's compound, after a
    # determiner or opening a sentence
    for i, word in enumerate(words):
        if word != head and stem(word) in tails and (i == 0 or words[i - 1] in _DETERMINERS or raw[i][:1].isupper()):
            return "project"
    return None


_SENTENCE_END = frozenset(".!?:;\n\t|•*#-–—(\"“")  # and a table cell's start


def _named_again(opening: str, title: str) -> bool:
    """Whether an item's opening text writes its title again, as written, inside a sentence ("Per orienterede
    om Fodbold for Alle", "Knud er tovholder på Nabokørsel"): Danish capitalises no common noun, so a title
    written so is a proper name, the name of what the item is about. Not at a sentence's start, where every
    word is capitalised ("Økonomi er fin"), nor as part of a longer word."""
    if len(title) < 6 or not title[:1].isupper():
        return False
    at = opening.find(title)
    while at >= 0:
        before, after = opening[:at].rstrip(" \t"), opening[at + len(title) : at + len(title) + 1]
        if (not opening[at - 1].isalnum() and before and before[-1] not in _SENTENCE_END
                and not (after.isalnum() or after == "-")):
            return True
        at = opening.find(title, at + 1)
    return False


def _opens_again(opening: str, title: str) -> bool:
    """Whether a one-word title in the definite form, a compound, opens its item's text again as the subject
    ("Sorggruppen for efterladte er startet igen" under "Sorggruppen"): the thing the item is about."""
    key = fold(title)
    # "Økonomien", "Budgettet": the indefinite form (a doubled consonant undone) is a routine topic
    routine = any(_routine(key[: -len(end) - cut]) for end in _DEFINITE_ENDINGS if key.endswith(end) for cut in (0, 1))
    return (" " not in title and len(title) >= 9 and key.endswith(("en", "et", "ne")) and not routine
            and opening.lstrip().startswith(title + " "))


def _compound_tails(head: str) -> frozenset[str]:
    """The stems of the nouns a compound word ends in ("udflugt" of "sommerudflugt"): five letters or more,
    after four or more ("velkommen" ends in no noun of its own)."""
    return frozenset(stem(head[k:]) for k in range(4, len(head) - 4)) if len(head) >= 9 else frozenset()


def _joined_parts(text: str, item: AgendaItem, title: str) -> list[InitiativeFact]:
    """A title joining two things ("Hjertestarter og velkomstmappe") names neither whole: a part is an
    initiative where a sentence of the item opens with it in the definite form, named as that sentence
    names it ("Velkomstmappen til nye tilflyttere overdrages …"); an indefinite "en hjertestarter"
    introduces no name."""
    parts = [part for part in title.split(" og ") if part.split() and not _routine(fold(part))]  # not "referat"
    nouns = {fold(part.split()[0]) + end: part for part in parts for end in _DEFINITE_ENDINGS}
    body_at = text.find("\n", item.start, item.end)
    found = []
    for m in _OPENING_NOUN.finditer(text, body_at if body_at >= 0 else item.end, item.end):
        word = m.group(1)
        if nouns.get(fold(word)) is None:
            continue
        nouns = {form: p for form, p in nouns.items() if p != nouns[fold(word)]}  # once per part
        comp = _NOUN_COMPLEMENT.match(text, m.end())
        end = comp.end() if comp else m.end()
        name = " ".join(text[m.start() : end].split())
        found.append(InitiativeFact(name, "project", evidence=(Evidence(m.start(), end, text[m.start() : end]),)))
    return found


def _placed(text: str, start: int, end: int, title: str) -> InitiativeFact | None:
    """A one-word title ("Nattevandring") named by its item's text in the definite form with the place it
    is in ("koordineret nattevandringen i Strandkvarteret"): the text's fuller name."""
    words = title.split()
    if len(words) != 1 or len(words[0]) < 6:
        return None
    forms = {fold(words[0]) + end for end in _DEFINITE_ENDINGS}
    for m in _PLACED.finditer(text, start, end):
        if fold(m.group(1)) in forms:
            return InitiativeFact(m.group(), "project", evidence=(Evidence(m.start(), m.end(), m.group()),))
    return None


def _names_place(words: list[str], placed: bool) -> bool:
    """Whether the words beside a noun in a title name a place, a year with it or not: capitalised words ("Ydby";
    inside a Danish title a capital marks a proper name), a year, and (`placed`) "på"/"i"/"ved" before a
    capitalised word. A year alone dates a scheme ("Fritidspas 2026") more often than it names an event."""
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or _YEAR.match(w) or (placed and w in ("på", "i", "ved") and i + 1 < len(words)
                                              and words[i + 1][:1].isupper())
        for i, w in enumerate(words))


def _shortened(title: str, found: list[InitiativeFact]) -> int | None:
    """The index of the one-word initiative that a title names in full, with its place ("Sommerfest" under "Ydby
    Sommerfest 2026"), or None. The text's definite form ("Kulturnatten") points at one thing whose name the title
    gives, so a place after "på"/"i" is part of it ("Kulturnat på Ydby Havn"); the bare noun may be a kind of thing
    the title places ("Foreningsguider i Vestby Øst"). A title that holds another initiative names that one."""
    words = title.split()
    if len(words) < 2 or any(fold(i.name) in fold(title) for i in found if " " in i.name or fold(i.name) == fold(title)):
        return None
    for k, word in enumerate(words):
        w = fold(word)
        forms = {w} | {w + end for end in _DEFINITE_ENDINGS} | {w + w[-1:] + end for end in ("en", "et")}
        short = [n for n, i in enumerate(found) if " " not in i.name and fold(i.name) in forms]
        # the noun capitalised after a place ("Ydby Sommerfest") is part of a name, as is a noun placed or dated
        if short and (k == 0 or word[:1].isupper()) \
                and _names_place(words[:k] + words[k + 1:], fold(found[short[0]].name) != w):
            return short[0]
    return None


def _dated_noun(name: str) -> bool:
    """Whether a title is one compound noun and a year ("Sankthansbål 2013"): an event of that year; not a routine
    topic with its year ("Regnskab 2015", which `_title_name` leaves out already) nor a word under eight letters."""
    words = name.split()
    if not (len(words) == 2 and _YEAR.fullmatch(words[1]) and len(words[0]) >= 8 and words[0].isalpha()
            and words[0][:1].isupper() and not words[0].isupper()):
        return False
    labels, _ = _routine_words()  # "Driftsbudget 2027": a compound of a routine topic is routine
    return not any(fold(words[0]).endswith(label) for label in labels if len(label) >= 5)


def _stems(name: str) -> set[str]:
    """The stems of a name's words, a year not among them ("Årets Leder 2024" and "Idrættens Dag 2024" share none)."""
    return {stem(w) for w in _WORD.findall(fold(name)) if len(w) >= 4 and not w.isdigit()}


def _lettered(text: str, item: AgendaItem, others: frozenset[str]) -> list[InitiativeFact]:
    """The sub-items an item lists by letter, each titled before a dash ("a) Rødvig Havnehus – Rødvig Bådelaug søger
    …", "c) Madmarked i Store Heddinge – udsat"): each title names what its sub-item is about, as an item's does."""
    found = []
    for m in _LETTERED.finditer(text, item.start, item.end) if ") " in text[item.start : item.end] else ():
        name = _title_name(m.group(1))
        if name and fold(name) not in others and not any(w in _VERBS for w in name.split()):
            found.append(InitiativeFact(name, "project", evidence=(Evidence(m.start(1), m.end(1), m.group(1)),)))
    return found


def item_initiatives(text: str, items: tuple[AgendaItem, ...], known: list[InitiativeFact],
                     others: frozenset[str] = frozenset()) -> list[InitiativeFact]:
    """Initiatives named by item titles, beside the `known` ones (a title that shares a word with one of
    them names no other); `others`: folded names of the document's organisations and people, which a title
    named again in its text (`_named_again`) is not."""
    found = list(known)
    for item in items:
        found += [i for i in _lettered(text, item, others) if not any(_stems(i.name) & _stems(k.name) for k in found)]
        name = _title_name(item.title) if item.title else None
        body_at = text.find("\n", item.start, item.end)
        cell = name.rsplit("\t", 1)[-1].strip() if name else None  # "Sag<TAB>Kulturnat Ydby": a table's last cell
        if cell and (short := _shortened(cell, found)) is not None and (at := text.find(cell, item.start, item.end)) >= 0:
            found[short] = dataclasses.replace(found[short], name=cell, evidence=(Evidence(at, at + len(cell), cell),))
            continue
        if name is None or body_at < 0:
            continue
        if " og " in name:
            found += [i for i in _joined_parts(text, item, name) if not any(_stems(i.name) & _stems(k.name) for k in found)]
            continue
        opening = text[body_at : min(item.end, body_at + _OPENING)]
        kind = _kind(opening, name)
        if kind is None and fold(name) not in others and _named_again(opening, name):
            kind = "event" if _YEAR.search(name) else "project"
        yearless = _YEAR.sub("", name).strip()  # "Julehjælpen 2023" over "Ole orienterede om Julehjælpen"
        if kind is None and yearless != name and fold(yearless) not in others and _named_again(opening, yearless):
            kind = "project"
        if kind is None and fold(name) not in others and _opens_again(opening, name):
            kind = "project"
        if kind is None and _dated_noun(name) and fold(yearless) not in others:
            kind = "event"  # "Sankthansbål 2013", "Høstfest 2013": one thing of that year, whatever the text calls it
        if kind is None:
            after = text.find(name, item.start, item.end) + len(name)  # a table row's text follows on its line
            placed = _placed(text, after, min(item.end, after + _OPENING), name)
            found += [placed] if placed and not any(_stems(placed.name) & _stems(k.name) for k in found) else []
            continue
        if any(_stems(name) & _stems(i.name) for i in found):
            continue  # "Fælles frivilligfestival" beside "Frivilligfestival på Axeltorv": found already
        at = text.find(item.title, item.start, item.end)
        start = text.find(name, at if at >= 0 else item.start, item.end)
        evidence = (Evidence(start, start + len(name), name),) if start >= 0 else ()
        found.append(InitiativeFact(name, kind, evidence=evidence))
    return found
