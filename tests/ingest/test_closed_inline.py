"""Closed signs inside a line, on invented minutes: a bracketed marker ("[LUKKET]"), an inline label
("Eventuelt – fortroligt:") and a "public?" column of an agenda table ("Offentlig (J/N)" → "N").

Every closed passage names "Zorbalund", which must never reach the segmented text or the facts.
"""
from __future__ import annotations

import pytest

from ingest.closed import closed_passages
from ingest.closed_tables import closed_rows
from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment

SECRET = "Zorbalund"
HEADER = "Referat af møde i Naturrådet, Ydby Kommune\nMødedato: 4. juni 2022\nDeltagere: Bente Kjær, Ole Dam\n\n"


def _minutes(body: str):
    return segment(text_to_document(HEADER + body, "m.txt", "txt"))


def _assert_private(body: str, kept: list[str]) -> None:
    m = _minutes(body)
    assert SECRET not in m.text
    assert all(SECRET not in p.name for p in extract(m).persons)
    for word in kept:
        assert word in m.text


@pytest.mark.parametrize("marker", ["[LUKKET]", "(fortroligt)", "[Lukket punkt]", "(Ikke offentligt)"])
def test_a_bracketed_marker_after_an_unnumbered_title_closes_its_paragraph(marker):
    body = (f"1 Velkomst\nOle Dam bød velkommen.\n\n2 Stisag {marker}\nRådet drøftede naboen Karl Zorbalund\n"
            "og hans hegn.\n\n3 Næste møde\nMødet holdes i august hos Bente Kjær.\n")
    _assert_private(body, ["bød velkommen", "Mødet holdes i august"])


def test_a_bracketed_heading_alone_takes_the_paragraph_below_it():
    body = "1 Velkomst\nGodkendt.\n\n2 Klagesag [Fortrolig]\n\nKlagen fra Karl Zorbalund blev drøftet.\n\n3 Eventuelt\nIntet.\n"
    _assert_private(body, ["Godkendt", "Intet"])


def test_a_bracketed_marker_on_a_contents_entry_closes_the_entry_and_its_item_not_the_header_above():
    # as an HTML page gives them: header, contents and items without a blank line between them
    m = segment(text_to_document(
        "Referat af møde i Naturrådet, Ydby Kommune\nMødedato: 4. juni 2022\nDeltagere: Bente Kjær, Ole Dam\n"
        "Indhold\n1. Velkomst\n2. Stisag (Lukket punkt)\n3. Næste møde\n"
        "1. Velkomst\nOle Dam bød velkommen.\n2. Stisag (Lukket punkt)\nRådet drøftede naboen Karl Zorbalund.\n"
        "3. Næste møde\nMødet holdes i august.\n", "m.txt", "txt"))
    assert SECRET not in m.text and "Stisag" not in m.text
    assert "Deltagere: Bente Kjær, Ole Dam" in m.text and "Mødedato: 4. juni 2022" in m.text
    assert [i.title for i in m.items] == ["Velkomst", "Næste møde"]


@pytest.mark.parametrize("label", ["Eventuelt – fortroligt:", "Sag om hegn - lukket:", "Orientering, fortrolig:"])
def test_an_inline_label_closes_the_rest_of_its_paragraph_only(label):
    body = (f"1. Nyt fra formanden\nBente Kjær orienterede om stien.\n\n2. Eventuelt\nOle Dam nævnte høstfesten.\n"
            f"{label} Formanden omtalte en klage over Karl\nZorbalund fra en nabo.\n\nMødet sluttede kl. 21.\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Karl" not in m.text.split("høstfesten")[1]
    assert "høstfesten" in m.text and "Mødet sluttede" in m.text
    assert [i.title for i in m.items] == ["Nyt fra formanden", "Eventuelt"]


def test_a_word_followed_by_a_colon_in_running_text_is_no_label():
    assert closed_passages(["Vejen er lukket: omkørsel via Bygaden."], []) == []


@pytest.mark.parametrize("heading, value", [("Offentlig (J/N)", "N"), ("Åben", "Nej"), ("Offentligt punkt", "Lukket"),
                                            ("Lukket (J/N)", "J"), ("Fortrolig", "x")])
def test_a_public_column_saying_no_closes_its_row_and_the_item_of_that_number(heading, value):
    other = "N" if value in ("J", "x") else "J"
    body = (f"Dagsorden:\nNr | Emne | {heading} | Ansvarlig\n1 | Velkomst | {other} | Ole Dam\n"
            f"2 | Ansøgning om støtte | {value} | Bente Kjær\n3 | Eventuelt | {other} | Ole Dam\n\n"
            "Ad 1. Ole Dam bød velkommen.\n\nAd 2. Bente Kjær fremlagde ansøgningen fra Karl Zorbalund.\n\n"
            "Ad 3. Intet.\n")
    m = _minutes(body)
    assert SECRET not in m.text
    assert [i.number for i in m.items] == ["1", "3"]
    assert "bød velkommen" in m.text


def test_a_yes_in_a_public_column_closes_nothing():
    lines = ["Nr | Emne | Offentlig (J/N)", "1 | Velkomst | J", "2 | Budget | Ja"]
    assert closed_rows(lines, frozenset()) == []
