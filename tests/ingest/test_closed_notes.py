"""Notes that a part of the minutes is internal or cut off before they are published (invented minutes).

Volunteer associations keep one document and cut the internal part off before it is put up or sent
on: a cut line, a note that "det følgende" is cut, a title "(bestyrelsesinternt – kommer ikke med i
referatet)", a blockquote "GDPR – slettes fra referatet", a members-only block of a web page.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.closed_notes import closed_numbered, cut_ranges, is_cut_line, is_note_below
from ingest.extract import extract
from ingest.read import read_document
from ingest.segment import segment

_HEAD = "Referat af bestyrelsesmøde i Grundejerforeningen Solbakken\n7. marts 2019\n\nTil stede: Gitte Holm, Peder Lund\n\n"


def _minutes(tmp_path: Path, body: str, suffix: str = ".txt"):
    path = tmp_path / f"referat{suffix}"
    path.write_text(body, encoding="utf-8")
    return segment(read_document(path))


@pytest.mark.parametrize("line", ["✂ - - - - - klip her - - - - - ✂", "--- klip her ---", "✄-----------",
                                  "- - - - - klip - - - - -"])
def test_cut_lines(line):
    assert is_cut_line(line)


@pytest.mark.parametrize("line", ["Klip her og der i budgettet", "Vi klipper hæk den 4. maj", "-----------", ""])
def test_no_cut_lines(line):
    assert not is_cut_line(line)


def test_note_pointing_below_needs_a_closing_phrase_and_a_word_pointing_below():
    assert is_note_below("Herunder: kun for bestyrelsen.")
    assert is_note_below("Nedenstående slettes fra referatet, før det lægges på hjemmesiden.")
    assert not is_note_below("Herunder en orientering om økonomien.")
    assert not is_note_below("Kun for bestyrelsen.")  # closes its item, not all below (see closed_markers.txt)


def test_everything_below_a_cut_line_is_closed_up_to_an_open_heading():
    lines = ["1. Velkomst", "ok", "✂ - - klip her - - ✂", "2. Sag", "Navn", "Åben del", "3. Eventuelt"]
    assert cut_ranges(lines) == [(2, 5)]


def test_a_part_between_two_cut_lines_is_cut_out_and_the_minutes_go_on_below_it(tmp_path):
    # privacy fixture 133: the second scissors line had not ended the cut, so every item below it had gone
    assert cut_ranges(["1. Økonomi", "ok", "✂ - - - - - -", "Navn", "✂ - - - - - -", "Taget til efterretning.",
                       "2. Eventuelt"]) == [(2, 5)]
    minutes = _minutes(tmp_path, _HEAD + "1. Økonomi\nPeder gennemgik regnskabet.\n\n✂ - - - - - - - - - -\n"
                       "Bodil Quistgaard Vænge beder om henstand.\n✂ - - - - - - - - - -\n\nTaget til efterretning.\n\n"
                       "2. Klubben lukker i juleferien\nGitte lukker vandet.\n\n3. Eventuelt\nIntet.\n")
    assert "Quistgaard" not in minutes.text and "Taget til efterretning" in minutes.text and "lukker vandet" in minutes.text
    assert [i.title for i in minutes.items] == ["Økonomi", "Klubben lukker i juleferien", "Eventuelt"]


def test_cut_line_closes_the_items_below_it(tmp_path):
    minutes = _minutes(tmp_path, _HEAD + "1. Velkomst\nGitte bød velkommen.\n\n2. Haven\nVi planter æbletræer.\n\n"
                       "  ✂ - - - - klip her - - - - ✂\n  Det følgende klippes af, før referatet hænges op.\n\n"
                       "3. Henvendelse\nEt brev fra Bodil Quistgaard Vænge om naboen.\n\n4. Eventuelt\nIntet.\n")
    assert "Quistgaard" not in minutes.text and "æbletræer" in minutes.text
    assert [i.title for i in minutes.items] == ["Velkomst", "Haven"]


@pytest.mark.parametrize("title, note", [
    ("Kontingent (bestyrelsesinternt – kommer ikke med i referatet)", ""),
    ("Henvendelse", "> ⚠️ **GDPR – slettes fra referatet, før det lægges i Teams-kanalen.**"),
    ("Medlemssag", "INTERNT – tages ud af den udgave, der lægges på hjemmesiden."),
    ("Medlemssag", "Dette punkt kan kun ses af bestyrelsen."),
])
def test_item_noted_as_cut_from_the_published_minutes_closes(tmp_path, title, note):
    minutes = _minutes(tmp_path, _HEAD + f"1. Velkomst\nOk.\n\n2. {title}\n{note}\nSkriv til Bodil Quistgaard Vænge.\n\n"
                       "3. Eventuelt\nIntet.\n")
    assert "Quistgaard" not in minutes.text and minutes.closed_items == 1
    assert [i.title for i in minutes.items] == ["Velkomst", "Eventuelt"]


def test_closed_point_of_a_second_numbered_run_closes_only_itself():
    lines = ["8. Eventuelt", "Tak for i aften.", "Bestyrelsesmøde", "1. Konstituering", "Formand: Gitte",
             "2. Restance (bestyrelsesinternt – kommer ikke med i det", "referat, der hænges op)", "Bodil skylder.",
             "3. Næste møde", "Torsdag."]
    assert closed_numbered(lines, [0]) == [(5, 8)]


def test_members_only_block_of_a_web_page_is_closed(tmp_path):
    page = ("<html><body><h1>Referat af stormøde i Venskabsgruppen</h1><p>7. marts 2019</p>"
            "<h3>1. Velkomst</h3><p>Gitte Holm bød velkommen.</p>"
            '<div class="members-only gruppe"><p>Kun for koordinatorer.</p><h3>2. Henvendelse</h3>'
            "<p>Bodil Quistgaard Vænge har bedt om hjælp.</p></div>"
            "<h3>3. Eventuelt</h3><p>Peder Lund foreslog en sommerfest.</p></body></html>")
    minutes = _minutes(tmp_path, page, ".html")
    assert "Quistgaard" not in minutes.text and minutes.closed_items >= 1
    assert "sommerfest" in minutes.text
    assert all("Quistgaard" not in p.name for p in extract(minutes).persons)
