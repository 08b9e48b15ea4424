"""Attendance written by reference to a mail's recipients: "Til stede: alle i Til-feltet undtagen Ali og
Jonna". Minutes sent as an e-mail may list who came only so; the full names are in the mail's "Til:"
line ("Ali Haidari <ali@…>; Jonna Lund <jonna@…>; …"). The phrase is a list like any other: the
recipients it takes in are present (listed under "Til stede", so members), those it excepts absent
(under "Afbud").
"""
from __future__ import annotations

import re

from ingest.extract.names import is_orgish
from ingest.lexicon import fold, load
from ingest.model import Line, ParticipantSection

_TO_LINE = re.compile(r"^[ \t]*(?:Til|To)[ \t]*:[ \t]*(.*@.*)$", re.M)
# "Ali Haidari <ali.haidari@mail.dk>"; "\"Lund, Jonna\" <…>" is left out (surname first, split at the comma)
_RECIPIENT = re.compile(r"([^;,<>\"\n]+?)[ \t]*<[^<>\s@]+@[^<>\s]+>")
_ALL_RECIPIENTS = re.compile(
    r"\balle[ \t]+(?:i[ \t]+|på[ \t]+)?(?:til-feltet|\"til\"-feltet|modtagerne|modtagerlisten|mailens[ \t]+modtagere)"
    r"(?:[ \t]+(?:undtagen|minus|på[ \t]+nær|bortset[ \t]+fra)[ \t]+(?P<except>[^.()\n]+))?", re.I)
_SPLIT = re.compile(r"\s*(?:,|\bog\b|&)\s*")


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


def recipient_sections(header: str) -> list[ParticipantSection]:
    """The lists an "alle i Til-feltet (undtagen …)" phrase of the header stands for (see the docstring)."""
    low = header.lower()
    if "alle" not in low or not ("feltet" in low or "modtager" in low):
        return []  # cheap test first: almost no minutes are written so
    phrase = _ALL_RECIPIENTS.search(header)
    recipients = _recipients(header) if phrase else []
    if not recipients:
        return []
    excepted = {fold(n) for n in _SPLIT.split(phrase.group("except") or "") if n} if phrase else set()
    absent = [r for r in recipients if fold(r.text) in excepted or fold(r.text.split()[0]) in excepted]
    present = [r for r in recipients if r not in absent]
    return [ParticipantSection(kind, heading, tuple(lines))
            for kind, heading, lines in (("members", "Til stede", present), ("absent", "Afbud", absent)) if lines]
