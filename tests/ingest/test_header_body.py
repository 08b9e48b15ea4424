"""The body of a meeting when no field or "Referat fra møde i …" line names it (ingest/header.py)."""
from __future__ import annotations

import pytest

from ingest.read import text_to_document
from ingest.segment import segment


def _body(text: str, name: str = "b.txt") -> str | None:
    return segment(text_to_document(text, name, name.rsplit(".", 1)[-1])).header.body


ITEMS = "1. Velkomst\nUdvalget drøftede sagen. Udvalget besluttede at vente. Udvalget mødes igen.\n2. Eventuelt\nIntet.\n"


def test_a_body_above_the_title_beats_the_generic_word_the_text_repeats():
    text = f"Tønder Kommune\nIdrætsudvalget\nReferat\nMødedato: 4. marts 2020\n{ITEMS}"
    assert _body(text) == "Idrætsudvalget"


def test_a_markdown_title_names_the_body_above_the_referat_line():
    text = f"# Ældre- og Handicaprådet i Vesthimmerlands Kommune\n\n## Referat – møde nr. 2/2024\n\n{ITEMS}"
    assert _body(text, "b.md") == "Ældre- og Handicaprådet i Vesthimmerlands Kommune"  # the title is the name


@pytest.mark.parametrize("line, body", [("af møde i Den lokale styregruppe", "Den lokale styregruppe"),
                                        ("Møde i Det fælles integrationsråd", "Det fælles integrationsråd")])
def test_a_body_in_lower_case_after_den_or_det_is_named_whole(line, body):
    text = f"Helhedsplan Nordbyen\n\nREFERAT\n\n{line}\ntirsdag den 3. marts 2020\n\n{ITEMS}"
    assert _body(text) == body


def test_a_bare_generic_body_word_is_never_the_body():
    text = "Referat\n\nMødedato: 4. marts 2020\n\n" + ITEMS + "Rådet takkede. Kulturrådet mødes i maj.\n"
    assert _body(text) == "Kulturrådet"


def test_an_emails_send_date_is_not_the_meeting_date():
    text = ("Fra: Ulla Berg <ub@example.dk>\nSendt: 2. oktober 2019 08:15\nTil: netvaerk@example.dk\n"
            "Emne: Referat fra Kulturnetværket 26/9-2019\n\nHej alle\n\n" + ITEMS)
    header = segment(text_to_document(text, "e.txt", "txt")).header
    assert header.date == "2019-09-26"


def test_an_all_capitals_title_line_is_the_body_written_as_a_name():
    text = f"IDRÆTSNETVÆRKET VESTERBRO\n\nReferat af netværksmødet onsdag den 3. maj 2017\n\n{ITEMS}"
    assert _body(text) == "Idrætsnetværket Vesterbro"


def test_a_moede_line_that_dates_the_meeting_names_no_body():
    text = f"Vestby Kommune\nSeniorrådet\nREFERAT\nMøde tirsdag den 16. september 2014 kl. 17.00-19.00\n{ITEMS}"
    assert _body(text) == "Seniorrådet"


def test_a_title_line_of_parts_names_the_body_by_its_whole_part():
    text = f"Vestby Kommune · Frivilligråd Vestby\nBESLUTNINGSREFERAT\nMødedato: 4. marts 2020\n{ITEMS}"
    assert _body(text) == "Frivilligråd Vestby"


@pytest.mark.parametrize("title, body", [
    ("SAMRÅDET FOR NYDANSKERE I VESTBY", "Samrådet for Nydanskere i Vestby"),
    ("Styregruppen for Boligsocial helhedsplan Østby Nord", "Styregruppen for Boligsocial helhedsplan Østby Nord"),
    ("Rådet for Ældre og Handicappede", "Rådet for Ældre og Handicappede"),
    ("Netværk for frivillige i socialt udsatte kvarterer i Ydby", "Netværk for frivillige i socialt udsatte kvarterer i Ydby"),
])
def test_a_title_that_names_the_body_with_its_complement_names_it_whole(title, body):
    text = f"{title}\nReferat af møde tirsdag den 3. marts 2020 kl. 17.00\n\n{ITEMS}"
    assert _body(text) == body


