"""Closed parts the privacy red team's round 16b found (fixtures 109–114), on invented minutes: a padlock picture's
alternative text in a Word heading, a status cell's `<abbr title="Lukket punkt">L</abbr>`, YAML front matter
"lukkede_punkter: [4]" (and a header line "Lukkede punkter: 4", which had closed every item), an OCR "Iukket
punkt", Norwegian "Unnateke frå innsyn" in a case list numbered "04/25".

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt

from ingest.read import html_to_text, read_document, text_to_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, HEADER_LINES, OPEN, SECRET, minutes, pdf_bytes, titles

_ITEMS = ("\n1. Busruter\nSolvang Busser kører videre.\n\n2. Klage\nKarl Quarnbek klager.\n\n"
          "3. Eventuelt\nUlla Solvang takkede.\n")


def _png(path: Path) -> Path:
    import base64
    path.write_bytes(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))
    return path


def test_a_pictures_alternative_text_in_a_word_heading_is_read_and_closes_the_item(tmp_path):
    doc = WordDocument()
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    for title, text, locked in (("1. Busruter", "Solvang Busser kører videre.", False), ("2. Klage", "Karl Quarnbek klager.", True),
                                ("3. Eventuelt", "Ulla Solvang takkede.", False)):
        heading = doc.add_paragraph(title)
        if locked:
            heading.add_run().add_picture(str(_png(tmp_path / "laas.png")), width=Pt(10))
            heading._p.xpath(".//wp:docPr")[0].set("descr", "Lukket punkt")
        doc.add_paragraph(text)
    doc.save(tmp_path / "m.docx")
    m = segment(read_document(tmp_path / "m.docx"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_an_abbreviations_tooltip_that_says_closed_is_read_beside_it():
    assert html_to_text('<td><abbr title="Lukket punkt">L</abbr></td>') == "L (Lukket punkt)"
    assert html_to_text('<p><abbr title="Dansk Flygtningehjælp">DFH</abbr></p>') == "DFH"
    rows = "".join(f'<tr><td>{n}</td><td>{t}</td><td><abbr title="{s}">{s[0]}</abbr></td></tr>'
                   for n, t, s in ((1, "Busruter", "Åbent punkt"), (2, "Klage", "Lukket punkt"), (3, "Eventuelt", "Åbent punkt")))
    page = ("<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm</p>"
            f"<table>{rows}</table><h2>1. Busruter</h2><p>Solvang Busser.</p><h2>2. Klage</h2><p>Karl Quarnbek klager.</p>"
            "<h2>3. Eventuelt</h2><p>Ulla Solvang takkede.</p>")
    m = segment(text_to_document(page, "m.html", "html"))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_front_matter_naming_closed_items_by_number_closes_them_only():
    text = ("---\ntitle: \"Referat – Seniorrådet\"\ndato: 2025-03-03\nlukkede_punkter: [2]\n---\n\n"
            "# Referat, Seniorrådet, Fanø Kommune\n\nDeltagere: Rita Holm, Ib Sand\n" + _ITEMS)
    m = segment(text_to_document(text, "m.md", "md"))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_a_header_line_naming_closed_items_by_number_heads_no_closed_part():
    for line in ("Lukkede punkter: 2", "Lukket punkt: 2", "Lukkede punkter: pkt. 2"):
        m = minutes(_ITEMS, header=HEADER_LINES + line + "\n\n")
        assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"], line


def test_an_ocr_capital_i_for_the_l_of_lukket_is_read_as_lukket():
    m = minutes(_ITEMS.replace("Karl Quarnbek klager.", "Iukket punkt, jf. forvaItningslovens § 27\nKarl Quarnbek klager."))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_norwegian_case_numbers_and_a_nynorsk_closing_note():
    text = ("VOLDA KOMMUNE\nEldrerådet\nMøtedato: 06.02.2025\n\nTil stades: Synnøve Solvang (leiar), Oddvar Hjelmeset\n"
            "Forfall: Torbjørg Aarflot\n\n01/25 Godkjenning av sakliste\nVedtak: Godkjend.\n\n"
            "02/25 Søknad om tilskot\nUnnateke frå innsyn, jf. offl. § 13\nSøkjar er Karl Quarnbek.\n\n"
            "03/25 Eventuelt\nSynnøve Solvang orienterte.\n")
    m = segment(text_to_document(text, "m.txt", "txt"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkjenning av sakliste", "Eventuelt"]


# round 16 (fixtures 105–107)

def test_a_markdown_call_out_titled_closed_closes_its_item():
    body = ("\n## 1. Busruter\nSolvang Busser kører videre.\n\n## 2. Klage\n\n!!! danger \"Lukket\"\n"
            "    Karl Quarnbek klager.\n\n## 3. Eventuelt\nUlla Solvang takkede.\n")
    m = minutes(body, "m.md")
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]
    m = minutes(body.replace('!!! danger "Lukket"', "> [!WARNING] Lukket").replace("    Karl", "> Karl"), "m.md")
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_a_fold_out_whose_class_restricts_it_or_whose_summary_has_a_padlock_is_closed():
    for details, summary in (('<details class="agenda-item restricted">', "2. Klage"), ("<details>", "2. Klage 🔒")):
        page = (HTML_HEADER_PAGE + "<h2>1. Busruter</h2><p>Solvang Busser.</p>"
                f"{details}<summary>{summary}</summary><p>Karl Quarnbek klager.</p></details>"
                "<h2>3. Eventuelt</h2><p>Ulla Solvang takkede.</p>")
        m = segment(text_to_document(page, "m.html", "html"))
        assert SECRET not in m.text and m.text.count(OPEN) == 2, details


def test_a_word_content_control_whose_title_says_closed_is_closed(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    doc = WordDocument()
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    doc.add_paragraph("1. Busruter")
    doc.add_paragraph("Solvang Busser kører videre.")
    doc.add_paragraph("2. Klage")
    doc.element.body.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Punktstatus: Lukket"/><w:tag w:val="lukket"/></w:sdtPr>'
        '<w:sdtContent><w:p><w:r><w:t>Karl Quarnbek klager.</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    for text in ("3. Eventuelt", "Ulla Solvang takkede."):
        doc.add_paragraph(text)
    body = doc.element.body
    body.append(body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"))  # keep it last
    doc.save(tmp_path / "m.docx")
    m = segment(read_document(tmp_path / "m.docx"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert "Eventuelt" in titles(m)


HTML_HEADER_PAGE = "<h1>Seniorrådet, Fanø Kommune</h1><p>Referat af møde 3. marts 2025</p><p>Deltagere: Rita Holm</p>"


def _form_pdf(lines: list[str], boxes: list[tuple[float, bool]]) -> bytes:
    """A one-page PDF drawing `lines` 20 points apart from the top, with a check box (ticked or not) at each height."""
    widgets = [f"<< /Type /Annot /Subtype /Widget /FT /Btn /T (box{k}) /V /{'Ja' if on else 'Off'} "
               f"/AS /{'Ja' if on else 'Off'} /Rect [300 {y - 2} 311 {y + 9}] >>".encode() for k, (y, on) in enumerate(boxes)]
    return pdf_bytes([(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(lines)], widgets)


def test_a_pdf_forms_check_box_is_read_and_only_the_ticked_option_closes(tmp_path):
    # round 16b, fixture 116: "Behandles for lukkede døre:" under every item, its box ticked under one
    lines = ["Referat af møde i Seniorrådet, Fanø Kommune", "Mødedato: 3. marts 2025", "Deltagere: Rita Holm, Ib Sand",
             "1. Busruter", "Behandles for lukkede døre:", "Solvang Busser kører videre.",
             "2. Klage", "Behandles for lukkede døre:", "Karl Quarnbek klager.",
             "3. Eventuelt", "Behandles for lukkede døre:", "Ulla Solvang takkede."]
    path = tmp_path / "m.pdf"
    path.write_bytes(_form_pdf(lines, [(780 - 20 * 4, False), (780 - 20 * 7, True), (780 - 20 * 10, False)]))
    m = segment(read_document(path))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


# round 17 (fixtures 117, 119, 121, 122, 124)

def test_a_word_heading_whose_style_name_says_closed_closes_its_item(tmp_path):
    from docx.enum.style import WD_STYLE_TYPE
    doc = WordDocument()
    doc.styles.add_style("Overskrift lukket punkt", WD_STYLE_TYPE.PARAGRAPH)
    doc.styles.add_style("Overskrift åbent punkt", WD_STYLE_TYPE.PARAGRAPH)
    for line in HEADER.splitlines():
        doc.add_paragraph(line)
    for title, text, style in (("1. Busruter", "Solvang Busser kører videre.", "Overskrift åbent punkt"),
                               ("2. Klage", "Karl Quarnbek klager.", "Overskrift lukket punkt"),
                               ("3. Eventuelt", "Ulla Solvang takkede.", "Overskrift åbent punkt")):
        doc.add_paragraph(title, style=style)
        doc.add_paragraph(text)
    doc.save(tmp_path / "m.docx")
    m = segment(read_document(tmp_path / "m.docx"))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_words_a_style_sheet_shows_with_a_class_are_read():
    page = ('<style>.st--closed::before { content: "Lukket punkt"; } .st--open::before { content: "Åbent punkt"; }</style>'
            + HTML_HEADER_PAGE + '<h2><span class="st st--open"></span> 1. Busruter</h2><p>Solvang Busser.</p>'
            '<h2><span class="st st--closed"></span> 2. Klage</h2><p>Karl Quarnbek klager.</p>'
            '<h2><span class="st st--open"></span> 3. Eventuelt</h2><p>Ulla Solvang takkede.</p>')
    assert "2. Klage (Lukket punkt)" in html_to_text(page)
    m = segment(text_to_document(page, "m.html", "html"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter (Åbent punkt)", "Eventuelt (Åbent punkt)"]  # (the page shows the open badge too)


def test_a_case_system_export_labels_each_item_and_its_public_field_says_no():
    def item(n: int, title: str, public: str, text: str) -> str:
        return (f"\n{'-' * 40}\nDagsordenspunkt: {n}. {title}\nSagsnr.: 27.00.00-P22-{n}-24\nOffentlighed: {public}\n\n"
                f"{text}\n\nBeslutning: Taget til efterretning.\n")
    m = minutes(item(1, "Busruter", "Offentlig", "Solvang Busser kører videre.")
                + item(2, "Henvendelse", "Ikke offentlig", "Karl Quarnbek klager.")
                + item(3, "Eventuelt", "Offentlig", "Ulla Solvang takkede."))
    assert SECRET not in m.text and titles(m) == ["Busruter", "Eventuelt"]


def test_icelandic_confidential_matter_items_led_by_a_case_number_and_a_role_after_the_name():
    from tests.ingest.text_facts import persons_of
    text = ("Fjallabyggð\nFundargerð\nÖldungaráð Fjallabyggðar\nFimmtudaginn 7. nóvember 2024\n\nFundinn sátu:\n"
            "Guðrún Solvang formaður\nMagnús Einarsson\n\n1. 2410015 – Fundargerð síðasta fundar\nSamþykkt.\n\n"
            "2. 2410041 – Trúnaðarmál\nErindi frá Karl Quarnbek.\nBókun ráðsins færð í trúnaðarbók.\n\n"
            "3. 2410044 – Önnur mál\nGuðrún Solvang þakkaði.\n")
    m = segment(text_to_document(text, "m.txt", "txt"))
    assert SECRET not in m.text and titles(m) == ["Fundargerð síðasta fundar", "Önnur mál"]
    assert "formand" in persons_of(text)["Guðrún Solvang"].roles


def test_a_pdfs_bookmarks_grouping_an_item_under_a_closed_heading_close_it(tmp_path):
    from pypdf import PdfReader, PdfWriter
    lines = ["Referat af møde i Seniorrådet, Fanø Kommune", "Mødedato: 3. marts 2025", "Deltagere: Rita Holm, Ib Sand",
             "1. Busruter", "Solvang Busser kører videre.", "2. Klage", "Karl Quarnbek klager.",
             "3. Eventuelt", "Ulla Solvang takkede."]
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(pdf_bytes([(f"1 0 0 1 56 {780 - 20 * n}", t) for n, t in enumerate(lines)]))
    writer = PdfWriter(clone_from=PdfReader(plain))
    open_group = writer.add_outline_item(title="Åbne punkter", page_number=0)
    writer.add_outline_item(title="1. Busruter", page_number=0, parent=open_group)
    writer.add_outline_item(title="3. Eventuelt", page_number=0, parent=open_group)
    closed_group = writer.add_outline_item(title="Lukkede punkter", page_number=0)
    writer.add_outline_item(title="2. Klage", page_number=0, parent=closed_group)
    with (tmp_path / "m.pdf").open("wb") as out:
        writer.write(out)
    m = segment(read_document(tmp_path / "m.pdf"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]
