"""An initiative named by what the text says it is: "Foreningsguiden er et integrationsprojekt, som …".

Danish minutes introduce a project by its name and then its kind, "X er et projekt", "X er en ny
ordning"; the kind is a description, the capitalised subject before it is the name.
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

# the subject (one to four capitalised words, opening a line or a sentence), "er"/"var"/"bliver",
# the article and at most one adjective in -e or -t before the kind word
_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:]\s))((?:[A-ZÆØÅ][\w\-]*[ \t]+){1,4})(?:er|var|bliver)[ \t]+(?:et|en)[ \t]+"
    r"(?:[a-zæøå]+[et][ \t]+)?$"
)
# pronouns and determiners open sentences with a capital too: "Det er et projekt …"
_NO_NAMES = frozenset(("det", "dette", "den", "denne", "der", "her", "han", "hun", "vi", "de", "det nye",
                       "projektet", "tilbuddet", "puljen", "ordningen", "formålet", "ideen", "målet"))


def apposition_name(chunk: str, word_start: int) -> tuple[int, int] | None:
    """The span of the name that "X er et <word>" gives the kind word at `word_start`, or None."""
    m = _SUBJECT.search(chunk, max(0, word_start - 80), word_start)
    if m is None:
        return None
    name = m.group(1).strip()
    first = name.split()[0]
    if fold(name) in _NO_NAMES or fold(first) in _NO_NAMES or load().is_first_name(first):
        return None  # "Det er et projekt", "Karen er en ildsjæl"
    return m.start(1), m.start(1) + len(name)
