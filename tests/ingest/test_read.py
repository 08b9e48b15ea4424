"""Reading files into Documents: every format, every encoding, every way a file can be unreadable."""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.errors import IngestError, LimitError, ReadError, ReadLimitError, SegmentError
from ingest.read import iter_paths, read_document, text_to_document
from ingest.read import pdf as pdf_module
from ingest.read import word as word_module
from ingest.read.markup import has_html_fragments, html_to_text
from ingest.read.text import normalise_text
from tests.fixtures.read.make_fixtures import MINUTES_PAGES, make_docx, make_encrypted_pdf, make_pdf, make_zip
from tests.ingest.text_facts import persons_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "read"
SAMPLES = Path(__file__).resolve().parent.parent.parent / "data" / "samples"

DANISH = "Mødedato: 7. september 2017\nDeltagere: Gitte Kjær, formand for Integrationsrådet – Søren Ærø\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def assert_read_error(path: Path, reason: str, error: type[IngestError] = ReadError) -> IngestError:
    with pytest.raises(error) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert reason in caught.value.reason, message
    assert caught.value.path == str(path)
    return caught.value


# --- errors ----------------------------------------------------------------------------------


def test_errors_name_the_file_and_survive_pickling():
    error = ReadError("referat.pdf", "encrypted PDF")
    assert str(error) == "referat.pdf: encrypted PDF"
    assert (error.path, error.reason) == ("referat.pdf", "encrypted PDF")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ReadError and str(copy) == str(error)
    assert issubclass(SegmentError, IngestError) and issubclass(LimitError, IngestError)
    assert issubclass(ReadLimitError, ReadError) and issubclass(ReadLimitError, LimitError)


# --- fixtures with expected text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("header_table.txt", "txt"),
        ("name_org_list.md", "md"),
        ("html_table.html", "html"),
        ("fragments.txt", "txt"),
    ],
)
def test_fixture_reads_to_expected_text(name, fmt):
    document = read_document(FIXTURES / name)
    expected = (FIXTURES / f"{name}.expected").read_text(encoding="utf-8").removesuffix("\n")
    assert document.text == expected
    assert document.name == name
    assert document.format == fmt
    assert document.doc_id == "doc:" + hashlib.sha256(expected.encode("utf-8")).hexdigest()[:16]


def test_header_table_keeps_tabs_and_empty_cells():
    text = read_document(FIXTURES / "header_table.txt").text
    assert "Mødedato\t27.02.2018\n" in text
    assert "Bemærkninger\t\n" in text  # an empty cell keeps its tab
    assert "Deltagere\tAnne Mette Meimann, Venligboerne i Rudersdal\n\tNada Naanaah" in text
    assert not text.startswith("\n") and "Referat\n" in text  # leading blank lines and trailing spaces gone
    assert "\n\n\n\n" not in text


def test_fragments_like_sample_001():
    text = read_document(FIXTURES / "fragments.txt").text
    assert "Pkt. 1\tOplæg ved Line Pinstrup\nLine beskrev processen" in text
    assert "Pkt. 5\tTilbage melding fra arbejdsgrupper\n• Mentorkorpset" in text
    assert "Beskæftigelses- og\n---------------\t--\n\n\tIntegrationsudvalget" in text  # outside tags: as it was
    assert "”Jobcentret giver" in text and "<i>" not in text and "<p>" not in text
    assert "kurser for <nye> mentorer & frivillige" in text  # entities unescaped
    assert "(Fonden <Integration> støtter)" in text  # not an HTML tag: kept
    assert "• Pulje: 47.484 kr." in text and "• Ansøgning om 1.400 kr." in text and "• •" not in text


def test_markdown_bold_and_links_dropped_tables_kept():
    text = read_document(FIXTURES / "name_org_list.md").text
    assert "Mødedato 23. februar 2017\nSted Rådmandshaven 20, mødelokale 2" in text
    assert "- Sahra Buruk, Frivilligcenter Næstved" in text
    assert "| 1. | Godkendelse af referatet | 2 |" in text
    assert "# Referat for Integrationsrådet" in text


