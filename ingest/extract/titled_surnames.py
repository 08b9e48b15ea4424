"""A board post before a surname alone ("Formand Jensen bød velkommen"): the one listed person of that surname.

Minutes written formally name a member by post and surname after listing them in full ("Bjarne Jensen
(forummets formand, …)"). The post is a word of `data/lexicon/board_posts.tsv`; the surname is the last
word of exactly one person's full name in the document (two Jensens: neither), so the person gets the
post's role and the surname as a mention.
"""
from __future__ import annotations

import re

from ingest.extract.people import Person
from ingest.lexicon import fold, load

_TITLED = re.compile(r"\b(?P<post>[A-ZÆØÅa-zæøå]+)\s+(?P<surname>[A-ZÆØÅ][\w\-]+)\b(?!\s+[A-ZÆØÅ])")


def apply_titled_surnames(persons: list[Person], text: str, spans: list[tuple[int, int]]) -> None:
    """Give the post and the mention of each "Post Surname" in the open spans to the one person of that surname."""
    posts = load().board_posts
    by_surname: dict[str, list[Person]] = {}
    for person in persons:
        words = person.name.split()
        if len(words) > 1:
            by_surname.setdefault(fold(words[-1]), []).append(person)
    for a, b in spans:
        for m in _TITLED.finditer(text, a, b):
            post = posts.get(fold(m["post"]))
            matched = by_surname.get(fold(m["surname"]), [])
            if post is None or len(matched) != 1:
                continue
            person = matched[0]
            if post[0] not in person.roles:
                person.roles.append(post[0])
            if m["surname"] not in person.mentions:
                person.mentions.append(m["surname"])
