"""Adjectives inside an initiative's topic: "temadag om usynlige handicap", "Puljen til frivilligt
socialt arbejde". A topic read as one word after "om"/"til" stops at the adjective and clips the name
("temadag om usynlige"); the noun the adjectives describe belongs to it.
"""
from __future__ import annotations

import re

# endings of adjectives before a noun ("usynlige", "frivilligt", "socialt", "psykiske", "kulturelle")
_ADJECTIVE_ENDS = ("ige", "igt", "iske", "isk", "alt", "ale", "elt", "elle")
_NEXT_WORD = re.compile(r"[ \t]+([a-zæøå][\w\-]+)")
_NOT_NOUNS = frozenset(("og", "eller", "i", "på", "til", "for", "med", "om", "at", "der", "som", "er", "var", "blev"))
_MAX_ADJECTIVES = 3


def past_adjectives(chunk: str, end: int) -> int:
    """Where a topic that ends at `end` ends, when its last words are adjectives of a noun after them.

    >>> text = "Puljen til frivilligt socialt arbejde i 2023"
    >>> text[: past_adjectives(text, len("Puljen til frivilligt"))]
    'Puljen til frivilligt socialt arbejde'
    >>> past_adjectives("temadag om ensomhed og trivsel", len("temadag om ensomhed"))
    19
    """
    for _ in range(_MAX_ADJECTIVES):
        if not chunk[max(0, end - 5) : end].endswith(_ADJECTIVE_ENDS):
            break
        following = _NEXT_WORD.match(chunk, end)
        if following is None or following.group(1) in _NOT_NOUNS:
            break
        end = following.end()
    return end
