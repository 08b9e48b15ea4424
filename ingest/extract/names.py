"""What a person's name looks like in Danish minutes.

A name is one to five capitalised tokens: given names from the lexicon, surnames (often
hyphenated, "Sverdrup-Jensen"), initials ("K", "A.", "KW", "H-I"), and particles ("von", "bin").
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, load, rows

# Letters of any alphabet ("Łukasz", "Snežana", "Pınar"); that a name token starts with a capital is
# checked in Python (`is_name_token`), since `re` has no class for upper-case letters of all scripts.
NAME_TOKEN = r"[^\W\d_](?:[^\W\d_]|['’])*(?:-[^\W\d_](?:[^\W\d_]|['’])*)*"
INITIALS = r"[A-ZÆØÅ]{1,3}\.?(?:-[A-ZÆØÅ]{1,2}\.?)?"
PARTICLES = frozenset({"von", "van", "de", "der", "den", "la", "le", "bin", "ibn", "al", "el", "da", "di", "du"})
# words of an action line's labels ("→ Hvem: Jette   Hvornår: august"): never a surname, so
# "Jette Hvornår" is no name
LABEL_WORDS = frozenset({"hvem", "hvornår", "hvad", "frist", "deadline", "ansvar"})


@functools.lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """Given names abbreviated with a full stop inside a full name ("Chr" of "Niels Chr. Hedegaard")."""
    return frozenset(row[0] for row in rows("name_abbreviations.txt"))


_TOKEN_RE = re.compile(rf"^(?:{NAME_TOKEN}|{INITIALS})$")
_INITIALS_RE = re.compile(rf"^{INITIALS}$")


def is_name_token(token: str) -> bool:
    return token[:1].isupper() and (bool(_TOKEN_RE.match(token)) or token[-1:] == "." and token[:-1] in name_abbreviations())


def is_initials(token: str) -> bool:
    return bool(_INITIALS_RE.match(token)) and not (len(token) > 1 and token[1:].islower())


def is_orgish(words: list[str]) -> bool:
    """True when a phrase reads as an organisation (its last word ends like one, or it is a known one)."""
    return _is_orgish(tuple(words))


# The same names and phrases recur from document to document: the tests below are memoised.
@functools.lru_cache(maxsize=100_000)
def _is_orgish(words: tuple[str, ...]) -> bool:
    lex = load()
    phrase = " ".join(words)
    if fold(phrase) in lex.organisations or fold(phrase) in lex.municipal_units:
        return True
    if fold(phrase) in lex.municipalities:
        return True
    return any(lex.kind_by_suffix(w) is not None for w in words if len(w) > 3)


def is_known_branch(words: list[str]) -> bool:
    """True for "Ældre Sagen Morsø": a known organisation, then the place of its local branch."""
    known = load().organisations
    return any(fold(" ".join(words[:n])) in known for n in range(1, min(len(words), 4)))


def is_branch_of_organisation(words: list[str]) -> bool:
    """True for "Ældre Sagen Aalborg", "DGI Nordjylland": a known organisation followed by a place,
    or an unknown first word followed by a municipality. Such a list entry is no person."""
    lex = load()
    if any(fold(" ".join(words[:n])) in lex.organisations for n in range(1, min(len(words), 4))):
        return True
    return len(words) > 1 and fold(words[-1]) in lex.municipalities and fold(words[0]) not in lex.first_names


@functools.lru_cache(maxsize=100_000)
def looks_like_name(text: str, *, trust_context: bool = False) -> bool:
    """Whether `text` is a person's name. `trust_context`: we are inside a list of people."""
    words = text.split()
    if not 1 <= len(words) <= 6 or "\t" in text:
        return False
    core = [w for w in words if fold(w) not in PARTICLES]
    if not core or not all(is_name_token(w) for w in core) or not is_name_token(words[0]):
        return False
    if is_orgish(words) or is_branch_of_organisation(words) or any(fold(w) in LABEL_WORDS for w in words[1:]):
        return False
    lex = load()
    first = fold(words[0])
    if first in lex.first_names:
        return True
    if trust_context:
        # an unknown given name in a list of people counts when a surname follows it
        return len(core) >= 2 and not is_initials(words[0]) and fold(words[0]) not in lex.roles
    return False


