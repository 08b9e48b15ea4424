"""Closed parts the privacy red team's round 15 found, on invented minutes: an agenda table whose status column
is a pictograph explained by a legend ("🔒 = lukket punkt"), an HTML <fieldset> whose <legend> says closed, minutes
embedded in an <iframe srcdoc>, a Word list level whose number text is "LUKKET PUNKT – %1", and an "ÅBEN
DAGSORDEN (fortsat)" heading after a closed part.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ingest.closed import heading_kind, legend_markers
from ingest.extract import extract
from ingest.read import html_to_text, read_document, text_to_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, HTML_HEADER, OPEN, SECRET, minutes, pdf_bytes, titles


def _agenda_table(marks: tuple[str, str, str]) -> str:
    rows = "".join(f"| {n} | {title} | {mark} |\n"
                   for n, (title, mark) in enumerate(zip(("Busruter", "Ansøgning om enkeltydelse", "Eventuelt"), marks), 1))
    return f"\n| Nr. | Punkt | Status |\n|---|---|---|\n{rows}\n"


_ITEMS = ("\n## 1. Busruter\n\nSolvang Busser kører videre.\n\n## 2. Ansøgning om enkeltydelse\n\n"
          "Ansøgningen fra Karl Quarnbek blev anbefalet.\n\n## 3. Eventuelt\n\nUlla Solvang takkede.\n")


def test_a_pictograph_in_a_status_column_closes_its_row_and_item_when_a_legend_says_what_it_means():
    m = minutes(_agenda_table(("🔓", "🔒\ufe0f", "🔓")) + "🔒 = lukket punkt · 🔓 = åbent punkt\n" + _ITEMS, "m.md")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_without_a_legend_a_pictograph_closes_nothing_but_a_padlock_does():
    m = minutes(_agenda_table(("○", "●", "○")) + _ITEMS, "m.md")
    assert titles(m) == ["Busruter", "Ansøgning om enkeltydelse", "Eventuelt"]
    # a padlock means closed wherever it is used (round 16: "3. Sag om skolefravær 🔒" in a fold-out's summary)
    m = minutes(_agenda_table(("🔓", "🔒", "🔓")) + _ITEMS, "m.md")
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_pictograph_legends_in_their_usual_forms():
    assert legend_markers(["🔒 = lukket punkt · 🔓 = åbent punkt"]) == {"🔒"}
    assert legend_markers(["Signaturforklaring: 🔒 lukket punkt, 🔓 åbent punkt"]) == {"🔒"}
    assert legend_markers(["🔓 Åbent punkt   🔒 Lukket punkt"]) == {"🔒"}
    assert legend_markers(["■: lukket"]) == {"■"}
    # a bare pictograph before a marker is a legend only beside another symbol: alone it may be a tick or a bullet
    assert legend_markers(["✓ Lukket punkt"]) == set() and legend_markers(["● Lukket punkt vedr. personsag"]) == set()
    assert legend_markers(["• = lukket punkt"]) == set()  # a bullet is never a symbol


def test_a_fieldset_whose_legend_says_closed_is_closed_whole_and_the_item_before_it_stays():
    html = (HTML_HEADER + "<h2>1. Busruter</h2><p>Solvang Busser kører videre.</p>"
            "<fieldset><legend>Lukket punkt</legend><h2>2. Ansøgning om hjælpemiddel</h2>"
            "<p>Sagen om Karl Quarnbek.</p></fieldset><h2>3. Eventuelt</h2><p>Ulla Solvang takkede.</p>")
    m = segment(text_to_document(html, "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_fieldset_with_an_open_legend_is_read_as_it_is():
    html = (HTML_HEADER + "<fieldset><legend>Beslutninger</legend><h2>1. Busruter</h2><p>Solvang Busser.</p>"
            "</fieldset><h2>2. Eventuelt</h2><p>Ulla Solvang takkede.</p>")
    assert segment(text_to_document(html, "m.html", "html")).text.count(OPEN) == 2


def test_minutes_embedded_in_an_iframe_srcdoc_are_read_in_place_and_their_closed_item_closes():
    inner = ("<p>Deltagere: Rita Holm, Ib Sand</p><h3>1. Velkomst</h3><p>Ulla Solvang bød velkommen.</p>"
             "<h3>2. Lukket punkt: Klage</h3><p>Klage fra Karl Quarnbek.</p><h3>3. Eventuelt</h3><p>Ib Solvang takkede.</p>")
    page = (f"<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p>"
            f"<iframe title=\"Referat\" srcdoc=\"{inner.replace('<', '&lt;').replace('>', '&gt;')}\"></iframe><p>Kontakt</p>")
    assert "Ulla Solvang bød velkommen." in html_to_text(page)
    m = segment(text_to_document(page, "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Velkomst", "Eventuelt"]


def _word_minutes(path: Path, closed_number_text: str) -> Path:
    """Word minutes whose items are a list "%1." and whose closed item is numbered by a list of its own."""
    return _numbered_word_minutes(path, [(90, "%1.", 1), (91, closed_number_text, 2)], [(90, 90, None), (91, 91, None)],
                                  [("Busruter", "Solvang Busser kører videre.", 90),
                                   ("Ansøgning om støtte", "Ansøgningen fra Karl Quarnbek blev drøftet.", 91),
                                   ("Eventuelt", "Ulla Solvang takkede.", 90)])


def _numbered_word_minutes(path: Path, levels: list[tuple[int, str, int]], instances: list[tuple[int, int, int | None]],
                           items: list[tuple[str, str, int]]) -> Path:
    """Word minutes whose items are Word list paragraphs: `levels` (abstract list id, number text, start), list
    `instances` (num id, abstract list id, start override or None) and `items` (title, text, num id)."""
    doc = WordDocument()
    numbering = doc.part.numbering_part.element
    for aid, text, start in levels:
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'))
    for num, aid, override in instances:
        restart = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{override}"/></w:lvlOverride>' if override else ""
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num}"><w:abstractNumId w:val="{aid}"/>{restart}</w:num>'))
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    for title, text, num in items:
        p = doc.add_paragraph(title)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
        doc.add_paragraph(text)
    doc.save(path)
    return path


def test_a_word_list_level_whose_number_text_says_closed_closes_its_item_only(tmp_path):
    m = segment(read_document(_word_minutes(tmp_path / "m.docx", "LUKKET PUNKT – %1")))
    assert m.closed_items == 1
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    # the next item is "2." again (its list never counted the closed one) and is still an item
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_closed_marker_before_an_items_number_makes_it_that_item_and_closes_only_it():
    for heading in ("LUKKET PUNKT – 2 Ansøgning", "Lukket punkt 2: Ansøgning", "Fortroligt punkt nr. 2 – Ansøgning",
                    "Personsag 2 Ansøgning"):
        m = minutes(f"\n1. Busruter\nSolvang Busser kører videre.\n\n{heading}\nSagen om Karl Quarnbek.\n\n"
                    "3. Eventuelt\nUlla Solvang takkede.\n")
        assert SECRET not in m.text and m.text.count(OPEN) == 2, heading
        assert titles(m) == ["Busruter", "Eventuelt"], heading


def test_an_open_heading_with_a_note_in_brackets_reopens_the_agenda_and_no_heading_is_a_person():
    assert heading_kind("ÅBEN DAGSORDEN (fortsat)") == "open" and heading_kind("Åben del (punkt 4-6)") == "open"
    text = (HEADER.replace("Deltagere: Rita Holm, Ib Sand\n", "Deltagere: Rita Holm, Ib Sand, Ulla Solvang\n")
            + "ÅBEN DAGSORDEN\n\n1. Busruter\nSolvang Busser kører videre.\n\nLUKKET DAGSORDEN\n\n"
            "2. Ansøgning\nSagen om Karl Quarnbek.\n\nÅBEN DAGSORDEN (fortsat)\n\n3. Eventuelt\nUlla Solvang takkede.\n")
    m = segment(text_to_document(text, "m.txt", "txt"))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]
    names = {p.name for p in extract(m).persons}
    assert names == {"Rita Holm", "Ib Sand", "Ulla Solvang"}


def test_a_sentence_opening_with_a_marker_and_a_number_is_no_item():
    m = minutes("\n1. Busruter\nLukket 2 uger i juli.\nSolvang Busser kører videre.\n\n2. Klage\nKarl Quarnbek (lukket punkt).\n\n"
                "3. Eventuelt\nUlla Solvang takkede.\n")
    assert m.text.count(OPEN) == 2 and "Lukket 2 uger i juli." in m.text
    assert titles(m) == ["Busruter", "Eventuelt"]


# The second half of round 15: the red team's fixtures 95, 96, 99 and 100 (tests/fixtures/privacy).

def test_letter_spaced_words_are_read_as_words_and_a_letter_spaced_marker_closes():
    from ingest.read.text import join_letter_spacing
    assert join_letter_spacing("L U K K E T   P U N K T") == "LUKKET PUNKT"
    assert join_letter_spacing("Punktet er l u k k e t for offentligheden") == "Punktet er lukket for offentligheden"
    assert join_letter_spacing("Hold A B C D og X X X X") == "Hold A B C D og X X X X"  # initials, marks
    m = minutes("\n1. Busruter\nSolvang Busser kører videre.\n\n2. Henvendelse\n\nL U K K E T   P U N K T\n\n"
                "Karl Quarnbek klager.\n\n3. Eventuelt\nUlla Solvang takkede.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_a_closed_sub_point_lettered_under_its_item_closes_itself_only():
    m = minutes("\n1. Busruter\nSolvang Busser kører videre.\n2. Ansøgninger til puljen\nDer var tre ansøgninger.\n"
                "2 a Vestby Gymnastikforening: Nyt hold\nBevilget.\n"
                "2 b Ansøgning fra enkeltperson om tilskud til træneruddannelse i foråret (lukket)\nKarl Quarnbek søger.\n"
                "2 c Roklubben: Adaptiv roning\nUlla Solvang fortalte om projektet.\n3. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Ansøgninger til puljen", "Eventuelt"]


def test_html_check_boxes_are_read_and_an_option_ticked_elsewhere_says_nothing_where_it_is_not_ticked():
    box = '<p><label><input type="checkbox" disabled{}><span> Lukket punkt</span></label></p>'
    html = (HTML_HEADER + f"<h2>1. Busruter</h2>{box.format('')}<p>Solvang Busser kører videre.</p>"
            f"<h2>2. Klage</h2>{box.format(' checked')}<p>Karl Quarnbek klager.</p>"
            f"<h2>3. Eventuelt</h2>{box.format('')}<p>Ulla Solvang takkede.</p>")
    assert "☒" in html_to_text(html) and "☐" in html_to_text(html)
    m = segment(text_to_document(html, "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_text_set_at_a_slant_over_an_item_is_a_stamp_read_into_the_item_it_crosses(tmp_path):
    lines = ["Referat af møde i Seniorrådet, Fanø Kommune", "Mødedato: 3. marts 2025", "Deltagere: Rita Holm, Ib Sand",
             "1. Busruter", "Solvang Busser kører videre.", "2. Henvendelse", "Karl Quarnbek klager over kørsel.",
             "Rådet svarer ham.", "3. Eventuelt", "Ulla Solvang takkede."]
    drawn = [(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(lines)]
    # a watermark across item 2 (its lines stand at 680-640), drawn last and rotated 15°
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf_bytes([*drawn, ("3.7 1.0 -1.0 3.7 120 640", "LUKKET PUNKT")]))
    m = segment(read_document(path))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_list_instance_with_a_start_override_numbers_from_it(tmp_path):
    # privacy fixture 118: the closed item's list "Lukket punkt %1." starts over at 3, Eventuelt's instance at 4;
    # counted from 1, "Lukket punkt 1." had closed the open item 1 as well
    _numbered_word_minutes(tmp_path / "m.docx", [(90, "Punkt %1.", 1), (91, "Lukket punkt %1.", 1)],
                           [(90, 90, None), (91, 91, 3), (92, 90, 4)],
                           [("Godkendelse af dagsorden", "Godkendt af Ib Solvang.", 90),
                            ("Busruter", "Solvang Busser kører videre.", 90),
                            ("Ansøgning om støtte", "Ansøgningen fra Karl Quarnbek blev drøftet.", 91),
                            ("Eventuelt", "Intet.", 92)])
    document = read_document(tmp_path / "m.docx")
    assert "Lukket punkt 3. Ansøgning om støtte" in document.text and "Punkt 4. Eventuelt" in document.text
    m = segment(document)
    assert m.closed_items == 1 and SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]
