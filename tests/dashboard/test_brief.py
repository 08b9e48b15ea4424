"""The onboarding brief as pure functions: built from frames, rendered as Markdown and HTML."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard.brief import build_brief, introduction, to_html, to_markdown
from dashboard.texts import TEXTS
from graph.analysis.initiatives import initiative_summary
from graph.frames import load_frames
from graph.search import ITEM_COLUMNS
from graph.store.embedded import EmbeddedStore
from graph import schema


def text(key: str, **values: object) -> str:
    """Danish texts without Streamlit."""
    found = TEXTS.get(key, (key,))[0]
    return found.format(**values) if values else found


def date(value: object) -> str:
    return pd.Timestamp(value).strftime("%d.%m.%Y")


@pytest.fixture(scope="module")
def rudersdal(ingested):
    with EmbeddedStore(Path(ingested)) as store:
        frames = load_frames(store)
        items = pd.DataFrame([{"id": n.id, "meeting_id": n.properties.get("meeting"),
                               "number": n.properties.get("number"),
                               "title": n.properties.get("title")}
                              for n in store.nodes(schema.AGENDA_ITEM)], columns=ITEM_COLUMNS)
    return build_brief(frames, items, initiative_summary(frames), "Rudersdal")


def test_the_window_is_the_last_twelve_months_of_the_data(rudersdal):
    assert rudersdal.last == pd.Timestamp("2019-02-28")
    assert rudersdal.since == pd.Timestamp("2018-02-28")
    assert rudersdal.documents == 2
    assert set(rudersdal.decisions["date"]) == {pd.Timestamp("2019-02-28")}  # 27.02.2018 is out
    assert list(rudersdal.decisions["number"]) == sorted(rudersdal.decisions["number"], key=int)


def test_who_is_who_lists_whom_people_represent_and_when_last_seen(rudersdal):
    people = rudersdal.people.set_index("name")
    assert people.loc["Lotte Hassing", "last_seen"] == pd.Timestamp("2018-02-27")
    assert "Rudersdal Frivilligcenter" in people.loc["Lotte Hassing", "represents"]
    assert rudersdal.people["last_seen"].is_monotonic_decreasing
    assert people.loc["Anne Mette Meimann", "meetings"] == 2


def test_organisations_come_with_contacts_and_initiatives_are_split(rudersdal):
    orgs = rudersdal.organisations.set_index("name")
    assert "Anne Mette Meimann" in orgs.loc["Integrationsnetværket i Rudersdal", "contacts"]
    active = rudersdal.initiatives[rudersdal.initiatives["active"]]
    assert "Koordinationsgruppen" in set(active["name"])
    assert not rudersdal.initiatives[~rudersdal.initiatives["active"]]["last"].ge(
        rudersdal.since).any()


def test_markdown_has_every_section_as_a_table(rudersdal):
    markdown = to_markdown(rudersdal, text, date)
    assert markdown.startswith("# Introduktion: Rudersdal\n")
    for heading in ("Hvem er hvem", "Organisationer og kontakter", "Aktive initiativer",
                    "Punkter og beslutninger de seneste 12 måneder"):
        assert f"\n## {heading}\n" in markdown
    assert "| Navn | Repræsenterer | Roller | Møder | Sidst set |" in markdown
    assert "| 28.02.2019 | Integrationsnetværk | 1 |" in markdown
    assert introduction(rudersdal, text, date) in markdown
    assert "nan" not in markdown.split()


def test_html_is_one_escaped_page(rudersdal):
    page = to_html(rudersdal, text, date)
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>")
    assert "<h1>Introduktion: Rudersdal</h1>" in page and "<script" not in page
    assert page.count("<table>") >= 4


def test_a_municipality_without_dates_or_rows(rudersdal):
    empty = rudersdal.__class__("X", None, None, None, 0, rudersdal.people.iloc[0:0],
                                rudersdal.organisations.iloc[0:0],
                                rudersdal.initiatives.iloc[0:0], rudersdal.decisions.iloc[0:0],
                                rudersdal.grants.iloc[0:0])
    markdown = to_markdown(empty, text, date)
    assert "Bygget på 0 referater uden dato." in markdown and "Intet i data." in markdown
    assert "<p>Intet i data.</p>" in to_html(empty, text, date)


def test_markdown_cells_keep_pipes_and_newlines_out(rudersdal):
    odd = rudersdal.decisions.head(1).assign(title="a | b\nc")
    changed = rudersdal.__class__(**{**rudersdal.__dict__, "decisions": odd})
    assert "| a \\| b c |" in to_markdown(changed, text, date)
