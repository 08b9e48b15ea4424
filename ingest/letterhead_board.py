"""The board whose minutes an association's letterhead heads: "Frivilligcenter Vestby · Bestyrelsen".

An association prints its name at the top of every page, and its board's minutes add the board as a
part of that line ("Frivilligcenter Vestby · Bestyrelsen") or title the page by the meeting alone
("Referat af bestyrelsesmøde" under the letterhead). The board word alone ("Bestyrelsen") names no
body a reader could find again, so the body is the board of the association the letterhead names,
written as such boards are: "Bestyrelsen for Frivilligcenter Vestby".
"""
from __future__ import annotations

import functools
import re

from ingest.body_places import PAGE_WORDS
from ingest.lexicon import fold, load
from ingest.meeting_body import board_of

_PARTS = re.compile(r"\s[·•|]\s|\s{3,}|\t|,\s")
_WORDS = re.compile(r"[^\W\d_]+")
_COMPLEMENT = re.compile(r"møde\s+(?:for|om|i|med|mellem|hos)\s", re.I)
# "Café Fællesskab - netværk af frivillige": a letterhead's name, then what kind of body it is, or its meeting
_DESCRIBED = re.compile(r"^([A-ZÆØÅ][^–\-:]{2,40}?)\s+[–-]\s+([^\W\d]\w*(?: [^\W\d]\w*){0,4})$")
_NEWS_FROM = re.compile(r"^(?:nyt|nyheder|nyhedsbrev)\s+fra\s+", re.I)  # a newsletter's "Nyt fra Seniorrådet på Læsø"
_TOP_LINES = 4  # the letterhead and the title sit on the first lines
_SMALL_WORDS = frozenset(("for", "i", "og", "af", "på", "ved", "til", "om", "med"))


@functools.lru_cache(maxsize=1)
def _boards() -> frozenset[str]:
    """The board words in their definite form ("bestyrelsen", "udvalget"), folded: read once from the lexicon."""
    lex = load()
    return frozenset(w for w in lex.generic_org_words if w in lex.body_words and w.endswith(("en", "et")))


