"""Closed parts the minutes mark somewhere else than at the item, on invented minutes: a sentence naming
item numbers, a contents list's closed group, a confidential annex after the minutes, a running page
header, a note that the item's content is withheld (ingest/closed.py, ingest/closed_numbers.py).

Every closed passage names "Zorbalund", which must never reach the segmented text or the facts.
"""
from __future__ import annotations

import pytest

from ingest.closed_numbers import numbers_closed_by_sentences
from ingest.extract import extract
from ingest.read import read_document, text_to_document
from ingest.segment import segment
from tests.fixtures.read.make_fixtures import make_pdf

SECRET = "Zorbalund"
HEADER = "Referat af møde i Fritidsrådet, Varde Kommune\nMødedato: 3. maj 2021\nDeltagere: Bente Kjær, Ole Dam\n\n"
ITEMS = ("1. Velkomst\nBente Kjær bød velkommen.\n\n2. Hallerne\nOle Dam fortalte om de nye tider.\n\n"
         f"3. Henvendelse om kontingent\nRådet drøftede et brev fra Karl {SECRET}.\n\n4. Eventuelt\nIntet.\n")


def _minutes(body: str, name: str = "m.txt"):
    return segment(text_to_document(HEADER + body, name, name.rsplit(".", 1)[-1]))


def _assert_private(body: str, open_titles: list[str], closed: int = 1) -> None:
    m = _minutes(body)
    assert SECRET not in m.text
    assert [item.title for item in m.items] == open_titles
    assert m.closed_items == closed
    assert all(SECRET not in p.name for p in extract(m).persons)


@pytest.mark.parametrize("sentence", [
    "Mødet var åbent for offentligheden med undtagelse af punkt 3.",
    "Punkt 3 blev behandlet for lukkede døre.",
    "Pkt. 3 blev behandlet uden tilhørere.",
    "Dagsordenens punkt 3 behandledes uden offentlighed.",
    "Mødet var lukket for offentligheden under punkt 3.",
    "Alle punkter var åbne, undtagen punkt 3.",
])
@pytest.mark.parametrize("where", ["intro", "end"])
def test_a_sentence_naming_an_item_with_closing_words_closes_that_item(sentence, where):
    if where == "intro":
        _assert_private(f"{sentence}\n\n{ITEMS}", ["Velkomst", "Hallerne", "Eventuelt"])
    else:  # at the end the sentence is in the last item, which its closing words may close too (privacy first)
        m = _minutes(f"{ITEMS}\n{sentence}\n")
        assert SECRET not in m.text and [i.title for i in m.items][:2] == ["Velkomst", "Hallerne"]


@pytest.mark.parametrize("sentence, numbers", [
    ("Punkt 3 og 4 blev behandlet for lukkede døre.", {3, 4}),
    ("Punkterne 2, 3 og 5 blev behandlet uden tilhørere.", {2, 3, 5}),
    ("Pkt. 6-8 behandles for lukkede døre.", {6, 7, 8}),
    ("Punkt 3 blev udsat til næste møde.", set()),
    ("Mødet var åbent for alle.", set()),
    # an exception to an open meeting closes the items it names, however "open" is inflected
    ("Mødet var åbent med undtagelse af punkt 5 og 6.", {5, 6}),
    ("Mødet var åbent, undtagen pkt. 4.", {4}),
    ("Møderne er åbne med undtagelse af punkt 7.", {7}),
    ("Vi tog en pause med undtagelse af punkt 2.", set()),
    ("Referatet af punkt 4 offentliggøres på hjemmesiden.", set()),
])
def test_which_item_numbers_a_sentence_closes(sentence, numbers):
    assert numbers_closed_by_sentences(["Indledning", sentence]) == frozenset(numbers)


