"""Held-out 85 and 86: attendance by reference to the list the minutes were sent to ("Referat sendt til:" …
"Til stede: Alle på listen undtagen Noah og Freya, som havde meldt afbud."), a body's name written in capitals
in the title, and a site's navigation (a breadcrumb "Forside › Politik › Råd og nævn") that names no body."""
from __future__ import annotations

from ingest.read import html_to_text
from tests.ingest.text_facts import facts_of, persons_of

_MAIL = """Fra: Sofie Brandt Kjær <sbk@glostrup.dk>
Emne: Referat fra ungerådsmødet 30/1

GLOSTRUP UNGERÅD - REFERAT
Møde mandag den 30. januar 2023 kl. 16.00-18.00

Referat sendt til:
  Malthe Ibsen (formand) - Glostrup Gymnasium
  Laiba Chaudhry (næstformand) - Glostrup Gymnasium
  Noah Sejersen - Vestervangskolen
  Freya Lund - Glostrup Ungdomsskole

Til stede: Alle på listen undtagen Noah og Freya, som havde meldt afbud.

1. Velkommen
Malthe bød velkommen.

2. Eventuelt
Intet.
"""


def test_all_on_the_list_but_the_excepted_are_present_and_the_excepted_absent():
    persons = persons_of(_MAIL)
    assert {n: p.status for n, p in persons.items() if n != "Sofie Brandt Kjær"} == {  # (the mail's sender)
        "Malthe Ibsen": "present", "Laiba Chaudhry": "present", "Noah Sejersen": "absent", "Freya Lund": "absent"}
    assert "formand" in persons["Malthe Ibsen"].roles and "Glostrup Gymnasium" in persons["Malthe Ibsen"].organisations


def test_a_list_sent_to_is_no_attendance_by_itself():
    unsaid = persons_of(_MAIL.replace("Til stede: Alle på listen undtagen Noah og Freya, som havde meldt afbud.\n", ""))
    assert {p.status for p in unsaid.values()} == {"unknown"}  # the list says who got the minutes, not who came


def test_a_body_written_in_capitals_is_named_as_in_running_text():
    assert facts_of(_MAIL).meeting.body == "Glostrup Ungeråd"


def test_a_sites_navigation_is_no_text_of_the_page():
    page = ("<nav class='breadcrumb'>Forside › Politik › Råd og nævn › Integrationsrådet</nav>"
            "<h1>Referat fra Integrationsrådets møde</h1><p>Torsdag den 22. oktober 2020</p>")
    assert "Råd og nævn" not in html_to_text(page)
    assert facts_of(page, "m.html").meeting.body == "Integrationsrådet"


def test_a_sites_footer_is_no_text_of_the_minutes_but_an_articles_own_footer_is():
    page = ("<main><h1>Referat fra Idrætsrådets møde</h1><p>Mødedato: 4. marts 2019</p>"
            "<article><p>Deltagere: Rita Holm</p><footer>Referent: Ib Sand</footer></article></main>"
            "<footer><p>Hørsholm Kommune · Ådelvej 2</p><p>Webredaktør: Jesper Vind</p></footer>")
    text = html_to_text(page)
    assert "Jesper Vind" not in text and "Ådelvej" not in text and "Referent: Ib Sand" in text


def test_a_breadcrumb_outside_a_nav_element_is_no_text_of_the_page():
    page = ("<header><div class='breadcrumb'>Forside › Politik › Råd og nævn › Kulturrådet › Referater</div></header>"
            "<main><h1>Kulturrådet – referat</h1><p>Mødedato: 4. marts 2020</p></main>")
    assert "Råd og nævn" not in html_to_text(page)
    assert facts_of(page, "m.html").meeting.body == "Kulturrådet"


def test_an_aside_of_links_to_other_pages_is_no_text_of_the_minutes_but_an_aside_with_text_is():
    links = ("<aside class='related'><h3>Se også</h3><ul><li><a href='/a'>Handicaprådet</a></li>"
             "<li><a href='/n'>Nyhed: Ydby Idrætsråd uddeler priser</a></li></ul></aside>")
    told = "<aside><h3>Mødeinfo</h3><p>Sted: <a href='/kort'>Ydby Rådhus</a></p></aside>"
    page = f"<main><h1>Kulturrådet – referat</h1><p>Deltagere: Rita Holm</p>{told}</main>{links}<p>Slut</p>"
    text = html_to_text(page)
    assert "Handicaprådet" not in text and "Se også" not in text and "Idrætsråd" not in text
    assert "Sted: Ydby Rådhus" in text and "Mødeinfo" in text and text.rstrip().endswith("Slut")
