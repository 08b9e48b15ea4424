"""Fuzzing the pure stages (read → segment → extract → link → build) with generated minutes.

Two kinds of input: minute-like text assembled from the fragments real minutes are made of
(headings, "Pkt. 1", dates, names with organisations and roles, tabs, HTML tags, closed items)
mixed with random unicode, and arbitrary text. Invariants: no exception; every evidence span
quotes the document text exactly; nothing written inside a closed item reaches the facts.

Two hypothesis profiles: `fuzz-quick` (40 examples per test, 200 in all: the normal suite) and `fuzz` (10,000
examples per test, `make fuzz`, i.e. `FUZZ_PROFILE=fuzz pytest tests/ingest/test_fuzz.py`).
An example that runs longer than the deadline (5 s) counts as a hang and fails the test.
"""
from __future__ import annotations

import json
import os
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.build import build_batch
from graph.store import check_batch
from ingest.closed import closed_title, is_marker_cell
from ingest.facts_json import facts_to_json
from ingest.link import Known, link
from ingest.model import Evidence, Facts
from tests.ingest.text_facts import facts_of

HANG = timedelta(seconds=5)
settings.register_profile(
    "fuzz-quick", max_examples=40, deadline=HANG, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=10_000, deadline=HANG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile(os.environ.get("FUZZ_PROFILE", "fuzz-quick"))

# A name that can only come from a closed item: if it shows up in the facts, a closed item leaked.
SECRET = "Zyxwvutsen Qqq"

_NAMES = ["Gitte Kjær", "Søren Ærø", "Nada Naanaah", "Anne Mette Meimann", "Lotte Hassing", "Eva N",
          "Thorkild Damsgaard Olsen", "Ruth", "Bo Ek", "Ole Hansen-Østergaard", "Line Pinstrup", "Mø"]
_ORGS = ["Røde Kors", "Venligboerne i Rudersdal", "Dansk Flygtningehjælp", "Frivilligcenter Rudersdal",
         "Integrationsrådet", "Rudersdal Kommune", "Kalundborg Kulturforening", "LyngbyGuiderne"]
_HEADINGS = ["Deltagere:", "Afbud:", "Fraværende:", "Referent:", "Tilstede:", "Sekretariatet:",
             "Gæster:", "Mødedato:", "Dato:", "Mødested:", "Sted:", "Dagsorden", "Referat", "Netværket:",
             "Lukket punkt", "Lukkede dagsordenspunkter", "Åbne dagsordenspunkter", "Fortroligt"]
_DATES = ["7. september 2017", "27.02.2018", "2018-02-27", "torsdag d. 7. juni 2018 kl. 16:00",
          "28/2 2019", "31. februar 2019", "1. maj", "kl. 16.30-18.00", "0.0.0000"]
_ITEMS = ["Pkt. {n}", "Punkt {n}:", "{n}. Godkendelse af dagsorden", "Ad {n})", "16.{n}0 - 17.00: Orientering",
          "Dagsordenspunkt {n}", "{n}) Eventuelt"]
_WORDS = ["formand", "næstformand", "(ref.)", "(dir.)", "v/", "fra", "tovholder", "bevilget 80.000 kr. til",
          "i samarbejde med", "projekt", "og", ",", " – ", ";", "kommunen", "Kommunalbestyrelsen",
          "(Suppleant)", "**", "[link](http://x.dk)", "&amp;", "&", "<", ">", "|", "•", "-"]
_TAGS = ["<p>", "</p>", "<br>", "<td>", "</td>", "<tr>", "</tr>", "<table>", "</table>", "<i>", "</i>",
         "<li>", "<ul>", "</ul>", "<script>", "</script>", "<!--", "-->", "<div>", "</div>", "<h2>", "</h2>"]
_SEPARATORS = [" ", "\t", ", ", " – ", "\n", "\t\t", "  ", "\r\n", "\u00a0", "\u200b"]


def _item(n: int) -> st.SearchStrategy[str]:
    return st.sampled_from(_ITEMS).map(lambda pattern: pattern.format(n=n))


_fragment = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_ORGS),
    st.sampled_from(_HEADINGS),
    st.sampled_from(_DATES),
    st.sampled_from(_WORDS),
    st.sampled_from(_TAGS),
    st.integers(0, 12).flatmap(_item),
    st.builds(lambda a, b: f"{a}, {b}", st.sampled_from(_NAMES), st.sampled_from(_ORGS)),
    st.text(max_size=8),
)
_line = st.lists(st.tuples(_fragment, st.sampled_from(_SEPARATORS)), max_size=8).map(
    lambda parts: "".join(f + s for f, s in parts)
)

# A closed item in each of the segmenter's styles; its text names SECRET.
_CLOSED = [
    "Pkt. {n} Personalesag\nLukket punkt\n" + SECRET + " blev drøftet.",
    "Pkt. {n} (Lukket) Personalesag vedr. " + SECRET + "\n" + SECRET + ", formand",
    "Lukkede dagsordenspunkter\nPkt. {n} Ansættelse\nDeltagere: " + SECRET,
]


