"""Privacy round 20 (branch priv20a): a legal basis for secrecy cited in an item's title, a Markdown file's HTML
comment, a Pandoc/Quarto fenced div hidden from the published page.

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


@pytest.mark.parametrize("comment", [
    f"<!--\n## 2. Klage\n\n{SECRET} klager.\n-->",
    f"<!-- ## 2. Klage: {SECRET} klager -->",
    f"  <!-- skjult: {SECRET}\n\nmere tekst -->",
])
def test_a_markdown_comment_is_never_read(comment: str) -> None:
    body = (f"## 1. Fastelavn\n\nDer er nu lukket for tilmelding. {OPEN} køber slik.\n\n{comment}\n\n"
            f"## 3. Eventuelt\n\n{OPEN} foreslog en rengøringsdag.\n")
    for name in ("m.md", "m.txt"):
        m = minutes(body, name)
        assert SECRET not in m.text and OPEN in m.text and "-->" not in m.text


def test_an_unclosed_markdown_comment_hides_the_rest_as_a_browser_does() -> None:
    m = minutes(f"## 1. Fastelavn\n\n{OPEN} køber slik.\n\n<!--\n## 2. Klage\n\n{SECRET} klager.\n", "m.md")
    assert SECRET not in m.text and OPEN in m.text


@pytest.mark.parametrize("opener", [
    '::: {.content-hidden when-profile="web"}',
    ':::: {.content-visible when-format="pdf"}',
    '::: {.content-visible unless-format="html"}',
    '::: {.content-hidden}',
    '::: {.content-visible unless-profile="web"}',
    '::: {#lukket .hidden}',
    '::: hidden',
    "::: {.content-hidden when-format='html'}",
    '::: {.notat style="display: none"}',
])
def test_a_fenced_div_hidden_from_the_published_page_is_never_read(opener: str) -> None:
    fence = opener.split()[0]
    body = (f"## 1. Sankthans\n\n{OPEN} står for bålet.\n\n{opener}\n## 2. Henvendelse\n\n{SECRET} skylder leje.\n\n"
            f"::: {{.callout-note}}\nEn note om {SECRET}.\n:::\n{fence}\n\n## 3. Eventuelt\n\n{OPEN} spurgte til juletræet.\n")
    m = minutes(body, "m.md")
    assert SECRET not in m.text and OPEN in m.text and "3" in [i.number for i in m.items]


@pytest.mark.parametrize("opener", [
    '::: {.content-visible when-format="html"}',
    '::: {.content-hidden when-format="pdf"}',
    '::: {.callout-note}',
    '::: {.content-visible unless-format="pdf"}',
])
def test_a_fenced_div_shown_on_the_published_page_stays(opener: str) -> None:
    m = minutes(f"## 1. Sankthans\n\n{opener}\n{OPEN} står for bålet. Klubhuset lukker i sommerferien.\n:::\n\n"
                "## 2. Eventuelt\n\nIntet.\n", "m.md")
    assert OPEN in m.text and ":::" not in m.text


@pytest.mark.parametrize("opener", ['::: {.callout-warning title="Lukket punkt"}', '::: warning Lukket punkt'])
def test_a_call_out_titled_closed_closes_its_text(opener: str) -> None:
    """(A call-out titled "Lukket punkt" in an item's first lines closes the item.)"""
    m = minutes(f"## 1. Sankthans\n\n{OPEN} står for bålet.\n\n{opener}\n{SECRET} skylder leje.\n:::\n\n"
                f"## 2. Eventuelt\n\n{OPEN} spurgte til juletræet.\n", "m.md")
    assert SECRET not in m.text and OPEN in m.text
