"""Privacy round 18 (helper priv18b): a PDF's redaction marked but never applied.

Every closed passage names SECRET, which must never reach the segmented text; every open passage names OPEN,
which must.
"""
from __future__ import annotations

from pathlib import Path

from ingest.read import read_document
from ingest.segment import segment
from tests.ingest.closed_minutes import HEADER_LINES, OPEN, SECRET, pdf_bytes, titles

_LINES = [*HEADER_LINES.splitlines(), "1. Busruter", "Solvang Busser kører videre.", "2. Klage",
          "Karl Quarnbek klager over en nabo.", "Beslutning: Quarnbek får svar.", "3. Eventuelt",
          "Ulla Solvang takkede."]


def _redact(quads: list[tuple[int, int, int, int]], extra: bytes = b"") -> bytes:
    """A /Redact annotation over the boxes (left, bottom, right, top), as Acrobat marks text for redaction."""
    points = " ".join(f"{x0} {y1} {x1} {y1} {x0} {y0} {x1} {y0}" for x0, y0, x1, y1 in quads)
    return (b"<< /Type /Annot /Subtype /Redact /Rect [50 %d 540 %d] /QuadPoints [%s]%s >>"
            % (min(q[1] for q in quads), max(q[3] for q in quads), points.encode(), extra))


def _pdf(tmp_path: Path, annotations: list[bytes]) -> Path:
    drawn = [(f"1 0 0 1 56 {780 - 20 * n}", text) for n, text in enumerate(_LINES)]
    path = tmp_path / "m.pdf"
    path.write_bytes(pdf_bytes(drawn, annotations))
    return path


# the closed item's body lines stand at baselines 780 - 20 * 6 = 660 and 640
_BODY = [(50, 655, 540, 670), (50, 635, 540, 650)]


def test_text_under_a_redact_annotation_is_removed_and_its_overlay_text_closes_the_item(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [_redact(_BODY, b" /OverlayText (Lukket punkt) /Contents (Sv\xe6rtes)")])))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"] and m.closed_items == 1


def test_a_redaction_without_overlay_text_still_removes_its_text_and_closes_the_item(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [_redact(_BODY)])))
    assert SECRET not in m.text and m.text.count(OPEN) == 2
    assert titles(m) == ["Busruter", "Eventuelt"]


def test_a_redaction_over_one_word_removes_that_word_only_from_its_line(tmp_path):
    # "Karl Quarnbek klager over en nabo." drawn from x=56 in 11 pt: "Quarnbek" spans about 83-127
    m = segment(read_document(_pdf(tmp_path, [_redact([(82, 655, 128, 670)], b" /OverlayText (Lukket punkt)")])))
    assert SECRET not in m.text.split("Beslutning")[0] and m.text.count(OPEN) == 2
    assert "Busruter" in titles(m) and "Eventuelt" in titles(m)


def test_a_page_without_redactions_reads_as_before(tmp_path):
    m = segment(read_document(_pdf(tmp_path, [])))
    assert m.text.count(SECRET) == 2 and titles(m) == ["Busruter", "Klage", "Eventuelt"]
