"""Organisations named in one document, with their kind and the other forms used for them.

A name is found by its head word (an ending from `org_suffixes.tsv`: -forening, -rådet,
-udvalget, Kommune, …), a known name (`organisations.tsv`) or a bare municipal area
("Beskæftigelse"), and grows to its full written form: "Polsk-Dansk Forening i Næstved",
"Center for Social Indsats", "Beskæftigelses- og Integrationsudvalget".
Definite and indefinite forms, word order and hyphens are merged ("Frivilligcentret" is
"Frivilligcenter Rudersdal" when that is the only frivilligcenter in the text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.lexicon import fold, load
from ingest.model import Evidence

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜüÖöÄäÇçŞşĞğİı][\w'’]*(?:-[\w'’]*)*")
_CONNECT = ("og", "for", "i", "af")
_SENTENCE_WORDS = frozenset(
    fold(w) for w in "Det Der Den De Vi Han Hun Som Og I På Til Fra Med For Efter Alle Nogle Nyt Ny Nye "
    "Orientering Status Mødet Punktet Hvis Når Se Tema Forslag Kontakt Ellers Endvidere Herunder Desuden "
    "Bevilling Bevillingen Godkendelse Sidste Øvrige Andre Fælles Samarbejdet Velkommen Oplæg".split()
)


@dataclass
class Organisation:
    name: str
    kind: str
    evidence: Evidence
    mentions: list[str] = field(default_factory=list)


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


def name_key(name: str) -> frozenset[str]:
    words = [w for w in re.split(r"[\s\-/]+", name) if w and fold(w) not in _CONNECT + ("den", "det", "de")]
    return frozenset(stem(w) for w in words)


def kind_of(name: str) -> str:
    lex = load()
    known = lex.organisations.get(fold(name))
    if known:
        return known.kind
    if fold(name) in lex.municipal_units:
        return "municipal_unit"
    words = name.split()
    for word in reversed(words):
        kind = lex.kind_by_suffix(word.rstrip("s") if word.endswith("kommunes") else word)
        if kind:
            return kind
    return "other"


def _is_head(word: str) -> bool:
    lex = load()
    if word[0].isupper():
        return lex.kind_by_suffix(word) is not None and len(word) > 3
    return len(word) >= 10 and lex.kind_by_suffix(word) is not None and fold(word) not in lex.people_groups


def find_organisations(text: str, start: int, end: int, body: str | None) -> list[tuple[str, int, int]]:
    """Organisation names written in text[start:end], with their offsets."""
    lex = load()
    words = list(_WORD.finditer(text, start, end))
    found: list[tuple[str, int, int]] = []
    for i, m in enumerate(words):
        word = m.group()
        known = lex.organisations.get(fold(word))
        upper_known = known is not None and (word.isupper() or word[0].isupper()) and len(word) > 1
        unit = fold(word) in lex.municipal_units and word[0].isupper() and not _sentence_start(text, m.start())
        if not (_is_head(word) or upper_known or unit):
            continue
        if known and word.isupper() is False and known.name != word and len(word) <= 3:
            continue
        first, last = i, i
        while first > 0:  # grow left over capitalised words and "X- og" compounds
            prev = words[first - 1]
            gap = text[prev.end() : words[first].start()]
            if gap not in (" ", "-", " - ") and not (gap == " " and prev.group() == "og"):
                break
            pw = prev.group()
            if pw == "og" and first >= 2 and words[first - 2].group().endswith("-"):
                first -= 2
                continue
            if not pw[0].isupper() or fold(pw) in _SENTENCE_WORDS or fold(pw) in lex.first_names:
                break
            first -= 1
        while last + 2 < len(words):  # grow right: "i Næstved", "for Social Indsats"
            conn, nxt = words[last + 1], words[last + 2]
            if conn.group() not in ("i", "for") or text[words[last].end() : conn.start()] != " ":
                break
            if not nxt.group()[0].isupper():
                break
            last += 2
            while last + 1 < len(words) and words[last + 1].group()[0].isupper() and text[words[last].end() : words[last + 1].start()] == " ":
                last += 1
        if last == i and i + 1 < len(words) and fold(words[i + 1].group()) in lex.municipalities:
            if text[m.end() : words[i + 1].start()] == " ":
                last += 1  # "Frivilligcenter Rudersdal"
        a, b = words[first].start(), words[last].end()
        name = text[a:b]
        if name.endswith("Kommunes"):
            name, b = name[:-1], b - 1
        found.append((name, a, b))
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
    candidates = [(n, a, b) for n, a, b in named] + [(n, 0, 0) for n in from_people]
    if body:
        candidates.insert(0, (body, 0, 0))
    for name, a, b in sorted(candidates, key=lambda c: -len(c[0].split())):
        key = name_key(name)
        if not key:
            continue
        org = by_key.get(key) or _single_head_match(name, groups, body)
        if org is None:
            org = Organisation(name, kind_of(name), Evidence(a, b, text[a:b]))
            groups.append(org)
            by_key[key] = org
        elif fold(name) != fold(org.name) and name not in org.mentions:
            org.mentions.append(name)
        if org.evidence.end == 0 and b:
            org.evidence = Evidence(a, b, text[a:b])
    return groups


def _single_head_match(name: str, groups: list[Organisation], body: str | None) -> Organisation | None:
    """The one fuller organisation a bare definite form ("Frivilligcentret", "Rådet") refers to."""
    if len(name.split()) != 1:
        return None
    head = stem(name)
    fits = [g for g in groups if any(stem(w).endswith(head) for w in g.name.split() if len(w) > 2)]
    if body and len(fits) > 1:
        fits = [g for g in fits if fold(g.name) == fold(body)] or fits
    return fits[0] if len(fits) == 1 and len(head) >= 3 else None