_JOINING = frozenset(("og", "samt", "eller", "&"))


@functools.lru_cache(maxsize=100_000)
def split_org_then_name(text: str) -> tuple[str, str] | None:
    """("Venligboerne i Rudersdal", "Thorkild Damsgaard Olsen") from a flattened table cell pair.

    None when the part before the name is itself only given names ("Aya Mohamad Degn" is one
    person, not the organisation "Aya" and "Mohamad Degn").
    """
    words = text.split()
    lex = load()
    for i in range(1, len(words)):
        if all(fold(w) in lex.first_names for w in words[:i]) and not is_orgish(words[:i]):
            continue
        tail = words[i:]
        # "Poul Erik Vinther og Kirsten Aaby": a cell never ends in a joining word; two names are joined
        if len(tail) > 5 or not lex.is_first_name(tail[0]) or words[i - 1] in _JOINING:
            continue
        if all(is_name_token(w) or fold(w) in PARTICLES for w in tail) and not is_orgish(tail):
            head = " ".join(words[:i])
            return head, " ".join(tail)
    return None


# "Lise Dam-\ngaard": a word hyphenated at a line break in PDF text; a capital after the break
# keeps the hyphen ("Hans-\nJørgen" is "Hans-Jørgen")
_BROKEN = re.compile(r"(\w)-[ \t]*\n\s*(?=\w)")


def unbroken(text: str) -> str:
    """`text` with words joined across line breaks and its spacing made single.

    >>> unbroken("Lise Dam-\\ngaard, DGI Syd-\\njylland, Hans-\\nJørgen")
    'Lise Damgaard, DGI Sydjylland, Hans-Jørgen'
    """
    if "\n" not in text:
        return text
    joined = _BROKEN.sub(lambda m: m.group(1) + ("-" if text[m.end()].isupper() else ""), text)
    return " ".join(joined.split())


def given_name(name: str) -> str:
    return name.split()[0] if name.split() else name


# "sundheds- og ældrechef Lise Bang": a title in lower case written before the name
# (a particle may stand inside the name: "cand.theol. Ragnhild von Spreckelsen")
_TITLE_FIRST = re.compile(r"^((?:[a-zæøå][\w.\-]*\s+(?:og\s+)?)+)([A-ZÆØÅ][\w\-]+(?:\s+(?:(?:%s)\s+)?[A-ZÆØÅ][\w\-]+)+)$"
                          % "|".join(sorted(PARTICLES)))
_CAPITAL_TITLE_FIRST = re.compile(r"^([A-ZÆØÅ][a-zæøå]+)\s+([A-ZÆØÅ][\w\-]+(?:\s+(?:(?:%s)\s+)?[A-ZÆØÅ][\w\-]+)+)$"
                                  % "|".join(sorted(PARTICLES)))


def title_before_name(text: str) -> tuple[str, str, int] | None:
    """(title, name, offset of the name) for "kulturchef Lise Bang", as Danish writes a title before a
    name; None unless the words after the title are a name that starts with a known first name.
    A title opening a line or a cell is capitalised ("Ældrechef Lise Bang"): one word then, a job title
    of the lexicon and no first name, read in lower case.

    >>> title_before_name("sundheds- og ældrechef Lise Bang")
    ('sundheds- og ældrechef', 'Lise Bang', 23)
    >>> title_before_name("Ældrechef Lise Bang")
    ('ældrechef', 'Lise Bang', 10)
    >>> title_before_name("Næstformand Maibritt Dalgas")
    ('næstformand', 'Maibritt Dalgas', 12)
    """
    m = _TITLE_FIRST.match(text)
    title = m.group(1).strip() if m else None
    if m is None and text[:1].isupper():
        m = _CAPITAL_TITLE_FIRST.match(text)
        lex = load()
        # a job title ("Ældrechef") or a role word ("Næstformand", "Byrådsmedlem") opening a line
        if m is None or lex.is_first_name(m.group(1)) or not (
                fold(m.group(1)).endswith(lex.job_titles) or fold(m.group(1)).rstrip(".") in lex.roles):
            return None
        title = m.group(1)[0].lower() + m.group(1)[1:]
        if fold(title).rstrip(".") in lex.roles:  # "Næstformand Maibritt Dalgas": a role word says a person follows
            return (title, m.group(2), m.start(2)) if looks_like_name(m.group(2), trust_context=True) else None
    if m is None and (alone := _TITLE_FIRST_NAME.match(text)):
        return _titled_first_name(alone)
    if not m or not load().is_first_name(m.group(2).split()[0]) or not looks_like_name(m.group(2), trust_context=True):
        return None
    return title or "", m.group(2), m.start(2)