def test_html_document():
    text = read_document(FIXTURES / "html_table.html").text
    assert text.startswith("Referat – Integrationsrådet\nMødedato\tTorsdag d. 07. juni 2018 kl. 16:00\n")
    assert "Mødested\tJobcentret, Rynkevangen 10A, Kalundborg" in text
    assert "Deltagere\tHenrik Lykke, Tryghed og Trivsel\n\tRukiye Yilmaz Çakar" in text
    assert "ingen bemærkninger til dagsordenen.\nReferent: Kristian Geiker" in text
    assert '• Projekt "Integrationsmentor" & Frivilligcenter\n• Venskabsfamilier' in text
    for dropped in ("ikke tekst", "padding", "udkast", "<", "\u00a0"):
        assert dropped not in text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Be<b>skæf</b>tigelse</p>", "Beskæftigelse"),
        ("<p>A</p><p>B</p>", "A\nB"),
        ("A<br>B<br/>C", "A\nB\nC"),
        ("<table><tr><td>A</td><td></td><td>C</td></tr><tr><td>D</td></tr></table>", "A\t\tC\nD"),
        ("<table><tr><td>A<td>B<tr><td>C</table>", "A\tB\nC"),  # end tags omitted
        ("<ul><li>Én</li><li>- To</li><li><p>Tre</p></li></ul>", "• Én\n- To\n• Tre"),
        # an ordered list is an agenda: its items keep their numbers; nested lists stay bullets
        ("<ol><li>Én<ul><li>a</li></ul></li><li>To</li></ol>", "1. Én\n  • a\n2. To"),
        ('<ol start="4"><li>Fire</li><li>5. Fem</li></ol>', "4. Fire\n5. Fem"),
        ("<div>x<script>alert('<p>')</script><style>p{}</style><!-- <p>y</p> -->z</div>", "xz"),
        ("<p>&amp; &lt;b&gt; &aelig;&oslash;&aring; &#229; &#xe5;</p>", "& <b> æøå å å"),
        ("<h1>Referat</h1><h2>Punkt 1</h2>tekst", "Referat\nPunkt 1\ntekst"),
        ("<head><title>t</title><body><p>krop</p>", "krop"),
        ("<pre>a   b\n  c</pre>", "a   b\n  c"),
        ("<p>  mange    mellemrum\n og linjer </p>", "mange mellemrum og linjer"),
    ],
)
def test_html_to_text(markup, expected):
    assert normalise_text(html_to_text(markup)) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an icon in a heading says what its item is: its text follows the heading's own text
        ('<h2><img src="/i/lock.png" alt="Lukket punkt"> <span>3.</span> Klage</h2><p>Tekst</p>',
         "3. Klage (Lukket punkt)\nTekst"),
        ('<h3><img src="x.gif" title="Fortroligt">4. Sag</h3>', "4. Sag (Fortroligt)"),
        ('<p><img src="/i/lock.png" alt="Lukket"> Punktet</p>', "Punktet (Lukket)"),
        # an icon alone in a table cell is the cell's text
        ('<table><tr><td>3</td><td>Klage</td><td><img src="l.png" alt="Lukket"></td></tr></table>',
         "3\tKlage\t(Lukket)"),
        # logos, file names and images outside text say nothing about the minutes
        ('<div><a href="/"><img src="logo.svg" alt="Varde Kommune"></a></div><p>Referat</p>', "Referat"),
        ('<h1><img src="a.png" alt="Varde Kommunes logo">Referat</h1>', "Referat"),
        ('<p><img src="a.png" alt="IMG_0412.jpg">Tekst</p>', "Tekst"),
        # an icon drawn by a glyph or an icon font says it in its title or aria-label
        ('<h2><span class="ikon" title="Lukket punkt">&#128274;</span> 7. Klage</h2>', "7. Klage (Lukket punkt)"),
        ('<h2>7. Klage <i class="fa fa-lock" aria-label="Fortroligt"></i></h2>', "7. Klage (Fortroligt)"),
        ('<li><span title="Lukket">&#128274;</span> Klage</li>', "• Klage (Lukket)"),
        # a word with a tooltip is the word
        ('<p>Oplæg ved <abbr title="Dansk Flygtningehjælp">DFH</abbr> i dag</p>', "Oplæg ved DFH i dag"),
    ],
)
def test_html_image_text_is_read_where_it_is_part_of_the_text(markup, expected):
    assert normalise_text(html_to_text(markup)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pkt. 1\t<p>Titel</p> <p>Brødtekst</p>", "Pkt. 1\tTitel\nBrødtekst"),
        ("<p>Pkt. 5</p>\t<p>Titel</p>", "Pkt. 5\tTitel"),
        ("<p>a <= b og 3 < 4, <Kommune> &amp; R&D</p>", "a <= b og 3 < 4, <Kommune> & R&D"),
        ("før\n\n\t<ul> • punkt", "før\n\n\t• punkt"),
        ("<P CLASS='x'>Store</P>bogstaver", "Store\nbogstaver"),
    ],
)
def test_html_fragments_in_text(text, expected):
    assert has_html_fragments(text)
    assert text_to_document(text, "f.txt", "txt").text == expected


