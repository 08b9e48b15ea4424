"""Each way minutes mark an item or a passage closed, on invented minutes (ingest/closed.py, ingest/segment.py).

Every closed passage names "Zorbalund", which must never reach the segmented text or the facts.
"""
from __future__ import annotations

import pytest

from ingest.closed import closed_title, heading_kind
from ingest.extract import extract
from ingest.read import text_to_document
from ingest.segment import segment

SECRET = "Zorbalund"
HEADER = "Referat af møde i Fritidsrådet, Varde Kommune\nMødedato: 3. maj 2021\nDeltagere: Bente Kjær, Ole Dam\n\n"


def _minutes(body: str, name: str = "m.txt"):
    return segment(text_to_document(HEADER + body, name, name.rsplit(".", 1)[-1]))


def _assert_closed(body: str, open_titles: list[str], closed: int = 1) -> None:
    m = _minutes(body)
    assert SECRET not in m.text
    assert [item.title for item in m.items] == open_titles
    assert m.closed_items == closed
    assert all(SECRET not in p.name for p in extract(m).persons)


@pytest.mark.parametrize("numbering", ["{n}. ", "{n}) ", "({n}) ", "Pkt. {n} ", "Punkt {n}: ", "Ad {n}. ",
                                       "Ad pkt. {n} – ", "Pkt. nr. {n} ", "Dagsordenspunkt {n}: ", "Sag nr. {n}: "])
@pytest.mark.parametrize("marker", ["Fortroligt", "Lukket", "Lukket punkt", "Fortrolig sag", "Lukket møde: klagesag",
                                    "Personsag", "Personalesag vedr. ansættelse"])
def test_a_closed_marker_as_the_title_closes_the_item_in_every_numbering(numbering, marker):
    titles = ["Velkomst", "Hallernes åbningstider", marker, "Eventuelt"]
    body = "".join(f"{numbering.format(n=n)}{title}\nTekst om punktet.\n\n" for n, title in enumerate(titles, 1))
    body = body.replace(f"{marker}\nTekst om punktet.", f"{marker}\nHenvendelse om Karl {SECRET}.")
    _assert_closed(body, ["Velkomst", "Hallernes åbningstider", "Eventuelt"])


def test_a_number_alone_on_its_line_takes_the_title_below_it():
    body = "1.\nVelkomst\nOk.\n\n2.\nFortroligt\nSag om Ib Zorbalund.\n\n3.\nEventuelt\nIntet.\n"
    _assert_closed(body, ["Velkomst", "Eventuelt"])


@pytest.mark.parametrize("line", ["Lukket punkt", "Fortroligt:", "Lukket punkt - personsag", "LUKKET PUNKT (personsag)",
                                  "Punktet blev behandlet for lukkede døre.", "Ikke til offentliggørelse."])
def test_a_marker_line_or_phrase_at_the_top_of_the_text_closes_the_item(line):
    body = f"1. Velkomst\nOk.\n\n2. Henvendelse\n{line}\nKlage over Ib {SECRET}.\n\n3. Eventuelt\nIntet.\n"
    _assert_closed(body, ["Velkomst", "Eventuelt"])