def test_a_contents_list_grouped_into_open_and_closed_items_closes_only_the_closed_group():
    body = ("Indhold\nÅbne punkter\n1.\tVelkomst\t2\n2.\tHallerne\t2\n3.\tEventuelt\t3\n"
            "Lukkede punkter\n4.\tKlage over træner\t4\n\n"
            "1. Velkomst\nBente Kjær bød velkommen.\n\n2. Hallerne\nOle Dam fortalte om tiderne.\n\n"
            "3. Eventuelt\nIntet.\n\n4. Klage over træner\nBrev fra Karl Zorbalund om træneren.\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1
    assert [(i.number, i.title) for i in m.items] == [("1", "Velkomst"), ("2", "Hallerne"), ("3", "Eventuelt")]
    assert "Ole Dam fortalte" in m.text


def test_a_contents_row_keeps_no_page_number_in_its_title():
    m = _minutes("1.\tVelkomst\t2\n2.\tEventuelt\t3\n")
    assert [i.title for i in m.items] == ["Velkomst", "Eventuelt"]


@pytest.mark.parametrize("heading", ["Fortroligt tillæg til referat af mødet den 3. maj 2021", "Lukket referat",
                                     "FORTROLIGT BILAG til referatet", "Fortroligt referat:",
                                     "Lukket protokol vedr. punkt 2"])
def test_a_confidential_annex_after_the_signatures_is_closed_to_the_end(heading):
    body = ("1. Velkomst\nOk.\n\n2. Hallerne\nOle Dam fortalte om tiderne.\n\n3. Eventuelt\nIntet.\n\n"
            "Referatet er godkendt.\n\nBente Kjær, formand          Ole Dam, næstformand\n\n\n"
            f"{heading}\n\nAd pkt. 2 Hallerne\nTræner Karl {SECRET} har fået en advarsel.\n\nBilaget offentliggøres ikke.\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Bilaget offentliggøres" not in m.text
    assert [i.title for i in m.items] == ["Velkomst", "Hallerne", "Eventuelt"] and "Ole Dam fortalte" in m.text


def test_a_running_page_header_saying_closed_closes_its_page_until_an_open_header():
    page = "Varde Kommune                                  Fritidsrådet\n{kind} referat                            03-05-2021\n\n"
    body = (page.format(kind="Åbent") + "1. Velkomst\nOk.\n\n2. Hallerne\nOle Dam fortalte.\n\n        Side 1 af 3\n\f"
            + page.format(kind="Lukket") + f"3. Klage\nBrev fra Karl {SECRET}.\n\n        Side 2 af 3\n\f"
            + page.format(kind="Åbent") + "4. Eventuelt\nBente Kjær takkede.\n\n        Side 3 af 3\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Hallerne", "Eventuelt"] and "Bente Kjær takkede" in m.text


def test_a_running_page_header_of_a_real_pdf_survives_reading_and_closes_its_page(tmp_path):
    def page(kind: str, lines: list[str], n: int) -> list[str]:
        return ["Varde Kommune Fritidsrådet", f"{kind} referat 03-05-2021", *lines, f"Side {n} af 3"]
    pdf = make_pdf([page("Åbent", ["Mødedato: 3. maj 2021", "Deltagere: Bente Kjær, Ole Dam", "1. Velkomst", "Ok.",
                                   "2. Hallerne", "Ole Dam fortalte."], 1),
                    page("Lukket", ["3. Klage", f"Brev fra Karl {SECRET}."], 2),
                    page("Åbent", ["4. Eventuelt", "Bente Kjær takkede."], 3)])
    (path := tmp_path / "referat.pdf").write_bytes(pdf)
    m = segment(read_document(path))
    assert SECRET not in m.text and m.closed_items == 1
    assert [i.title for i in m.items] == ["Velkomst", "Hallerne", "Eventuelt"]


def test_a_closed_title_over_the_whole_minutes_closes_them():
    m = segment(text_to_document("Lukket referat\n" + HEADER + ITEMS, "m.txt", "txt"))
    assert SECRET not in m.text and not m.items and "Bente Kjær bød" not in m.text


@pytest.mark.parametrize("note", ["[Sagsfremstilling og beslutning udeladt af hensyn til tavshedspligt]",
                                  "Indholdet er ikke gengivet af hensyn til personhensyn.",
                                  "(Beslutningen er undtaget af diskretionshensyn.)",
                                  "Referat udeladt af hensyn til den personlige diskretion."])
def test_a_note_that_the_content_is_withheld_closes_the_item_title_included(note):
    body = (f"Pkt. 1 Velkomst\nOk.\n\nPkt. 2 Henvendelse fra Karl {SECRET} vedr. kontingent\n{note}\n\n"
            "Pkt. 3 Eventuelt\nIntet.\n")
    _assert_private(body, ["Velkomst", "Eventuelt"])


def test_a_left_out_attachment_for_want_of_space_closes_nothing():
    m = _minutes("Pkt. 1 Velkomst\nOk.\n\nPkt. 2 Hallerne\nBilaget er udeladt af pladshensyn.\n\nPkt. 3 Eventuelt\nIntet.\n")
    assert m.closed_items == 0 and len(m.items) == 3
