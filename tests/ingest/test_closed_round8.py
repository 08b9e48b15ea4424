"""Closed parts marked the ways the privacy red team's round 8 found, on invented minutes: struck-through or hidden
HTML, a status cell spanning an item's rows, a status column first, German and Norwegian markers and numbering, a
legend without "med", the audience sent out before an item, a Word section whose page header is confidential.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

import io

import pytest

from ingest.closed_numbers import numbers_closed_by_sentences
from ingest.read import text_to_document
from ingest.read.markup import html_to_text
from ingest.read.word import extract_docx
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER, HTML_HEADER, OPEN, SECRET, minutes, titles


@pytest.mark.parametrize("struck", [
    "<del>{}</del>", "<s>{}</s>", "<strike>{}</strike>", '<span style="text-decoration: line-through">{}</span>',
    '<div style="display:none">{}</div>', '<div style="visibility: hidden">{}</div>', "<div hidden>{}</div>",
])
def test_struck_through_and_hidden_html_text_is_never_read(struck):
    text = html_to_text(f"<p>Solvang før</p>{struck.format('<p>Karl <b>Quarnbek</b> klager</p><table><tr><td>x')}"
                        "<p>Solvang efter</p>")
    assert SECRET not in text
    assert text.split("\n") == ["Solvang før", "Solvang efter"]


def test_struck_text_nested_in_itself_ends_with_its_own_end_tag():
    assert " ".join(html_to_text("<p>a <del>b <del>Quarnbek</del> c</del> d</p>").split()) == "a d"
    # an unclosed struck paragraph ends where the next paragraph starts, as a browser ends it
    assert html_to_text('<p style="display:none">Quarnbek<p>Solvang') == "Solvang"


def test_a_struck_item_in_html_minutes_leaves_the_items_around_it():
    m = minutes("<h3>1. Godkendelse af dagsorden</h3><p>Godkendt.</p><h3>2. Busruter</h3><p>Solvang Busser.</p>"
                '<h3 style="color:#C00000"><del>3. Klage over visitation</del></h3><p><del>Karl Quarnbek klager.</del></p>'
                "<h3>4. Trafik</h3><p>Solvang Vej lukkes.</p><h3>5. Eventuelt</h3><p>Intet.</p>", "m.html", HTML_HEADER)
    assert SECRET not in m.text and OPEN in m.text
    # the run of item numbers goes on over the gap the struck item leaves
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Trafik", "Eventuelt"]


def test_a_cell_spanning_rows_stands_in_each_of_them():
    assert html_to_text('<table><tr><td rowspan="3">Lukket</td><td>4</td><td>x</td></tr><tr><td>4a</td><td>y</td></tr>'
                        "<tr><td>4b</td><td>z</td></tr><tr><td>Åben</td><td>5</td></tr></table>") == \
        "Lukket\t4\tx\nLukket\t4a\ty\nLukket\t4b\tz\nÅben\t5"
    assert html_to_text('<table><tr><td>1</td><td rowspan="2">A <b>B</b></td><td>x</td></tr><tr><td>2</td>'
                        "<td>y</td></tr></table>") == "1\tA B\tx\n2\tA B\ty"


def test_a_status_column_first_closes_only_the_rows_its_closed_cell_spans():
    table = ("<table><tr><th>Status</th><th>Pkt.</th><th>Emne</th><th>Beslutning</th></tr>"
             "<tr><td>Åben</td><td>1</td><td>Godkendelse af dagsorden</td><td>Godkendt.</td></tr>"
             "<tr><td>Åben</td><td>2</td><td>Busruter</td><td>Solvang Busser kører videre.</td></tr>"
             '<tr><td rowspan="2">Lukket punkt</td><td>3</td><td>Lejersag</td><td>Klager over støj.</td></tr>'
             "<tr><td>3a</td><td>Beslutning</td><td>Karl Quarnbek får en advarsel.</td></tr>"
             "<tr><td>Åben</td><td>4</td><td>Trafik</td><td>Solvang Vej lukkes.</td></tr>"
             "<tr><td>Åben</td><td>5</td><td>Eventuelt</td><td>Intet.</td></tr></table>")
    m = minutes(table, "m.html", HTML_HEADER)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Trafik", "Eventuelt"]


def test_bilingual_german_items_and_a_german_marker():
    m = minutes("TOP 1 / Punkt 1  Godkendelse af dagsorden / Genehmigung der Tagesordnung\nGodkendt.\n\n"
                "TOP 2 / Punkt 2  Busruter / Buslinien\nSolvang Busser kører videre.\n\n"
                "TOP 3 / Punkt 3  Nichtöffentlicher Teil\nKlage / Beschwerde\nKarl Quarnbek klager.\n\n"
                "TOP 4 / Punkt 4  Eventuelt / Verschiedenes\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden / Genehmigung der Tagesordnung", "Busruter / Buslinien",
                          "Eventuelt / Verschiedenes"]


def test_a_norwegian_legend_without_med_and_case_numbered_items():
    m = minutes("Saker merket (U) er unntatt offentlighet og publiseres ikke.\n\n"
                "Sak 21/24 Godkendelse af dagsorden\nGodkendt.\n\nSak 22/24 Busruter\nSolvang Busser kører videre.\n\n"
                "Sak 23/24 (U) Søknad om reisestøtte\nKarl Quarnbek søker støtte.\n\nSak 24/24 Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert [item.number for item in m.items] == ["21", "22", "24"]


@pytest.mark.parametrize("sentence, numbers", [
    ("Formanden oplyste, at tilhørerne skal forlade\nmødet, inden punkt 4 behandles.", [4]),
    ("Publikum forlod salen under punkt 6.", [6]),
    ("Tilhørerne blev bedt om at forlade lokalet under behandlingen af pkt. 5 og 6.", [5, 6]),
    ("Efter punkt 3 forlod pressen mødet.", []),  # not item 3 itself
    ("Tilhørerne var velkomne under punkt 3.", []),
])
def test_the_audience_sent_out_for_an_item_closes_it(sentence, numbers):
    assert sorted(numbers_closed_by_sentences(sentence.split("\n"))) == numbers


def test_a_sentence_sending_the_audience_out_closes_the_item_it_names():
    m = minutes("1. Godkendelse af dagsorden\nGodkendt. Formanden oplyste, at tilhørerne skal forlade\n"
                "mødet, inden punkt 3 behandles.\n\n2. Busruter\nSolvang Busser kører videre.\n\n"
                "3. Klage over skolebuskort\nDeltog under dette punkt: forælder Karl Quarnbek.\n\n4. Eventuelt\nIntet.\n")
    assert SECRET not in m.text and OPEN in m.text
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Eventuelt"]


def _sectioned_docx(header_of_closed: str) -> bytes:
    import docx
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Fanø Kommune – Seniorrådet"
    for line in HEADER.strip().split("\n") + ["1. Godkendelse af dagsorden", "Godkendt.", "2. Busruter",
                                              "Solvang Busser kører videre."]:
        document.add_paragraph(line)
    closed = document.add_section(WD_SECTION.NEW_PAGE)
    closed.header.is_linked_to_previous = False
    closed.header.paragraphs[0].text = header_of_closed
    document.add_paragraph("3. Klage over visitation")
    document.add_paragraph("Karl Quarnbek klager over afgørelsen.")
    reopened = document.add_section(WD_SECTION.NEW_PAGE)
    reopened.header.is_linked_to_previous = False
    reopened.header.paragraphs[0].text = "Fanø Kommune – Seniorrådet"
    for line in ["4. Trafik", "Solvang Vej lukkes.", "5. Eventuelt", "Intet."]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_section_whose_page_header_is_confidential_is_closed():
    m = segment(text_to_document(extract_docx(_sectioned_docx("FORTROLIGT – side 3"), "m.docx"), "m.docx", "docx"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Godkendelse af dagsorden", "Busruter", "Trafik", "Eventuelt"]


def test_a_word_section_with_an_ordinary_page_header_closes_nothing():
    m = segment(text_to_document(extract_docx(_sectioned_docx("Bilag – side 3"), "m.docx"), "m.docx", "docx"))
    assert SECRET in m.text
    assert "Lukket del" not in m.text


def test_a_confidential_word_section_in_prose_minutes_closes_only_itself():
    # Word keeps a section's properties in its last paragraph, text and all, so no empty paragraph separates the
    # sections: the closing sentence inside must not take the paragraphs around it along
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn

    document = docx.Document()
    for n, (text, header) in enumerate([("Rita Holm bød velkommen. Ulla Solvang fortalte om busruterne", "Seniorrådet"),
                         ("Punktet blev behandlet for lukkede døre. Karl Quarnbek klager", "FORTROLIGT – side 2"),
                         ("Solvang Vej lukkes for trafik i maj.", "Seniorrådet")]):
        section = document.add_section(WD_SECTION.NEW_PAGE) if n else document.sections[0]
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = header
        document.add_paragraph(text)
    body = document.element.body
    for break_paragraph in [p for p in body.iterchildren(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]:
        break_paragraph.getprevious().insert(0, break_paragraph.find(qn("w:pPr")))
        body.remove(break_paragraph)
    out = io.BytesIO()
    document.save(out)
    m = segment(text_to_document(extract_docx(out.getvalue(), "m.docx"), "m.docx", "docx"))
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_struck_through_and_hidden_word_runs_are_never_read():
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Ulla Solvang ")
    for setting in ("hidden", "strike", "double_strike"):
        run = paragraph.add_run(f"Karl Quarnbek ({setting}) ")
        setattr(run.font, setting, True)
    kept = paragraph.add_run("var der.")
    kept.font.strike = False  # a property switched off is no strike
    out = io.BytesIO()
    document.save(out)
    assert extract_docx(out.getvalue(), "m.docx") == "Ulla Solvang var der."