def test_whole_html_page_saved_as_txt():
    page = "<!DOCTYPE html><html><head><title>t</title></head><body><p>Referat</p>\n<p>Punkt 1</p></body></html>"
    assert text_to_document(page, "side.txt", "txt").text == "Referat\nPunkt 1"


def test_plain_text_is_not_html():
    assert not has_html_fragments("a <= b, 3 < 4 og <Kommune>")
    assert has_html_fragments("Pkt. 1\t<p>x</p>")


def test_deep_nesting_does_not_crash():
    depth = 20_000
    markup = "<div><span><i>" * depth + "dybt" + "</i></span></div>" * depth
    assert html_to_text(markup).strip() == "dybt"
    assert text_to_document("<ul>" * depth + "x", "f.txt", "txt").text == "x"


# --- encodings and normalisation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1"]
)
def test_encodings(tmp_path, encoding):
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + DANISH.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + DANISH.encode("utf-16-be")
    elif encoding == "latin-1":
        data = DANISH.replace("–", "-").encode("latin-1")
    else:
        data = DANISH.encode(encoding)
    text = read_document(write(tmp_path, "referat.txt", data)).text
    assert text == normalise_text(DANISH if encoding != "latin-1" else DANISH.replace("–", "-"))
    assert "\ufeff" not in text


def test_cp1252_without_charset_normalizer(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)  # import now raises ImportError
    short = "Mødested: Rådhuset, Lyngby – Søren Ærø"
    assert read_document(write(tmp_path, "r.txt", short.encode("cp1252"))).text == short


def test_short_cp1252_is_not_read_as_central_european(tmp_path):
    # Left free, charset-normalizer calls this cp1250 and reads "Mřdested: Rĺdhuset".
    short = "Mødested: Rådhuset, Lyngby – referat"
    assert read_document(write(tmp_path, "r.txt", short.encode("cp1252"))).text == short


def test_html_meta_charset(tmp_path):
    data = '<meta charset="iso-8859-1"><p>Kjær</p>'.encode("latin-1")
    assert read_document(write(tmp_path, "r.htm", data)).text == "Kjær"


def test_normalisation(tmp_path):
    raw = "Linje 1   \r\nKl.\u00a012.30\tcelle\t\rKaf\u0065\u0301\u00ad\u200b\n\n\n\n\n\n\ufb01nansiering\x07 \n"
    document = read_document(write(tmp_path, "r.txt", raw))
    assert document.text == "Linje 1\nKl. 12.30\tcelle\t\nKafé\n\n\nfinansiering"


def test_a_symbol_font_bullet_reads_as_the_bullet_it_draws(tmp_path):
    # PDF text copied from Word: Symbol's bullet and Wingdings' check mark are private-use characters
    document = read_document(write(tmp_path, "b.txt", "Deltagere:\n\uf0b7 Lene Bruun\n\uf0fc Ahmad Nouri\n"))
    assert document.text == "Deltagere:\n• Lene Bruun\n✓ Ahmad Nouri"


def test_a_symbol_font_bullet_list_lists_people():
    people = persons_of("Integrationsnetværket i Vestby\nReferat af møde den 7. marts 2012\nDeltagere:\n"
                        "\uf0b7 Lene Bruun, Dansk Flygtningehjælp Vestby\n\uf0b7 Ahmad Nouri, Syrisk Forening Vestby\n"
                        "1. Velkomst\nLene bød velkommen.\n2. Eventuelt\nIntet.\n")
    assert "Dansk Flygtningehjælp Vestby" in people["Lene Bruun"].organisations
    assert people["Ahmad Nouri"].status == "present"


