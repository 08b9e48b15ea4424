"""How far an organisation's name written around its head word reaches: left over capitalised words
("Næstved Tyrkiske Kulturforening") and "X- og" compounds, right over "i Næstved", "for Social Indsats"
and a town after a name with local branches ("FDF Taastrup").

What one word says (`_stops_left`, `is_place`, …) is read once per distinct word: words recur from
document to document.
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, load

_UNION_HEADS = ("foreningen", "forbundet", "sammenslutningen")  # the heads a name goes on after with "af"
_LOWER_AFTER = re.compile(r" [a-zæøå]")
# "Center for By, Land og Kultur": a centre's fields listed after its first, the last after "og"
CENTRE_LIST = re.compile(r"(?:,[ \t]+[A-ZÆØÅ][\w\-]*)+[ \t]+og[ \t]+[A-ZÆØÅ][\w\-]*")
_CENTRE_FOR = re.compile(r"\s+for\s+[a-zæøå]+(\s+og\s+[a-zæøå]+)?\b")
_SENTENCE_WORDS = frozenset(
    fold(w) for w in "Det Der Den De Vi Han Hun Som Og I På Til Fra Med For Efter Alle Nogle Nyt Ny Nye "
    "Orientering Status Mødet Punktet Hvis Når Se Tema Forslag Kontakt Ellers Endvidere Herunder Desuden "
    "Bevilling Bevillingen Godkendelse Sidste Øvrige Andre Fælles Samarbejdet Velkommen Oplæg".split()
)


def grow_left(text: str, words: list[re.Match[str]], groups: list[str], i: int) -> int:
    """Over capitalised words ("Næstved Tyrkiske Kulturforening") and "X- og" compounds (`groups`: the words' texts)."""
    first = i
    capitals = not groups[i][0].islower()  # a lower-case name ("produktionsskolen") does not take the capital before it
    while first > 0:
        gap = text[words[first - 1].end() : words[first].start()]
        pw = groups[first - 1]
        if pw == "og" and first >= 2 and groups[first - 2].endswith("-") and gap.strip(" \t\n-") == "":
            first -= 2  # "Beskæftigelses- og Integrationsudvalget", even across a page break
            continue
        if pw.endswith("-") and groups[first].endswith("-") and gap.strip(" \t\n") == ",":
            first -= 1  # "Social-, Sundheds- og Ældreudvalget": more first parts, parted by commas
            continue
        if gap != " " or not capitals or _stops_left(pw):
            break
        first -= 1
    return first


@functools.lru_cache(maxsize=100_000)  # the words before a head recur from document to document
def _stops_left(word: str) -> bool:
    """Whether a name growing left stops at `word`: no capital, a sentence's first word, a first name."""
    return not word[0].isupper() or fold(word) in _SENTENCE_WORDS or fold(word) in load().first_names


def grow_right(text: str, words: list[re.Match[str]], groups: list[str], i: int) -> int:
    """Over "i Næstved", "for Social Indsats", "for sundhed og træning" (after Center) and a municipality."""
    if groups[i].lower().endswith(_UNION_HEADS) and (last := _union_of(text, words, groups, i)) > i:
        return last
    last = i
    while last + 2 < len(words):
        conn = groups[last + 1]
        if conn not in ("i", "for") or text[words[last].end() : words[last + 1].start()] != " ":
            break
        nxt = words[last + 2]
        if groups[last + 2][0].isupper() and not text[words[last + 1].end() : nxt.start()].strip():  # not "i 2022-2025.\nKL"
            last += 2
            while (
                last + 1 < len(words)
                and groups[last + 1][0].isupper()
                and text[words[last].end() : words[last + 1].start()] == " "
            ):
                last += 1
            # "Center for By, Land og Kultur": a centre's fields listed, the last after "og"
            if conn == "for" and text.startswith(",", words[last].end()) and _is_centre(groups[i]) \
                    and (listed := CENTRE_LIST.match(text, words[last].end())):
                while last + 1 < len(words) and words[last + 1].end() <= listed.end():
                    last += 1
        elif conn == "for" and _is_centre(groups[i]):
            m = _CENTRE_FOR.match(text, words[last].end())
            if not m:
                break
            last += 2 + (2 if m.group(1) else 0)
            break
        else:
            break
    # "FDF Taastrup": a town after a name with local branches
    if last == i and i + 1 < len(words) and (is_place(after := groups[i + 1])
                                             or _has_branches(groups[i]) and may_be_town(after)):
        if text[words[i].end() : words[i + 1].start()] == " ":
            last += 1  # "Frivilligcenter Rudersdal", "DGI Nordjylland", "FDF Taastrup"
    return last


def _union_of(text: str, words: list[re.Match[str]], groups: list[str], i: int) -> int:
    """Over "af" and capitalised words, "og" between two of them, after a union's head ("Landsforeningen af
    FrivilligCentre og Selvhjælp Danmark", "Foreningen af Danske Døgninstitutioner"); `i` when no "af" follows."""
    def spaced(k: int) -> bool:  # one space between word k and the next
        return text[words[k].end() : words[k + 1].start()] == " "

    if not (i + 2 < len(words) and groups[i + 1] == "af" and spaced(i) and spaced(i + 1)
            and not _stops_left(groups[i + 2])):
        return i
    last = i + 2
    while last + 1 < len(words) and spaced(last):
        if not _stops_left(groups[last + 1]):
            last += 1
        elif groups[last + 1] == "og" and last + 2 < len(words) and spaced(last + 1) and not _stops_left(groups[last + 2]):
            last += 2
        else:
            break
    return last


def ends_in_genitive(text: str, words: list[re.Match[str]], groups: list[str], i: int, last: int) -> bool:
    """Whether the last word of a name grown from head `i` is a genitive, its "s" no part of the name: a place's
    ("… Selvhjælp Danmarks årsmøde"), or a union's last word before a lower-case noun ("Landsforeningen af
    Integrationsråds konference")."""
    word = groups[last]
    if last == i or not word.endswith("s"):
        return False
    return (is_place(word[:-1]) or fold(word[:-1]) == "danmark"
            or groups[i + 1] == "af" and _LOWER_AFTER.match(text, words[last].end()) is not None)


@functools.lru_cache(maxsize=100_000)
def _is_centre(word: str) -> bool:
    """Whether `word` is a centre ("Center", "Centret"), whose name goes on "for sundhed og træning"."""
    return fold(word).startswith("cent")


@functools.lru_cache(maxsize=100_000)
def _has_branches(word: str) -> bool:
    """Whether `word` is a known name with local branches ("FDF"): a town may follow it."""
    known = load().organisations.get(fold(word))
    return known is not None and not known.national


@functools.lru_cache(maxsize=100_000)  # the words after a head recur from document to document
def is_place(word: str) -> bool:  # a municipality or region, or two joined by a hyphen ("Randers-Favrskov")
    places = (load().municipalities, load().regions)
    return word[:1].isupper() and any(all(any(fold(w) in p for p in places) for w in ws) for ws in ([word], word.split("-")))


@functools.lru_cache(maxsize=10_000)
def may_be_town(word: str) -> bool:
    """Whether a capitalised word after a known name may be the town of its branch: no first name ("Røde Kors Ole
    Hansen"), no place's genitive ("Røde Kors Fredericias frivillige"), no group of people ("… Frivillige"), not cut."""
    lex, key = load(), fold(word)
    genitive = word.endswith(("'s", "’s")) or key.endswith("s") and (  # "Fredericias", "Ringkøbings" (-Skjern)
        is_place(word[:-1]) or any(m.startswith(key[:-1] + "-") for m in lex.municipalities))
    return word[:1].isupper() and not (lex.is_first_name(word) or word.endswith("-") or genitive
                                       or key in lex.people_groups or key + "e" in lex.people_groups)
