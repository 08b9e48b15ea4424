from pathlib import Path

from ingest.read import read_document, text_to_document
from ingest.segment import segment

LAYOUTS = Path(__file__).resolve().parent.parent / "fixtures" / "layouts"


def _minutes(name):
    return segment(read_document(LAYOUTS / name))


def test_numbered_items_and_header_fields():
    m = _minutes("header_table.txt")
    assert [(i.number, i.title) for i in m.items] == [("1", "Velkommen"), ("2", "Eventuelt")]
    h = m.header
    assert (h.date, h.start_time, h.end_time) == ("2019-03-14", "15:00", "17:00")
    assert (h.body, h.municipality, h.location) == ("Integrationsforum", "Gribskov", "Rådhuset, mødelokale 3")


def test_pkt_items_and_title_line():
    m = _minutes("dash_lines.txt")
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Nyt fra formanden"]
    assert (m.header.body, m.header.municipality) == ("Integrationsrådet", "Furesø")
    assert [s.kind for s in m.sections] == ["members", "absent"]


def test_time_slot_items_in_pdf_text():
    m = _minutes("pdf_slots.txt")
    assert [i.number for i in m.items] == ["1", "2"]
    assert m.header.date == "2021-03-12"
    kinds = {s.kind: s.heading for s in m.sections}
    assert kinds["affiliated"] == "Horsens Kommune"


def test_closed_item_is_counted_and_its_text_never_passed_on():
    m = _minutes("blocks_closed.txt")
    assert m.closed_items == 1
    assert [i.title for i in m.items] == ["Godkendelse af referat", "Nyt fra foreningerne"]
    assert "Hemmeligsen" not in m.text and "Hemmeligsen" not in m.document.text
    assert len(m.text) == len(read_document(LAYOUTS / "blocks_closed.txt").text)  # offsets kept


def test_closed_section_heading_closes_the_items_below_it():
    text = ("Referat for Udvalget 1.2.2020\n\n1. Åbent punkt\n\nTekst.\n\nLukkede dagsordenspunkter\n\n"
            "2. Sag om Xerxes Fortrolig\n\nXerxes Fortrolig har klaget.\n")
    m = segment(text_to_document(text, "x.txt", "txt"))
    assert m.closed_items == 1 and "Xerxes" not in m.text


def test_an_empty_closed_heading_in_the_contents_closes_nothing(samples):
    m = segment(read_document(samples / "002_8c7ad1c6f4db9e5c.txt"))
    assert m.closed_items == 0 and len(m.items) == 7


def test_toc_lines_are_not_items(samples):
    m = segment(read_document(samples / "004_1dc2cfc57e28560c.txt"))
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5", "6"]
    assert m.items[0].title == "Bemærkninger til dagsordenen"


def test_a_single_closed_item_is_still_removed():
    text = ("Referat for Udvalget 1.2.2020\n\nDeltagere: Anna Holm\n\nPunkt 1: Lukket punkt – personalesag\n\n"
            "Xerxes Fortrolig har klaget over Yvonne Hemmelig.\n")
    m = segment(text_to_document(text, "x.txt", "txt"))
    assert m.closed_items == 1 and "Xerxes" not in m.text and "Hemmelig" not in m.text


def test_contents_list_with_the_same_numbering_is_not_the_items():
    text = ("Referat for Handicaprådet 1.2.2021\n\nIndholdsfortegnelse\n1. Orientering\n2. Trafik\n"
            "3. Lukket punkt: Sag om Xerxes Fortrolig\n\n1. Orientering\nLise Krogh orienterede.\n\n"
            "2. Trafik\nRådet drøftede busserne.\n\n3. Lukket punkt: Sag om en borger\nXerxes Fortrolig har skrevet.\n")
    m = segment(text_to_document(text, "t.txt", "txt"))
    assert [i.title for i in m.items] == ["Orientering", "Trafik"]
    assert "Lise Krogh orienterede" in m.text[m.items[0].start : m.items[0].end]
    assert m.closed_items == 1 and "Xerxes" not in m.text


