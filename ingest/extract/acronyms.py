"""Acronyms a document defines in brackets after a name ("Frivilligcenter Sorø (FCS)"), kept as the name's mentions.

Minutes define an acronym once and then use it alone ("FCS står for stande og lyd"). An acronym in
brackets right after an organisation's name, whose letters stand in the name in order and start with its
first letter (F–C–S in "Frivilligcenter Sorø", V–I–S in "Venskabsbesøg i Sorø"), becomes a mention of
that organisation, so the later uses resolve to it as any mention does.
"""
from __future__ import annotations

import re

from ingest.extract.organisations import Organisation
from ingest.lexicon import fold

_BRACKETED = re.compile(r"\(([A-ZÆØÅ]{2,6})\)")


def _name_end(text: str, at: int) -> int:
    """Where a name before the bracket at `at` ends: before the spaces between them."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _stands_for(acronym: str, name: str) -> bool:
    """Whether the acronym's letters stand in `name` in order, the first one first.

    >>> _stands_for("FCS", "Frivilligcenter Sorø"), _stands_for("VIS", "Venskabsbesøg i Sorø"), _stands_for("DH", "Sorø")
    (True, True, False)
    """
    folded, pos = fold(name), 0
    letters = fold(acronym)
    if not folded.startswith(letters[0]):
        return False
    for letter in letters:
        pos = folded.find(letter, pos) + 1
        if not pos:
            return False
    return True


def with_acronyms(orgs: list[Organisation], text: str) -> None:
    """Add to each organisation the acronyms the text defines in brackets right after its name or a mention."""
    # the definitions, found in one scan of the text (not one scan per name): "(FCS)", and where it starts, which is
    # where a name defined by it ends
    defined = [(_name_end(text, m.start()), m.group(1)) for m in _BRACKETED.finditer(text)] if "(" in text else []
    if not defined:
        return
    for org in orgs:
        for form in dict.fromkeys((org.name, *org.mentions)):
            if len(form.split()) < 2 and not form[:1].isupper():
                continue
            for at, acronym in defined:
                if (text.endswith(form, 0, at) and acronym not in org.mentions and acronym != org.name
                        and _stands_for(acronym, form)):
                    org.mentions.append(acronym)
