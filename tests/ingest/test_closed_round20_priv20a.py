"""Privacy round 20 (branch priv20a): a legal basis for secrecy cited in an item's title.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN.
"""
from __future__ import annotations

import pytest

from tests.ingest.closed_minutes import OPEN, SECRET, minutes


@pytest.mark.parametrize("title", [
    "Ansøgning om tilskud (offl. § 30, nr. 1)",
    "Personalesituationen – jf. offentlighedslovens § 33",
    "Henvendelse fra borger, jf. forvaltningslovens § 27",
    "Klage over nabo (Offentlighedsloven §§ 30 og 31)",
    "Klage over nabo (jf. § 30, nr. 1, i offentlighedsloven)",
])
def test_a_title_citing_an_exempting_paragraph_closes_the_item(title: str) -> None:
    m = minutes(f"1. Godkendelse af dagsorden\nGodkendt. {OPEN} deltog.\n\n2. {title}\n{SECRET} har søgt.\n\n"
                "3. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text


@pytest.mark.parametrize("title", [
    "Orientering om ny offentlighedslov",
    "Orientering om offentlighedslovens § 30",
    "Klubhuset lukker i sommerferien",
    "Ansøgning om tilskud (jf. lov om social service § 18)",
    "Aktindsigt efter offentlighedslovens § 7",
])
def test_a_title_that_discusses_the_law_stays_open(title: str) -> None:
    m = minutes(f"1. Godkendelse af dagsorden\nGodkendt.\n\n2. {title}\n{OPEN} orienterede.\n\n3. Eventuelt\nIntet.\n")
    assert OPEN in m.text
