"""A title in which "lukket" describes a thing is about something closed, not a closed item.

"3. Lukket Facebook-gruppe for afdelingen", "Lukket vej ved skolen": the item's own text names the thing as closed
again ("en lukket Facebook-gruppe", "lukkede Facebook-grupper"), which the text of a closed item does not do with
its marker. So with the thing before it, "Hvidebæk Skole lukket – hvad nu med bygningen?": the text says the
thing is closed ("Skolen har været lukket siden sommerferien"), where a closed item's text does not say its
title's noun "er lukket"; an item's own noun ("Personsag lukket", "Punktet er lukket") is never such a thing.
A marker before a title is a marker phrase ("Lukket punkt", "Lukket sag") or is followed by a separator
("Lukket: …", "Lukket – personsag"); neither is a description, and neither is touched here.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ingest.closed import closed_title
from ingest.lexicon import fold, load

# "lukket facebook-gruppe", "lukkede grupper" (folded text): the adjective and the word it describes
_DESCRIBED = re.compile(r"\blukke(?:t|de)\s+([^\W\d][\w-]{2,})")
# "skole lukket" (folded title): the thing, and "lukket" said of it
_PREDICATED = re.compile(r"\b([^\W\d][\w-]{2,})\s+lukket\b")
# the verb that says a thing is closed: "er lukket", "har været lukket", "blev lukket ned"
_IS_CLOSED = r"\s+(?:er|var|blev|bliver|forbliver|har\s+været|havde\s+været)\s+(?:\w+\s+)?lukket\b"


def describes_closed_thing(title: str, body: Sequence[str]) -> bool:
    """Whether a title's "lukket" describes a thing the item's text calls closed too (see the module docstring).

    >>> describes_closed_thing("Lukket Facebook-gruppe", ["Vi opretter en lukket Facebook-gruppe for beboerne."])
    True
    >>> describes_closed_thing("Lukket sag om husleje", ["Vi drøftede en lukket sag."])
    False
    """
    folded = fold(title)
    if "lukke" not in folded:
        return False
    if (p := _PREDICATED.search(folded)) and _said_closed(p, folded, body):
        return True
    if not (m := _DESCRIBED.search(folded)):
        return False
    lex = load()
    if f"lukket {m.group(1)}" in lex.closed_item_markers | lex.closed_section_markers:  # "lukket punkt", "lukket sag"
        return False
    if closed_title(folded[: m.start()] + folded[m.end():]):  # another marker in the title closes it anyway
        return False
    stem = m.group(1)[: max(4, len(m.group(1)) - 2)]  # "facebook-gruppe" and "facebook-grupper"
    return re.search(rf"\blukke(?:t|de)\s+{re.escape(stem)}", fold(" ".join(body))) is not None


@functools.lru_cache(maxsize=1)
def _item_nouns() -> frozenset[str]:
    """The nouns of the markers "lukket <noun>" ("punkt", "sag", "møde", …): what a closed item calls itself."""
    lex = load()
    return frozenset(marker.split()[1].rstrip(".") for marker in lex.closed_item_markers | lex.closed_section_markers
                     if marker.startswith("lukket "))


def _said_closed(m: re.Match[str], folded: str, body: Sequence[str]) -> bool:
    """Whether the thing before "lukket" in a folded title is one the item's text says is closed.

    >>> _said_closed(_PREDICATED.search("hvidebæk skole lukket – hvad nu?"), "hvidebæk skole lukket – hvad nu?",
    ...              ["Skolen har været lukket siden sommerferien."])
    True
    >>> _said_closed(_PREDICATED.search("personsag lukket"), "personsag lukket", ["Personsagen er lukket."])
    False
    """
    thing = m.group(1)
    if any(noun in thing for noun in _item_nouns()):  # "punktet", "sagen", "personsag": the closed item itself
        return False
    if closed_title(folded[: m.start()] + folded[m.end():]):  # another marker in the title closes it anyway
        return False
    stem = thing[: max(4, len(thing) - 2)]  # "skole" and "skolen"
    return re.search(rf"\b{re.escape(stem)}\w*{_IS_CLOSED}", fold(" ".join(body))) is not None
