"""A general assembly's minutes: apologies "fra bestyrelsen", posts filled by election ("Suppleanter:",
"Revisor:", "Nyvalgt:", "blev valgt som dirigent"); invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_MINUTES = (
    "YDBY BORGERFORENING\n\nReferat af ordinær generalforsamling onsdag den 2. marts 2022 kl. 19.00\n\n"
    "Til stede: 20 medlemmer samt bestyrelsen:\n  Karen Holmsted (formand)\n  Ole Damgren (kasserer)\n"
    "Afbud fra bestyrelsen: Bente Lundholt\n\n"
    "Dagsorden:\n 1. Valg af dirigent\n 2. Beretning\n 3. Valg af bestyrelse\n 4. Valg af suppleanter og revisor\n\n"
    "Ad 1.\nPeder Aagaard Brink blev valgt som dirigent.\n\n"
    "Ad 2.\nKaren fremlagde beretningen. Beretningen blev godkendt.\n\n"
    "Ad 3.\nPå valg var Ole Damgren og Bente Lundholt. Ole blev genvalgt.\nNyvalgt: Jens Fuglsang.\n\n"
    "Ad 4.\nSuppleanter: Hanne Skovby og Mads Tornkjær.\nRevisor: Inge Vilstrup (genvalgt). "
    "Revisorsuppleant: Poul Ebbesen.\n"
)


def _people() -> dict:
    facts = facts_of(_MINUTES, "g.txt")
    return {p.name: p for p in facts.persons}, facts


def test_apologies_from_the_board_are_absent_board_members():
    people, facts = _people()
    assert people["Bente Lundholt"].status == "absent"
    assert all("afbud" not in o.name.lower() for o in facts.organisations)


def test_posts_filled_by_election_give_roles_in_the_association():
    people, facts = _people()
    body = facts.meeting.body
    assert body == "Ydby Borgerforening"
    expected = {"Jens Fuglsang": "medlem", "Hanne Skovby": "suppleant", "Mads Tornkjær": "suppleant",
                "Inge Vilstrup": "revisor", "Poul Ebbesen": "revisorsuppleant", "Peder Aagaard Brink": "dirigent"}
    for name, role in expected.items():
        assert role in people[name].roles, name
        assert body in people[name].organisations, name
    assert not {"Nyvalgt", "Revisor", "Suppleanter"} & {i.name for i in facts.initiatives}


def test_post_words_outside_an_election_item_give_nothing():
    text = ("Referat af møde i Ydby Seniorråd 2. marts 2022\n\nDeltagere: Karen Holmsted\n\n"
            "1. Regnskab\nRevisor: Inge Vilstrup har set regnskabet.\n")
    people = persons_of(text, "r.txt")
    assert "revisor" not in people.get("Inge Vilstrup", people["Karen Holmsted"]).roles
