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
    if ("valgt" in text or "udpeget" in text) and _ELECTED.search(text):  # cheap tests first: the verb, then its phrase
        roles = load().roles
        for m in _ELECTED_AS.finditer(text):
            role = roles.get(fold(m.group(2)))
            if role:
                found.append((m.group(1), role, False))
    return found


def apply_elections(persons: list[Person], text: str, items: Sequence[AgendaItem], body: str | None) -> None:
    """Give the persons the posts their election gave them, and the body whose post it is (in place)."""
    give_posts(persons, ((name, role, member, body) for name, role, member in elections(text, items)))