@pytest.mark.parametrize("top, body", [
    ("# Brugerrådet ved Ydby Aktivitetscenter\n", "Brugerrådet ved Ydby Aktivitetscenter"),
    ("Referat fra møde i Pårørenderådet ved Plejecenter Solhøj\n", "Pårørenderådet ved Plejecenter Solhøj"),
    ("Referat fra møde i Ældrerådet ved Kirsten Holm\n", "Ældrerådet"),
])
def test_a_body_keeps_the_institution_it_sits_at_but_not_a_person(top, body):
    assert _body(f"{top}Mødedato: 4. marts 2020\n{ITEMS}") == body


@pytest.mark.parametrize("title, body", [("Integrationsforum i Ikast-Brande", "Integrationsforum i Ikast-Brande"),
                                         ("Referat af møde i Frivillignetværket i Thisted", "Frivillignetværket i Thisted"),
                                         ("Møde i Integrationsrådet i Herning Kommune", "Integrationsrådet"),
                                         ("Møde i Seniorrådet i Mødelokale 2", "Seniorrådet")])
def test_a_body_titled_with_its_municipality_keeps_it_unless_the_municipality_is_named_as_such(title, body):
    # "i Ikast-Brande" is part of the name as titled; "i Herning Kommune" says whose council it is
    assert _body(f"{title}\n\nMødedato: 4. marts 2020\n\n{ITEMS}") == body

def test_a_breadcrumb_trail_in_an_element_of_no_breadcrumb_class_names_no_body():
    page = ('<html><body><div class="header">Ydby Kommune &raquo; Politik &raquo; Råd og nævn &raquo; Seniorrådet</div>'
            "<h1>Seniorrådet</h1><p>Referat af møde torsdag den 15. maj 2014 kl. 9.30</p>"
            "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p></body></html>")
    assert _body(page, "b.html") == "Seniorrådet"


def test_a_steering_groups_body_with_lower_case_words_and_a_period_is_named_whole():
    text = ("Referat af styregruppemøde\nStyregruppen for Den boligsociale helhedsplan Kær og Ydby 2022–2025\n"
            f"Torsdag den 7. april 2022 kl. 9.00–11.00\n\n{ITEMS}")
    assert _body(text) == "Styregruppen for Den boligsociale helhedsplan Kær og Ydby 2022–2025"


def test_a_body_named_with_its_municipality_after_it_keeps_the_place():
    assert _body("Frivilligt Netværk Samsø\n\nReferat af møde 12. september 2023\n\nDeltagere: Ole Brandt\n") \
        == "Frivilligt Netværk Samsø"
    assert _body("International Community Forum Skanderborg\nMinutes / Referat\nDate / Dato: 3 February 2025\n") \
        == "International Community Forum Skanderborg"


def test_a_web_pages_breadcrumb_is_no_title():
    text = ("Forside › Politik › Råd og nævn › Handicaprådet › Referater 2023\n\n"
            "Referat fra møde i Handicaprådet, Ydby Kommune\n\nMødedato: 13. marts 2023\n\nDeltagere:\nJytte Holm\n")
    assert _body(text) == "Handicaprådet"


