"""Organisations named in one document, with their kind and the other forms used for them.

A name is found by its head word (an ending from `org_suffixes.tsv`: -forening, -rådet,
-udvalget, Kommune, …), a known name (`organisations.tsv`) or a bare municipal area
("Beskæftigelse"), and grows to its full written form: "Polsk-Dansk Forening i Næstved",
"Center for Social Indsats", "Beskæftigelses- og Integrationsudvalget".
Definite and indefinite forms, word order and hyphens are merged ("Frivilligcentret" is
"Frivilligcenter Rudersdal" when that is the only frivilligcenter in the text).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from ingest.extract.branches import comma_branches_merged
from ingest.extract.known_names import known_name_matches
from ingest.extract.name_growth import ends_in_genitive, grow_left, grow_right, is_place, may_be_town
from ingest.extract.coordinated import expand_coordinated
from ingest.extract.overlaps import joined_overlaps
from ingest.extract.venues import is_venue
from ingest.extract.words import lines_with
from ingest.lexicon import KnownOrganisation, fold, load
from ingest.model import Evidence

# (what "[\w'’]*(?:-[\w'’]*)*" takes: any run of [\w'’\-], in one step of `re` instead of one per hyphen)
_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÖöÄäÇçŞşĞğİı][\w'’\-]*")
_CONNECT = ("og", "for", "i", "af")
_KEYLESS = frozenset(_CONNECT + ("den", "det", "de"))  # words a name's key leaves out
_KEY_SEPARATOR = re.compile(r"[\s\-/]+")
_QUOTED = re.compile(r"[\"“”„«][^\"“”„«»\n]{2,80}[\"“”»]")
_QUOTES = "\"“”„«"  # what a match of `_QUOTED` opens with
_DOMAIN = re.compile(r"\.[a-z]{2,3}\b")
_IN_PLACE = re.compile(r" i [A-ZÆØÅ]")


@dataclass
class Organisation:
    name: str
    kind: str
    evidence: Evidence
    mentions: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """A word without its Danish definite or genitive ending: "centret", "centeret", "center" -> "cent"."""
    w = fold(word)
    for ending in ("erne", "ene", "et", "en", "ne"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            w = w[: -len(ending)]
            break
    for ending in ("er", "re", "e", "r"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w.replace("mm", "m")


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> frozenset[str]:
    words = [w for w in _KEY_SEPARATOR.split(name) if w and fold(w) not in _KEYLESS]
    return frozenset(stem(w) for w in words)


def kind_of(name: str) -> str:
    lex = load()
    known = lex.organisations.get(fold(name))
    if known:
        return known.kind
    if fold(name) in lex.municipal_units:
        return "municipal_unit"
    words = name.split()
    # "Frivilligcenter i Aarhus Kommune", "Landsforeningen af Kommunale Integrationsråd": the head before says what it is
    if ("i" in words or "af" in words) and (cut := next((k for k, w in enumerate(words) if k and w in ("i", "af")), 0)):
        head = words[:cut]
        words = head if any(lex.kind_by_suffix(w) for w in head) else words
    for word in reversed(words):
        kind = lex.kind_by_suffix(word.rstrip("s") if word.endswith("kommunes") else word)
        if kind:
            return kind
    branch_of = _known_prefix(words)  # "DGI Nordjylland", "Natteravnene i Aalborg Øst"
    return branch_of.kind if branch_of else "other"


def _known_prefix(words: list[str]) -> KnownOrganisation | None:
    """The known organisation the first words of a longer name are."""
    lex = load()
    for n in range(len(words) - 1, 0, -1):
        known = lex.organisations.get(fold(" ".join(words[:n])))
        if known:
            return known
    return None


def _is_head(word: str) -> bool:
    lex = load()
    if word[0].isupper():
        return lex.kind_by_suffix(word) is not None and len(word) > 3
    return len(word) >= 12 and lex.kind_by_suffix(word) is not None and fold(word) not in lex.people_groups


def _in_url(text: str, m: re.Match[str]) -> bool:
    """"ltk-frivilligcenter.dk", "http://…": a web address, not a name."""
    at, end = m.span()
    # (a match up to `endpos` is a match in the slice text[end : end + 4]: "\b" sees the end there;
    # cheap test first: `_DOMAIN` opens with a dot)
    return ("/" in text[max(0, at - 2) : at] or text[at - 1 : at] == "@"
            or text.startswith(".", end) and _DOMAIN.match(text, end, end + 4) is not None)


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    span = text[start:end]
    if not any(map(span.__contains__, _QUOTES)):  # cheap test first: most spans quote nothing
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(span)]


def find_organisations(text: str, start: int, end: int, body: str | None) -> list[tuple[str, int, int]]:
    """Organisation names written in text[start:end], with their offsets."""
    lex = load()
    words = list(_WORD.finditer(text, start, end))
    quoted = [(a + start, b + start) for a, b in _quoted_spans(text, start, end)]
    found: list[tuple[str, int, int]] = []
    # cheap test first, in one pass: most words name nothing (map and compress keep the pass in C)
    groups = list(map(re.Match.group, words))  # each word's text once, for the tests and the growth below
    for i in itertools.compress(range(len(words)), map(_may_head, groups)):
        m = words[i]
        word = groups[i]
        head, unit_word, generic_word, complement_word = _word_tests(word)
        unit = unit_word and not _sentence_start(text, m.start()) and not any(a <= m.start() < b for a, b in quoted)
        named_generic = (
            generic_word and i + 1 < len(words) and groups[i + 1][0].isupper()
            and text[m.end() : words[i + 1].start()] == " "
        )
        # "chefgruppen i Rudersdal Kommune": a lower-case head with a named complement
        complemented = complement_word and _IN_PLACE.match(text[m.end() : m.end() + 4]) is not None
        if not (head or unit or named_generic or complemented) or _in_url(text, m):
            continue
        # (cheap test first: a word holds no line break, so this is what `expand_coordinated` tests first)
        if word.endswith(("ene", "erne")) and len(plural := expand_coordinated(word, m.start(), m.end(), text)) > 1:
            found.extend(plural)
            continue
        first, last = grow_left(text, words, groups, i), grow_right(text, words, groups, i)
        if named_generic:
            last = max(last, i + 1)
        a, b = words[first].start(), words[last].end()
        name = text[a:b]
        if name.endswith("Kommunes") or name.endswith("s") and ends_in_genitive(text, words, groups, i, last):
            name, b = name[:-1], b - 1
        # "Kommunen skal …", "foreningerne i Vig": a generic word alone, or a generic plural placed, names none in particular
        placed = last == i + 2 and groups[i + 1] == "i" and word.endswith(("erne", "ene"))
        if first == i and (last == i or placed) and fold(word) in lex.generic_org_words:
            continue
        if is_venue(text, max(start, a - 80), a):
            continue  # "Festen holdes … i Aalborg Kongres & Kultur Center": a place, not an organisation
        found.extend(expand_coordinated(name, a, b, text))
    found.extend(_written_names(text, start, end))
    return _outermost(joined_overlaps(found, text))


@functools.lru_cache(maxsize=100_000)  # head words recur from document to document
def _word_tests(word: str) -> tuple[bool, bool, bool, bool]:
    """What `word` alone says in `find_organisations`: (it heads a name or is a known one, it may be
    a municipal area, it is "foreningen", it may be a lower-case head with a complement)."""
    lex = load()
    known = lex.organisations.get(fold(word))
    upper_known = known is not None and word[0].isupper() and len(word) > 1
    if upper_known and len(word) <= 3 and not word.isupper():
        upper_known = False  # "Lo", "Sf": acronyms only in capitals
    return (
        _is_head(word) or upper_known,
        fold(word) in lex.municipal_units and word[0].isupper(),
        fold(word) in ("foreningen",),
        word.islower() and len(word) >= 6 and lex.kind_by_suffix(word) is not None,
    )


def _outermost(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Without names written inside a longer one ("Ældre" in "Ældre Sagen Haderslev")."""
    if len(found) < 2:
        return found  # (one name is inside none)
    inner, reach = set(), -1
    # by start, longest first (no key function to call): a span ending within the reach so far is inside
    for a, minus_b in sorted({(a, -b) for _, a, b in found}):
        b = -minus_b
        if b <= reach:
            inner.add((a, b))
        reach = max(reach, b)
    return [f for f in found if (f[1], f[2]) not in inner]


