"""Sentences about closed parts that the item-body rules of `ingest/closed.py` read beside its marker phrases.

- A note that an item's content is withheld for the persons' sake ("[Sagsfremstilling og beslutning udeladt af
  hensyn til tavshedspligt]", "Af diskretionshensyn er referatet ikke gengivet") closes the item.
- A closing phrase followed by an item's number ("Dog rettes i lukket punkt 3 stavningen af …") names another item,
  maybe of earlier minutes, not the one it stands in; the sentence goes (`ingest/closed_references.py`), the item
  stays.
- A question about when something is closed ("… og hvornår en sag efter reglerne skal behandles som et lukket
  punkt", from an open talk on confidentiality) closes nothing: the closing phrase in it is asked about, not said.
"""
from __future__ import annotations

import re

# a note that the item's content is withheld (folded text)
_WITHHELD_VERB = r"(?:udelad\w*|undtag\w*|ikke\s+(?:gengiv\w*|medtag\w*|refere\w*|offentliggj\w*|offentliggør\w*)|fjernet|slettet)"
_WITHHELD_REASON = r"(?:tavshedspligt\w*|personhensyn|diskretion\w*|persondata\w*|personoplysning\w*|fortrolighed\w*)"
_WITHHELD = re.compile(rf"\b{_WITHHELD_VERB}\b.{{0,80}}?\b{_WITHHELD_REASON}|\b{_WITHHELD_REASON}.{{0,80}}?\b{_WITHHELD_VERB}\b")
WITHHELD_CLUES = ("tavshed", "personhensyn", "diskretion", "persondata", "personoplys", "fortrolighed")
WITHHELD_CLUE = re.compile("|".join(map(re.escape, WITHHELD_CLUES)))


def has_withheld_clue(folded: str) -> bool:
    """Whether folded text holds a clue of a withheld note (`WITHHELD_CLUE`): over a whole item's text `str.find`
    for each clue is faster than the pattern."""
    return any(map(folded.__contains__, WITHHELD_CLUES))


def withheld(folded: str) -> bool:
    """Whether a folded line says the content is left out for the persons' sake (not "af pladshensyn")."""
    return WITHHELD_CLUE.search(folded) is not None and _WITHHELD.search(folded) is not None


# "hvornår" or "hvorvidt" earlier in the same sentence (folded text before a closing phrase)
_ASKING = re.compile(r"\b(?:hvornår|hvorvidt)\b[^.!?:]*$")


def asks_when(before: str) -> bool:
    """Whether the folded text before a closing phrase asks when or whether something is closed.

    >>> asks_when("oplæg om tavshedspligt: hvornår en sag efter reglerne skal behandles som et "), asks_when("punktet ")
    (True, False)
    """
    return ("hvor" in before) and _ASKING.search(before) is not None


# a closing phrase that ends in the word for an item, then a number: "lukket punkt 3", "lukket pkt. 4", "lukket sag 2"
_ITEM_WORD = re.compile(r"(?:punkt|pkt\.?|sag)$")
_NUMBER_AFTER = re.compile(r"\s*(?:nr\.?\s*)?\d")


def names_another_item(phrase: str, after: str) -> bool:
    """Whether a folded closing phrase and the text after it name an item by number ("lukket punkt 3 …"), not
    "sekretess enligt 23 kap.".

    >>> names_another_item("lukket punkt", " 3 stavningen"), names_another_item("sekretess enligt", " 23 kap.")
    (True, False)
    """
    return _ITEM_WORD.search(phrase) is not None and _NUMBER_AFTER.match(after) is not None
