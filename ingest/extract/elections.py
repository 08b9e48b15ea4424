"""Posts handed out by a general assembly's elections: board members, substitutes, auditors, the
chair of the meeting.

A generalforsamling elects in its own agenda items ("Valg af suppleanter og revisor"), and the minutes
write the result as lines of a post and its holders: "Nyvalgt: Lone Ravn.", "Suppleanter: Ib Toft og
Aya Holm.", "Revisor: Erik Munk (genvalgt). Revisorsuppleant: Tove Kjær." (the posts of
data/lexicon/board_posts.tsv, as the board's own constituting is read). Anywhere in the minutes "Niels
Kragh blev valgt som dirigent" gives the role it names (data/lexicon/roles.tsv). Those elected hold
their post in the association whose meeting it is, so they get the body as organisation too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.constitution import give_posts, posts_in
from ingest.extract.people import Person
from ingest.lexicon import fold, load
from ingest.model import AgendaItem

# "Niels Otto Kragh blev valgt som dirigent", "Mette blev valgt til referent"
_ELECTED = re.compile(r"(?:valgt|udpeget)\s+(?:som|til)\s")  # what `_ELECTED_AS` cannot match without
_ELECTED_AS = re.compile(
    r"((?:[A-ZÆØÅ][\w'-]+\s+){0,3}[A-ZÆØÅ][\w'-]+)\s+(?:blev|er)\s+(?:(?:gen|ny)?valgt|udpeget)\s+(?:som|til)\s+"
    r"([a-zæøå]+)")

_NAME = r"((?:[A-ZÆØÅ][\w'-]+[ \t\n]+){0,3}[A-ZÆØÅ][\w'-]+)"
# "Som suppleant valgtes Ali Haider", "Som referent blev Lone Bach Nielsen valgt": the post before the name
_AS_POST_FIRST = re.compile(rf"\b[Ss]om\s+([a-zæøå]+)\s+(?:(?:gen|ny)?valgtes|blev)\s+(?:\d\.\s*)?{_NAME}")
# "blev Hanne Skov (Nørresundby Amatørteater) valgt til bestyrelsen": a seat on the board
_TO_BOARD = re.compile(rf"\bblev\s+{_NAME}(?:\s*\([^()\n]*\))?\s+(?:gen|ny)?valgt\s+(?:ind\s+)?(?:til|i)\s+([a-zæøå]+)")
# "Bent Thygesen blev genvalgt", "Jens Ole Thrane fra Nørresundby Sangforening, som blev valgt": no post named
_PLAIN = re.compile(rf"{_NAME}(?:\s*\([^()\n]*\))?(?:\s+(?:fra|v/)\s+[^,.()]{{1,60}}?)?,?\s+(?:som\s+)?blev\s+"
                    r"(?:gen|ny)?valgt\b(?!\s+(?:som|til|i)\b)")
_AND_AS = re.compile(rf",[ \t]+{_NAME}[ \t]+som[ \t]+([a-zæøå]+)\b")
_TITLE_POSTS = re.compile(r"\s*(?:,|\bog\b)\s*")
_ELECTION_TITLE = re.compile(r"^valg\s+(?:af|til)\s+")  # "Valg af revisor", "Valg til afdelingsbestyrelsen"


def _post(word: str) -> tuple[str, bool] | None:
    """(role, held by a board member) a post's word names: "revisor", "suppleanter", "dirigent"."""
    lex, key = load(), fold(word)
    if key in lex.body_words or key.removesuffix("n") in lex.body_words:  # "Valg af bestyrelse": its members
        return "medlem", True
    if any(key.endswith(word) for word in lex.body_words if len(word) >= 8):  # "Valg til afdelingsbestyrelsen"
        return "medlem", True
    return lex.board_posts.get(key) or ((lex.roles[key], False) if key in lex.roles else None)


def _item_elections(text: str, item: AgendaItem) -> list[tuple[str, str, bool]]:
    """The posts an election item fills where its sentences name the post ("Som suppleant valgtes X", "blev X valgt
    til bestyrelsen"), and the one post its title names that no sentence does for "X blev genvalgt" ("Valg af
    revisor"; "Valg af dirigent og referent" when "Som referent valgtes Y" says who the referent is)."""
    part, found = text[item.start : item.end], []
    for m in _AS_POST_FIRST.finditer(part):
        if post := _post(m.group(1)):
            found.append((" ".join(m.group(2).split()), *post))
    found += [(" ".join(m.group(1).split()), "medlem", True) for m in _TO_BOARD.finditer(part)
              if fold(m.group(2)) in load().body_words]
    title = _ELECTION_TITLE.sub("", fold(item.title)).strip()
    posts = [p for w in _TITLE_POSTS.split(title) if w and (p := _post(w)) and p[0] not in {r for _, r, _ in found}]
    if len(posts) == 1:
        found += [(" ".join(m.group(1).split()), *posts[0]) for m in _PLAIN.finditer(part)]
    return found


def elections(text: str, items: Sequence[AgendaItem]) -> list[tuple[str, str, bool]]:
    """(name, role, held by a board member) for each post the minutes say was filled by election.

    >>> items = [AgendaItem("7", "Valg af suppleanter", 0, 60, False)]
    >>> elections("Suppleanter: Ib Toft og Aya Holm.\\nIda Lund blev valgt som dirigent.", items)
    [('Ib Toft', 'suppleant', False), ('Aya Holm', 'suppleant', False), ('Ida Lund', 'dirigent', False)]
    """
    found = []
    for item in items:
        if not item.closed and fold(item.title).startswith("valg"):
            for line in text[item.start : item.end].splitlines():
                if ":" in line:  # cheap test first: a post is written "Post: Name"
                    found += [(name, role, member) for name, role, member, _ in posts_in(line)]
            found += _item_elections(text, item)
    if ("valgt" in text or "udpeget" in text) and _ELECTED.search(text):  # cheap tests first: the verb, then its phrase
        for m in _ELECTED_AS.finditer(text):
            if post := _post(m.group(2)):  # a role ("dirigent") or a board's post ("revisor")
                found.append((m.group(1), *post))
                # "Bent Sode blev genvalgt som revisor, Ole Kure som revisorsuppleant": the verb left out
                if (more := _AND_AS.match(text, m.end())) and (also := _post(more.group(2))):
                    found.append((" ".join(more.group(1).split()), *also))
    return found


def apply_elections(persons: list[Person], text: str, items: Sequence[AgendaItem], body: str | None) -> None:
    """Give the persons the posts their election gave them, and the body whose post it is (in place)."""
    give_posts(persons, ((name, role, member, body) for name, role, member in elections(text, items)))