@functools.lru_cache(maxsize=100_000)
def _may_head(word: str) -> bool:
    """Whether `word` may head an organisation's name (see `_candidates`)."""
    endings, names = _candidates()
    low = word.lower()
    return low.endswith(endings) or low in names


@functools.lru_cache(maxsize=1)
def _candidates() -> tuple[tuple[str, ...], frozenset[str]]:
    """What a word that may head an organisation's name ends with, or is: organisation endings;
    known names, municipal areas and "foreningen"."""
    lex = load()
    endings = tuple(sorted({e for e, kind in lex.org_suffixes if kind != "-"}))
    known = frozenset(k for k in (*lex.organisations, *lex.municipal_units) if " " not in k) | {"foreningen"}
    return endings, known


@functools.lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    """Known names and municipal areas as the lexicon writes them, by their lower-case form."""
    lex = load()
    return {n.lower(): n for n in (*(o.name for o in lex.organisations.values()), *lex.municipal_units.values())}


_PLACE_AFTER = re.compile(r" ([A-ZÆØÅ][\w\-]+)")
_MUNICIPALITY_PAIR = re.compile(r"\b([A-ZÆØÅ][\w\-]+) og ([A-ZÆØÅ][\w\-]+) [Kk]ommun(?:e|er)\b")


def _written_names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Known multi-word names (gazetteer, municipal areas) and "A og B kommune" pairs."""
    lex, canonical = load(), _canonical_names()
    found = []
    for a, name_end, _, genitive in known_name_matches(text, start, end):
        if text[a].isupper():
            written = text[a:name_end]
            name, b = canonical.get(written.lower(), written), name_end
            place = _PLACE_AFTER.match(text, b, b + 40) if not genitive else None
            known = lex.organisations.get(fold(name)) if place else None
            # "Ældre Sagen Esbjerg", and a town after a name with local branches ("FDF Taastrup"): the local branch
            if place and (is_place(place.group(1)) or known is not None and not known.national
                          and may_be_town(place.group(1))):
                name, b = f"{name} {place.group(1)}", place.end()
            found.append((name, a, b))
    lines = lines_with(text, "ommun", start, end)  # a pair holds "ommun" and no line break: scanned line by line
    for m in (m for a, b in lines for m in _MUNICIPALITY_PAIR.finditer(text, a, b)):
        if all(fold(g) in lex.municipalities for g in m.groups()):
            found += [(f"{lex.municipalities[fold(g)].name} Kommune", m.start(), m.end()) for g in m.groups()]
    return found


def header_organisations(text: str, end: int, body: str | None, municipality: str | None,
                         low: str | None = None) -> list[tuple[str, int, int]]:
    """Organisations the header names on lines of their own (a letterhead: "Aalborg Kommune",
    "Social- og Seniorforvaltningen") and the municipality when written as "X Kommune" in any case
    ("VEJLE KOMMUNE"). `low`: `text[:end].lower()`, when the caller has it."""
    lines, pos = set(), 0
    for raw in text[:end].split("\n"):
        line = raw.strip(" \t*#>")
        if line:
            lines.add((pos + raw.find(line), pos + raw.find(line) + len(line)))
        pos += len(raw) + 1
    found = [(n, a, b) for n, a, b in find_organisations(text, 0, end, body) if (a, b) in lines]
    if body:  # "Integrationsrådet i Svendborg Kommune" over the minutes is the body itself
        found = [f for f in found if not fold(f[0]).startswith(fold(body) + " i ")]
    if municipality:
        header = text[:end].lower() if low is None else low
        for written in (f"{municipality} kommune", f"{municipality}s kommune"):
            at = header.find(written.lower())
            if at >= 0:
                found.append((f"{municipality} Kommune", at, at + len(written)))
                break
    return found


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].strip()
    return before == "" or before[-1] in ".:!?•-–\t"


def organisations(
    named: list[tuple[str, int, int]], from_people: list[str], body: str | None, text: str
) -> list[Organisation]:
    """One organisation per thing named, with the most complete written form as its name."""
    groups: list[Organisation] = []
    by_key: dict[frozenset[str], Organisation] = {}
    candidates = sorted([(n, a, b) for n, a, b in named] + [(n, 0, 0) for n in from_people], key=lambda c: -len(c[0].split()))
    if body:  # the meeting's own body first: "Rådet", "Integrationsrådet" refer to it before anything else
        candidates.insert(0, (body, 0, 0))
    known = load().organisations
    for raw, a, b in candidates:
        name = " ".join(raw.split())  # a name broken over lines ("Center for sundhed\n\nog træning")
        key = name_key(known[fold(name)].name) if fold(name) in known else name_key(name)
        if not key:
            continue
        org = by_key.get(key) or _single_head_match(name, groups, body)
        if org is None:
            org = Organisation(name, kind_of(name), Evidence(a, b, text[a:b]))
            groups.append(org)
            by_key[key] = org
        elif fold(name) == fold(org.name):
            if (org.name.islower() and not name.islower()) or (org.name.isupper() and not name.isupper()):
                org.name = name  # "Frivilligcentret" over "frivilligcentret", "Vejle Kommune" over "VEJLE KOMMUNE"
        elif name not in org.mentions:
            org.mentions.append(name)
        if org.evidence.end == 0 and b:
            org.evidence = Evidence(a, b, text[a:b])
    return _branches_merged(comma_branches_merged(groups))


def _branches_merged(groups: list[Organisation]) -> list[Organisation]:
    """A known name ("Dansk Flygtningehjælp") is the one local branch the document names in full
    ("Dansk Flygtningehjælp Frivillig Aalborg") when there is exactly one such branch."""
    known = load().organisations
    kept = []
    for org in groups:
        if fold(org.name) not in known:  # cheap test first: the branches are looked for only under a known name
            kept.append(org)
            continue
        branches = [g for g in groups if g is not org and fold(g.name).startswith(fold(org.name) + " ")]
        if len(branches) == 1:
            branch = branches[0]
            branch.mentions += [m for m in (org.name, *org.mentions) if m not in branch.mentions]
            continue
        kept.append(org)
    return kept


def _single_head_match(name: str, groups: list[Organisation], body: str | None) -> Organisation | None:
    """The one fuller organisation a bare definite form ("Frivilligcentret", "Rådet") refers to; an abbreviation
    ("KAB") is a name of its own, not the end of a word ("Boligselskab")."""
    if len(name.split()) != 1 or name.isupper():
        return None
    if body and fold(name) == fold(body):
        return next((g for g in groups if fold(g.name) == fold(body)), None)
    head = stem(name)
    fits = [g for g in groups if any(stem(w).endswith(head) for w in g.name.split() if len(w) > 2)]
    if body and len(fits) > 1:
        fits = [g for g in fits if fold(g.name) == fold(body)] or fits
    return fits[0] if len(fits) == 1 and len(head) >= 3 else None
