"""Initiatives named in the text (first version): quoted names, "projekt X", and words whose
ending names a kind of initiative ("Kulturfestivalen", "Koordineringsgruppen", "Integrationsrådets
pulje"); plus grants with amounts ("bevilget 80.000 kr. til …").
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load
from ingest.model import Evidence, GrantFact, InitiativeFact

_QUOTED = re.compile(r"[\"“”„«]([A-ZÆØÅ][^\"“”„«»\n]{2,60}?)[\"“”»]")
_PROJECT = re.compile(r"\bprojekt(?:et)?\s+[\"“”]?([A-ZÆØÅ][\w\-]+(?:\s+[A-ZÆØÅ][\w\-]+)*)", re.I)
_WORD = re.compile(r"(?<![\w\-])([A-ZÆØÅ][\w\-]+(?:s)?)(?:\s+(pulje|puljen|dag|fest))?(?:\s+i\s+(\d{4}))?")
_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:kr\.?|kroner|DKK)", re.I)


def _suffix_kind(word: str) -> str | None:
    key = fold(word)
    for ending, kind in load().initiative_suffixes:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            return kind
    return None


def initiatives(text: str, spans: list[tuple[int, int]], organisations: set[str]) -> list[InitiativeFact]:
    """Initiatives named in the spans of `text`, one per name (first occurrence as evidence)."""
    found: dict[str, InitiativeFact] = {}

    def add(name: str, kind: str, start: int, end: int) -> None:
        name = name.strip(" .,:;")
        key = fold(name)
        if len(name) < 3 or key in found or key in organisations:
            return
        found[key] = InitiativeFact(name, kind, evidence=(Evidence(start, end, text[start:end]),))

    for a, b in spans:
        chunk = text[a:b]
        for m in _QUOTED.finditer(chunk):
            if len(m.group(1).split()) <= 8:
                add(m.group(1), "project", a + m.start(1), a + m.end(1))
        for m in _PROJECT.finditer(chunk):
            add(m.group(1), "project", a + m.start(1), a + m.end(1))
        for m in _WORD.finditer(chunk):
            word, tail, year = m.group(1), m.group(2), m.group(3)
            if tail:  # "Integrationsrådets pulje", "Foreningernes dag", "Eid fest"
                kind = {"pulje": "fund", "puljen": "fund"}.get(tail, "event")
                add(m.group(0), kind, a + m.start(), a + m.end())
                continue
            kind = _suffix_kind(word)
            if kind and not word.endswith("s"):
                name = f"{word} i {year}" if year else word
                add(name, kind, a + m.start(), a + m.start() + len(name))
    return list(found.values())


def grants(text: str, spans: list[tuple[int, int]], year: int | None) -> list[GrantFact]:
    """Amounts granted ("bevilget 80.000 kr. til Frivilligcentret"), with the recipient when written."""
    result = []
    for a, b in spans:
        for sentence in re.finditer(r"[^.!?\n]*(?:bevilg|tilskud|støtte|midler|pulje)[^.!?\n]*", text[a:b], re.I):
            for m in _AMOUNT.finditer(sentence.group()):
                amount = int(m.group(1).replace(".", ""))
                if amount < 100:
                    continue
                rest = sentence.group()[m.end() :]
                to = re.match(r"\s*(?:til|for)\s+((?:[A-ZÆØÅ][\w\-]*\s*){1,5})", rest)
                start = a + sentence.start()
                result.append(
                    GrantFact(
                        amount,
                        to.group(1).strip() if to else "",
                        None,
                        year,
                        Evidence(start, start + len(sentence.group()), sentence.group().strip()),
                    )
                )
    return result
