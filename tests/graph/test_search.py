"""Search across names and passages, matching the way a person types."""
from __future__ import annotations

import pandas as pd
import pytest

from graph.frames import make_frames
from graph.search import (CLOSE, EXACT, INSIDE, PASSAGE, PHRASE, PREFIX, WORDS, build_index,
                          kind_of, search)

DOC = "doc:0000000000000001"
MEETING = "meeting:integrationsraadet:lyngby-taarbaek:2017-09-07"


@pytest.fixture(scope="module")
def index():
    frames = make_frames(
        persons=pd.DataFrame({"id": ["person:rudersdal:lotte-hassing",
                                     "person:rudersdal:thorkild-damsgaard-olsen",
                                     "person:naestved:soeren-moeller",
                                     "person:lyngby-taarbaek:charlotte-olsen"],
                              "name": ["Lotte Hassing", "Thorkild Damsgaard Olsen",
                                       "Søren Møller", "Charlotte Olsen"],
                              "municipality": ["Rudersdal", "Rudersdal", "Næstved",
                                               "Lyngby-Taarbæk"]}),
        organisations=pd.DataFrame({"id": ["org:lyngby-taarbaek:lyngby-taarbaek-kommune"],
                                    "name": ["Lyngby-Taarbæk Kommune"],
                                    "municipality": ["Lyngby-Taarbæk"]}),
        initiatives=pd.DataFrame({"id": ["init:kalundborg:eid-fest"], "name": ["Eid fest"],
                                  "municipality": ["Kalundborg"]}),
        meetings=pd.DataFrame({"id": [MEETING], "date": ["2017-09-07"],
                               "body": ["Integrationsrådet"],
                               "municipality": ["Lyngby-Taarbæk"]}),
        documents=pd.DataFrame({"id": [DOC], "name": ["001_referat.txt"]}),
        sources=pd.DataFrame({"node_id": [MEETING, "init:kalundborg:eid-fest",
                                          "person:rudersdal:lotte-hassing"],
                              "doc": [DOC] * 3,
                              "quote": ["Referat", "Eid fest", "Lotte Hassing"]}),
        fundings=pd.DataFrame({"funder_id": ["org:lyngby-taarbaek:lyngby-taarbaek-kommune"],
                               "recipient_id": ["init:kalundborg:eid-fest"], "doc": [DOC],
                               "quote": ["Rådet bevilger 5.000 kr. til Eid fest på Ågården"]}))
    items = pd.DataFrame({"id": [MEETING.replace("meeting:", "item:") + ":3"],
                          "meeting_id": [MEETING], "number": ["3"],
                          "title": ["Ansøgninger og bevillinger"]})
    return build_index(frames, items)


def names(index, query, **options):
    return search(index, query, **options)["name"].tolist()


@pytest.mark.parametrize("query", ["Lotte Hassing", "lotte hassing", "LOTTE HASSING"])
def test_case_does_not_matter(index, query):
    found = search(index, query)
    assert found.loc[0, "name"] == "Lotte Hassing" and found.loc[0, "tier"] == EXACT


@pytest.mark.parametrize("query", ["Søren Møller", "soren moller", "Soeren Moeller", "SØREN"])
def test_danish_letters_and_their_spellings(index, query):
    assert names(index, query)[0] == "Søren Møller"


@pytest.mark.parametrize("query", ["Taarbæk", "tårbæk", "taarbaek", "lyngby taarbaek"])
def test_aa_and_å_are_one_letter(index, query):
    assert "Lyngby-Taarbæk Kommune" in names(index, query)


def test_tiers_rank_exact_before_prefix_before_words_before_inside(index):
    assert search(index, "lotte").set_index("name")["tier"].to_dict() == {
        "Lotte Hassing": PREFIX, "Charlotte Olsen": INSIDE}
    assert search(index, "hassing lot").loc[0, "tier"] == WORDS


def test_a_typo_finds_the_close_spelling(index):
    found = search(index, "Torkild Olsen")
    assert found.loc[0, "name"] == "Thorkild Damsgaard Olsen" and found.loc[0, "tier"] == CLOSE


def test_passages_are_found_with_document_and_date(index):
    found = search(index, "bevilling")
    passages = found[found["kind"] == "passage"]
    assert passages["text"].tolist() == ["Ansøgninger og bevillinger"]  # not "bevilger"
    title = passages.iloc[0]
    assert title["name"] == "Integrationsrådet Lyngby-Taarbæk"
    assert title["document"] == "001_referat.txt" and title["date"] == pd.Timestamp("2017-09-07")
    assert title["tier"] == PHRASE


def test_every_word_of_a_passage_query_must_start_a_word(index):
    found = search(index, "ågården EID")
    assert found["kind"].tolist() == ["passage"] and found.loc[0, "tier"] == PASSAGE
    assert found.loc[0, "name"] == "Eid fest" and found.loc[0, "id"] == "init:kalundborg:eid-fest"


def test_a_passage_that_is_only_a_name_is_left_out(index):
    assert search(index, "lotte hassing")["kind"].tolist() == ["person"]


def test_kinds_and_limit(index):
    assert search(index, "olsen", kinds=("organisation",)).empty
    assert len(search(index, "olsen", limit=1)) == 1
    assert search(index, "  ,. ").empty


def test_kind_of_reads_the_id_prefix():
    assert [kind_of(i) for i in ("person:x:y", "org:dk:dgi", "init:x:y", "doc:1")] == [
        "person", "organisation", "initiative", "other"]
