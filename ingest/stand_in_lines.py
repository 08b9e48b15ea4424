"""Header lines that name a deputy who came in a member's place, written before the deputy.

"Mødt for Karen Holm: Ib Lund (1. suppleant)" labels the deputy by the member they replace, and
"Som suppleant for Karen Holm deltog Ib Lund (Vestby Roklub)." says it in a sentence. Read as a list
label, the member's name became an organisation ("Mødt for Karen Holm") and the deputy no deputy;
the sentence was no list line at all. Both list the people after them as deputies who came
(`STAND_IN_HEADING`, a heading of `data/lexicon/headings.tsv`: present, role "suppleant").
"""
from __future__ import annotations

import re

from ingest.lexicon import fold

STAND_IN_HEADING = "Fremmødte suppleanter"

# "Mødt for Karen Holm: Ib Lund", "Deltog i stedet for Karen Holm: Ib Lund"
_LABELLED = re.compile(r"^\s*(?:fremmødt|mødt|mødte|deltog|deltager)\s+(?:i\s+stedet\s+)?for\s+[^:\n]{2,60}?\s*:\s*(?P<rest>\S.*)$",
                       re.I)
# "Som suppleant for Karen Holm deltog Ib Lund (Vestby Roklub).", "Stedfortræder for Karen Holm mødte Ib Lund."
_SENTENCE = re.compile(r"^\s*(?:som\s+)?(?:\d\.\s*)?(?:suppleant|stedfortræder)\s+for\s+[^:\n]{2,60}?\s+"
                       r"(?:deltog|mødte|sad)\s+(?P<rest>[A-ZÆØÅ][^\n]*?)\.?\s*$", re.I)


def stand_in_deputies(text: str) -> str | None:
    """The list of deputies a stand-in line names, as written after its label, or None.

    >>> stand_in_deputies("Mødt for Karen Holm: Ib Lund (1. suppleant)")
    'Ib Lund (1. suppleant)'
    >>> stand_in_deputies("Som suppleant for Karen Holm deltog Ib Lund (Vestby Roklub).")
    'Ib Lund (Vestby Roklub)'
    """
    if " for " not in text:  # cheap test first: most lines name no one's place
        return None
    folded = fold(text)
    if "mødt" not in folded and "deltog" not in folded and "deltager" not in folded and "sad " not in folded:
        return None
    m = _LABELLED.match(text) or _SENTENCE.match(text)
    return m.group("rest").strip() if m else None