# "koordinator Mette", "praktikant Frederik": a staff list names colleagues by title and first name
_TITLE_FIRST_NAME = re.compile(r"^([a-zæøå][\w\-]*)\s+([A-ZÆØÅ][\w\-]+)$")


def _titled_first_name(m: re.Match[str]) -> tuple[str, str, int] | None:
    """(title, first name, offset) where the title is a job title or a role word of the lexicon and the name a
    first name (capitalised after the title, "Bo" is one though it is a word too)."""
    lex = load()
    title, name = m.group(1), m.group(2)
    if not (fold(title).endswith(lex.job_titles) or fold(title) in lex.roles) or not lex.is_first_name(name):
        return None
    return title, name, m.start(2)


# a note of 2-4 capitals after a name is the person's initials ("Gitte Kjær Wulff (GKW)")
_INITIALS_NOTE = re.compile(r"^[A-ZÆØÅ]{2,4}$")
# the name's initials before what else a note says: "BL (Lillerød Idrætsforening)", "(MH, Vallensbæk Boligselskab)"
_OWN_INITIALS_FIRST = re.compile(r"^([A-ZÆØÅ]{2,4})(?:\s*[(\[](.+)[)\]]|,\s*(.+))$", re.S)  # "(Org)", "[Org]"


def initials_in_notes(name: str, raw: str, notes: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """(the person's initials, the other notes) of the notes after a name as `raw` writes them: capitals in
    brackets ("(GKW)"), or the name's own initials after a comma, alone or opening a note ("Bent Lykke, BL
    (Lillerød IF)", "Marianne Holst (MH, Vallensbæk Boligselskab)"); a known organisation's abbreviation stays one.

    >>> initials_in_notes("Marianne Holst", "Marianne Holst (MH, Vallensbæk Boligselskab)", ["MH, Vallensbæk Boligselskab"])
    (('MH',), ['Vallensbæk Boligselskab'])
    """
    own = "".join(part[:1] for part in re.split(r"[\s\-]+", name) if part).upper()
    opening = [m for d in notes if (m := _OWN_INITIALS_FIRST.match(d)) and m.group(1) == own]
    notes = [m.group(2) or m.group(3) if (m := _OWN_INITIALS_FIRST.match(d)) and m.group(1) == own else d for d in notes]
    organisations = load().organisations
    # the name's own initials are the person's even when an organisation goes by them ("Karen Lundsgaard (KL)")
    initials = tuple(d for d in notes if _INITIALS_NOTE.match(d) and (f"({d})" in raw or d == own)
                     and (fold(d) not in organisations or d == own)) + ((own,) if opening else ())
    return initials, [d for d in notes if d not in initials]


def role_after_name(text: str) -> tuple[str, str] | None:
    """(name, role word) of a list entry that ends in a role word without a comma: "Guðrún Sigurðardóttir
    formaður", "Ole Bak næstformand" (a role of `roles.tsv`, in lower case, after a name).

    >>> role_after_name("Ole Bak næstformand"), role_after_name("Ole Bak")
    (('Ole Bak', 'næstformand'), None)
    """
    head, _, last = text.strip().rpartition(" ")
    if not head or not last.islower() or fold(last) not in load().roles or not looks_like_name(head, trust_context=True):
        return None
    return head, last
