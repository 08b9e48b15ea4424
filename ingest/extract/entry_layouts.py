"""Participant entries in layouts the common reader (`participants.parse_entries`) does not take apart.

- Surname first, as archives and CMS exports write rosters: "Lindberg, Poul Erik (Hillerød
  Idrætssamvirke (HIS)), formand", "la Cour, Mette (Aftenskolerådet); Nygaard, Thomas (Svømmeklubben)".
- A stand-in sentence under a list: "Jakob Leth mødte for Henriette Vang, Lejerbo Køge, der havde
  meldt afbud." (the one who came is a deputy, the one they came for is an absent member).
- People parted by dashes ("Name (AB), Org - Name (CD), Org -") or middle dots ("Name (Org) · Name
  (Org)", a PDF run broken over lines), read as ";"-parted.
- A group row of a participant table, one cell over the people it groups ("Varde Kommune").
- An organisation, then the people it sent in brackets: "Ældre Sagen Hadsten (Inger Lise Bonde, Kaj Thomsen)",
  as a list of member associations and their delegates writes it.
Each reader returns `Found` records; `participants.py` turns them into its entries.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest.extract.descriptors import strip_parens
from ingest.extract.names import (PARTICLES, is_branch_of_organisation, is_known_branch, is_name_token, is_orgish,
                                  looks_like_name)
from ingest.lexicon import fold, load

_PARTS = re.compile(r";")
# a dash between two people of a list, or closing a line of it: "Name (AB), Org - Name (CD), Org -"
_LIST_DASH = re.compile(r"\s+[–—-](?:\s+|$)")
_MIDDOTS = re.compile(r" [·•] ")
_LEAD = re.compile(r"[(,]")  # what leads a part, before its note or its first comma
_COMMA = re.compile(r",(?![^()]*\))")  # a comma inside parentheses separates nothing
_FOR_TURNED = re.compile(r"^for\s+([^,]+?),\s*([^,]+)$")
_SURNAME_WORDS = 3
_GIVEN_WORDS = 3
# "mødte for", "deltog i stedet for": came in another's place
# "Lis Bendtsen (DH - Høreforeningen) deltog for Jesper Holm": the deputy's organisation in brackets
_STANDS_IN = re.compile(r"^(?P<deputy>[^,()]+?)(?:\s*\((?P<note>[^()]+)\))?\s+(?:mødte|deltog|deltager|møder)\s+"
                        r"(?:i\s+stedet\s+)?for\s+"
                        r"(?P<member>[^,()]+?)(?:,\s*(?P<org>[^,()]+?))?(?:,\s*(?:der|som)\s+(?P<clause>[^,]*))?\.?$")


# "Afbud: Hanne Holm (Ungdomsskolen). Ungdomsskolen var repræsenteret ved Ib Bro."
_REPRESENTED_BY = re.compile(r"^(?P<list>.+?)\.\s+(?P<org>[A-ZÆØÅ][^.]{1,60}?)\s+(?:var|er|blev)\s+repræsenteret\s+"
                             r"ved\s+(?P<name>[^.,()]+?)\.?$")


# "Ældre Sagen Hadsten (Inger Lise Bonde, Kaj Thomsen)": the organisation, then its people in brackets
_ORG_THEN_PEOPLE = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
_LISTED = re.compile(r"[^,;]+?(?=\s*(?:,|;|\s+og\s+|$))")
_COMMA_PART = re.compile(r"[^,]+")
_NAME_SLASH = re.compile(r"\s*([A-ZÆØÅ][^/,()]*?[a-zæøå])/([A-ZÆØÅ][^/]*)")  # "Henrik Lund/DH Tårnby"
# "Yusuf Demir v/ Tyrkisk Kulturforening" and "Lejerbo v/ Lone Holm": ved = represented by / representing
_VED = re.compile(r"\s+v/\s*")


class Found(NamedTuple):
    name: str
    raw: str  # the text that writes the name (what `participants._entry` positions the evidence on)
    start: int  # offset of `raw` in the document
    descriptor: list[str]
    absent: bool = False


def _surname(text: str, turned: bool = False) -> bool:
    """Whether `text` is a surname written first: name words or particles ("la Cour", "Ben Salem"),
    none of them a known first name at its start unless the lists are `turned` (written surname first), and no
    organisation or role (read without the particles: "la" alone would be the party LA)."""
    words, lex = text.split(), load()
    core = [w for w in words if fold(w) not in PARTICLES]
    if not 1 <= len(words) <= _SURNAME_WORDS or not core or not all(is_name_token(w) for w in core):
        return False
    key = fold(text)
    return ((turned or not lex.is_first_name(core[0])) and key not in lex.roles and key not in lex.headings
            and key not in lex.organisations and not is_orgish(core) and not is_branch_of_organisation(core))


def _given(text: str) -> bool:
    """Whether `text` is given names only ("Poul Erik", "Anne-Lise")."""
    words, lex = text.split(), load()
    return 1 <= len(words) <= _GIVEN_WORDS and all(lex.is_first_name(w) for w in words)


def _turned(part: str, start: int, turned: bool = False) -> Found | None:
    """The person of one "Surname, Given (notes), descriptor …" part, or None."""
    segments = [m for m in _COMMA.split(part)]
    if len(segments) < 2:
        return None
    given, notes = strip_parens(segments[1])
    surname = segments[0].strip()
    if not _surname(surname, turned) or not _given(given):
        return None
    lead = len(part) - len(part.lstrip())
    written_end = len(segments[0]) + 1 + segments[1].find(given.split()[-1]) + len(given.split()[-1])
    notes = [_FOR_TURNED.sub(r"for \2 \1", note) for note in notes]  # "(for Bisgaard, Inger)": came for Inger Bisgaard
    return Found(f"{given} {surname}", part[lead:written_end], start + lead, notes + [s.strip() for s in segments[2:]])


def surname_first(body: str, base: int, turned: bool = False) -> list[Found] | None:
    """The people of a line whose every ";"-part is "Surname, Given …", or None.

    >>> [f.name for f in surname_first("la Cour, Mette (Aftenskolerådet); Hald, Torben", 0)]
    ['Mette la Cour', 'Torben Hald']
    """
    if "," not in body:
        return None
    found, pos = [], 0
    for part in _PARTS.split(body):
        if part.strip():
            person = _turned(part, base + pos, turned)
            if person is None:
                return None
            found.append(person)
        pos += len(part) + 1
    return found or None


def surname_first_layout(lines: list[str]) -> bool:
    """Whether lists are written surname first: two lines or more read so without doubt ("Sørensen, Hans Jørgen").

    >>> surname_first_layout(["Sørensen, Hans Jørgen (V)", "Jama, Abdirahman", "Madsen, Bodil (A)"])
    True
    """
    return sum(1 for text in lines if "," in text and surname_first(text.strip(), 0) is not None) >= 2


def stands_in(body: str, base: int) -> list[Found] | None:
    """The deputy and the absent member of "A mødte for B, Org, der havde meldt afbud", or None."""
    if " for " not in body:  # cheap test first
        return None
    m = _STANDS_IN.match(body.strip().rstrip("."))
    if not m or not looks_like_name(m["deputy"], trust_context=True) or not looks_like_name(m["member"], trust_context=True):
        return None
    lead = len(body) - len(body.lstrip())
    org = [m["org"].strip()] if m["org"] else []
    note = [m["note"].strip()] if m["note"] else []
    return [Found(m["deputy"], m["deputy"], base + lead, [f"mødte for {m['member']}"] + (note or org)),
            Found(m["member"], m["member"], base + lead + m.start("member"), org, absent=True)]


def represented_at(body: str, base: int) -> list[Found] | None:
    """The person on either side of "v/", with the other side as what they represent: "KAB v/ Sidsel Winther",
    "Greve Kommune v/ Louise Haahr (formand), Center for Børn og Familie" (what follows a comma describes her too),
    "Lis Hansen v/ Frivilligcenter Vestby"; [] when neither side is a name, None without a "v/"."""
    ved = _VED.search(body)
    if ved is None:
        return None
    left, right = body[: ved.start()], body[ved.end() :]
    named, _, described = right.partition(",")
    (lname, lnotes), (rname, rnotes) = strip_parens(left), strip_parens(named)
    rnotes += [described.strip()] if described.strip() else []
    # the person after "v/" (a first name tells "Helhedsplanen Greve Nord v/ Nanna Friis" apart), else before it
    if looks_like_name(rname, trust_context=True) and (not looks_like_name(lname, trust_context=True)
                                                       or load().is_first_name(rname.split()[0])):
        at = ved.end() + len(right) - len(right.lstrip())
        return [Found(rname, named.strip(), base + at, rnotes + [lname] + lnotes)]
    if looks_like_name(lname, trust_context=True):
        return [Found(lname, left.strip(), base, lnotes + [rname] + rnotes)]
    return []


def represented_by(body: str, base: int) -> tuple[str, Found] | None:
    """The list before a sentence saying who came for an organisation, and that person: "Hanne Holm
    (Ydby Ungdomsskole). Ungdomsskolen var repræsenteret ved Ib Bro." (Ib came in Hanne's place)."""
    m = _REPRESENTED_BY.match(body)
    if not m or not looks_like_name(m["name"], trust_context=True):
        return None
    org = m["org"].strip()
    return m["list"], Found(m["name"], m["name"], base + m.start("name"), [f"mødte for {org}", org])


