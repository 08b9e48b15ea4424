"""A title in which "lukket" describes the thing after it is about something closed, not a closed item.

"3. Lukket Facebook-gruppe for afdelingen", "Lukket vej ved skolen": the item's own text names the thing as closed
again ("en lukket Facebook-gruppe", "lukkede Facebook-grupper"), which the text of a closed item does not do with
its marker. A marker before a title is a marker phrase ("Lukket punkt", "Lukket sag") or is followed by a separator
("Lukket: …", "Lukket – personsag"); neither is a description, and neither is touched here.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.closed import closed_title
from ingest.lexicon import fold, load

# "lukket facebook-gruppe", "lukkede grupper" (folded text): the adjective and the word it describes
_DESCRIBED = re.compile(r"\blukke(?:t|de)\s+([^\W\d][\w-]{2,})")


def describes_closed_thing(title: str, body: Sequence[str]) -> bool:
    """Whether a title's "lukket" describes a thing the item's text calls closed too (see the module docstring).

    >>> describes_closed_thing("Lukket Facebook-gruppe", ["Vi opretter en lukket Facebook-gruppe for beboerne."])
    True
    >>> describes_closed_thing("Lukket sag om husleje", ["Vi drøftede en lukket sag."])
    False
    """
    folded = fold(title)
    if "lukke" not in folded or not (m := _DESCRIBED.search(folded)):
        return False
    lex = load()
    if f"lukket {m.group(1)}" in lex.closed_item_markers | lex.closed_section_markers:  # "lukket punkt", "lukket sag"
        return False
    if closed_title(folded[: m.start()] + folded[m.end():]):  # another marker in the title closes it anyway
        return False
    stem = m.group(1)[: max(4, len(m.group(1)) - 2)]  # "facebook-gruppe" and "facebook-grupper"
    return re.search(rf"\blukke(?:t|de)\s+{re.escape(stem)}", fold(" ".join(body))) is not None
