"""The housing company's staff at an afdelingsbestyrelse's meeting: "Fra boligselskabet:" over lines with a job
title before the name ("Ejendomsmester Morten Bach") is a list of staff (data/lexicon/headings.tsv,
job_titles.txt); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_TEXT = ("Ydby Boligselskab\nAfdeling 7 – Engparken\n\nReferat af afdelingsbestyrelsesmøde 4. maj 2020\n\n"
         "Fremmødte bestyrelsesmedlemmer:\nAnna Berg (formand)\nOle Dam\n\n"
         "Fra boligselskabet:\nEjendomsmester Bo Storm\nKundechef Lise Krogh\n\n"
         "Afbud: Per Holm\n\n1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n")


def test_fra_boligselskabet_lists_staff_with_their_titles():
    people = persons_of(_TEXT, "h.txt")
    assert "Ejendomsmester Bo Storm" not in people
    for name, title in (("Bo Storm", "ejendomsmester"), ("Lise Krogh", "kundechef")):
        assert people[name].status == "present"
        assert "administration" in people[name].roles and "medlem" not in people[name].roles
        assert any(role.startswith(title) for role in people[name].roles)
    assert "medlem" in people["Ole Dam"].roles


def test_an_organist_is_titled_like_a_priest():
    text = ("Ydby Kirkeudvalg\n\nReferat af udvalgsmøde 2. marts 2019\n\n"
            "Til stede: sognepræst Ib Holm, organist Lise Krogh, Ole Dam\n\n1. Velkomst\nTekst.\n")
    people = persons_of(text, "k.txt")
    assert "organist" in people["Lise Krogh"].roles and "sognepræst" in people["Ib Holm"].roles
