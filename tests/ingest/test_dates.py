import pytest

from ingest.dates import find_dates, find_time_range


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Mødedato\t27.02.2018", "2018-02-27"),
        ("Mødedato: 7. september 2017 kl. 17.00", "2017-09-07"),
        ("Torsdag d.10.09.15.", "2015-09-10"),
        ("Integrationsrådet, 23.2.2017", "2017-02-23"),
        ("REFERAT Integrationsrådet d. 07-06-2018", "2018-06-07"),
        ("Referat - Netværk - 28. februar 2019", "2019-02-28"),
        ("Mødedato **23. februar 2017**", "2017-02-23"),
        ("den 2019-11-04", "2019-11-04"),
        ("Mødet d. 4/4-2018 kl. 19", "2018-04-04"),
        ("onsdag 12/9 2018", "2018-09-12"),
    ],
)
def test_danish_date_forms(text, iso):
    assert find_dates(text)[0].iso == iso


@pytest.mark.parametrize("text", ["Sagsnr 00.01.00-A21-1-14", "version 1.2.2017x", "31.02.2018", "den 18/5"])
def test_not_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text, times",
    [
        ("Kl. 12.30 – 14.30", ("12:30", "14:30")),
        ("kl. 17.00 til 19.00", ("17:00", "19:00")),
        ("Tid **17:00**", ("17:00", None)),
        ("kl. 19-21", ("19:00", "21:00")),
        ("ingen tid", (None, None)),
    ],
)
def test_time_ranges(text, times):
    assert find_time_range(text) == times


def test_a_numeric_date_followed_by_a_comma_is_a_date_but_a_decimal_is_not():
    assert [d.iso for d in find_dates("REFERAT – møde 03.02.2020, kl. 19.00")] == ["2020-02-03"]
    assert find_dates("i alt 03.02.2020,5 enheder") == []


def test_english_month_names_of_international_minutes():
    assert [d.iso for d in find_dates("Date / Dato: 3 February 2025, 18:00–20:00")] == ["2025-02-03"]
    assert [d.iso for d in find_dates("Next meeting: 7 April 2025")] == ["2025-04-07"]
    assert find_dates("we may 3 of them") == []


def test_the_end_of_the_meeting_said_under_the_last_item_is_its_end_time():
    from tests.ingest.text_facts import facts_of

    text = ("Referat af bestyrelsesmøde i Ydby Borgerforening 9. april 2013 kl. 19.00\n\nTil stede: Bo Dam, Ane Lund\n\n"
            "1. Sankthansbål\nBålet holdes på boldbanen.\n\n2. Eventuelt\nIntet. Mødet sluttede kl. 21.30.\n")
    meeting = facts_of(text, "d.txt").meeting
    assert meeting.start == "19:00" and meeting.end == "21:30"
