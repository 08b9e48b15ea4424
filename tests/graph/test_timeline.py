"""Snapshots, changes and membership periods on a hand-built graph in both stores, and on the samples.

Testby (present unless said):
    M1 2018-03-01 Forum: Ann, Bo, Cy
    M2 2018-06-01 Forum: Ann, Bo; Cy absent
    M3 2019-02-01 Forum: Ann, Dan; Bo unknown (named, so active, but in no tie)
    M6 2019-05-01 Råd:   Finn, Gry
    M4 2019-09-01 Forum: Dan, Eve
    M5 2020-01-15 Forum: Cy, Eve
By year (active = present or unknown; ties = present only):
    2018: persons {Ann, Bo, Cy} = 3; ties Ann–Bo, Ann–Cy, Bo–Cy = 3; density 3 / (3·2/2) = 1.0;
          1 component; newcomers 3 (a scope's first snapshot).
    2019: persons {Ann, Bo, Dan, Eve, Finn, Gry} = 6; present network {Ann, Dan, Eve, Finn, Gry}:
          ties Ann–Dan, Dan–Eve, Finn–Gry = 3, density 3 / (5·4/2) = 0.3, 2 components;
          stayed Ann, Bo; newcomers Dan, Eve, Finn, Gry; leaver Cy (last meeting M1: absent at
          M2); retention 2 / 3.
    2020: persons {Cy, Eve} = 2; tie Cy–Eve, density 1.0; stayed Eve; returner Cy (seen in 2018);
          leavers Ann (M3), Bo (M3), Dan (M4), Finn (M6), Gry (M6); retention 1 / 6.
By term: 2018–2021 holds all six meetings: 7 persons, no previous snapshot.
Forum memberships (ranks M1 0, M2 1, M3 2, M4 3, M5 4): Cy attended M1 and M5: held 5, missed
3, one gap M2–M4; Ann M1–M3: held 3, missed 0.
"""
from __future__ import annotations

import math

import pandas as pd
import pytest

from graph import ids
from graph.analysis.timeline import (attendance_gaps, changes, label_periods,
                                     membership_periods, snapshots)
from graph.errors import AnalysisError
from graph.frames import load_frames
from tests.graph.test_collaboration import TOWN, Minutes, pid, write

MEETINGS = (  # (body, date, [(name, status)])
    ("Forum", "2018-03-01", [("Ann", "present"), ("Bo", "present"), ("Cy", "present")]),
    ("Forum", "2018-06-01", [("Ann", "present"), ("Bo", "present"), ("Cy", "absent")]),
    ("Forum", "2019-02-01", [("Ann", "present"), ("Dan", "present"), ("Bo", "unknown")]),
    ("Råd", "2019-05-01", [("Finn", "present"), ("Gry", "present")]),
    ("Forum", "2019-09-01", [("Dan", "present"), ("Eve", "present")]),
    ("Forum", "2020-01-15", [("Cy", "present"), ("Eve", "present")]),
)
M1, M2, M3, M6, M4, M5 = (ids.meeting_id(body, TOWN, date) for body, date, _ in MEETINGS)


@pytest.fixture
def frames(store):
    minutes = []
    for n, (body, date, people) in enumerate(MEETINGS):
        one = Minutes(f"doc{n}.txt", body, date)
        for name, status in people:
            one.person(name, status)
        minutes.append(one)
    return write(store, *minutes)


def test_year_snapshots_by_hand(frames):
    snaps = snapshots(frames).set_index("period")
    assert snaps.index.tolist() == ["2018", "2019", "2020"]
    assert snaps["persons"].tolist() == [3, 6, 2]
    assert snaps["meetings"].tolist() == [2, 3, 1]
    assert snaps["ties"].tolist() == [3, 3, 1]
    assert snaps["density"].tolist() == pytest.approx([1.0, 0.3, 1.0])
    assert snaps["components"].tolist() == [1, 2, 1]
    assert snaps["newcomers"].tolist() == [3, 4, 0]
    assert snaps["returners"].tolist() == [0, 0, 1]
    assert snaps["stayed"].tolist() == [0, 2, 1]
    assert snaps["leavers"].tolist() == [0, 1, 5]
    assert math.isnan(snaps.loc["2018", "retention"])
    assert snaps.loc["2019", "retention"] == pytest.approx(2 / 3)
    assert snaps.loc["2020", "retention"] == pytest.approx(1 / 6)
    assert snaps.loc["2019", "previous"] == "2018"
    assert (snaps.loc["2019", "start"], snaps.loc["2019", "end"]) == (
        pd.Timestamp("2019-01-01"), pd.Timestamp("2019-12-31"))


def test_changes_carry_the_meeting_that_shows_them(frames):
    rows = changes(frames)
    rows = rows[rows["period"] != "2018"]
    found = {(r.period, r.change, r.name): r.meeting_id for r in rows.itertuples()}
    assert found == {
        ("2019", "stayed", "Ann"): M3, ("2019", "stayed", "Bo"): M3,
        ("2019", "newcomer", "Dan"): M3, ("2019", "newcomer", "Eve"): M4,
        ("2019", "newcomer", "Finn"): M6, ("2019", "newcomer", "Gry"): M6,
        ("2019", "leaver", "Cy"): M1,
        ("2020", "stayed", "Eve"): M5, ("2020", "returner", "Cy"): M5,
        ("2020", "leaver", "Ann"): M3, ("2020", "leaver", "Bo"): M3,
        ("2020", "leaver", "Dan"): M4, ("2020", "leaver", "Finn"): M6,
        ("2020", "leaver", "Gry"): M6,
    }
    cy = rows[(rows["name"] == "Cy") & (rows["change"] == "leaver")].iloc[0]
    assert cy["date"] == pd.Timestamp("2018-03-01") and cy["previous"] == "2018"
    assert cy["documents"] == [ids.document_id("doc0.txt")]


