"""Header labels alone on their line with the value below ("Mødedato" / "Onsdag den 4. oktober 2017"),
and a web page's publishing date ("Udgivet …"), which never dates the meeting; invented minutes."""
from __future__ import annotations

from ingest.read import text_to_document
from ingest.segment import segment

DEFINITIONS = """Vestby Lokalråd
Referat af bestyrelsesmøde i Vestby Lokalråd
Udgivet 12. marts 2019 af webredaktøren
Mødedato
Tirsdag den 5. marts 2019
Tidspunkt
Kl. 19.00–21.00
Mødested
Vestby Forsamlingshus, Skolevej 2

1. Godkendelse af dagsorden
Godkendt.
"""


def test_a_label_alone_takes_the_line_below_as_its_value():
    header = segment(text_to_document(DEFINITIONS, "v.txt", "txt")).header
    assert header.date == "2019-03-05"
    assert (header.start_time, header.end_time) == ("19:00", "21:00")
    assert header.location == "Vestby Forsamlingshus, Skolevej 2"


def test_a_publishing_date_does_not_date_the_meeting():
    text = ("Vestby Lokalråd\nUdgivet 12. marts 2019 af webredaktøren\n"
            "Referat af bestyrelsesmøde tirsdag den 5. marts 2019\n\n1. Godkendelse af dagsorden\nGodkendt.\n")
    assert segment(text_to_document(text, "u.txt", "txt")).header.date == "2019-03-05"
