"""What kind of thing a part after a name is, when it is no organisation or is more than one.

"Marianne Kofoed (Erhverv/Turisme)": fields of interest a member speaks for; "Idræt: Bo Holt (Ydby IF)": a theme
the people of a list are grouped by; "Bibliotekschef" in a table's cell: a job title written with a capital;
"Center for Voksne – referent": where someone works, then their role. Read by `descriptors.parse_descriptor` and
`participants`; the words are data (`data/lexicon/interest_fields.txt`, the roles and job titles).
"""
from __future__ import annotations

import re

from ingest.lexicon import fold, load

_THEME_WORDS = re.compile(r"[\s,/&]+")
_ROLE_AFTER_DASH = re.compile(r"^(.+?)\s+[–-]\s+([a-zæøå]+)$")


def then_role(part: str) -> list[str]:
    """A part that names where someone works, then their role after a dash, as two parts.

    >>> then_role("Center for Voksne – referent"), then_role("Ydby IF – fodbold")
    (['Center for Voksne', 'referent'], ['Ydby IF – fodbold'])
    """
    m = _ROLE_AFTER_DASH.match(part) if " – " in part or " - " in part else None
    return [m.group(1), m.group(2)] if m and fold(m.group(2)) in load().roles else [part]


def interest_field(part: str) -> bool:
    """Whether a descriptor names fields a member speaks for, not an organisation: two or more of
    data/lexicon/interest_fields.txt joined by "/" (a lone "Kultur" is a department in many minutes).

    >>> interest_field("Erhverv/Turisme"), interest_field("Kultur"), interest_field("DH/Gigtforeningen")
    (True, False, False)
    """
    fields = part.split("/")
    return len(fields) > 1 and all(fold(f).strip(" ().") in load().interest_fields for f in fields)


def labels_organisation(label: str, own: bool) -> bool:
    """Whether a label over people ("Ydby Kommune: Anna Holm") names the organisation they come from: not a part
    of the municipality ("Distrikt Nord:", data/lexicon/place_labels.txt), nor a theme the people are grouped
    by when they name their `own` organisations ("Idræt: Bo Holt (Ydby IF)", data/lexicon/interest_fields.txt).

    >>> labels_organisation("Natur og miljø", own=True), labels_organisation("Kultur", own=False)
    (False, True)
    """
    words = [fold(w) for w in _THEME_WORDS.split(label) if w and w.lower() != "og"]
    themed = own and all(w in load().interest_fields for w in words)
    return bool(words) and words[0] not in load().place_labels and not themed


def capitalised_title(word: str) -> bool:
    """Whether a capitalised word is a job title or a representative of a group ("Bibliotekschef",
    "Brugerrepræsentant"), not the name of an organisation ("Lejerbo").

    >>> capitalised_title("Bibliotekschef"), capitalised_title("Brugerrepræsentant"), capitalised_title("Lejerbo")
    (True, True, False)
    """
    key = fold(word)
    return (word[:1].isupper() and word[1:].islower() and key not in load().organisations
            and key.endswith((*load().job_titles, "repræsentant")))


_FOR_ITEM = re.compile(r"\b(?:punkt|pkt)\.?\s*\d", re.I)


def there_for_part(descriptors: list[str]) -> bool:
    """Whether notes after a listed name say the person came for part of the meeting, not as a member: an
    observer ("observatør"), or for an item ("(punkt 4)", "(under pkt. 2-3)")."""
    return any("observatør" in d or (("kt" in d or "KT" in d) and _FOR_ITEM.search(d)) for d in descriptors)  # "pkt"