def stood_in(descriptor: list[str]) -> bool:
    """Whether an entry came in another's place ("mødte for B", as `stands_in` notes it)."""
    return any(part.startswith("mødte for ") for part in descriptor)


def group_row(text: str) -> str | None:
    """The organisation a one-cell row of a participant table names over the people below it
    ("Varde Kommune"); "" for a group that names no organisation ("Folkekirken"); None for any other row."""
    cell = text.strip().strip("|").strip().rstrip(":")
    if not cell or "\t" in cell or "|" in cell or len(cell.split()) > 6 or looks_like_name(cell, trust_context=True):
        return None
    return cell if is_orgish(cell.split()) else ""


def as_semicolons(body: str) -> str:
    """`body` with ";" written for each dash or middle dot that parts two people (same length, so
    offsets hold): middle dots when a name follows one, dashes when every part is "Name, …"."""
    if "·" in body or "•" in body:  # cheap test first
        # "Name (Org) · Name (Org)" parts people; "Name · Org (formand) · tlf. … · mail" one person's fields
        after = [_LEAD.split(p, 1)[0].strip() for p in _MIDDOTS.split(body)[1:] if p.strip()]
        body = _MIDDOTS.sub(" ; " if any(looks_like_name(p, trust_context=True) for p in after) else " , ", body)
    dashes = list(_LIST_DASH.finditer(body))
    parts = _LIST_DASH.split(body)
    named = [p for p in parts if p.strip()]
    if len(named) < 2 or any("," not in p for p in named):
        return body
    if not all(looks_like_name(strip_parens(p.split(",")[0].strip())[0], trust_context=True) for p in named):
        return body
    chars = list(body)
    for m in dashes:
        at = m.start() + m.group().index(m.group().strip())
        chars[at] = ";"
    return "".join(chars)


