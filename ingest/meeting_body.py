"""The body of minutes whose title names a meeting of an association: "Bestyrelsesmøde i Frivilligcenter X".

Volunteer associations title their minutes by the meeting and the association, not by a body:
"Bestyrelsesmøde (konstituerende) i Frivilligcenter Skanderborg" is a meeting of the board of that
association, so the body is "Bestyrelsen for Frivilligcenter Skanderborg", written as such boards are;
"Generalforsamling i Bøvlingbjerg Idrætsforening" is a meeting of all members, so the body is the
association itself (data/lexicon/assembly_words.txt). The board words are those of
data/lexicon/body_words.txt ("bestyrelse", "styregruppe", "udvalg").
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import LEXICON_DIR, fold, load

# "Bestyrelsesmøde (konstituerende) i Frivilligcenter Skanderborg", "Generalforsamling 2014 for Foreningen X";
# one lower-case word between capitalised ones is part of the name ("Boligsocial helhedsplan Bispebjerg Nordvest")
# (the word is taken whole, "++": what follows it starts with a space or "(", so a shorter word never matches,
# and trying each would double the cost of the scan)
_TITLE = re.compile(
    r"(?<!\w)(?P<word>[^\W\d_]++)(?:\s+\d{4})?(?:\s*\([^()\n]{0,40}\))?\s+(?:i|for|hos)\s+"
    r"(?P<org>[A-ZÆØÅ][\w.&'-]*(?:\s+(?:[A-ZÆØÅ][\w.&'-]*|og|i|for|af|[\w]+-|[a-zæøå]+(?=\s+[A-ZÆØÅ])))*)")
_TRAILING_LOWER = re.compile(r"(?:\s+(?:og|i|for|af))+$")


@functools.lru_cache(maxsize=1)
def _assemblies() -> frozenset[str]:
    path = LEXICON_DIR / "assembly_words.txt"
    return frozenset(fold(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def _long_boards() -> tuple[str, ...]:
    """The board words long enough to end a compound safely ("bestyrelsen", not "rådet" of "Fædrerådet")."""
    return tuple(w for w in load().body_words if len(w) >= 10)


def compound_board(word: str) -> bool:
    """Whether a word is a compound of a long board word, a board by itself ("Afdelingsbestyrelsen").

    >>> compound_board("Afdelingsbestyrelsen"), compound_board("Fædrerådet")
    (True, False)
    """
    return fold(word).endswith(_long_boards())


def _board(word: str) -> str | None:
    """The board a meeting word is of, as the lexicon writes it ("Bestyrelsesmøde" -> "Bestyrelsen")."""
    folded = fold(word)
    for ending in ("mødet", "møde"):
        if folded.endswith(ending):
            stem = word[: len(word) - len(ending)]
            stem = stem[:-1] if stem.endswith("s") else stem
            break
    else:
        return None
    body_words = load().body_words
    for suffix in ("n", "en", "et"):  # the definite form: "Bestyrelsen for …", "Udvalget for …"
        # a compound of a board word ("Afdelingsbestyrelsesmøde": "afdelings" + "bestyrelse") is that board too
        if stem and (fold(stem + suffix) in body_words or compound_board(stem + suffix)):
            return stem[:1].upper() + stem[1:].lower() + suffix
    return None


def assembly_word(word: str) -> bool:
    """Whether `word` names a meeting of all members ("generalforsamling", "årsmøde")."""
    return fold(word) in _assemblies()


def board_of(word: str) -> str | None:
    """The board a meeting word is of ("Styregruppemøde" -> "Styregruppen"), or None."""
    return _board(word)


def title_body(text: str) -> str | None:
    """The body a title line names by its meeting and association, if it does.

    >>> title_body("Bestyrelsesmøde (konstituerende) i Frivilligcenter Skanderborg")
    'Bestyrelsen for Frivilligcenter Skanderborg'
    >>> title_body("Referat af generalforsamling i Vestby Boldklub")
    'Vestby Boldklub'
    >>> title_body("Møde i Ældrerådet") is None
    True
    >>> title_body("Styregruppemøde i Styregruppen for Boligsocial helhedsplan Bispebjerg Nordvest")
    'Styregruppen for Boligsocial helhedsplan Bispebjerg Nordvest'
    """
    for m in _TITLE.finditer(text):
        org = _TRAILING_LOWER.sub("", m.group("org").strip())
        if fold(m.group("word")) in _assemblies():
            return org
        if board := _board(m.group("word")):
            # "Styregruppemøde i Styregruppen for Boligsocial helhedsplan …": the board is named already
            return org if fold(org.split()[0]) == fold(board) else f"{board} for {org}"
    return None


_PARTS = re.compile(r"\s[·•|–—]\s|\s{3,}|\t")  # (a dash: "Frivilligcenter Favrskov – Repræsentantskabsmøde 2014")
_WORDS = re.compile(r"[^\W\d_]+")


def assembly_body(top: list[str]) -> str | None:
    """From the first lines of minutes (`top`) that name an assembly word, the association whose general or members' meeting the minutes are of, named on a line of its own
    or as a part of a running header above the title ("Bøvlingbjerg Idrætsforening · BIF   Generalforsamling 2014"
    over "REFERAT AF ORDINÆR GENERALFORSAMLING"; "Venligboerne Nyborg" over "Referat fra stormødet").

    >>> assembly_body(["Vestby Boldklub · VB        Generalforsamling 2014", "", "REFERAT AF GENERALFORSAMLING"])
    'Vestby Boldklub'
    """
    from ingest.extract.names import is_orgish  # the name tests live with the extractor

    if _assemblies().isdisjoint(map(fold, _WORDS.findall("\n".join(top)))):  # (one scan, the words folded in C)
        return None
    for text in [t for t in top if t.strip()][:3]:  # the association heads the page, above the title
        for part in _PARTS.split(text.strip()):
            words = part.split()
            if 2 <= len(words) <= 6 and part[:1].isupper() and not part.isupper() and "kommune" not in fold(part) \
                    and not any(fold(w) in _assemblies() for w in _WORDS.findall(part)) and is_orgish(words):
                return part.strip()
    return None


# a board's roster heading: a board word alone, with a year or a colon ("Bestyrelsen 2012", "Styregruppen 2021-22:",
# "Bestyrelsens sammensætning") (folded text)
_ROSTER_HEADING = re.compile(r"^[\s#*]*([^\W\d_]+?)(?:s sammensætning)?(?:\s+\d{4}(?:\s*[-/]\s*\d{2,4})?)?\s*:?[\s*]*$")
_FIRST_WORD = re.compile(r"[\s#*]*([^\W\d_]+)")  # where `_ROSTER_HEADING`'s word starts: the first run of letters


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The board words (`Lexicon.body_words`, a tuple for `str.endswith`) as a set, to look a word up in."""
    return frozenset(load().body_words)


def is_roster_heading(text: str) -> bool:
    """Whether a line heads a board's roster printed with the minutes ("Bestyrelsen 2012"), whose posts are no
    attendance.

    >>> is_roster_heading("Bestyrelsen 2012"), is_roster_heading("Bestyrelsesmøde 2012"), is_roster_heading("Afbud:")
    (True, False, False)
    """
    if len(text) >= 50:
        return False
    folded, body_words = fold(text), _body_words()
    # cheap test first: the heading's word is the first run of letters (or that run less the "s" of "s sammensætning"),
    # and in most lines it is no board word; then the pattern, whose lazy word is tried at each of its letters
    word = _FIRST_WORD.match(folded)
    if word is None or (word.group(1) not in body_words and word.group(1)[:-1] not in body_words):
        return False
    m = _ROSTER_HEADING.match(folded)
    return m is not None and m.group(1) in body_words
