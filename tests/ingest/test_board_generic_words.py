"""In the minutes of "Bestyrelsen for Helhedsplan X", "formand for bestyrelsen" and "sekretær for
bestyrelsen" are posts in the body itself, "Styregruppen" names the body and no initiative, and a
table's "Gæst under pkt. 3" cell lists a guest, not a member; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_TEXT = ("Referat\n\nMøde: {body}\nDato: 24.10.2017\n\nDeltagere\n"
         "Navn\tOrganisation\tFunktion\tFremmøde\n"
         "Lars Holm\tYdby Boligselskab\tFormand for {word}\tTil stede\n"
         "Ida Berg\tHelhedsplan Ydby\tProjektleder, sekretær for {word}\tTil stede\n"
         "Sara Ali\tBydelsmødrene i Ydby\tGæst under pkt. 2\tTil stede\n\n"
         "1. Godkendelse\nGodkendt.\n\n2. Nyt\n{opening} drøftede status.\n")


def _facts(body: str, word: str, opening: str = "Bestyrelsen"):
    text = _TEXT.format(body=body, word=word, opening=opening)
    return facts_of(text, "g.txt")


def test_posts_for_the_bodys_own_generic_word_are_posts_in_the_body():
    persons = {p.name: p for p in _facts("Bestyrelsen for Helhedsplan Ydby", "bestyrelsen").persons}
    assert "formand" in persons["Lars Holm"].roles
    assert "sekretariat" in persons["Ida Berg"].roles and "medlem" not in persons["Ida Berg"].roles


def test_a_guest_cell_lists_a_guest_not_a_member():
    sara = {p.name: p for p in _facts("Bestyrelsen for Helhedsplan Ydby", "bestyrelsen").persons}["Sara Ali"]
    assert "medlem" not in sara.roles and "oplægsholder" in sara.roles


def test_the_bodys_generic_word_names_no_initiative():
    facts = _facts("Styregruppen for Partnerskab Ydby", "styregruppen", "Styregruppen")
    assert "Styregruppen" not in {i.name for i in facts.initiatives}


def test_a_secretary_in_a_list_with_a_kasserer_is_the_boards_secretary():
    text = ("Referat af bestyrelsesmøde i Ydby Borgerforening 2. marts 2022\n\n"
            "Til stede: Niels Holm (formand), Birthe Lund (kasserer) og Annie Bruun (sekretær, referent)\n\n"
            "1. Godkendelse\nGodkendt.\n")
    annie = persons_of(text, "s.txt")["Annie Bruun"]
    assert {"medlem", "sekretær", "referent"} <= set(annie.roles) and "sekretariat" not in annie.roles
