"""Quoted text read as the text it quotes: a reply's "> " lines, a Markdown block quote.

Minutes forwarded or answered by mail arrive with every line quoted ("> Til stede: Henning Holm …"),
sometimes with the replier's notes at a deeper level (">>> Hanne hedder Kjærsgaard"); a Markdown page
sets an item's text in a block quote. The marks are layout, not text: a list of people broken over
quoted lines is one list. So, in a text with a run of three or more quoted lines, the marks are taken
off every quoted line, whatever its depth.
"""
from __future__ import annotations

import re

_QUOTED = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_RUN = re.compile(r"(?:^[ \t]{0,3}>.*\n){3}", re.M)  # three quoted lines in a row


def unquoted(text: str) -> str:
    """The text with the quote marks of its quoted lines taken off, when it quotes three lines in a row.

    >>> unquoted("Hej\\n> Til stede: Ib Holm,\\n> Ane Dal\\n>\\n>>> Ane hedder Dahl\\n")
    'Hej\\nTil stede: Ib Holm,\\nAne Dal\\n\\nAne hedder Dahl\\n'
    """
    if ">" not in text or not _RUN.search(text):
        return text
    return _QUOTED.sub("", text)