def test_doc_id_comes_from_the_text_not_the_file(tmp_path):
    a = read_document(write(tmp_path, "a.txt", "Referat\r\n"))
    b = read_document(write(tmp_path, "b.md", "\ufeffReferat\n\n"))
    assert a.doc_id == b.doc_id == "doc:" + hashlib.sha256(b"Referat").hexdigest()[:16]
    assert (a.name, b.name) == ("a.txt", "b.md")


def test_text_to_document_is_pure_and_checks_the_format():
    document = text_to_document("<p>Mødedato</p>", "r.html", "html")
    assert (document.text, document.name, document.format) == ("Mødedato", "r.html", "html")
    with pytest.raises(ReadError, match="r.xls: unknown format 'xls'"):
        text_to_document("x", "r.xls", "xls")


# --- PDF -------------------------------------------------------------------------------------------


def test_pdf_pages_page_numbers_and_hyphenation(tmp_path):
    document = read_document(write(tmp_path, "referat.pdf", make_pdf(MINUTES_PAGES)))
    assert document.format == "pdf"
    assert document.text == (
        "Referat - Integrationsrådet Kalundborg\n"
        "Mødedato: Torsdag d. 7. juni 2018 kl. 16:00\n"
        "Deltagere: Henrik Lykke, Tryghed og Trivsel; Rukiye Yilmaz\n"
        "Çakar, Kalundborg Kulturforening\n"  # a broken line stays broken: the segmenter joins it
        "Punkt 1: Orientering om integration\n"
        "af nye borgere. Midler fra Beskæftigelses- og\n"
        "Integrationsudvalget er bevilget.\n"
        "\n"
        "Punkt 2: Gensidig orientering\n"
        "Nye EU-borgere\n"
        "og flygtninge er budt velkommen\n"
        "i Røde Kors' netværkscafé.\n"
        "Mødet sluttede kl. 18."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("integra-\ntion", "integration"),
        ("Beskæftigelses-\nog Integrationsudvalget", "Beskæftigelses- og\nIntegrationsudvalget"),
        ("social-\neller sundhedsfaglig", "social- eller\nsundhedsfaglig"),
        ("Lyngby-\nTaarbæk", "Lyngby-\nTaarbæk"),  # next line upper-case: not joined
        ("kl. 16.30 -\n18.30", "kl. 16.30 -\n18.30"),
        ("2017-\n2018", "2017-\n2018"),
        ("frivillig\u00ad\nhed", "frivillighed"),
        ("integra-\ntions-\nrådet mødes", "integrationsrådet\nmødes"),
        ("linje et\nlinje to", "linje et\nlinje to"),
        ("Side 3 af 8\ntekst\nside 4\n3\n12\n- 3 -\n3/8", "tekst\n12"),  # "12" is not at the edge
    ],
)
def test_clean_pdf_text(text, expected):
    assert pdf_module.clean_pdf_text(text) == expected


def test_pdf_bare_numbers_kept_inside_a_page():
    text = "Punkt 1\nRefererede tal\n14\n47\nfamilier\nmatchet\nslut"
    assert pdf_module.clean_pdf_text(text) == text


def test_encrypted_pdf(tmp_path):
    path = write(tmp_path, "hemmelig.pdf", make_encrypted_pdf(MINUTES_PAGES, "hemmelig"))
    assert_read_error(path, "encrypted PDF")


def test_pdf_with_empty_user_password_is_read(tmp_path):
    path = write(tmp_path, "ejer.pdf", make_encrypted_pdf(MINUTES_PAGES, ""))
    assert "Integrationsrådet Kalundborg" in read_document(path).text


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_pdf(tmp_path, keep):
    data = make_pdf(MINUTES_PAGES)
    path = write(tmp_path, "afkortet.pdf", data[: int(len(data) * keep)])
    error = assert_read_error(path, "corrupt PDF: ")
    assert len(error.reason) > len("corrupt PDF: ")  # pypdf's own reason follows


def test_pdf_that_is_not_a_pdf(tmp_path):
    assert_read_error(write(tmp_path, "referat.pdf", "Referat som tekst"), "not a PDF file")


def test_scanned_pdf_without_text(tmp_path):
    assert_read_error(write(tmp_path, "scan.pdf", make_pdf([[]])), "no text found (a scanned PDF")


