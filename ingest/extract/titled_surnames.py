"""A board post before a surname alone ("Formand Jensen bød velkommen"): the one listed person of that surname.

Minutes written formally name a member by post and surname after listing them in full ("Bjarne Jensen
(forummets formand, …)"). The post is a word of `data/lexicon/board_posts.tsv`; the surname is the last
word of exactly one person's full name in the document (two Jensens: neither), so the person gets the
post's role and the surname as a mention.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from ingest.extract.lowered import lowered
from ingest.extract.people import Person
from ingest.lexicon import fold, load

_TITLED = re.compile(r"\b(?P<post>[A-ZÆØÅa-zæøå]+)\s+(?P<surname>[A-ZÆØÅ][\w\-]+)\b(?!\s+[A-ZÆØÅ])")
_PLAIN_POST = re.compile(r"[a-zæø]+")  # a post `fold` leaves as the lower case of its every writing
_LETTERS = re.compile(r"[a-zæøå]+")  # what `fold` makes of a `_TITLED` post


def apply_titled_surnames(persons: list[Person], text: str, spans: list[tuple[int, int]]) -> None:
    """Give the post and the mention of each "Post Surname" in the open spans to the one person of that surname."""
    posts = load().board_posts
    by_surname: dict[str, list[Person]] = {}
    for person in persons:
        words = person.name.split()
        if len(words) > 1:
            by_surname.setdefault(fold(words[-1]), []).append(person)
    if not any(len(matched) == 1 for matched in by_surname.values()):
        return  # cheap test first: every "Post Surname" needs the one person of that surname
    for m in _titled(text, spans):
        post = posts.get(fold(m["post"]))
        matched = by_surname.get(fold(m["surname"]), [])
        if post is None or len(matched) != 1:
            continue
        person = matched[0]
        if post[0] not in person.roles:
            person.roles.append(post[0])
        if m["surname"] not in person.mentions:
            person.mentions.append(m["surname"])


def _titled(text: str, spans: list[tuple[int, int]]) -> Iterable[re.Match[str]]:
    r"""`_TITLED.finditer(text, a, b)` for each span in turn, less matches whose post is no board post, found
    from where a post's word stands in the lower-cased text, not by trying the pattern at every word.

    A post is a whole run of letters and folds to a listed post; one that folds to a post without "å"
    is that post in lower case (fold makes "aa" "å"), so it stands in `lowered(text)` where its match
    starts. No match finditer finds overlaps the start of another: a match's surname cannot run into
    the next post (it would be followed by a capitalised surname, which `(?!\s+[A-ZÆØÅ])` refuses, and
    it cannot end inside a run of letters at a "\b"), so each match at a found start is one finditer finds.
    """
    words, low = _post_words(), lowered(text)
    if words is None or low is None:  # a post with "å" ("aa" folds to it) or a text lower() would shift
        return [m for a, b in spans for m in _TITLED.finditer(text, a, b)]
    starts = set()  # looked up once from the first span to the last; each span takes those inside it
    lo, hi = min((a for a, _ in spans), default=0), max((b for _, b in spans), default=0)
    for word in words:
        at = low.find(word, lo, hi)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1, hi)
    ordered = sorted(starts)
    found = []
    for a, b in spans:
        for at in ordered[bisect.bisect_left(ordered, a) : bisect.bisect_left(ordered, b)]:
            if (m := _TITLED.match(text, at, b)) is not None:
                found.append(m)
    return found


@functools.lru_cache(maxsize=1)
def _post_words() -> tuple[str, ...] | None:
    """The board posts a `_TITLED` post may fold to, without one that another starts with (its places are
    among that one's); None when one holds "å"."""
    words = [w for w in load().board_posts if _LETTERS.fullmatch(w)]
    if not all(_PLAIN_POST.fullmatch(w) for w in words):
        return None
    return tuple(w for w in words if not any(w != v and w.startswith(v) for v in words))
