"""Minutes sent as an e-mail: the meeting is dated by a date without a year in the mail's opening
lines, in the year it was sent (ingest/header.py, ingest/dates.py `date_before`)."""
from __future__ import annotations

from ingest.dates import date_before
from ingest.read import text_to_document
from ingest.segment import segment
from tests.ingest.text_facts import persons_of

MAIL = """Fra: Lise Brun <lise@vestby-frivillig.dk>
Sendt: 8. maj 2019 10:02
Til: Ole Falk <ole@mail.dk>; Rikke Sand <rikke@mail.dk>
Emne: Referat fra netværket

Hej alle

Tak for sidst i Netværket (tirsdag 30. april kl. 19-21 på biblioteket).

1. Nyt fra foreningerne
Roklubben holder standerhejsning.
"""


def test_a_mail_is_dated_by_the_meeting_it_thanks_for_not_by_its_sending():
    header = segment(text_to_document(MAIL, "m.txt", "txt")).header
    assert header.date == "2019-04-30"
    assert (header.start_time, header.end_time) == ("19:00", "21:00")


def test_a_date_after_the_sending_falls_in_the_year_before():
    assert date_before("mødet den 12. december", "2020-01-06").iso == "2019-12-12"
    assert date_before("mødet den 2. januar", "2020-01-06").iso == "2020-01-02"
    assert date_before("intet årstal: 2. januar 2018", "2020-01-06") is None


FORWARDED = """Fra: Hanne Dybdahl <hanne@mail.dk>
Sendt: 2. maj 2023 08:14
Til: Ydby Lokalråd
Emne: VS: VS: Referat bestyrelsesmøde 24. april

Her er referatet igen.

> Fra: Thomas Brink
> Sendt: 28. april 2023 21:40
> Emne: VS: Referat bestyrelsesmøde 24. april
>
>> Referat af bestyrelsesmøde i Ydby Lokalråd
>> Mandag den 24. april 2023 kl. 19.00 i Ydby Medborgerhus
>>
>> Til stede: Thomas Brink (formand), Hanne Dybdahl (kasserer)
>>
>> 1. Velkommen
>> Godkendt.
"""


def test_a_mail_forwarded_twice_is_dated_by_its_meeting_not_by_any_of_its_sendings():
    header = segment(text_to_document(FORWARDED, "m.txt", "txt")).header
    assert header.date == "2023-04-24"


def test_a_list_wrapped_in_a_quoted_mail_keeps_the_person_after_the_quote_marks():
    people = persons_of(FORWARDED.replace("Hanne Dybdahl (kasserer)\n", "Hanne Dybdahl (kasserer), Claus Mikkelsen,\n"
                                          ">> Pia Rasmussen, Anders Juhl Nielsen\n"))
    assert people["Pia Rasmussen"].status == "present" and "medlem" in people["Pia Rasmussen"].roles


def test_a_mail_subjects_day_and_month_date_the_meeting_before_the_dates_of_its_text():
    text = ("Fra: Birgit Holm <birgit@ydby.dk>\nSendt: 14. november 2012 21:47\nTil: landsbyraadet@ydby.dk\n"
            "Emne: SV: Referat fra landsbyrådsmødet 12.11\n\nHej alle\n\nVi søger puljen, fristen er 1. februar 2013.\n"
            "Næste møde bliver mandag den 14. januar 2013 kl. 19.\n\nKh Birgit\n")
    assert segment(text_to_document(text, "m.txt", "txt")).header.date == "2012-11-12"
