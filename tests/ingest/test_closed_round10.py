"""Closed parts the privacy red team's rounds 10 and 11 found, on invented minutes: what the rest of the minutes says about a
closed item (an attendance note, a follow-up in Eventuelt, an action list's row, a correction of earlier minutes),
an agenda system's status attribute, tick boxes, and a talk about when items are closed, which closes nothing.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

import functools

from ingest.read.markup import html_to_text
from tests.ingest import closed_minutes
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, titles

# the minutes of these tests go on from the header lines without a blank line
minutes = functools.partial(closed_minutes.minutes, header=HEADER_LINES)
ITEMS = ("\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Busruter\nSolvang Busser kører videre.\n\n"
         "3. Klage over visitation\nLukket punkt.\n\n4. Eventuelt\nIntet.\n")


def test_an_attendance_note_for_a_closed_item_is_closed():
    m = minutes("Under punkt 2 deltog Ulla Solvang.\nUnder punkt 3 deltog klageren, Karl Quarnbek.\n" + ITEMS)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def test_an_attendance_note_for_several_items_one_of_them_closed_is_closed():
    m = minutes("Under punkt 2 deltog Ulla Solvang.\nUnder punkt 2 og 3 deltog klageren, Karl Quarnbek.\n"
                "Under punkterne 1-3 deltog Karl Quarnbek.\n" + ITEMS)
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_a_follow_up_of_a_closed_item_elsewhere_is_closed_with_its_wrapped_sentence():
    m = minutes(ITEMS.replace("Intet.", "Opfølgning fra punkt 3: formanden kontakter\nKarl Quarnbek om sagen.\n"
                                        "Ulla Solvang foreslog en sommerfest."))
    assert SECRET not in m.text and "Ulla Solvang foreslog" in m.text


def test_a_row_of_an_action_list_for_a_closed_item_is_closed_with_its_wrapped_cells():
    m = minutes(ITEMS + "\nOpfølgningsliste\n\nPkt.  Opgave                         Ansvarlig\n"
                "2     Køreplan sendes til Solvang     Rita Holm\n3     Svar til Karl Quarnbek om      Formanden\n"
                "      klagen sendes\n4     Sommerfest planlægges          Ib Sand\n")
    assert SECRET not in m.text and "klagen sendes" not in m.text
    assert "Køreplan sendes til Solvang" in m.text and "Sommerfest planlægges" in m.text


def test_a_correction_in_a_closed_item_of_earlier_minutes_closes_the_sentence_not_this_meetings_item():
    m = minutes("\n1. Godkendelse af referat fra mødet den 2. februar\nReferatet blev godkendt. Dog rettes i "
                "lukket punkt 2 stavningen af navnet til Karl Quarnbek.\n\n2. Busruter\nSolvang Busser kører videre.\n\n"
                "3. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af referat fra mødet den 2. februar", "Busruter", "Eventuelt"]


def test_a_talk_about_when_items_are_closed_closes_nothing():
    m = minutes("\n1. Tavshedspligt i rådsarbejdet\nJurist Ulla Solvang holdt oplæg om, hvornår en sag efter "
                "reglerne skal behandles som et lukket punkt.\n\n2. Klage\nSagen blev behandlet som lukket punkt. "
                "Karl Quarnbek klager.\n\n3. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Tavshedspligt i rådsarbejdet", "Eventuelt"]


def test_an_agenda_systems_status_attribute_closes_its_section_a_widgets_state_does_not():
    text = html_to_text('<section data-status="closed"><h2>3. Klage</h2><p>Karl Quarnbek</p></section>'
                        '<section data-state="closed" class="accordion closed"><h2>4. Busruter</h2><p>Solvang</p></section>'
                        '<h2 class="punkt lukket">5. Personsag</h2>')
    # the frame stands as a paragraph of its own, so a closing phrase in it closes no more than it
    assert text.split("\n") == ["", "", "Lukket del", "3. Klage", "Karl Quarnbek", "Åben del", "", "4. Busruter",
                                "Solvang", "5. Personsag (Lukket)"]


def test_only_the_ticked_option_of_a_tick_box_line_is_read():
    body = ITEMS.replace("Lukket punkt.", "Behandles som:\t☐ Åbent punkt ☒ Lukket punkt\nKarl Quarnbek klager.")
    body = body.replace("Godkendt.", "Behandles som:\t☒ Åbent punkt ☐ Lukket punkt\nGodkendt.")
    body = body.replace("Solvang Busser kører videre.", "Behandles som:\t☒ Åbent punkt ☐ Lukket punkt\nSolvang Busser.")
    m = minutes(body)
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


# round 11: the second places a closed item's name is written


def test_an_attachment_numbered_by_a_closed_item_is_closed():
    m = minutes(ITEMS + "\nBilag\nBilag 2.1: Køreplan fra Solvang Busser\nBilag 3.1: Brev fra Karl Quarnbek\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_a_contents_entry_of_a_closed_item_with_a_name_in_it_is_closed():
    contents = ("\nIndholdsfortegnelse\n1. Godkendelse af dagsorden ........ 1\n2. Busruter ........ 1\n"
                "3. Klage fra Karl Quarnbek over visitation ........ 2\n4. Eventuelt ........ 2\n")
    m = minutes(contents + ITEMS)
    assert SECRET not in m.text and OPEN in m.text
    assert "2. Busruter ........ 1" in m.text


def test_a_header_field_naming_a_closed_item_goes_alone_not_the_fields_below_it():
    m = minutes(header="", body="Referat\nVedr.\tOrdinært møde, herunder klage fra Karl Quarnbek (pkt. 3)\n"
                "Deltagere\tRita Holm (formand), Ulla Solvang\nAfbud\tIb Sand\n" + ITEMS)
    assert SECRET not in m.text
    assert "Deltagere\tRita Holm (formand), Ulla Solvang" in m.text and "Afbud\tIb Sand" in m.text