def test_an_unnumbered_closed_heading_in_prose_closes_the_rest_but_not_the_signature():
    body = ("Mødet åbnede med en runde. Ole Dam fortalte om hallerne.\n\n"
            f"Lukket dagsorden\nRådet drøftede en klage over Ib {SECRET}.\nOle følger op.\n\nReferent: Bente Kjær\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Ole følger op" not in m.text and m.closed_items == 1
    assert "Ole Dam fortalte" in m.text and "Referent: Bente Kjær" in m.text


def test_an_unnumbered_closed_heading_closes_until_an_open_heading():
    body = (f"Hallerne blev drøftet.\n\nLukkede punkter:\nKlage over Ib {SECRET}.\n\n"
            "Åbne punkter:\nKlubberne fik nye nøgler.\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Klubberne fik nye nøgler" in m.text and m.closed_items == 1


def test_an_unnumbered_closed_heading_between_items_closes_up_to_the_next_item_only():
    long_text = "".join(f"Linje {n} om velkomsten.\n" for n in range(8))
    body = (f"1. Velkomst\n{long_text}\nLukket punkt\nKlage over Ib {SECRET}.\n\n2. Hallerne\nNye tider.\n\n"
            "3. Eventuelt\nIntet.\n")
    m = _minutes(body)
    assert SECRET not in m.text and [i.title for i in m.items] == ["Velkomst", "Hallerne", "Eventuelt"]
    assert "Linje 7 om velkomsten" in m.text and "Nye tider" in m.text


def test_a_marker_line_near_the_top_of_an_item_closes_the_whole_item():
    body = f"1. Velkomst\nOk.\n\nLukket punkt\nKlage over Ib {SECRET}.\n\n2. Hallerne\nNye tider.\n"
    _assert_closed(body, ["Hallerne"])


@pytest.mark.parametrize("title, closed", [("Fortroligt", True), ("(Lukket) Personalesag", True),
                                           ("Lukket punkt: ansøgning", True), ("Ikke offentligt punkt", True),
                                           ("Fortrolighed for frivillige", False), ("Lukketid i hallerne", False),
                                           ("Svømmehallen lukket ned", True)])
def test_a_closed_marker_counts_in_a_title_as_a_word_of_its_own(title, closed):
    assert closed_title(title) is closed


@pytest.mark.parametrize("line, kind", [("Lukket dagsorden", "section"), ("LUKKEDE SAGER:", "section"),
                                        ("Lukket punkt: Personsag", "item"), ("Fortroligt", "item"),
                                        ("## Lukkede punkter (ikke offentlige)".lstrip("# "), "section"),
                                        ("Åbne punkter", "open"), ("Lukket ned for vinteren", None),
                                        ("Lukketid 22.00", None)])
def test_heading_kinds(line, kind):
    assert heading_kind(line) == kind


def test_a_closing_phrase_anywhere_in_an_item_closes_it():
    long_text = "".join(f"Linje {n} om hallerne.\n" for n in range(8))
    body = (f"1. Velkomst\nOk.\n\n2. Hallerne\n{long_text}Sagen om Ib {SECRET} blev behandlet for lukkede døre.\n\n"
            "3. Eventuelt\nIntet.\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"])


def test_in_prose_minutes_a_paragraph_that_says_it_was_closed_goes():
    body = ("Ole Dam fortalte om hallerne.\n\n"
            f"Som lukket punkt drøftede rådet en klage over Ib {SECRET}.\n\nBente Kjær takkede for mødet.\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1
    assert "Ole Dam fortalte" in m.text and "Bente Kjær takkede" in m.text


@pytest.mark.parametrize("title", ["Personfølsomt", "Personfølsom sag - udgår af referatet", "Udgår af referatet",
                                   "Henvendelse (ikke offentligt)", "Klage, udelades af referatet",
                                   "Sag omfattet af tavshedspligt"])
def test_sensitive_or_left_out_titles_close_the_item(title):
    body = (f"Pkt. 1 Velkomst\nOk.\n\nPkt. 2 {title}\nBrev fra søn til Ib {SECRET}.\n\n"
            "Pkt. 3 Eventuelt\nIntet.\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"])


@pytest.mark.parametrize("legend", ["(F) = lukket punkt", "F: Lukket punkt", "(F) = fortroligt, ikke offentligt tilgængeligt.",
                                    "Punkter markeret med (F) er lukkede punkter."])
def test_a_marker_defined_by_a_legend_closes_the_item_that_carries_it(legend):
    symbol = "(F)" if "(F)" in legend else "F"
    body = (f"1. Velkomst\nOk.\n\n2. {symbol} Klagesag\nBrev om Ib {SECRET}.\n\n3. Eventuelt\nIntet.\n\n{legend}\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"])


@pytest.mark.parametrize("row, legend", [("3 (F) | Brev om Ib {s}. | Svar sendes. | Bo", "(F) = lukket punkt"),
                                         ("3 F | Brev om Ib {s}. | Svar sendes. | Bo", "F = ikke offentligt"),
                                         ("3 | Lukket punkt: brev om Ib {s} | Svar sendes. | Bo", ""),
                                         ("3 | Brev om Ib {s}, behandlet for lukkede døre | - | Bo", "")])
