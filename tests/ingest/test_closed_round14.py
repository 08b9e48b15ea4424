"""Closed parts the privacy red team's round 14 found, on invented minutes: a case's key–value table that says it is
not public, a stamp beside an item that is a PDF annotation, an English sub-item held "in camera", a summary of
decisions repeating a closed item's title, a closing sentence naming a case by its address, a dagger explained only
in a Word page footer.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from pathlib import Path

from ingest.closed_keys import status_row
from ingest.closed_numbers import cases_closed_by_sentences, carries_case
from ingest.read import read_document
from ingest.read.pdf_annotations import place_notes
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, minutes, titles
from tests.ingest.text_facts import persons_of


def _case(number: int, title: str, public: str, text: str) -> str:
    return (f"\n## Sag {number}\n\n| Felt | Indhold |\n|---|---|\n| Titel | {title} |\n| Sagsnr. | 25/00{number}1 |\n"
            f"| Offentlig | {public} |\n| Beslutning | {text} |\n")


def test_a_case_table_whose_public_row_says_no_closes_the_case_and_its_title_row_is_the_title():
    assert status_row("| Offentlig | Nej |") and status_row("Lukket (J/N): J") and not status_row("| Offentlig | Ja |")
    m = minutes(_case(1, "Busruter", "Ja", "Solvang Busser kører videre.")
                + _case(2, "Klage over visitation", "Nej", "Karl Quarnbek får svar.")
                + _case(3, "Eventuelt", "Ja", "Ulla Solvang takkede."), "m.md")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_an_english_sub_item_held_in_camera_closes_to_the_next_sub_item():
    m = minutes("\n1. Approval of the agenda\nApproved.\n\n2. Council matters\n\n2.1 Budget\nSolvang Busser get DKK 5,000."
                "\n\n2.2 Membership matter (in camera)\nA complaint from Karl Quarnbek.\n\n2.3 Annual meeting\n"
                "Ulla Solvang will book the room.\n\n3. Any other business\nNone.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Approval of the agenda", "Council matters", "Any other business"]


def test_a_summary_line_repeating_a_closed_items_title_is_closed():
    m = minutes("\n1. Busruter\nSolvang Busser kører videre.\n\n2. Ansøgning om støtte fra hjælpefonden\nLukket punkt.\n"
                "Karl Quarnbek søger.\n\n3. Eventuelt\nIntet.\n\nBeslutningsoversigt\n- Busruter: Solvang Busser kører.\n"
                "- Ansøgning om støtte fra hjælpefonden (Karl Quarnbek): 4.000 kr. bevilget.\n- Eventuelt: Ulla Solvang.\n")
    assert SECRET not in m.text and m.text.count(OPEN) == 3


def test_a_closing_sentence_naming_a_case_by_its_address_closes_the_item_that_names_it():
    sentence = "Sagen vedrørende ejendommen Kærvej 14, Gørlev, blev dog behandlet for lukkede døre."
    assert cases_closed_by_sentences([sentence]) == {"kærvej 14 gørlev"}
    assert carries_case("Påbud om oplag på ejendommen Kærvej 14, 4281 Gørlev", frozenset({"kærvej 14 gørlev"}))
    assert not carries_case("Trafik på Kærvej gennem Gørlev", frozenset({"kærvej 14 gørlev"}))
    m = minutes(f"Indledende bemærkning\n{sentence}\n\n1. Trafik i Gørlev\nSolvang Busser kører på Kærvej.\n\n"
                "2. Påbud om oplag\nPåbud til ejendommen Kærvej 14, 4281 Gørlev. Ejeren, Karl Quarnbek, klager.\n\n"
                "3. Eventuelt\nUlla Solvang takkede.\n", header=HEADER_LINES)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Trafik i Gørlev", "Eventuelt"]


def test_a_dagger_explained_in_a_page_footer_read_above_the_text_closes_the_item():
    m = minutes("† Punktet behandles for lukkede døre.\n\n1. Busruter\nSolvang Busser kører videre.\n\n"
                "2. Henvendelse om visitation †\nKarl Quarnbek klager.\n\n3. Eventuelt\nUlla Solvang takkede.\n",
                header=HEADER_LINES)
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_an_annotation_is_read_into_the_line_nearest_to_it_and_the_same_occurrence_of_its_text():
    text = "1. Busruter\n2. Klage\n1. Busruter\n2. Klage\nKarl Quarnbek"
    pieces = [(700.0, "1. Busruter"), (686.0, "2. Klage"), (600.0, "1. Busruter"), (586.0, "2. Klage"),
              (572.0, "Karl Quarnbek")]
    assert place_notes(text, pieces, [(580.0, 596.0, "[Tekstfelt: LUKKET PUNKT]")]).split("\n")[3] == \
        "2. Klage [Tekstfelt: LUKKET PUNKT]"


def _pdf(lines: list[str], stamp_at: int) -> bytes:
    """A one-page PDF drawing `lines` from the top, with a FreeText stamp "LUKKET PUNKT" beside line `stamp_at`."""
    top, leading = 780, 16
    shown = "".join(f"({line}) Tj T* " for line in lines)
    content = f"BT /F1 11 Tf {leading} TL 72 {top} Td {shown}ET".encode("latin-1")
    y = top - leading * stamp_at
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R /Annots [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Annot /Subtype /FreeText /Rect [380 %d 530 %d] /Contents (LUKKET PUNKT) /DA (/Helv 14 Tf) >>"
        % (y - 6, y + 14),
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_a_stamp_annotation_beside_an_item_in_a_pdf_closes_that_item(tmp_path: Path):
    lines = [*HEADER_LINES.strip().split("\n"), "1. Busruter", "Solvang Busser korer videre.", "2. Klage over visitation",
             "Karl Quarnbek klager.", "3. Eventuelt", "Ulla Solvang takkede."]
    path = tmp_path / "m.pdf"
    path.write_bytes(_pdf(lines, lines.index("2. Klage over visitation")))
    m = segment(read_document(path))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_english_minutes_list_the_present_and_the_apologies_under_their_english_headings():
    text = ("Minutes of the International Council, Ydby Municipality\nMeeting held on 6 November 2025\n\n"
            "Present: Ana Berg (chair), Ole Dam\nApologies: Per Holm\nAbsent: Karen Lund\n\n"
            "1. Welcome\nApproved.\n\n2. Any other business\nNone.\n")
    people = persons_of(text, "e.txt")
    assert people["Ana Berg"].status == people["Ole Dam"].status == "present"
    assert people["Per Holm"].status == people["Karen Lund"].status == "absent"
    assert "formand" in people["Ana Berg"].roles


def test_a_lone_first_name_of_someone_named_only_in_a_closed_item_is_no_person():
    from ingest.extract import extract
    body = ("\n1. Busruter\nSolvang Busser kører videre.\n\n2. Klage over en frivillig\nLukket punkt.\n"
            "Bestyrelsen drøftede en klage over Inger Quarnbek.\n\n3. Julefrokost\n{who} har tilbudt at lave risalamande.\n")
    names = [p.name for p in extract(minutes(body.format(who="Inger"), header=HEADER_LINES)).persons]
    assert "Inger" not in names and not any(SECRET in n for n in names)
    # a first name no closed part holds is a person of its own, as before
    assert "Jonna" in [p.name for p in extract(minutes(body.format(who="Jonna"), header=HEADER_LINES)).persons]
