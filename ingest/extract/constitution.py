"""Posts a board hands out when it constitutes itself: roles and organisations of its members.

After a generalforsamling the new board constitutes itself, and the minutes say who got which post,
as a sentence or as lines: "Bestyrelsen konstituerede sig således: formand Jens Ole Bach, næstformand
Mogens Kirk", "formand: Hans Jørgen Kirk (DH Skanderborg)", "Suppleanter: 1. Ahmad Nouri (…), 2. …".
A board post (data/lexicon/board_posts.tsv) makes its holder a member of the board too; a name in
brackets after the holder is the association they come from. Only the text after a word of
constituting ("konstituerede", "konstituering") and up to the next blank line or item is read, so a
"formand" elsewhere ("formand for borgerforeningen") gives nothing here.

A board's roster, printed under the minutes or in a letterhead, says the same by lines: "Bestyrelsen 2012" then
"Formand:  Ole Bækgaard, Holte Musikforening", "Medlemmer:  Poul Erik Fenger, …" and lines below a post that go on
with it (`roster_posts`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ingest.alternation import literal_alternation
from ingest.extract.lowered import lowered
from ingest.extract.names import is_initials
from ingest.extract.people import Person
from ingest.lexicon import fold, load
from ingest.meeting_body import is_roster_heading

_TRIGGER = re.compile(r"\bkonstitu(?:erede|erer|eret|ering|erende)\b", re.IGNORECASE)
_NAME = re.compile(r"(?:\d\.\s*)?((?:[A-ZÆØÅ][\w'-]*\.?\s+){0,3}[A-ZÆØÅ][\w'-]+)(?:\s*\(([^()]{2,80})\))?")
_LIST_SPLIT = re.compile(r"\s*(?:,|;|\bog\b|\bsamt\b)\s*")


@functools.lru_cache(maxsize=1)
def _post_pattern() -> re.Pattern[str]:
    posts = sorted(load().board_posts, key=len, reverse=True)
    return re.compile(rf"(?<!\w){literal_alternation(posts)}(?!\w)\s*:?\s*", re.IGNORECASE)


def _windows(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The text after each word of constituting, up to a blank line or the end of its item."""
    found: list[str] = []
    low = lowered(text)  # cheap test first: most minutes constitute nothing, and then hold no "konstitu" in any case
    if low is not None and "konstitu" not in low:
        return found
    for start, end in spans:
        for m in _TRIGGER.finditer(text, start, end):
            stop = text.find("\n\n", m.end(), end)
            window = text[m.end(): stop if stop != -1 else end]
            if not any(window in seen for seen in found):
                found.append(window)
    return found


def _holders(chunk: str) -> list[tuple[str, str | None]]:
    """(name, organisation in brackets) of a list after a post: "Ahmad Nouri (DFH), 2. Grethe Holm"."""
    # the list ends where the sentence or a remark does ("… (Lions Club Ry) – Jette havde …")
    chunk = re.split(r"\s[–—-]\s|(?<!\d)\.\s|\n", chunk.strip(), maxsplit=1)[0]
    holders: list[tuple[str, str | None]] = []
    depth, part, parts = 0, "", []
    for ch in chunk:  # split on commas outside brackets
        depth += ch == "("
        depth -= ch == ")"
        if ch in ",;" and depth == 0:
            parts.append(part)
            part = ""
        else:
            part += ch
    parts.append(part)
    for piece in parts:
        for sub in re.split(r"\s+(?:og|samt)\s+(?![^()]*\))", piece.strip()):
            m = _NAME.fullmatch(sub.strip().rstrip("."))
            if not m:
                return holders
            org = m.group(2).strip() if m.group(2) else None
            # "(genvalg)", "(ny)", "(HJ)" say something of the election or the person, not of an association
            holders.append((" ".join(m.group(1).split()), org if org and org[0].isupper() and not is_initials(org) else None))
    return holders


def constitution(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, str, bool, str | None]]:
    """(name, role, held by a board member, organisation) for each post handed out in the text.

    >>> constitution("Bestyrelsen konstituerede sig: formand Jens Ole Bach, kasserer Karen Dahl (Lions Club Ry).", [(0, 90)])
    [('Jens Ole Bach', 'formand', True, None), ('Karen Dahl', 'kasserer', True, 'Lions Club Ry')]

    Letters in brackets may be a person's initials ("(KD)", "(BIK)") and give no organisation.
    """
    return [post for window in _windows(text, spans) for post in posts_in(window)]


