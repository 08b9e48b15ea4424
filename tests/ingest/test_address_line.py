"""The meeting's place on the line under its date, without a label (held-out 91, 92): a place and a street address."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

_ITEMS = "\n1. Velkomst\nGodkendt.\n\n2. Eventuelt\nIntet.\n"


def test_a_place_with_a_street_address_under_the_date_line_is_the_location():
    text = ("REFERAT – FRIVILLIGT NETVÆRK SAMSØ\nTirsdag den 12. september 2023 kl. 10.00-12.00\n"
            "Tranebjerg Medborgerhus, Søtofte 10, Tranebjerg\n" + _ITEMS)
    assert facts_of(text).meeting.location == "Tranebjerg Medborgerhus, Søtofte 10, Tranebjerg"


def test_a_line_without_an_address_under_the_date_is_no_location():
    text = "Referat, Frivilligt Netværk, Samsø Kommune\nTirsdag den 12. september 2023\nDeltagere: Rita Holm, Ib Sand\n" + _ITEMS
    assert facts_of(text).meeting.location is None