def test_a_closed_table_row_goes_and_the_open_rows_stay(row, legend):
    body = ("Punkt | Drøftelse | Beslutning | Ansvarlig\n1 | Godkendelse af dagsorden | Godkendt | -\n"
            "2 | Banerne i Tistrup | Lys bestilles. | Ole\n" + row.format(s=SECRET) + "\n"
            "4 | Eventuelt | Intet. | -\n\n" + legend + "\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1
    assert "Banerne i Tistrup" in m.text and "4 | Eventuelt" in m.text
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Banerne i Tistrup", "Eventuelt"]
    assert all(SECRET not in p.name for p in extract(m).persons)


def test_a_legend_for_an_open_mark_or_a_letter_inside_words_closes_nothing():
    body = ("1. Velkomst\nOk.\n\n2. (B) Budget for Lindholm\nLars Lund fremlagde.\n\n3. Eventuelt\nIntet.\n\n"
            "(B) = beslutningspunkt\n")
    m = _minutes(body)
    assert m.closed_items == 0 and "Lars Lund" in m.text


def test_a_closed_row_of_a_contents_table_is_blanked_and_counts_no_item_of_its_own():
    body = ("Indhold\n| 1. | Velkomst | 2 |\n| 2. | Personalesag | 3 |\n\n"
            f"1. Velkomst\nOk.\n\n2. Personalesag\nLukket punkt\n\nBrev om Ib {SECRET}.\n")
    m = _minutes(body)
    assert m.closed_items == 1 and SECRET not in m.text
    assert "| 2. | Personalesag" not in m.text and [i.title for i in m.items] == ["Velkomst"]


@pytest.mark.parametrize("numbering", ["§ {n} ", "§{n}. ", "B.{n}  ", "IV.{n} ", "Sag {n}: ", "{n} · "])
def test_paragraph_sign_and_part_numbered_items_close_like_any_other(numbering):
    titles = ["Velkomst", "Hallernes åbningstider", "Lukket punkt", "Eventuelt"]
    body = "".join(f"{numbering.format(n=n)}{title}\nTekst om punktet.\n\n" for n, title in enumerate(titles, 1))
    body = body.replace("Lukket punkt\nTekst om punktet.", f"Lukket punkt\nHenvendelse om Karl {SECRET}.")
    _assert_closed(body, ["Velkomst", "Hallernes åbningstider", "Eventuelt"])


def test_roman_numbered_items_are_items():
    body = "I. Velkomst\nTekst.\n\nII. Hallerne\nTekst.\n\nIII. Fortroligt\nOm Karl Zorbalund.\n\nIV. Eventuelt\nIntet.\n"
    _assert_closed(body, ["Velkomst", "Hallerne", "Eventuelt"])


@pytest.mark.parametrize("phrase", ["Punktet er undtaget fra aktindsigt.", "Dette punkt er lukket.",
                                    "Closed item. Karl raised a concern."])
def test_an_exemption_or_self_description_closes_the_item(phrase):
    body = (f"1. Velkomst\nTekst.\n\n2. Indstilling til pris\n{phrase}\nIndstillingen af Karl {SECRET} blev drøftet.\n\n"
            "3. Eventuelt\nIntet.\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"])


def test_a_closed_item_runs_across_a_page_break_and_its_page_header():
    body = ("V.1  Velkomst\nTekst.\nV.2  Klagesag\nDette punkt er lukket.\nSagen om Karl\n     Side 1 af 2\n\f\n"
            f"Varde Kommune     Fritidsrådet\n{SECRET} blev drøftet.\nV.3  Eventuelt\nIntet.\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"])


@pytest.mark.parametrize("status", ["Fortrolig", "Lukket", "Lukket punkt"])
def test_a_status_column_of_the_agenda_table_closes_the_item_it_names(status):
    body = (f"Nr.\tSag\tStatus\n1\tVelkomst\tÅben\n2\tTilskud til enkeltperson\t{status}\n3\tEventuelt\tÅben\n\n"
            f"1. Velkomst\nTekst.\n\n2. Tilskud til enkeltperson\nAnsøgning fra Karl {SECRET}.\n\n3. Eventuelt\nIntet.\n")
    _assert_closed(body, ["Velkomst", "Eventuelt"], closed=1)