def letterhead_board(top: list[str]) -> str | None:
    """The board a letterhead names with its association (`top`: the first lines, cleaned), or None.

    >>> letterhead_board(["Frivilligcenter Vestby · Bestyrelsen", "Referat"])
    'Bestyrelsen for Frivilligcenter Vestby'
    >>> letterhead_board(["Ældre Sagen Vestby      Bestyrelsesmøde 12.03.2015", "REFERAT AF BESTYRELSESMØDE"])
    'Bestyrelsen for Ældre Sagen Vestby'
    >>> letterhead_board(["Ydby Boligselskab", "Afdeling 7 – Engparken", "Referat af afdelingsbestyrelsesmøde"])
    'Afdelingsbestyrelsen for Afdeling 7 – Engparken'
    >>> letterhead_board(["Vestby Kommune · Bestyrelsen"]) is None
    True
    >>> letterhead_board(["Café Fællesskab - netværk af frivillige", "c/o Ydby Frivilligcenter", "Referat fra netværksmøde"])
    'Café Fællesskab'
    >>> letterhead_board(["Nyt fra Seniorrådet på Ydø", "Referat af rådsmødet onsdag den 16. maj 2018"])
    'Seniorrådet på Ydø'
    >>> letterhead_board(["Referat – Brugerrådsmøde", "Brugerrådet på Ydby Aktivitetscenter"]) is None
    True
    >>> letterhead_board(["Frivilligcenter Ydby – Koordinatormøde", "Dato: 9. september 2021"])
    'Frivilligcenter Ydby'
    >>> letterhead_board(["Frivilligcenter Ydby – bestyrelsesmøde", "| Dato | Sted | Referent |"])
    'Bestyrelsen for Frivilligcenter Ydby'
    >>> letterhead_board(["LAG Ydby – Lokal Aktionsgruppe", "BESLUTNINGSPROTOKOL", "Bestyrelsesmøde den 21. november"])
    'LAG Ydby'
    >>> letterhead_board(["Ydby Frivilligcenter - forening for frivillige", "Referat af bestyrelsesmøde"])
    'Bestyrelsen for Ydby Frivilligcenter'
    """
    from ingest.extract.names import is_known_branch, is_orgish, looks_like_name  # the name tests live with the extractor

    filled = [t.strip() for t in top if t.strip()][:_TOP_LINES]
    if not any("møde" in fold(t) or len(_PARTS.split(t)) > 1 for t in filled):
        return None  # cheap test first: no meeting word and no line of parts
    boards = _boards()
    board = org = kind = None
    itself = False
    org_line = -2
    described = _described(filled[0], boards) if filled else None
    if described is not None:  # the first line read whole: the name, then what it is
        org, what, itself = described
        org_line, kind = 0, fold(what[0])
        if len(what) == 1:
            board = board_of(what[0])  # "Frivilligcenter Odder – bestyrelsesmøde": the centre's board
            if board is None and kind.endswith("møde"):
                return org  # "Frivilligcenter Ærø – Koordinatormøde": a meeting of the centre itself
    for n, text in enumerate(filled[1:] if described else filled, 1 if described else 0):
        parts = _PARTS.split(text)
        if len(parts) > 1 and looks_like_name(parts[0]):
            continue  # "Claus Feddersen, direktør, Boligselskabet Ydby": a listed person, no letterhead
        for part in parts:
            words = part.split()
            if len(words) == 1 and fold(part) in boards:
                board = board or part[:1].upper() + part[1:].lower()  # "Bestyrelsen" as a part of the letterhead
            # a unit printed on the line under its parent is the one whose board meets ("Boligselskabet X" over
            # "Afdeling 14 – Y"); a label's line ("Sted: Frivilligcentret", "Mødetype: Bestyrelse") names no unit
            elif (org is None or n == org_line + 1) and ":" not in text and 2 <= len(words) <= 5 \
                    and part[:1].isupper() and "kommune" not in fold(part) and (is_orgish(words) or is_known_branch(words)):
                # "LØNSTRUP KULTURFORENING": a letterhead in capitals names the association as running text would
                org, org_line = _NEWS_FROM.sub("", _cased(part) if part.isupper() else part.strip()), n
        # "Referat af bestyrelsesmøde", or the title opening with the meeting ("Bestyrelsesmøde mandag 6. februar")
        first = _WORDS.match(text)
        opens = fold(text).startswith(("referat", "mødereferat")) or (
            first is not None and "møde" in first.group().lower() and board_of(first.group()))  # (cheap test first)
        if board is None and opens and not _COMPLEMENT.search(text):
            # "Referat af bestyrelsesmøde": the meeting word names the board; a meeting with a complement
            # ("Referat af netværksmøde for sociale foreninger") is named by it instead (meeting_titles.py)
            # a title in capitals ("REFERAT AF BESTYRELSESMØDE") names its board as in running text
            board = next((b for w in _WORDS.findall(text) if (b := board_of(w.capitalize() if w.isupper() else w))), None)
    if not (board and org):
        return None
    # "Skolebestyrelsen ved Strandskolen" over "Referat af skolebestyrelsesmøde", "FORENINGSNETVÆRKET NORDALS" over
    # "Referat af netværksmødet", "Gørding Lokalråd" or "Gørlev Idrætsforening - Hovedbestyrelsen" over "Referat af
    # bestyrelsesmøde": the letterhead names a council or board, the body itself
    body_words = tuple(load().body_words)
    named = fold(org.split()[0]) == fold(board) or any(fold(w).endswith(body_words) for w in org.split())
    named = named or itself or (kind is not None and fold(board).startswith(kind))  # "X - netværk af …"
    return org if named else f"{board} for {org}"


def _described(text: str, boards: frozenset[str]) -> tuple[str, list[str], bool] | None:
    """(the name, the words of what it is, whether they name a kind of body) of a letterhead's first line that
    describes the body after a dash ("Café Fællesskab - netværk af frivillige", "LAG Tønder – Lokal Aktionsgruppe",
    "Frivilligcenter Ærø – Koordinatormøde"); None for any other line, and for a board after the dash ("Gørlev IF -
    Hovedbestyrelsen"), which the parts of the line give."""
    described = _DESCRIBED.match(text) if "kommune" not in fold(text) else None
    what = described.group(2).split() if described else []
    # "Referat – Brugerrådsmøde": a page's title, no letterhead's name
    if described is None or any(fold(w).endswith(tuple(boards)) for w in what) or fold(described.group(1)) in PAGE_WORDS:
        return None
    kind_of_body = any(fold(w).endswith(tuple(load().body_words)) for w in what)
    if not (what[0].islower() or kind_of_body or fold(what[0]).endswith("møde")):
        return None
    return described.group(1).strip(), what, kind_of_body


def _cased(text: str) -> str:
    """A name in capitals as running text writes it: "Lønstrup Kulturforening", "Netværket for Flygtningevenner i
    Helsingør"; a short word that is no small word stays in capitals ("FDF Vestby")."""
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w if len(w) <= 3 else w.capitalize() for w in text.split())
