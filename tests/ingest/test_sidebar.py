"""A PDF page in two columns: a sidebar of header fields beside the agenda items (ingest/read/sidebar.py)."""
from __future__ import annotations

from ingest.read.sidebar import split_sidebar
from tests.ingest.text_facts import facts_of

PAGE = """VESTBY KOMMUNE                                             Idrætsrådet

                          REFERAT

Mødedato                  1. Godkendelse af dagsorden
3. marts 2015             Godkendt.

Til stede                 2. Haltider 2015
Mette Lund (A),           Rådet fordelte haltiderne. Ove Kjær
formand                   fremlagde forslaget.
Ove Kjær, Vestby
Svømmeklub                3. Eventuelt
                          Intet.
Afbud
Rita Dam (V)
"""


def test_the_sidebar_is_read_before_the_items():
    text = split_sidebar(PAGE)
    assert "Mødedato\n3. marts 2015\n\nTil stede\nMette Lund (A),\nformand\nOve Kjær, Vestby\nSvømmeklub" in text
    assert "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Haltider 2015\nRådet fordelte" in text


def test_the_people_of_the_sidebar_keep_their_lists():
    facts = facts_of(PAGE, "s.txt")
    people = {p.name: p for p in facts.persons}
    assert people["Mette Lund"].status == "present" and people["Rita Dam"].status == "absent"
    assert "formand" in people["Mette Lund"].roles and "formand" not in people["Ove Kjær"].roles
    assert facts.meeting.date == "2015-03-03"


def test_a_people_table_in_columns_is_no_sidebar():
    table = ("Medlem                      Stedfortræder\nIda Holm (A)                Ole Berg (A)\n"
             "Kim Lund (V)                Bo Ry (V)\n\n1. Dagsorden\nGodkendt.\n2. Eventuelt\nIntet.\n")
    assert split_sidebar(table) == table
