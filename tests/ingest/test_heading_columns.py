"""Two people lists side by side in a Word table, "Til stede<TAB>Afbud" (ingest/heading_columns.py)."""
from __future__ import annotations

from ingest.heading_columns import unfold_heading_columns
from ingest.model import Line
from tests.ingest.text_facts import persons_of

TEXT = """Referat – Ældrerådet
Mødedato: 2. marts 2021
Til stede\tAfbud
Inge Dahl, formand (Ældre Sagen)\tBo Winther (Byrådet, Venstre)
Karl Friis (Byrådet, Socialdemokratiet)\t
Mona Lyng, sekretær\t

1. Godkendelse af dagsorden
Godkendt.
"""


def _people():
    return persons_of(TEXT, "a.txt")


def test_each_column_is_its_own_list():
    people = _people()
    assert {name: p.status for name, p in people.items()} == {
        "Inge Dahl": "present", "Karl Friis": "present", "Mona Lyng": "present", "Bo Winther": "absent"}


def test_a_row_gives_no_person_the_neighbours_organisation():
    people = _people()
    assert "Venstre" not in people["Inge Dahl"].organisations
    assert "Ældre Sagen" in people["Inge Dahl"].organisations
    assert "Venstre" in people["Bo Winther"].organisations


def test_cells_keep_their_offsets_and_other_lines_are_untouched():
    rows = [Line(0, "Til stede\tAfbud"), Line(16, "Ida Holm\tOle Berg"), Line(34, "Sted: Rådhuset")]
    unfolded = unfold_heading_columns(rows)
    assert [(ln.start, ln.text) for ln in unfolded if ln.text and not ln.text.endswith(":")] == [
        (16, "Ida Holm"), (25, "Ole Berg"), (34, "Sted: Rådhuset")]
    plain = [Line(0, "Navn\tForening"), Line(14, "Ida Holm\tRoklubben")]
    assert unfold_heading_columns(plain) == plain