def test_pdf_without_pypdf(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    assert_read_error(write(tmp_path, "r.pdf", make_pdf(MINUTES_PAGES)), "pip install pypdf")


def test_pdf_time_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "_MAX_SECONDS", -1.0)
    assert_read_error(write(tmp_path, "lang.pdf", make_pdf(MINUTES_PAGES)), "took over", LimitError)


# --- DOCX ----------------------------------------------------------------------------------------


def test_docx_body_order_tables_numbering_header(tmp_path):
    document = read_document(write(tmp_path, "referat.docx", make_docx()))
    assert document.format == "docx"
    assert document.text == (
        "Lyngby-Taarbæk Kommune\n"
        "Center for Social Indsats\n"
        "\n"
        "Referat fra møde i Integrationsrådet\n"
        "Mødedato\t7. september 2017 kl. 17.00\n"
        "Mødested\tRådhuset, 2800 Kgs. Lyngby\n"
        "Deltagere\tGitte Kjær-Westermann, formand\n"
        "\tRuth Jensen, LyngbyGuiderne\n"
        "\tBjarne Olsen, Lyngby Frivillignet\n"
        "Afbud: Sonja Kjær\n"
        "1. Godkendelse af dagsorden\n"
        "2. Orientering ved formanden\n"
        "• Mentorkorpset\n"
        "3. Eventuelt"
    )


def test_docx_merged_cells_are_not_repeated(tmp_path):
    import docx

    source = docx.Document()
    table = source.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Deltagere"  # vertical merge
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Ruth Jensen, LyngbyGuiderne"  # horizontal merge
    table.cell(1, 1).text, table.cell(1, 2).text = "Bjarne Olsen", "Lyngby Frivillignet"
    path = tmp_path / "flettet.docx"
    source.save(path)
    assert read_document(path).text == "Deltagere\tRuth Jensen, LyngbyGuiderne\n\tBjarne Olsen\tLyngby Frivillignet"


def test_docx_tracked_insertion_is_read(tmp_path):
    import docx
    from docx.oxml import OxmlElement

    source = docx.Document()
    paragraph = source.add_paragraph("Deltagere: Ruth Jensen, ")
    inserted, run, text = OxmlElement("w:ins"), OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "Bjarne Olsen"
    run.append(text)
    inserted.append(run)
    paragraph._p.append(inserted)
    path = tmp_path / "rettet.docx"
    source.save(path)
    assert read_document(path).text == "Deltagere: Ruth Jensen, Bjarne Olsen"


def test_docx_with_broken_xml(tmp_path):
    with zipfile.ZipFile(io.BytesIO(make_docx())) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["word/document.xml"] = entries["word/document.xml"][:300]  # cut off mid-element
    assert_read_error(write(tmp_path, "brudt.docx", make_zip(entries)), "corrupt DOCX: ")


def test_docx_not_a_zip(tmp_path):
    assert_read_error(write(tmp_path, "referat.docx", "Referat som tekst"), "not a DOCX (zip) file")


def test_old_word_doc_renamed(tmp_path):
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    assert_read_error(write(tmp_path, "referat.docx", data), "an old Word .doc or a password-protected DOCX")


def test_zip_that_is_not_a_docx(tmp_path):
    path = write(tmp_path, "arkiv.docx", make_zip({"readme.txt": b"hej"}))
    assert_read_error(path, "not a DOCX file: a zip without [Content_Types].xml")


def test_docx_zip_bomb_ratio(tmp_path):
    path = write(tmp_path, "bombe.docx", make_zip({"word/document.xml": b"\0" * 20_000_000}))
    error = assert_read_error(path, "zip bomb? compression ratio", ReadLimitError)
    assert isinstance(error, LimitError)


def test_docx_zip_bomb_size(tmp_path, monkeypatch):
    monkeypatch.setattr(word_module, "_MAX_UNPACKED", 1_000_000)
    path = write(tmp_path, "stor.docx", make_zip({"word/media/image1.png": os.urandom(1_100_000)}))
    assert_read_error(path, "zip bomb? unpacks to 1100000 bytes", ReadLimitError)


def test_docx_without_python_docx(tmp_path, monkeypatch):
    path = write(tmp_path, "r.docx", make_docx())
    monkeypatch.setitem(sys.modules, "docx", None)
    assert_read_error(path, "pip install python-docx")


# --- unreadable files ---------------------------------------------------------------------------


def test_missing_file(tmp_path):
    assert_read_error(tmp_path / "findes-ikke.txt", "no such file")


