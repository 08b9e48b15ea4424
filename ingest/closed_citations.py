"""A legal basis for secrecy cited in an item's title closes the item.

Danish minutes mark a closed item by the paragraph that exempts it from publicity, often with no other word:
"Pkt. 5. Ansøgning om fritagelse for kontingent (offl. § 30, nr. 1)", "Personalesag – jf. forvaltningslovens
§ 27", "Klage (§ 30 i offentlighedsloven)". The laws and their exempting paragraphs are data
(`data/lexicon/exempting_laws.tsv`). A citation counts only where a title gives it as the item's basis: in
brackets, after "jf."/"i henhold til"/"i medfør af", or after a dash, colon or comma. A title that discusses the
law ("Orientering om ny offentlighedslov", "Orientering om offentlighedslovens § 30") stays open, and so does a
paragraph that exempts nothing ("Aktindsigt efter offentlighedslovens § 7").
"""
from __future__ import annotations

import functools
import re

from ingest.lexicon import fold, rows

# what introduces a citation as the item's basis: a bracket, "jf."/"i henhold til"/"i medfør af", a dash, colon or comma
_INTRODUCED = r"(?:[(\[]|(?:jf|jfr|cf|iht)\.?|jævnfør|i henhold til|i medfør af|[–—:,;]|\s-)\s*"


def _paragraphs(n: int) -> str:
    """Paragraph numbers after "§"/"§§" ("30", "30 og 31", "30-31", "30, 31"), in groups p{n} (the first) and r{n}."""
    return rf"§§?\s*(?P<p{n}>\d{{1,3}})(?P<r{n}>(?:\s*(?:,|og|-|–|samt)\s*\d{{1,3}}(?![\d.]))*)"


@functools.lru_cache(maxsize=1)
def _laws() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """(a citation of a listed law, introduced as a basis; folded law name -> its exempting paragraphs)."""
    laws: dict[str, frozenset[int]] = {}
    for name, paragraphs in rows("exempting_laws.tsv"):
        laws[fold(name)] = frozenset(n for part in paragraphs.split(",") for n in _span(part))
    names = "|".join(re.escape(n) for n in sorted(laws, key=len, reverse=True))
    # "offl. § 30", "offentlighedslovens § 33", or "§ 30, nr. 1, i offentlighedsloven"
    pattern = re.compile(rf"{_INTRODUCED}(?:(?<!\w)(?P<law1>{names})(?:s|ens)?\.?\s*,?\s*{_paragraphs(1)}"
                         rf"|{_paragraphs(2)}[^§()]{{0,40}}?\bi\s+(?P<law2>{names})(?!\w))")
    return pattern, laws


def _span(part: str) -> range:
    low, _, high = part.strip().partition("-")
    return range(int(low), int(high or low) + 1)


def cites_exemption(title: str) -> bool:
    """Whether a title gives an exempting paragraph of a listed law as its basis.

    >>> cites_exemption("Ansøgning om fritagelse (offl. § 30, nr. 1)"), cites_exemption("Orientering om offl. § 30")
    (True, False)
    """
    if "§" not in title:  # cheap test first: nearly every title cites no paragraph
        return False
    pattern, laws = _laws()
    folded = fold(title)
    for m in pattern.finditer(folded):
        n = 1 if m.group("law1") else 2
        # "§§ 30-31" and "§§ 19-35": a number at either end of a range that exempts is enough
        if any(int(p) in laws[m.group(f"law{n}")] for p in [m.group(f"p{n}"), *re.findall(r"\d+", m.group(f"r{n}"))]):
            return True
    return False
