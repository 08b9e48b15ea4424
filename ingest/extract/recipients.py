"""Attendance written by reference to a mail's recipients: "Til stede: alle i Til-feltet undtagen Ali og
Jonna", "Alle på listen undtagen Noah og Freya". Minutes sent as an e-mail may list who came only so; the full
names are in the mail's "Til:" line ("Ali Haidari <ali@…>; Jonna Lund <jonna@…>; …") or in the list the minutes
were sent to ("Referat sendt til:", one entry a line). The phrase is a list like any other: the
recipients it takes in are present (listed under "Til stede", so members), those it excepts absent
(under "Afbud").
"""
from __future__ import annotations

import re

from ingest.extract.names import is_orgish, looks_like_name
from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection

_TO_LINE = re.compile(r"^[ \t]*(?:Til|To)[ \t]*:[ \t]*(.*@.*)$", re.M)
# "Ali Haidari <ali.haidari@mail.dk>"; "\"Lund, Jonna\" <…>" is left out (surname first, split at the comma)
_RECIPIENT = re.compile(r"([^;,<>\"\n]+?)[ \t]*<[^<>\s@]+@[^<>\s]+>")
_ALL_RECIPIENTS = re.compile(
    r"\balle[ \t]+(?:i[ \t]+|på[ \t]+)?(?:til-feltet|\"til\"-feltet|modtagerne|modtagerlisten|mailens[ \t]+modtagere"
    r"|listen|fordelingslisten|udsendelseslisten)"
    r"(?:[ \t]+(?:undtagen|minus|på[ \t]+nær|bortset[ \t]+fra)[ \t]+(?P<except>[^.()\n]+))?", re.I)
_SPLIT = re.compile(r"\s*(?:,|\bog\b|&)\s*")
# the heading of the list the minutes were sent to ("Referat sendt til:", "Udsendt til:", "Modtagere:"), then one
# recipient a line: "  Malthe Ibsen (formand) - Glostrup Gymnasium"
_SENT_TO = re.compile(r"^[ \t]*(?:referat(?:et)?[ \t]+)?(?:sendt|udsendt|fremsendt)[ \t]+til[ \t]*:[ \t]*$"
                      r"|^[ \t]*(?:modtagere|fordelingsliste|udsendelsesliste)[ \t]*:[ \t]*$", re.I | re.M)


def _listed(header: str) -> list[Line]:
    """The lines of a list headed as the minutes' recipients, each a person's entry at its offset, up to a blank line."""
    found: list[Line] = []
    for heading in _SENT_TO.finditer(header):
        pos = heading.end() + 1
        for text in header[pos:].split("\n"):
            if not text.strip() or ":" in text:
                break
            name = re.split(r"\s*(?:\(|,|\s[-–]\s|<)", text.strip(), maxsplit=1)[0]
            if load().is_first_name(text.split()[0]) or looks_like_name(name, trust_context=True):
                found.append(Line(pos + len(text) - len(text.lstrip()), text.strip()))
            pos += len(text) + 1
    return found


def _recipients(header: str) -> list[Line]:
    """The named recipients of the "Til:" line, each at its offset: people's names, no organisation's."""
    found: list[Line] = []
    lex = load()
    for line in _TO_LINE.finditer(header):
        for m in _RECIPIENT.finditer(header, line.start(1), line.end(1)):
            name, words = m.group(1).strip(), m.group(1).split()
            # a mailbox of an organisation ("Vestby Roklub <info@…>") names no person
            if words and (lex.is_first_name(words[0]) or len(words) >= 2 and all(w[:1].isupper() for w in words)) \
                    and not is_orgish(words):
                found.append(Line(m.start(1) + m.group(1).index(name), name))
    return found


def recipient_sections(header: str, low: str | None = None) -> list[ParticipantSection]:
    """The lists an "alle i Til-feltet (undtagen …)" phrase of the header stands for (see the docstring);
    `low`: `header.lower()`, when the caller has it."""
    low = header.lower() if low is None else low
    if "alle" not in low or not ("feltet" in low or "modtager" in low or "listen" in low):
        return []  # cheap test first: almost no minutes are written so
    phrase = _ALL_RECIPIENTS.search(header)
    recipients = (_recipients(header) or _listed(header)) if phrase else []
    if not recipients:
        return []
    # "undtagen Noah og Freya, som havde meldt afbud": the names, not the clause after them
    excepted = {fold(n.split()[0] if n.split() and n.split()[0][:1].isupper() else n) for n in
                _SPLIT.split(re.split(r",\s*(?:som|der)\b", phrase.group("except") or "")[0]) if n} if phrase else set()
    absent = [r for r in recipients if fold(r.text) in excepted or fold(r.text.split()[0]) in excepted]
    present = [r for r in recipients if r not in absent]
    return [ParticipantSection(kind, heading, tuple(lines))
            for kind, heading, lines in (("members", "Til stede", present), ("absent", "Afbud", absent)) if lines]
