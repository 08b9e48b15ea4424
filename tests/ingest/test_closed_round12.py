"""Closed parts the privacy red team's round 12 found where the text sits in the file, on invented minutes: a
fold-out (<details>) whose summary says closed, spans set side by side without spaces, a two-column PDF page.

Every closed passage names "Quarnbek", which must never reach the segmented text; every open passage names
"Solvang", which must.
"""
from __future__ import annotations

from ingest.read.markup import html_to_text
from ingest.segment import segment
from tests.ingest.closed_minutes import HTML_HEADER, OPEN, SECRET, minutes


def _summary(number: int, title: str, badge: str = "") -> str:
    badge = f'<span class="badge">{badge}</span>' if badge else ""
    return f"<summary><span>{number}</span><span>{title}</span>{badge}</summary>"


def test_spans_side_by_side_are_separate_words_at_a_digit_or_a_capital_not_inside_a_word():
    assert html_to_text("<p><span>4</span><span>Ansøgning om tilskud</span><span>Lukket punkt</span></p>") == \
        "4 Ansøgning om tilskud Lukket punkt"
    assert html_to_text("<p><b>L</b>ukket og <i>fri</i>tid</p>") == "Lukket og fritid"


def test_a_fold_out_whose_summary_says_closed_is_closed_whole():
    m = minutes(
        f"<details open>{_summary(1, 'Busruter')}Solvang Busser kører videre.</details>"
        f"<details>{_summary(2, 'Ansøgning', 'Lukket punkt')}Karl Quarnbek søger.<br><br>Beslutning: Karl Quarnbek får afslag."
        f"</details><details>{_summary(3, 'Eventuelt')}Ulla Solvang takkede.</details>", "m.html", HTML_HEADER)
    assert SECRET not in m.text and m.text.count(OPEN) == 2


def test_a_fold_out_with_an_open_summary_is_read_even_when_collapsed():
    text = html_to_text(f"<details>{_summary(3, 'Haltider')}Ulla Solvang orienterede.</details>")
    assert "Ulla Solvang orienterede." in text and "Lukket" not in text


def test_a_page_of_two_prose_columns_drawn_row_by_row_is_read_column_by_column():
    from ingest.read.pdf_columns import two_columns

    left = ["3. Busruter", "Solvang Busser kører videre med ruten,", "og rådet er tilfreds med aftalen her.",
            "4. Klage over visitation", "Lukket punkt", "Rådet har modtaget en klage fra Karl"]
    right = ["Quarnbek om nedsat hjælp i hjemmet efter", "et hospitalsophold i efteråret 2024.",
             "5. Eventuelt", "Ulla Solvang foreslog et fællesmøde med", "Handicaprådet i det kommende efterår.",
             "Næste møde holdes den 8. april 2025."]
    page = "\n".join(f"{a:<46}{b}" for a, b in zip(left, right))
    assert two_columns(page).split("\n") == left + [""] + right


def test_a_table_with_aligned_columns_is_not_two_columns_of_text():
    from ingest.read.pdf_columns import two_columns

    rows = [("Anna Berg", "Ydby Idrætsforening", "formand"), ("Ole Dam", "Ældre Sagen Ydby", "næstformand")] * 4
    assert two_columns("\n".join(f"{a:<30}{b:<30}{c}" for a, b, c in rows)) is None
    # nor a list of names beside long descriptions
    described = "\n".join(f"{'Anna Berg':<30}Formand for Ydby Idrætsforening og medlem af rådet" for _ in range(8))
    assert two_columns(described) is None


def test_a_word_footnote_is_read_where_its_mark_is_and_closes_with_its_item():
    from pathlib import Path

    from ingest.read import read_document

    path = Path(__file__).parents[1] / "fixtures/privacy/76_docx_fodnote_med_navn_i_lukket_punkt.docx"
    document = read_document(path)
    assert "optaget som hastesag. [Fodnote: Jf. forretningsordenen for Ældrerådet § 6, stk. 2.]" in document.text
    assert "genoptræning på Ebeltoft Sundhedshus. [Fodnote: Klager: Leopold" in document.text
    m = segment(document)
    assert "Hjarnø" not in m.text and "[Fodnote: Jf. forretningsordenen" in m.text
