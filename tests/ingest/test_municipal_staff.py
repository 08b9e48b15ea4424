"""A council's staff listed under its municipality's administration ("Fra forvaltningen: Tina Bak,
ældrechef") work for the municipality, named as the municipality names itself ("Nordfyns Kommune");
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of


def _minutes(top: str, body: str, staff: str) -> str:
    return (f"{top}\n{body}\n\nReferat af møde 9. januar 2024 kl. 13.00\n\n"
            "Medlemmer:\nGurli Hansen (formand)\nArne Vestergaard\n"
            f"{staff}\n\n"
            "Punkt 1: Meddelelser\nGurli orienterede.\n\nPunkt 2: Budget\nBudgettet blev drøftet.\n")


def test_staff_without_a_unit_work_for_the_municipality():
    people = persons_of(_minutes("Solrød Kommune", "Ældrerådet",
                                 "Fra forvaltningen: Tina Bak, ældrechef, og Simon Lykke (referent)"), "s.txt")
    assert "Solrød Kommune" in people["Tina Bak"].organisations
    assert "Solrød Kommune" in people["Simon Lykke"].organisations
    assert "Solrød Kommune" not in people["Gurli Hansen"].organisations  # a member, not staff


def test_the_municipality_named_as_it_names_itself():
    people = persons_of(_minutes("Nordfyns Kommune", "Handicaprådet", "Fra administrationen: Ida Holm (sekretær)"),
                        "s.txt")
    assert "Nordfyns Kommune" in people["Ida Holm"].organisations


def test_staff_of_a_named_unit_are_left_to_it():
    people = persons_of(_minutes("Solrød Kommune", "Ældrerådet",
                                 "Fra forvaltningen: Tina Bak, ældrechef, Center for Sundhed og Omsorg"), "s.txt")
    assert "Center for Sundhed og Omsorg" in people["Tina Bak"].organisations
    assert "Solrød Kommune" not in people["Tina Bak"].organisations


def test_no_municipality_for_the_administration_of_a_housing_board():
    people = persons_of(_minutes("Glostrup Kommune", "Afdelingsbestyrelsen",
                                 "Fra administrationen: ejendomsleder Camilla Rye"), "s.txt")
    assert "Glostrup Kommune" not in people["Camilla Rye"].organisations