def slashed_names(body: str, dash: re.Match[str]) -> bool:
    """Whether a " / " parts two names ("Anne Holm / Bo Dam"), not a name and what follows it
    ("Inge Thomsen / Hjerteforeningen / formand")."""
    if dash.group().strip() != "/":
        return False
    after = strip_parens(body[dash.end() :].split("/")[0].split(",")[0])[0]
    return looks_like_name(after)


_SPACING = re.compile(r"\s+")
_NOTES = re.compile(r"(?:\s*\([^()]*\)\s*)+")


def written_at(seg: str, name: str) -> tuple[int, int] | None:
    """The last place `seg` writes `name` (start, end), with any spacing or notes in parentheses
    between its words. Read with `str` methods, not a pattern made of the name: compiling one
    per name cost more than the rest of this module."""
    words = name.split()
    found, pos = None, 0
    while words and (at := seg.find(words[0], pos)) >= 0:
        end = _rest_written(seg, at + len(words[0]), words[1:])
        if end is None:
            pos = at + 1
        else:
            found, pos = (at, end), end
    return found


def _rest_written(seg: str, pos: int, words: list[str]) -> int | None:
    """Where `words` end when `seg` writes them from `pos` on, each after spacing or notes.
    The words of a name start with no "(", so what lies before each can be read only one way."""
    for word in words:
        for between in (_SPACING.match(seg, pos), _NOTES.match(seg, pos)):
            if between is not None and seg.startswith(word, between.end()):
                pos = between.end() + len(word)
                break
        else:
            return None
    return pos


