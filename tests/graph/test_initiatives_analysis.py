"""Recurring initiatives on a hand-built graph in both stores; expected values worked out below.

Testby, body Forum:
    doc1  M1 2018-03-01: mentions Lektiecafé ("Forslag om en lektiecafé"); Ann INVOLVED_IN it.
          Also mentions Sommerlejr (no stage words).
    doc3  M3 2019-02-01: Kommunen FUNDED Lektiecafé 20000 kr. (2019).
    doc4  M4 2019-09-01: Ann and Frivilligcenter INVOLVED_IN Lektiecafé, quote "Lektiecaféen kører
          hver tirsdag"; mentions Mødregruppen "Mødregruppen sat på standby".
So Lektiecafé: meetings M1, M3, M4 = 3; documents 3; first 2018-03-01, last 2019-09-01;
months spanned (2019 − 2018) · 12 + (9 − 3) = 18; recurring; trajectory proposed (M1) →
funded (M3) → running (M4), stage running; drivers Ann (2 documents), then Frivilligcenter (1).
Sommerlejr: 1 meeting, 0 months, not recurring, no stage. Mødregruppen: paused.
"""
from __future__ import annotations

import pytest

from graph import ids
from graph.analysis.initiatives import (STAGE_WORDS, STAGES, initiative_summary,
                                        initiative_trajectory, load_stage_words, stage_evidence)
from graph.errors import AnalysisError
from graph.frames import load_frames
from tests.graph.test_collaboration import TOWN, Minutes, pid, write

LEKTIECAFE = ids.initiative_id("Lektiecafé", TOWN)
SOMMERLEJR = ids.initiative_id("Sommerlejr", TOWN)
MOEDRE = ids.initiative_id("Mødregruppen", TOWN)
M1, M3, M4 = (ids.meeting_id("Forum", TOWN, d) for d in ("2018-03-01", "2019-02-01", "2019-09-01"))


@pytest.fixture
def frames(store):
    one = Minutes("doc1.txt", "Forum", "2018-03-01")
    cafe = one.initiative("Lektiecafé", "Forslag om en lektiecafé")
    one.involved(one.person("Ann"), cafe, quote="Ann står for lektiecaféen")
    one.initiative("Sommerlejr")
    three = Minutes("doc3.txt", "Forum", "2019-02-01")
    three.person("Bo")
    cafe3 = three.node(LEKTIECAFE, "Initiative", {"name": "Lektiecafé", "kind": "project",
                                                  "municipality": TOWN})
    three.funded(three.org("Testby Kommune", "municipal_unit"), cafe3, 20000, 2019,
                 "Testby Kommune giver 20.000 kr.")
    four = Minutes("doc4.txt", "Forum", "2019-09-01")
    cafe4 = four.initiative("Lektiecafé", "Lektiecaféen kører hver tirsdag")
    four.involved(four.person("Ann"), cafe4, quote="Lektiecaféen kører hver tirsdag")
    four.involved(four.org("Frivilligcenter"), cafe4, role="", quote="Frivilligcenter hjælper")
    four.initiative("Mødregruppen", "Mødregruppen sat på standby")
    return write(store, one, three, four)


def test_summary_by_hand(frames):
    summary = initiative_summary(frames).set_index("id")
    cafe = summary.loc[LEKTIECAFE]
    assert (cafe["meetings"], cafe["documents"], cafe["months_spanned"]) == (3, 3, 18)
    assert cafe["meeting_ids"] == sorted([M1, M3, M4])
    assert (str(cafe["first"].date()), str(cafe["last"].date())) == ("2018-03-01", "2019-09-01")
    assert bool(cafe["recurring"]) is True
    assert cafe["trajectory"] == ["proposed", "funded", "running"] and cafe["stage"] == "running"
    assert cafe["drivers"] == [pid("Ann"), ids.organisation_id("Frivilligcenter", TOWN)]
    assert cafe["driver_names"] == ["Ann", "Frivilligcenter"]
    camp = summary.loc[SOMMERLEJR]
    assert (camp["meetings"], camp["months_spanned"], bool(camp["recurring"])) == (1, 0, False)
    assert camp["stage"] == "" and camp["trajectory"] == [] and camp["drivers"] == []
    assert summary.loc[MOEDRE, "stage"] == "paused"


def test_most_meetings_first_and_recurring_only(frames):
    summary = initiative_summary(frames)
    assert summary["id"].iloc[0] == LEKTIECAFE
    assert initiative_summary(frames, recurring_only=True)["id"].tolist() == [LEKTIECAFE]


def test_trajectory_rows_carry_meeting_document_and_quote(frames):
    rows = initiative_trajectory(frames, LEKTIECAFE)
    assert rows["stage"].tolist() == ["proposed", "funded", "running"]
    assert rows["meeting_id"].tolist() == [M1, M3, M4]
    assert rows["doc"].tolist() == [ids.document_id(f"doc{n}.txt") for n in (1, 3, 4)]
    assert rows["word"].tolist() == ["forslag", "FUNDED", "kører"]
    assert rows["quote"].iloc[0] == "Forslag om en lektiecafé"


def test_unknown_initiative_is_a_named_error(frames):
    with pytest.raises(AnalysisError, match="no initiative"):
        initiative_trajectory(frames, "init:testby:nothing")


def test_own_stage_words(frames):
    rows = stage_evidence(frames, {"sommerlejr": "closed"})
    assert rows.loc[rows["initiative_id"] == SOMMERLEJR, "stage"].tolist() == ["closed"]


def test_lexicon_file_has_the_stage_words_of_the_brief():
    words = load_stage_words(STAGE_WORDS)
    assert set(words.values()) <= set(STAGES)
    for word, stage in (("forslag", "proposed"), ("foreslår", "proposed"),
                        ("ansøgning", "proposed"), ("bevilget", "funded"),
                        ("tilskud", "funded"), ("bevilling", "funded"), ("kører", "running"),
                        ("i gang", "running"), ("afvikles", "running"), ("lukker", "closed"),
                        ("stoppes", "closed"), ("sat på standby", "paused"),
                        ("ikke realiserbar", "closed")):
        assert words[word] == stage, word


def test_bad_lexicon_line_names_the_file(tmp_path):
    path = tmp_path / "stages.tsv"
    path.write_text("# header\nforslag\tmaybe\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"stages.tsv:2"):
        load_stage_words(path)


def test_empty_graph(store):
    assert initiative_summary(load_frames(store)).empty
