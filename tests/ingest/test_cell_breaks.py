"""A line break inside a cell of a table of people joins the cell's lines into one value
(ingest/read/cell_breaks.py): the role under a name stays that person's, in Word and in HTML."""
from __future__ import annotations

from ingest.extract import extract
from ingest.read import read_document, text_to_document
from ingest.segment import segment

PAGE = """<html><body><h1>Referat fra møde i Seniorrådet</h1><p>Mødedato: 10. februar 2026</p>
<table><tr><th>Navn</th><th>Valgt i</th><th>Fremmøde</th></tr>
<tr><td>Hanne Juul<br>formand</td><td>Hobro</td><td>Mødt</td></tr>
<tr><td>Erik Bundgaard<br>næstformand</td><td>Hadsund</td><td>Mødt</td></tr>
<tr><td>Grethe Vilsen</td><td>Arden</td><td>Afbud</td></tr>
<tr><td>Bent Skipper</td><td>Hadsund</td><td>Mødt<br>(for Grethe Vilsen)</td></tr></table>
<h3>1. Meddelelser</h3><p>Hanne Juul orienterede.</p><h3>2. Eventuelt</h3><p>Intet.</p></body></html>"""


def _roles(facts) -> dict[str, set[str]]:
    return {p.name: {r.split(" (")[0] for r in p.roles} for p in facts.persons}


def test_a_break_in_a_name_cell_of_an_html_table_keeps_the_role_with_its_person():
    facts = extract(segment(text_to_document(PAGE, "s.html", "html")))
    roles = _roles(facts)
    assert "formand" in roles["Hanne Juul"] and "næstformand" in roles["Erik Bundgaard"]
    assert not {"formand", "næstformand"} & roles["Grethe Vilsen"]
    assert "Hanne Juul, formand\tHobro\tMødt" in text_to_document(PAGE, "s.html", "html").text
    assert "Mødt (for Grethe Vilsen)" in text_to_document(PAGE, "s.html", "html").text


def test_a_table_not_of_people_keeps_a_cell_on_its_lines():
    page = ("<table><tr><th>Punkt</th><th>Referat</th></tr><tr><td>1. Budget</td>"
            "<td>Rådet drøftede budgettet.<br>Beslutning: Godkendt.</td></tr></table>")
    assert "\n\tBeslutning: Godkendt." in text_to_document(page, "t.html", "html").text


def test_a_break_in_a_cell_of_a_word_table_of_people_keeps_the_role_with_its_person(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Referat af møde i Brugerrådet for Vestby Bibliotek 11. marts 2024")
    rows = [("Navn", "Repræsenterer", "Mødt"), ("Ellen Bach\nformand", "Brugerrepræsentant", "X"),
            ("Aisha Mahmoud\nnæstformand", "Integrationsrådet i Vestby", "X"),
            ("Per Munk", "Kultur- og Fritidsudvalget\nVenstre", "Afbud"), ("Kim Holm", "Brugerrepræsentant", "X")]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("1. Velkommen")
    document.add_paragraph("Ellen bød velkommen.")
    document.add_paragraph("2. Eventuelt")
    document.add_paragraph("Intet.")
    document.save(tmp_path / "b.docx")
    text = read_document(tmp_path / "b.docx").text
    assert "Ellen Bach, formand\tBrugerrepræsentant\tX" in text
    assert "Per Munk\tKultur- og Fritidsudvalget, Venstre\tAfbud" in text
    roles = _roles(extract(segment(read_document(tmp_path / "b.docx"))))
    assert "formand" in roles["Ellen Bach"] and "næstformand" in roles["Aisha Mahmoud"]
    assert not {"formand", "næstformand"} & (roles["Per Munk"] | roles["Kim Holm"])