def posts_in(window: str) -> list[tuple[str, str, bool, str | None]]:
    """(name, role, held by a board member, organisation) for each post a passage hands out:
    "formand Jens Ole Bach, kasserer Karen Dahl", "Suppleanter: Aya Holm og Ib Lund"."""
    posts = load().board_posts
    found = []
    # a post's word inside a holder's brackets says which of the post's holders it is: "(1. suppleant)"
    matches = [m for m in _post_pattern().finditer(window)
               if window.count("(", 0, m.start()) <= window.count(")", 0, m.start())]
    for m, after in zip(matches, [*matches[1:], None]):
        role, member = posts[fold(m.group()).strip().rstrip(":").strip()]
        chunk = window[m.end(): after.start() if after else len(window)]
        found += [(name, role, member, org) for name, org in _holders(chunk)]
    return found


_ROSTER_LINE = re.compile(r"^\s*(?:[-•*]\s*)?([^\W\d_][^:\t]{1,30}?)\s*:\s*(\S.*)$")


def roster_posts(text: str) -> list[tuple[str, str, bool, str | None]]:
    """(name, role, held by a board member, organisation) for each line of a board's roster (see the module
    docstring); a name's organisation follows it after a comma.

    >>> roster_posts("Bestyrelsen 2012\\nFormand:   Ole Bækgaard, Holte Musikforening\\nMedlemmer: Ib Holt\\n           Kurt Dal")
    [('Ole Bækgaard', 'formand', True, 'Holte Musikforening'), ('Ib Holt', 'medlem', True, None), ('Kurt Dal', 'medlem', True, None)]
    """
    from ingest.extract.names import is_orgish

    lex = load()
    # cheap test first: minutes print the roster of a bestyrelse, a styregruppe or an udvalg (others are not read)
    if not any(word in text for word in ("estyrels", "tyregrupp", "dvalg")):
        return []
    found: list[tuple[str, str, bool, str | None]] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not is_roster_heading(line):
            continue
        post: tuple[str, bool] | None = None
        for row in lines[i + 1:]:
            labelled = _ROSTER_LINE.match(row)
            if labelled and fold(labelled.group(1)) in lex.board_posts:
                post, holder = lex.board_posts[fold(labelled.group(1))], labelled.group(2)
            elif post is not None and row[:1].isspace() and row.strip():  # a line going on with the post above
                holder = row
            else:
                break
            name, _, org = (part.strip() for part in holder.strip().partition(","))
            if _NAME.fullmatch(name):
                found.append((" ".join(name.split()), post[0], post[1],
                              org if org[:1].isupper() and is_orgish(org.split()) else None))
    return found


def apply_constitution(persons: list[Person], text: str, spans: Sequence[tuple[int, int]], body: str | None = None) -> None:
    """Give the persons the posts, board membership and organisations the constituting or a roster says (in place);
    a post the text ties to no organisation of its own is held in the body."""
    give_posts(persons, [(name, role, member, org or body) for name, role, member, org in
                         constitution(text, spans) + roster_posts(text)])


def give_posts(persons: list[Person], posts: Iterable[tuple[str, str, bool, str | None]]) -> None:
    """Give each (name, post, held by a board member, organisation) to the person of that name or mention: the
    post, "medlem" with a member's post, the organisation (in place; a name no person has is passed over)."""
    by_form = {fold(form): p for p in persons for form in (p.name, *p.mentions)}
    for name, role, member, org in posts:
        person = by_form.get(fold(name))
        if person is None:
            continue
        for r in (role, "medlem") if member else (role,):
            if r not in person.roles:
                person.roles.append(r)
        if org and org not in person.organisations:
            person.organisations.append(org)


def apply_board_secretary(persons: list[Person]) -> None:
    """In a board's list, where a member is kasserer, "(sekretær)" is the board's secretary, a post held
    by a member (`board_posts.tsv`), not the body's staff: "Birthe Lund (kasserer), …, Annie Bruun
    (sekretær, referent)". A secretary tied to an organisation of their own (a municipal unit) stays staff."""
    if not any("kasserer" in p.roles for p in persons):
        return  # cheap test first: a kasserer is a board's post only
    for person in persons:
        if "sekretariat" in person.roles and len(person.organisations) <= 1:
            roles = ("sekretær" if r == "sekretariat" else r for r in person.roles if r != "medlem")
            person.roles[:] = dict.fromkeys(["medlem", *roles])