def org_then_people(body: str, base: int) -> list[Found] | None:
    """The people an organisation sent, named in brackets after it ("Hinnerup Lokalhistoriske Forening (Ejnar
    Smed)"), each tied to it; None unless the part before the brackets reads as an organisation and every part in
    them as a name ("Spejderne i Ulstrup (ingen delegeret)" names no one: an empty list)."""
    m = _ORG_THEN_PEOPLE.match(body) if body.endswith(")") else None  # (cheap test first)
    if m is None:
        return None
    org = m.group(1).strip()
    words, lex = org.split(), load()
    if looks_like_name(org) or "," in org:  # "Ahmad Noori, Scleroseforeningen (Kreds Østjylland)": a person's line
        return None
    inside = m.group(2)
    if inside[:1].islower():
        return [] if fold(inside).startswith(("ingen", "ikke")) and is_orgish(words) else None
    found = []
    for part in _LISTED.finditer(inside):
        name = part.group().strip()
        name = name[3:] if name.startswith("og ") else name
        if not looks_like_name(name, trust_context=True):
            return None
        found.append(Found(name, name, base + m.start(2) + part.start() + part.group().index(name), [org]))
    # full names with a known first name fill the brackets, and the part before them is an organisation's name or no
    # person's ("Hammel Besøgsvenner (Lis Kjeldgaard)": no first name opens it)
    named = is_orgish(words) or is_known_branch(words) or fold(org) in lex.organisations
    full = all(len(f.name.split()) >= 2 and lex.is_first_name(f.name.split()[0]) for f in found)
    return found if found and full and (named or (len(words) >= 2 and not lex.is_first_name(words[0]))) else None


def name_slash_org(body: str, base: int) -> list[Found] | None:
    """Each person of "Henrik Lund/DH Tårnby, Grethe Møller/Scleroseforeningen": a name, a slash with no space
    around it, then the organisation; None unless every part of the list is written so.

    >>> [(f.name, f.start, f.descriptor) for f in name_slash_org("Ib Dam/DH Ydby, Eva Lund/LEV", 0) or []]
    [('Ib Dam', 0, ['DH Ydby']), ('Eva Lund', 16, ['LEV'])]
    """
    if "/" not in body:  # cheap test first
        return None
    found = []
    for part in _COMMA_PART.finditer(body):
        m = _NAME_SLASH.fullmatch(part.group())
        if m is None or not looks_like_name(m.group(1), trust_context=True):
            return None
        found.append(Found(m.group(1), m.group(1), base + part.start() + m.start(1), [m.group(2).strip()]))
    return found or None


def sent_people(body: str, base: int) -> list[Found] | None:
    """People named with where they come from, in either layout: "Org (Name, Name)" or "Name/Org, Name/Org"."""
    return org_then_people(body, base) or name_slash_org(body, base)
