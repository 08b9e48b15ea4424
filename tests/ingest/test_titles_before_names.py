"""A job title before a name is a role, not part of the name, also when it opens a line and so is
capitalised ("Ældrechef Lise Bang, Sundhed og Omsorg"); invented minutes."""
from __future__ import annotations

from ingest.extract.names import title_before_name
from tests.ingest.text_facts import facts_of


def _persons(header: str) -> dict[str, tuple[str, ...]]:
    text = "Referat af møde i Ydby Ældreråd 2. marts 2022\n\n" + header + "\n\n1. Godkendelse\nGodkendt.\n"
    return {p.name: p.roles for p in facts_of(text, "t.txt").persons}


def test_a_capitalised_job_title_before_a_name_is_a_role():
    persons = _persons("Deltagere: Karen Holmsted (formand), Ib Lund\nDesuden deltog: Ældrechef Lise Bang, Sundhed og Omsorg")
    assert "Ældrechef Lise Bang" not in persons
    assert any(role.startswith("ældrechef") for role in persons["Lise Bang"])


def test_a_capitalised_first_name_or_ordinary_word_is_no_title():
    assert title_before_name("Karen Lise Bang") is None
    assert title_before_name("Mødeleder") is None
    assert title_before_name("Borgmester Lise Bang") == ("borgmester", "Lise Bang", 11)


def test_a_role_word_opening_a_list_line_is_a_role_also_before_an_unlisted_first_name():
    # held-out 102 and privacy fixture 122: "Byrådsmedlem Jens Otto Brøns" had been a person of that name
    persons = _persons("Deltagere:\nPreben Holm (formand)\nByrådsmedlem Jens Otto Brøns\nNæstformand Maibritt Dalgas\n"
                       "Kasserer Ib Dam")
    assert set(persons) == {"Preben Holm", "Jens Otto Brøns", "Maibritt Dalgas", "Ib Dam"}
    assert "medlem" in persons["Jens Otto Brøns"]
    assert "næstformand" in persons["Maibritt Dalgas"] and "kasserer" in persons["Ib Dam"]