def test_directory(tmp_path):
    folder = tmp_path / "mappe.txt"
    folder.mkdir()
    assert_read_error(folder, "is a folder, not a file")


def test_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    assert_read_error(loop, "symlink loop")


def test_broken_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "væk.txt")
    assert_read_error(link, "broken symlink")


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "låst.txt", DANISH)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make open() fail the way it fails for a normal user

        def denied(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("builtins.open", denied)
    assert_read_error(path, "permission denied")


def test_not_a_regular_file(tmp_path):
    fifo = tmp_path / "rør.txt"
    os.mkfifo(fifo)
    assert_read_error(fifo, "not a regular file")


@pytest.mark.parametrize("name", ["referat.doc", "referat.xlsx", "referat", "billede.png"])
def test_unsupported_extension(tmp_path, name):
    assert_read_error(write(tmp_path, name, DANISH), "unsupported file type")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n"])
def test_empty_file(tmp_path, content):
    assert_read_error(write(tmp_path, "tom.txt", content), "empty file")


def test_html_without_text(tmp_path):
    assert_read_error(write(tmp_path, "tom.html", "<html><script>x()</script></html>"), "no text found")


def test_too_large(tmp_path):
    path = write(tmp_path, "stor.txt", "x" * 101)
    with pytest.raises(ReadLimitError) as caught:
        read_document(path, max_bytes=100)
    assert str(caught.value) == f"{path}: too large: 101 bytes, limit 100"
    assert read_document(path, max_bytes=101).text == "x" * 101


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + bytes((i * 37) % 256 for i in range(2000)),
        b"Referat\x00\x00\x00binary",
        b"\x01\x02\x03\x04\x05\x06" * 100 + b"tekst",
    ],
)
def test_binary_file(tmp_path, data):
    assert_read_error(write(tmp_path, "data.txt", data), "binary file, not text")


# --- iter_paths ------------------------------------------------------------------------------------


def test_iter_paths(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".skjult").mkdir()
    for name in ["b/c/3.PDF", "b/2.docx", "1.txt", "b/note.xlsx", ".hemmelig.txt", ".skjult/x.txt", "a.md"]:
        write(tmp_path, name, "x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path / "b")  # not followed: no endless walk
    explicit = tmp_path / "b" / "note.xlsx"
    paths = iter_paths([tmp_path, explicit, tmp_path / "1.txt", tmp_path / "mangler.txt"])
    assert paths == [
        tmp_path / "1.txt",
        tmp_path / "a.md",
        tmp_path / "b" / "2.docx",
        tmp_path / "b" / "c" / "3.PDF",
        explicit,
        tmp_path / "mangler.txt",
    ]


# --- the real samples, and robustness ---------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_samples_read(path):
    document = read_document(path)
    assert document.text and "<p>" not in document.text and "**" not in document.text
    assert document.text == normalise_text(document.text)


def test_sample_001_cells_stay_on_their_row():
    text = read_document(SAMPLES / "001_d292f62493b4dc03.txt").text
    assert "\nPkt. 1\tOplæg ved leder af Frivilligcenter og Selvhjælp Lyngby-Taarbæk Line Pinstrup\n" in text
    assert "\nPkt. 5\tTilbage melding fra Integrationsrådets arbejdsgrupper\n" in text
    assert "talsmand for Muslimere for fred, og" in text


_TAGS = ["<p>", "</p>", "<br>", "<ul>", "<li>", "</li>", "<td>", "</td>", "<tr>", "</tr>", "<i>", "</i>",
         "<table>", "</table>", "<script>", "</script>", "<!--", "-->", "&amp;", "&", "<", ">", "\t", "\n", "\r"]


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(st.text(), st.lists(st.one_of(st.sampled_from(_TAGS), st.text(max_size=5))).map("".join)),
    st.sampled_from(["txt", "md", "html", "pdf", "docx"]),
)
def test_text_to_document_never_crashes(text, fmt):
    document = text_to_document(text, "f", fmt)
    assert document.doc_id == "doc:" + hashlib.sha256(document.text.encode("utf-8")).hexdigest()[:16]
    assert "\r" not in document.text and "\n\n\n\n" not in document.text
    assert all(line == line.rstrip(" ") for line in document.text.split("\n"))
    assert normalise_text(document.text) == document.text
    html_to_text(text, fragment=True)