@pytest.mark.parametrize("title, body", [
    ("# Landsbyforum Øster Hurup\n\n## Referat af møde tirsdag den 2. april 2019", "Landsbyforum Øster Hurup"),
    ("Referat fra møde i Landsbyforum Vest tirsdag den 17. april 2012", "Landsbyforum Vest"),
    ("Landsbyforum Vest                       Referat 17. april 2012", "Landsbyforum Vest"),
    ("Referat fra Frivilligrådet Nord, 3. maj 2021", "Frivilligrådet Nord"),
    # a page label, a weekday, a name or a municipality's "Kommune" after the body word is no place
    ("Handicaprådet Referat 17. april 2012", "Handicaprådet"),
    ("Referat fra Ældrerådet Tirsdag den 3. maj 2021", "Ældrerådet"),
    ("Referat fra Ældrerådet Hanne Juul bød velkommen 3. maj 2021", "Ældrerådet"),
])
def test_a_place_written_right_after_the_body_word_is_part_of_its_name(title, body):
    assert _body(f"{title}\n\n{ITEMS}", "b.md" if title.startswith("#") else "b.txt") == body


@pytest.mark.parametrize("line, place", [
    ("Referat af generalforsamling onsdag d. 13. marts 2024 kl. 19.00 i Ydby Forsamlingshus", "Ydby Forsamlingshus"),
    ("Referat af netværksmøde torsdag den 29. februar 2024 kl. 16.00–18.00 i Ydby Frivilligcenter, Jernbanegade 6.",
     "Ydby Frivilligcenter, Jernbanegade 6"),
    ("Referat af borgermøde 21. marts 2019 kl. 19-21 i Ydby Hallens cafeteria. Der kom ca. 85 borgere.",
     "Ydby Hallens cafeteria"),
    ("Referat af møde 12. marts 2015 kl. 19.00 i Kulturhuset Rosen-", None),
])
def test_the_place_after_the_time_on_the_date_line(line, place):
    header = segment(text_to_document(f"{line}\n\n{ITEMS}", "p.txt", "txt")).header
    assert header.location == place


def test_the_full_name_on_top_beats_its_short_form_in_the_title():
    text = ("Brugerrådet ved Vestby Bibliotek\nReferat\n3. december 2019\n\n"
            f"Referat af møde i Brugerrådet\nDeltagere:\nInger Damgaard, formand\nBent Holm\n\n{ITEMS}")
    assert _body(text) == "Brugerrådet ved Vestby Bibliotek"


def test_a_word_page_header_s_tab_stops_part_its_fields(tmp_path):
    import docx

    from ingest.read import read_document

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Vestby Kommune\tÆldrerådet\t3. december 2019"
    for line in ["Referat", "Deltagere:", "Inger Damgaard, formand", "Bent Holm", "1. Velkomst", "Intet.",
                 "2. Eventuelt", "Intet."]:
        document.add_paragraph(line)
    path = tmp_path / "h.docx"
    document.save(str(path))
    read = read_document(path)
    assert "Vestby Kommune\nÆldrerådet\n3. december 2019" in read.text
    assert segment(read).header.body == "Ældrerådet"


@pytest.mark.parametrize("title, body", [
    ("# Integrationsnetværket i Vestby Kommune\n\nReferat af netværksmøde 2. marts 2022", "Integrationsnetværket i Vestby Kommune"),
    ("Referat fra møde i Integrationsrådet i Vestby Kommune\nMødedato: 2. marts 2022", "Integrationsrådet"),
])
def test_a_title_that_is_the_body_s_name_keeps_its_municipality(title, body):
    assert _body(f"{title}\n{ITEMS}", "b.md") == body


def test_a_body_for_a_partnership_keeps_its_short_linking_words():
    text = f"Styregruppen for Partnerskab mod Ensomhed i Vestby\n\nREFERAT\n\nMøde torsdag den 17. september 2026\n{ITEMS}"
    assert _body(text) == "Styregruppen for Partnerskab mod Ensomhed i Vestby"


def test_a_listed_persons_organisation_is_no_letterhead():
    text = ("Styregruppen for Ydby Helhedsplan\nReferat af styregruppemøde torsdag den 7. april 2022\n\n"
            "Styregruppen:\nClaus Feddersen, direktør, Boligselskabet Ydby\nTorben Moos, Ydby Ungdomsskole\n\n" + ITEMS)
    assert _body(text) == "Styregruppen for Ydby Helhedsplan"