@st.composite
def minutes_text(draw: st.DrawFn, line: st.SearchStrategy[str] = _line) -> tuple[str, int]:
    """Header lines, then items "Pkt. 1".."Pkt. n" (some closed) with body lines; and the number closed."""
    lines = draw(st.lists(line, max_size=8))
    items = draw(st.sampled_from([0, 2, 3, 4, 5]))  # a lone "Pkt. 1" is no agenda: items need a run
    closed = draw(st.sets(st.integers(1, max(1, items)), max_size=2)) if items else set()
    for n in range(1, items + 1):
        if n in closed:
            lines += draw(st.sampled_from(_CLOSED)).format(n=n).split("\n")
            if n < items:  # a closed section runs until an open-section heading
                lines.append("Åbne dagsordenspunkter")
        else:
            lines.append(f"Pkt. {n} " + draw(line))
            lines += draw(st.lists(line, max_size=4))
    return "\n".join(lines), len(closed)


# Lines that cannot be taken for an agenda item or a closed/open heading, so the generated items
# are exactly the document's items (the closed-item invariant depends on it).
# Random text may spell a closed marker ("FORTR" beside a tab is the margin note "fortr."; "LUKET" a
# misspelt stamp): the extractor rightly closes its item, so such text is no plain line.
_plain_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Nd")), max_size=8).filter(
    lambda t: not (closed_title(t) or is_marker_cell(t)))
_plain_fragment = st.one_of(
    st.sampled_from(_NAMES), st.sampled_from(_ORGS), st.sampled_from(_HEADINGS[:12]),
    st.sampled_from([w for w in _WORDS if not set(w) & set("<>&|*")]), _plain_text,
    st.builds(lambda a, b: f"{a}, {b}", st.sampled_from(_NAMES), st.sampled_from(_ORGS)),
)
_plain_line = st.lists(st.tuples(_plain_fragment, st.sampled_from([" ", "\t", ", ", " – "])),
                       max_size=8).map(lambda parts: "".join(f + s for f, s in parts))


def _as(text: str, fmt: str) -> str:
    """Minutes lines as the format writes them (HTML collapses bare line breaks)."""
    if fmt != "html":
        return text
    return "".join(f"<p>{line.replace('&', '&amp;').replace('<', '&lt;')}</p>\n" for line in text.split("\n"))


def _evidence(facts: Facts) -> list[Evidence]:
    found = [e for p in facts.persons for e in p.evidence]
    found += [e for o in facts.organisations for e in o.evidence]
    found += [e for i in facts.initiatives for e in i.evidence]
    found += [g.evidence for g in facts.grants if g.evidence]
    found += [c.evidence for c in facts.collaborations if c.evidence]
    return found + ([facts.meeting.evidence] if facts.meeting.evidence else [])


def _check(facts: Facts) -> None:
    text = facts.document.text
    for e in _evidence(facts):
        assert 0 <= e.start <= e.end <= len(text), e
        assert text[e.start:e.end] == e.quote, e
    batch = build_batch(facts)
    check_batch(batch)
    for rel in batch.relationships:
        props = rel.properties
        assert 0 <= props["start"] <= props["end"] <= len(text), rel


def _pipeline(text: str, fmt: str) -> Facts:
    facts = facts_of(text, f"fuzz.{fmt}")
    _check(facts)
    return facts


def _no_secret(facts: Facts) -> None:
    dumped = json.dumps(facts_to_json(facts), ensure_ascii=False)
    assert "Zyxwvutsen" not in dumped
    assert all("Zyxwvutsen" not in e.quote for e in _evidence(facts))
    assert all("Zyxwvutsen" not in str(rel.properties) for rel in build_batch(facts).relationships)


@PROFILE
@given(minutes_text(), st.sampled_from(["txt", "md", "html"]))
def test_minute_like_text(minutes, fmt):
    _pipeline(minutes[0], fmt)


@PROFILE
@given(minutes_text(_plain_line), st.sampled_from(["txt", "md", "html"]))
def test_closed_items_never_reach_the_facts(minutes, fmt):
    text, closed = minutes
    facts = _pipeline(_as(text, fmt), fmt)
    assert facts.closed_items == closed
    _no_secret(facts)


@PROFILE
@given(st.text(), st.sampled_from(["txt", "md", "html", "pdf", "docx"]))
def test_arbitrary_text(text, fmt):
    _pipeline(text, fmt)


@PROFILE
@given(st.lists(_fragment, max_size=60).map("".join), st.sampled_from(["txt", "html"]))
def test_fragment_soup(text, fmt):
    _pipeline(text, fmt)


@PROFILE
@given(st.lists(minutes_text(), min_size=1, max_size=3), st.lists(
    st.tuples(st.sampled_from(["", "Rudersdal", "Kalundborg"]), st.sampled_from(_NAMES)), max_size=4))
def test_link_across_documents(documents, known_persons):
    facts = [_pipeline(text, "txt") for text, _ in documents]
    linked = link(facts, Known(persons=tuple(known_persons)))
    assert len(linked.facts) == len(facts)
    for original, result in zip(facts, linked.facts):
        assert result.document == original.document
        _check(result)
