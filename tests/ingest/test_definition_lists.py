"""An HTML definition list of people ("<dt>Name</dt><dd>Formand, Org</dd>") is read as "Name – Formand, Org" lines,
the "Name – role/organisation" layout; a list of header fields or numbered items keeps its values below its terms.
Held-out 102 (untuned: no roles nor organisations from the list); invented minutes."""
from __future__ import annotations

from ingest.read.markup import html_to_text
from tests.ingest.text_facts import persons_of


def test_a_person_and_their_description_are_one_line():
    text = html_to_text("<h3>Deltagere</h3><dl><dt>Mehmet Yildiz</dt>\n <dd>Formand, valgt af foreningerne</dd>"
                        "<dt>Lina Haddad</dt><dd><p>Næstformand</p></dd><dd>Dansk Flygtningehjælp</dd></dl><p>Efter</p>")
    assert text.splitlines() == ["Deltagere", "Mehmet Yildiz – Formand, valgt af foreningerne",
                                 "Lina Haddad – Næstformand, Dansk Flygtningehjælp", "Efter"]


def test_header_fields_and_numbered_items_keep_their_values_below():
    text = html_to_text("<dl><dt>Mødested</dt><dd>Ringe Bibliotek</dd><dt>Deltagere</dt><dd>Karsten Holm</dd>"
                        "<dd>Marie Lund</dd></dl><dl><dt>1. Godkendelse</dt><dd><p>Godkendt.</p></dd></dl>")
    assert text.splitlines() == ["Mødested", "Ringe Bibliotek", "Deltagere", "Karsten Holm", "Marie Lund",
                                 "1. Godkendelse", "Godkendt."]


def test_the_people_of_a_definition_list_get_their_roles_and_organisations():
    page = ("<h1>Integrationsrådet i Vestby</h1><p>Referat af møde tirsdag den 3. februar 2026</p><h3>Deltagere</h3>"
            "<dl><dt>Mehmet Yildiz</dt><dd>Formand, valgt af foreningerne</dd>"
            "<dt>Lina Haddad</dt><dd>Næstformand, Dansk Flygtningehjælp Frivillig Vestby</dd>"
            "<dt>Karen Vedel (V)</dt><dd>Byrådsmedlem, udpeget af Byrådet</dd></dl>"
            "<h3>Afbud</h3><dl><dt>Jonas Fabricius</dt><dd>Suppleant</dd></dl>"
            "<h3>1. Godkendelse af dagsorden</h3><p>Godkendt.</p>")
    persons = persons_of(page, "m.html")
    assert "formand" in persons["Mehmet Yildiz"].roles
    assert "foreningerne" not in persons["Mehmet Yildiz"].organisations  # a generic word names no organisation
    assert "Dansk Flygtningehjælp Frivillig Vestby" in persons["Lina Haddad"].organisations
    assert "Byrådet" in persons["Karen Vedel"].organisations and "Byrådsmedlem" not in persons["Karen Vedel"].organisations
    assert persons["Jonas Fabricius"].status == "absent" and "suppleant" in persons["Jonas Fabricius"].roles
