"""The body of minutes titled by their meeting alone, with no council or forum named in the header.

"Referat af netværksmøde for sociale foreninger" names a meeting, not a body: the meeting, as
titled, is the body. "Referat af ordinær generalforsamling" or "Referat fra styregruppemøde" under a
heading ("HJALLERUP BORGERFORENING", "# Partnerskab for unges trivsel") is a meeting of what the
heading names: the association itself, or its board written as boards are ("Styregruppen for …",
`meeting_body.py`). Without this the council word written most in the items ("Landsbyrådet" of an
item about a village council) is taken for the body.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import LEXICON_DIR, fold
from ingest.meeting_body import assembly_word, board_of

# "Referat af ordinær generalforsamling torsdag den 3. marts", "Referat fra styregruppemøde", "REFERAT – Følgegruppemøde"
_BARE_REFERAT = re.compile(r"(?:møde)?referat(?:$|\s*[–\-,:]\s)")  # "Referat", "Referat – onsdag den 21. …"
_REFERAT = re.compile(
    r"^(?:referat|mødereferat|beslutningsreferat)(?:\s+(?:af|fra)|\s*:|\s+[–-])\s+"
    r"(?:(?:det|den|ordinære?|ekstraordinære?|årlige?)\s+)*(?P<meeting>[^\W\d_]+)(?P<rest>.*)$", re.I)
# where the meeting's name ends: a date, a time, a comma or a dash ("… for foreninger, 9. november")
_NAME_END = re.compile(r",|\s[-–]\s|\s+(?:den|d\.|kl\.?)\s|\s+\d")
_COMPLEMENT = re.compile(r"^\s+(?:for|om|i|med|mellem)\s+\S")
_MAX_HEADING_WORDS = 8
# a letter's addressee line: "Til bestyrelsen og suppleanter", "Til medlemmerne"
_ADDRESSEE = re.compile(r"^til\s+[a-zæøå]", re.I)


def titled_meeting_body(top: list[str]) -> str | None:
    """The body the title lines `top` (cleaned, markup gone) name by their meeting, or None.

    >>> titled_meeting_body(["VESTBY BORGERFORENING", "", "Referat af ordinær generalforsamling den 3. marts 2016"])
    'Vestby Borgerforening'
    >>> titled_meeting_body(["Boligsocial styregruppe – Vestby Nord", "Referat af styregruppemøde"])
    'Boligsocial styregruppe – Vestby Nord'
    >>> titled_meeting_body(["Referat af temamøde om stier i Vestby, 3. maj 2021"])
    'Temamøde om stier i Vestby'
    """
    filled = [t.strip() for t in top if t.strip()]
    for i, text in enumerate(filled):
        if not fold(text).startswith(("referat", "mødereferat", "beslutningsreferat")):
            continue
        m = _REFERAT.match(text)
        m = None if m and fold(m.group("meeting")) in _weekdays() else m  # "Referat – onsdag den 21. …" names no meeting
        # "NETVÆRKSMØDE FOR FORENINGSLEDERE" over "Referat" (or "Referat – onsdag den 21. september"): the meeting
        if m is None and i and _BARE_REFERAT.match(fold(text)) and (titled := _titled_above(filled[i - 1])):
            return titled
        if m is None:
            return None
        word, rest = m.group("meeting"), _weekday_cut(m.group("rest"))
        board = board_of(word)
        above = _heading(filled[i - 1]) if i and (assembly_word(word) or board) else None
        if above is None and board and i and _ADDRESSEE.match(filled[i - 1]):
            above = _letterhead(filled[0])  # a letter: "Til bestyrelsen og suppleanter" under the sender's letterhead
        if above:  # "Boligsocial styregruppe – Greve Nord" over "Referat af styregruppemøde" names the board itself
            owns = board is None or fold(board).removesuffix("en").removesuffix("et") in fold(above)
            return above if owns else f"{board} for {above}"
        folded = fold(word)
        name = rest[: m2.start()] if (m2 := _NAME_END.search(rest)) else rest
        if folded.endswith("møde") and len(folded) > 4 and _COMPLEMENT.match(name):
            return (word[:1].upper() + word[1:] + name).strip()
        return None
    return None


@functools.lru_cache(maxsize=1)
def _weekdays() -> frozenset[str]:
    path = LEXICON_DIR / "weekdays.txt"
    return frozenset(fold(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _weekday_cut(rest: str) -> str:
    """`rest` up to a weekday that starts the date ("… torsdag den 3. marts")."""
    words = rest.split(" ")
    for n, w in enumerate(words):
        if fold(w) in _weekdays():
            return " ".join(words[:n])
    return rest


def _titled_above(text: str) -> str | None:
    """A meeting's title over the word "Referat" ("NETVÆRKSMØDE FOR FORENINGSLEDERE"), written as a sentence is.

    >>> _titled_above("NETVÆRKSMØDE FOR FORENINGSLEDERE"), _titled_above("Dato: 3. marts")
    ('Netværksmøde for foreningsledere', None)
    """
    words = text.split()
    first = fold(words[0]) if words else ""
    if not (first.endswith("møde") and len(first) > 4 and len(words) <= _MAX_HEADING_WORDS) or ":" in text \
            or (len(words) > 1 and not _COMPLEMENT.match(text[len(words[0]):].lower())) or _NAME_END.search(text):
        return None
    return text[:1] + text[1:].lower() if text.isupper() else text


def _letterhead(text: str) -> str | None:
    """The association a letter's first line names ("Frivilligcenter Herning"), or None."""
    from ingest.extract.names import is_orgish  # the name tests live with the extractor

    name = _heading(text)
    return name if name and not _ADDRESSEE.match(name) and is_orgish(name.split()) else None


def _heading(text: str) -> str | None:
    """The name a heading line gives, written as a name ("HJALLERUP BORGERFORENING" -> "Hjallerup
    Borgerforening"); None for a field, a breadcrumb or a municipality's letterhead."""
    # imported here: the header module reads this one (and owns the casing of capital titles)
    from ingest.header import _title_cased as title_cased, label_value

    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or not text[:1].isupper() or ":" in text or _ADDRESSEE.match(text) \
            or "·" in text or "|" in text or "kommune" in fold(text) or label_value(text):
        return None
    return title_cased(text) if text.isupper() else text