def test_term_and_quarter_snapshots(frames):
    terms = snapshots(frames, by="term")
    assert terms["period"].tolist() == ["2018–2021"] and terms["persons"].tolist() == [7]
    quarters = snapshots(frames, by="quarter")
    assert quarters["period"].tolist() == ["2018Q1", "2018Q2", "2019Q1", "2019Q2", "2019Q3",
                                           "2020Q1"]


def test_period_labels_follow_the_four_year_terms():
    dates = pd.Series(pd.to_datetime(["2013-12-31", "2014-01-01", "2017-12-31", "2018-01-01",
                                      "2025-06-30", "2026-01-01"]))
    labels = label_periods(dates, "term")
    assert labels["period"].tolist() == ["2010–2013", "2014–2017", "2014–2017", "2018–2021",
                                         "2022–2025", "2026–2029"]
    assert labels["start"].iloc[3] == pd.Timestamp("2018-01-01")
    assert labels["end"].iloc[3] == pd.Timestamp("2021-12-31")
    quarters = label_periods(dates, "quarter")
    assert quarters["period"].tolist()[:2] == ["2013Q4", "2014Q1"]
    assert quarters["end"].iloc[0] == pd.Timestamp("2013-12-31")
    with pytest.raises(AnalysisError, match="unknown period"):
        label_periods(dates, "month")


def test_scope_by_body_and_all(frames):
    bodies = snapshots(frames, scope="body")
    assert set(bodies["scope"]) == {f"{TOWN} / Forum", f"{TOWN} / Råd"}
    assert snapshots(frames, scope="all")["scope"].unique().tolist() == ["all"]
    with pytest.raises(AnalysisError, match="unknown scope"):
        snapshots(frames, scope="region")


def test_membership_periods_and_gaps(frames):
    periods = membership_periods(frames).set_index(["person_id", "body"])
    cy = periods.loc[(pid("Cy"), "Forum")]
    assert (cy["first_meeting"], cy["last_meeting"]) == (M1, M5)
    assert (cy["attended"], cy["held"], cy["missed"], cy["gaps"]) == (2, 5, 3, 1)
    ann = periods.loc[(pid("Ann"), "Forum")]
    assert (ann["attended"], ann["held"], ann["missed"], ann["gaps"]) == (3, 3, 0, 0)
    assert ann["last_seen"] == pd.Timestamp("2019-02-01")
    gaps = attendance_gaps(frames)
    assert gaps[["person_id", "missed", "from_meeting", "to_meeting"]].values.tolist() == [
        [pid("Cy"), 3, M2, M4]]
    assert gaps["meetings"].iloc[0] == [M2, M3, M4]


def test_empty_graph(store):
    frames = load_frames(store)
    assert snapshots(frames).empty and changes(frames).empty
    assert membership_periods(frames).empty and attendance_gaps(frames).empty


def test_rudersdal_2018_to_2019_on_the_samples(store, samples, tmp_path, monkeypatch):
    from ingest.pipeline import run

    monkeypatch.setenv("CIVIC_GRAPH_DB", str(tmp_path / "report" / "graph.db"))  # report stays here
    report = run([samples], store)
    assert not report.failed
    frames = load_frames(store)
    rows = changes(frames)
    rows = rows[(rows["scope"] == "Rudersdal") & (rows["period"] == "2019")]
    by_name = {name: row for name, row in zip(rows["name"], rows.itertuples())}
    meeting_2018 = ids.meeting_id("Integrationsforum", "Rudersdal", "2018-02-27")
    meeting_2019 = ids.meeting_id("Integrationsnetværk", "Rudersdal", "2019-02-28")
    names = dict(zip(frames.documents["id"], frames.documents["name"]))
    for name in ("Martha Ahlmann", "Nada Naanaah"):
        assert by_name[name].change == "stayed" and by_name[name].meeting_id == meeting_2019
    assert by_name["Lotte Hassing"].change == "leaver"
    assert by_name["Lotte Hassing"].meeting_id == meeting_2018
    assert [names[d] for d in by_name["Lotte Hassing"].documents] == ["000_0ce891f5167f50c9.txt"]
    for name in ("Caroline Konring", "Jamila"):
        assert by_name[name].change == "newcomer" and by_name[name].meeting_id == meeting_2019
        assert [names[d] for d in by_name[name].documents] == ["003_c47b1083447908ab.txt"]
    snaps = snapshots(frames).set_index(["scope", "period"])
    stayed = int(snaps.loc[("Rudersdal", "2019"), "stayed"])
    assert snaps.loc[("Rudersdal", "2019"), "retention"] == pytest.approx(
        stayed / snaps.loc[("Rudersdal", "2018"), "persons"])