@pytest.mark.parametrize("row", ["Åben/lukket\tLukket", "Status: Fortrolig", "Åben/lukket | Lukket"])
def test_a_status_row_of_an_item_table_closes_the_item(row):
    body = (f"Punkt 1\nSag\tVelkomst\nÅben/lukket\tÅben\nBeslutning\tGodkendt.\nPunkt 2\nSag\tLegat\n{row}\n"
            f"Sagsfremstilling\tAnsøgning fra Karl {SECRET}.\nPunkt 3\nSag\tEventuelt\nÅben/lukket\tÅben\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1 and [i.number for i in m.items] == ["1", "3"]


def test_an_open_status_row_closes_nothing():
    m = _minutes("Punkt 1\nSag\tVelkomst\nÅben/lukket\tÅben\nPunkt 2\nSag\tHaller\nStatus: Åben\nTekst.\n")
    assert m.closed_items == 0 and len(m.items) == 2


def test_an_excerpt_of_the_agenda_not_starting_at_one_still_has_items():
    body = ("4. Hallerne\nBente Kjær orienterede.\n5. Personalesag\nLukket punkt\n"
            f"Sagen om Karl {SECRET} blev drøftet.\n6. Eventuelt\nOle Dam spurgte til ferien.\n")
    m = _minutes(body)
    assert SECRET not in m.text and m.closed_items == 1 and [i.number for i in m.items] == ["4", "6"]
    assert "Bente Kjær" in {p.name for p in extract(m).persons}


def test_a_closing_phrase_in_minutes_without_blank_lines_spares_the_header():
    lines = [f"Ole Dam orienterede om sag {n}." for n in range(12)]
    body = "\n".join(lines) + f"\nDrøftet for lukkede døre: sagen om Karl {SECRET}.\nTak for i dag.\n"
    m = segment(text_to_document(HEADER.rstrip("\n") + "\n" + body, "m.txt", "txt"))
    assert SECRET not in m.text and "Deltagere: Bente Kjær" in m.text


def test_a_section_heading_right_under_an_untitled_item_is_no_title_of_it():
    m = _minutes(f"Pkt. 1\nLukkede dagsordenspunkter\nPkt. 2 Ansættelse\nBrev om Ib {SECRET}.\n")
    assert m.closed_items == 1 and SECRET not in m.text
    assert [item.number for item in m.items] == ["1"]


@pytest.mark.parametrize("closing", ["Følsomme personoplysninger – ikke medtaget.",
                                     "Sagen behandles ikke i det åbne referat."])
def test_a_phrase_keeping_personal_data_out_closes_the_whole_item(closing):
    body = (f"1. Budget\nGodkendt.\n\n2. Henvendelse\n{closing}\n\nRådet drøftede sagen om {SECRET} Hansen.\n\n"
            "3. Eventuelt\nIntet.\n")
    _assert_closed(body, ["Budget", "Eventuelt"])


def test_a_title_saying_it_is_not_in_the_open_minutes_closes_the_item():
    body = (f"1. Budget\nGodkendt.\n\n2. Borgersag (behandles ikke i det åbne referat)\nOm {SECRET} Hansen.\n\n"
            "3. Eventuelt\nIntet.\n")
    _assert_closed(body, ["Budget", "Eventuelt"])


@pytest.mark.parametrize("cls", ["lukket", "row fortrolig", "punkt-closed"])
def test_an_html_table_row_whose_class_says_closed_is_a_closed_item(cls):
    html = ("<html><body><p>Referat af møde i Fritidsrådet, Varde Kommune</p><p>Mødedato: 3. maj 2021</p><table>"
            "<tr><th>Nr.</th><th>Sag</th><th>Beslutning</th></tr>"
            "<tr><td>1</td><td>Budget</td><td>Godkendt.</td></tr>"
            f"<tr class=\"{cls}\"><td>2</td><td>Tilskud</td><td>Afslag til {SECRET} Hansen.</td></tr>"
            "<tr class=\"closedown-x\"><td>3</td><td>Eventuelt</td><td>Ole Dam orienterede.</td></tr></table></body></html>")
    m = segment(text_to_document(html, "m.html", "html"))
    assert SECRET not in m.text and "Ole Dam orienterede" in m.text
    assert all(SECRET not in p.name for p in extract(m).persons)


def test_a_space_aligned_status_column_of_a_plain_text_agenda_closes_the_item_below():
    body = ("DAGSORDEN                                  Status\n"
            "1. Budget                                  Åben\n"
            "2. Henvendelse fra borger                  Lukket\n"
            "3. Eventuelt                               Åben\n\n"
            "Ad 1. Godkendt.\n\n"
            f"Ad 2. Rådet drøftede henvendelsen fra {SECRET} Hansen.\n\n"
            "Ad 3. Ole Dam orienterede om Kulturnatten.\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Ole Dam orienterede" in m.text
    assert all(SECRET not in p.name for p in extract(m).persons)


def test_a_titled_closed_item_before_item_one_is_closed():
    body = ("Lukket punkt (behandlet før dagsordenen): Ansøgning om fritagelse\n"
            f"Rådet behandlede en ansøgning fra {SECRET} Hansen.\nAnsøgningen blev imødekommet.\n\n"
            "1. Budget\nGodkendt.\n\n2. Eventuelt\nOle Dam orienterede.\n")
    m = _minutes(body)
    assert SECRET not in m.text and "Ole Dam orienterede" in m.text
    assert [item.title for item in m.items] == ["Budget", "Eventuelt"]


def test_a_section_heading_under_a_title_broken_after_a_preposition_is_not_joined_to_it():
    m = _minutes(f"Pkt. 1 Oplæg v/\nLukkede dagsordenspunkter\nPkt. 2 Ansættelse\nBrev om Ib {SECRET}.\n")
    assert m.closed_items == 1 and SECRET not in m.text
    assert [(item.number, item.title) for item in m.items] == [("1", "Oplæg v/")]
