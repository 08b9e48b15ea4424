"""Closed parts marked the ways the privacy red team's round 7 found, on invented minutes: a lone marker at the
foot of a page labelling the item at the top of the next (ingest/closed_labels.py).

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from tests.ingest.closed_minutes import OPEN, SECRET, minutes, titles


PAGED = ("1. Godkendelse af dagsorden\nGodkendt.\n\n2. Busruter\nSolvang Busser kører videre.\n"
         + "Ruten forlænges til havnen.\n" * 6 + "\n"
         "Lukket punkt\n\n                 Side 1 af 2\n\fFanø Kommune      Seniorrådet\nReferat    3. marts 2025\n\n"
         "3. Klage over visitation\nKarl Quarnbek klager over afgørelsen.\n\n4. Eventuelt\nIntet.\n\n"
         "                 Side 2 af 2\n\fFanø Kommune      Seniorrådet\nReferat    3. marts 2025\n")


def test_a_lone_marker_at_the_foot_of_a_page_closes_the_item_at_the_top_of_the_next():
    m = minutes(PAGED)
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_the_running_header_may_come_without_its_form_feed():
    m = minutes(PAGED.replace("\f", "\n"))
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_a_marker_that_ends_an_items_last_paragraph_closes_nothing_below():
    m = minutes("1. Godkendelse af dagsorden\nGodkendt.\n\n2. Klage\nKarl Quarnbek klager.\nBeslutning: Afvist.\n"
                "Lukket punkt\n\n3. Busruter\nSolvang Busser kører videre.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter"]


def test_an_item_number_written_as_a_word_in_a_closing_sentence_closes_that_item():
    m = minutes("1. Godkendelse af dagsorden\nDagsordenen blev godkendt med den ændring, at punkt tre behandles for "
                "lukkede døre.\n\n2. Busruter\nSolvang Busser kører videre.\n\n3. Klage over visitation\n"
                "Karl Quarnbek klager over afgørelsen.\n\n4. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    # the sentence closes item 3, not the approval of the agenda it stands in
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_ordinal_and_ranges_of_number_words_are_read():
    from ingest.closed_numbers import numbers_closed_by_sentences
    assert numbers_closed_by_sentences(["Det fjerde og sjette punkt blev ikke nævnt.",
                                        "Punkterne to til fire blev behandlet uden tilhørere."]) == {2, 3, 4}
    assert numbers_closed_by_sentences(["Punktet blev behandlet for lukkede døre."]) == frozenset()


TITLE_LIST = ("Lukkede punkter: Klage over visitationen\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n"
              "2. Klage over visitation\nKarl Quarnbek klager over afgørelsen.\n\n3. Busruter\n"
              "Solvang Busser kører videre.\n\nReferent: Ib Sand\n")


def test_a_preamble_listing_closed_titles_closes_those_items_and_nothing_else():
    m = minutes(TITLE_LIST)
    assert SECRET not in m.text and OPEN in m.text and "Referent: Ib Sand" in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter"]


def test_a_title_list_naming_no_item_still_closes_everything_below():
    m = minutes(TITLE_LIST.replace("Klage over visitationen", "Sag om hjælpemidler"))
    assert SECRET not in m.text


SUBHEADED = ("1. Godkendelse af dagsorden\nGodkendt.\n2. Busruter\nRuten forlænges.\n3. Eventuelt\n"
             "Solvang Busser spurgte til køreplanen.\nEventuelt (fortroligt)\nKarl Quarnbek har klaget over en chauffør.\n"
             "Næste møde: 4. april 2025.\nReferent: Ib Sand\n")


def test_a_closed_sub_heading_closes_itself_to_the_end_matter_not_the_open_text_above():
    for body in (SUBHEADED, SUBHEADED.replace("\n", "\n\n")):
        m = minutes(body)
        assert SECRET not in m.text and OPEN in m.text and "Næste møde" in m.text and "Referent: Ib Sand" in m.text
        assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_a_bracketed_marker_right_under_a_title_still_closes_the_item():
    m = minutes("1. Godkendelse af dagsorden\nGodkendt.\n2. Klage\n(Lukket)\nKarl Quarnbek klager.\n"
                "3. Busruter\nSolvang Busser kører videre.\n")
    assert SECRET not in m.text and titles(m) == ["Godkendelse af dagsorden", "Busruter"]


def test_items_numbered_by_case_and_year_keep_theirtitles():
    m = minutes("### Sag 1/2025 – Godkendelse af dagsorden\nGodkendt.\n\n### Sag 2/2025 – Busruter\n"
                "Solvang Busser kører videre.\n", "m.md")
    assert [(item.number, item.title) for item in m.items] == [("1", "Godkendelse af dagsorden"), ("2", "Busruter")]