def test_a_numbered_post_in_the_members_table_does_not_lead_the_agenda_list_into_the_items():
    # "1. suppleant" opens a run that the agenda list (with a note under item 3) continues: that run is
    # list-like, so the items are the run that starts again at 1 and has text under every item
    text = ("Referat fra Seniorrådet 10.2.2026\n\nMedlemmer\nNavn\tValgt i\tFremmøde\nAnna Holm\tHobro\tMødt\n"
            "Bo Lund\n1. suppleant\tHadsund\tMødt\n\nDagsorden\n1. Godkendelse af dagsorden\n2. Meddelelser\n"
            "3. Høring om madservice\nOplæg ved ældrechef Kim Dam\n4. Seniorrådets Dag\n5. Personsag – lukket\n"
            "6. Eventuelt\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Meddelelser\nAnna Holm orienterede.\n\n"
            "3. Høring om madservice\nKim Dam gennemgik udkastet.\n\n4. Seniorrådets Dag\nDagen holdes i juni.\n\n"
            "5. Personsag – lukket\nHenvendelse fra Xerxes Fortrolig om en plejebolig.\n\n6. Eventuelt\nIntet.\n")
    m = segment(text_to_document(text, "s.txt", "txt"))
    assert [i.title for i in m.items] == ["Godkendelse af dagsorden", "Meddelelser", "Høring om madservice",
                                          "Seniorrådets Dag", "Eventuelt"]
    assert m.closed_items == 1 and "Xerxes" not in m.text


def test_body_keeps_the_place_name_that_leads_it():
    text = "# Referat af bestyrelsesmøde i Vester Hede Borgerforum\n\n**Dato:** 3.4.2022\n\n## 1. Velkomst\nTekst.\n\n## 2. Eventuelt\nIntet.\n"
    assert segment(text_to_document(text, "b.md", "md")).header.body == "Vester Hede Borgerforum"


def test_a_title_broken_after_a_preposition_continues_on_the_next_line():
    text = ("Referat Integrationsnetværket 4.5.2020\n\n16.30 - 17.00: Nyt fra \nsprogskolen \nTekst.\n\n"
            "17.00 - 17.30: Eventuelt\nIntet.\n")
    m = segment(text_to_document(text, "s.txt", "txt"))
    assert [i.title for i in m.items] == ["Nyt fra sprogskolen", "Eventuelt"]


def test_a_meeting_titled_by_what_it_is_names_the_body():
    text = "Referat\nDialogmøde for foreninger i Nordby\nMødedato: 4.5.2020\n\n1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n"
    assert segment(text_to_document(text, "d.txt", "txt")).header.body == "Dialogmøde for foreninger i Nordby"


def test_an_email_subject_names_a_meeting_by_what_it_is_when_no_body_is_named():
    text = ("Fra: Lise Krogh <lk@nordby.dk>\nSendt: 5. maj 2020 20:14\nEmne: Referat: Temamøde om stier i Nordby, 4. maj\n\n"
            "Hej alle\n\nPunkt 1 – Velkomst\nTekst.\n\nPunkt 2 – Eventuelt\nIntet.\n")
    assert segment(text_to_document(text, "e.txt", "txt")).header.body == "Temamøde om stier i Nordby"


def test_contents_list_with_page_numbers_on_their_own_lines():
    text = ("Referat for Handicaprådet 1.2.2021\n\nIndhold\n1. Orientering\n2\n2. Trafik\nSide 3\n\n"
            "1. Orientering\nLise Krogh orienterede.\n\n2. Trafik\nRådet drøftede busserne.\n")
    m = segment(text_to_document(text, "t.txt", "txt"))
    assert "Lise Krogh orienterede" in m.text[m.items[0].start : m.items[0].end]


def test_a_body_for_a_place_and_its_surroundings_keeps_og_omegn():
    text = "Referat af møde i Lokalrådet for Ydby og omegn\nMødedato: 4.5.2020\n\n1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n"
    assert segment(text_to_document(text, "o.txt", "txt")).header.body == "Lokalrådet for Ydby og omegn"
