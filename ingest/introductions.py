"""A round of introductions as the record of who came: an agenda item titled "Præsentationsrunde"
(`data/lexicon/introduction_headings.txt`) whose sentences each introduce a person ("Henrik Bang er
formand for Glamsbjerg IF og har 40 unge trænere.", "Jeg selv, Sofie Holm, er koordinator i Vestby
Kommune.", "Lise Holm (Kirkens Korshær) fortalte, at …", "Vibeke Lund og Ole Krarup fra Erhvervsforum Vestby havde
meldt afbud.").

Each such sentence becomes a participant line: the person (present, or absent when the sentence says
"afbud") with what the sentence says they are ("formand for X", "butikschef i X") or come from ("fra X").
The line keeps the name at its place in the document, so the evidence quotes the text.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import LEXICON_DIR, fold, load
from ingest.model import AgendaItem, Line, ParticipantSection

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\w)|$)", re.M)
_NAME = r"[A-ZÆØÅ][\w\-]+(?:\s+[A-ZÆØÅ][\w\-]+){1,3}"
# "Jeg selv, Sofie Holm, er …": the writer introducing themselves
_SELF = re.compile(r"^\s*(?:jeg selv|selv|undertegnede)\s*,\s*(" + _NAME + r")\s*,?\s*(.*)$", re.I | re.S)
_PEOPLE = re.compile(r"^\s*(" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s+og\s+" + _NAME + r")?)\s+(.*)$", re.S)
_IS = re.compile(r"^(?:er|var)\s+(?:(?:ny|nyt|nye)\s+)?(.+)$")
_FROM = re.compile(r"^(?:\w+\s+)?(?:kommer\s+)?fra\s+([A-ZÆØÅ].+?)(?:\s+og\s+[a-zæøå].*|\s+[a-zæøå].*)?$")
_AND_VERB = re.compile(r"\s+og\s+(?=[a-zæøå])")
_NOTED = re.compile(r"^\(([A-ZÆØÅ][^()]{1,80})\)\s+[a-zæøå]")
_ABSENT_WORDS = ("afbud", "meldt fra", "forhindret", "fraværende", "ikke med")
# a round of news line by line: "- Per (koordinator, Vestby Kommune): 38 nye …", "Grethe (Vestby Roklub): …"
_SPEAKER = re.compile(r"^[ \t]*(?:[-–•*][ \t]*)?(([A-ZÆØÅ][\w\-]+(?:[ \t]+[A-ZÆØÅ](?:[\w\-]+|\.)){0,2})[ \t]*\([^()\n]{2,80}\))[ \t]*:",
                      re.M)


@functools.lru_cache(maxsize=1)
def _headings() -> tuple[str, ...]:
    lines = (LEXICON_DIR / "introduction_headings.txt").read_text(encoding="utf-8").splitlines()
    return tuple(fold(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#"))


@functools.lru_cache(maxsize=8192)  # item titles recur from meeting to meeting
def is_introduction(title: str) -> bool:
    """Whether an item's title announces a round of introductions ("Punkt 1 – Præsentationsrunde")."""
    key = f" {fold(title)} "
    return any(f" {heading} " in key or f" {heading}:" in key for heading in _headings())


def _names(listing: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*,\s*|\s+og\s+", listing) if n.strip()]


def _descriptor(rest: str) -> str | None:
    """What a sentence says a person is or comes from: "formand for Glamsbjerg IF", "fra Røde Kors"."""
    rest = rest.strip().rstrip(".!?")
    if noted := _NOTED.match(rest):  # "Lise Holm (Kirkens Korshær) fortalte, at …": where they come from
        return noted.group(1)
    if is_ := _IS.match(rest):
        said = _AND_VERB.split(is_.group(1))[0]
        head = fold(said.split()[0]) if said.split() else ""
        lex = load()
        if head in lex.roles or head.endswith(lex.job_titles):
            return said
        return None
    if (origin := _FROM.match(rest)) is not None:
        return origin.group(1)
    return None


def introduction_sections(text: str, items: tuple[AgendaItem, ...]) -> list[ParticipantSection]:
    """The people a round of introductions presents, one section per sentence."""
    sections: list[ParticipantSection] = []
    lex = load()
    for item in (i for i in items if i.title and is_introduction(i.title)):
        body_at = text.find("\n", item.start, item.end)
        for m in _SENTENCE.finditer(text, body_at + 1 if body_at >= 0 else item.end, item.end):
            sentence, start = m.group(), m.start()
            match = _SELF.match(sentence) or _PEOPLE.match(sentence)
            if match is None:
                continue
            names = _names(match.group(1))
            # "Gitte KW fortalte om …": a sentence that says what someone did introduces no one
            if not all(lex.is_first_name(n.split()[0]) and not any(w.isupper() for w in n.split()[1:]) for n in names):
                continue
            rest = match.group(2)
            absent = any(word in rest.lower() for word in _ABSENT_WORDS)
            descriptor = _descriptor(rest)
            if descriptor is None and not absent:
                continue
            kind = "absent" if absent else "present"
            for name in names:
                at = start + sentence.index(name)
                line = Line(at, f"{name}, {descriptor}" if descriptor else name)
                sections.append(ParticipantSection(kind, item.title, (line,)))
    return sections + _speaker_sections(text, items)


def _speaker_sections(text: str, items: tuple[AgendaItem, ...]) -> list[ParticipantSection]:
    """The people who speak in a round of news, described: "- Per (koordinator, Vestby Kommune): …"
    names a person who came, with what they are and where from."""
    sections: list[ParticipantSection] = []
    lex = load()
    for item in items:
        if text.find("):", item.start, item.end) < 0:
            continue  # cheap test first: a described speaker closes the note right before the colon
        for m in _SPEAKER.finditer(text, item.start, item.end):
            if lex.is_first_name(m.group(2).split()[0]):
                sections.append(ParticipantSection("speaker", item.title, (Line(m.start(1), m.group(1)),)))
    return sections
