"""Initiatives named by what money or an idea is for: "søger 25.000 kr. til lektiehjælp for nyankomne
børn", "2.500 kr. til Vestby Demensforening til en sommerudflugt for pårørende", "Ideen om en fælles
foreningskalender på nettet blev drøftet", "Forslaget om at bede kommunen om en fast Flextur til Byen".

An application or a grant names the activity it pays for after "til", in lower case and with who or
what it is for ("for pårørende", "om sundhed"); a definite noun there ("til kursusforløbet") refers back
to one named before. An idea or a proposal names its subject after "om"/"for" and an article, up to the
verb of the sentence.
"""
from __future__ import annotations

import re
from typing import Iterator

# "(?<!\d\d)": not from a digit after a digit; from the digit before it the pattern goes on as from it, so it
# matches there if at all, and is not tried again at each digit of "25.000" (the heavy part comes after the amount)
_AMOUNT_FOR = re.compile(
    r"\d(?<!\d\d)[\d.]*(?:,\d+)?\s*(?:kr\.?|kroner)(?:\s+fra\s+[^.\n]{1,60}?)?(?:\s+til\s+[A-ZÆØÅ][^.\n]{1,50}?)?"
    r"\s+til\s+(?:en\s+|et\s+)?([a-zæøå][\w\-]+\s+(?:om|for)\s+[^.,;\n]{2,50}?)"
    r"(?=\s+(?:på|i|ved|hos|fra|til|sammen|og\s+(?:har|er|var|vil|skal|kan|blev|bliver|fik|får))\b|[.,;\n]|$)"
)
# "fra Sundhedsstyrelsens pulje til sundhedsfremme …": the fund's name, not what the amount is for
_FUND_BEFORE = re.compile(r"(?:pulje|puljen|fond|fonden|midler|midlerne)\s+til\s+$")  # no article: "til et kursus" is a purpose
_DEFINITE = re.compile(r"\S+(?:en|et|ne)\b")
_IDEA = re.compile(
    r"\b(?:[Ii]deen|[Ff]orslaget|[Tt]anken|[Mm]uligheden)\s+(?:om|for)\s+(?:at\s+[^.\n]{0,60}?\s+om\s+)?(?:en|et)\s+"
    r"([^.,;:\n]{3,60}?)(?=\s+(?:blev|er|var|sættes|skal|kan|vil|bliver|om|drøftes|droppes)\b|[.,;:\n]|$)"
)
_IDEA_WORDS = ("deen", "orslaget", "anken", "uligheden")  # what each word `_IDEA` opens with holds


def purposes(chunk: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each initiative named by what an amount or an idea is for."""
    if "kr" in chunk:  # cheap test first: most paragraphs hold no amount
        for m in _AMOUNT_FOR.finditer(chunk):
            if not _DEFINITE.match(m.group(1)) and not _FUND_BEFORE.search(chunk, max(0, m.start(1) - 20), m.start(1)):
                yield "project", m.start(1), m.end(1)
    # cheap test first: an idea's word is there ("[Ii]deen" holds "deen", …), then "om" or "for"
    if any(map(chunk.__contains__, _IDEA_WORDS)) and ("om " in chunk or "for " in chunk):
        for m in _IDEA.finditer(chunk):
            yield "proposal", m.start(1), m.end(1)
