"""The place a body's name ends with: "Integrationsrådet i Odense", "Landsbyforum Vest", "Lokalråd Øster Hurup".

A council, forum or network of a part of a municipality is named by its place, written after the body word:
with "i" when the place is a municipality ("Frivillignetværket i Thisted"), or right after it, capitalised,
for a town, a village or a quarter ("Landsbyforum Øster Hurup", "Frivilligråd Nord"). Such a place ends the
title's line or the phrase: a lower-case word ("… Vest tirsdag den 17. april"), a number, a punctuation mark
or a gap in the layout follows it. Words that label the page ("Referat", "Dagsorden"), dates, first names
and municipalities' "Kommune" are no place.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

# "Integrationsrådet i Odense" names the council as titled; "… i Odense Kommune" says whose it is (the body is the council)
_IN_MUNICIPALITY = re.compile(r"\s+(?:i\s+)?([A-ZÆØÅ][\w]*(?:-[A-ZÆØÅ][\w]*)?)(?![\w\-]|\s+[Kk]ommune)")
# one or two capitalised words on the title's line, then its end, a lower-case word, a digit, a mark or a gap
_PLACE = re.compile(r"[ \t]+([A-ZÆØÅ][\w\-]*(?: [A-ZÆØÅ][\w\-]*)?)(?=[ \t]*$|[ \t]*[,.:;()–-]|[ \t]{2}|[ \t][a-zæøå\d])",
                    re.M)
# the words of a title that name no body and no place: the page's kind and a municipality's "Kommune"
PAGE_WORDS = frozenset({"referat", "dagsorden", "kommune", "møde", "mødet"})
_NO_PLACE = PAGE_WORDS | {"kommunes", "beslutningsreferat", "mødereferat", "protokol", "den", "det", "de"}


def place_after(text: str, end: int) -> int:
    """Where a body's name that ends at `end` in `text` ends with its place (`end` itself when it names none)."""
    lex = load()
    if (place := _IN_MUNICIPALITY.match(text, end)) and fold(place.group(1)) in lex.municipalities:
        return place.end()  # "Integrationsforum i Ikast-Brande", "Frivillignetværket i Thisted", "… Forum Skanderborg"
    if (place := _PLACE.match(text, end)) is None:
        return end
    for word in place.group(1).split():
        key = fold(word)
        if (key in _NO_PLACE or key in lex.months or key in lex.header_labels or key in lex.headings
                or lex.is_first_name(word) or key.endswith(("dag", "dagen"))):
            return end
    return place.end()
