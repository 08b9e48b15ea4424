"""When two names found in one document are one initiative, and when a group's name goes on with its task.

"Cykelværkstedet" and "Cykelværkstedet på Lykkens Gave" are one initiative (the fuller name is kept);
"arbejdsgruppen for mobildækning" and "arbejdsgruppen om tilgængelighed" are two. A working group is named by
its task after "for" or "om", unless what follows is a determiner ("styregruppen for den nye …").
"""
from __future__ import annotations

# words after "for"/"om" that name no task: determiners, pronouns, quantifiers ("styregruppen for den nye …")
_NO_TASK = frozenset("den det de denne dette disse mange alle hele flere andre nogle sig selv hinanden os dem "
                     "jer resten begge".split())


def task_noun(word: str) -> bool:
    """Whether the word after "Arbejdsgruppen for" may be the group's task ("mobildækning", "handleplanen")."""
    return len(word) >= 5 and word not in _NO_TASK


def head_noun(key: str) -> str:
    """The noun an initiative's name starts with, past "ny", "den", adjectives ending in -e."""
    words = key.split()
    while len(words) > 1 and (words[0] in ("ny", "nye", "den", "det", "en", "et") or words[0].endswith("e")):
        words = words[1:]
    return words[0] if words else key


def _tail(key: str) -> frozenset[str]:
    """The words of a name after its head noun ("for", "mobildækning" of "arbejdsgruppen for mobildækning")."""
    words = key.split()
    return frozenset(words[words.index(head_noun(key)) + 1:])


def one_tail(a: str, b: str) -> bool:
    """Whether two names with the same head may be one initiative: one says no more than the other
    ("cykelværkstedet", "cykelværkstedet på Lykkens Gave"), not two tasks ("arbejdsgruppen for X", "… om Y")."""
    tail_a, tail_b = _tail(a), _tail(b)
    return tail_a <= tail_b or tail_b <= tail_a
