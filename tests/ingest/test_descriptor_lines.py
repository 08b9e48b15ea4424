"""What a list says about a person beside the name: the line under each name in PDF text, fields of interest
in brackets ("Erhverv/Turisme"), and a job title capitalised in a table's cell; invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of, persons_of

_NAME_OVER_ORG = ("Ydby Kommune\nÆldrerådet\n\nREFERAT\nMødedato: 3. marts 2024\n\n"
                  "Medlemmer:\nKirsten Bak, formand\nÆldre Sagen Ydby\nPoul Krog\nYdby Pensionistforening\n"
                  "Anna Lund\nÆldre Sagen Vestby\n\n"
                  "                                  Side 1 af 2\n\n"
                  "Fraværende:\nOle Brink\nYdby Pensionistforening\n\n"
                  "Gæst under punkt 2:\nMaja Holm, sundhedschef\nCenter for Sundhed og Omsorg\n\n"
                  "1. Godkendelse af dagsorden\nGodkendt.\n\n2. Sundhedsaftalen\nMaja orienterede.\n")

_ORG_OVER_NAMES = ("Ydby Kommune\nÆldrerådet\n\nREFERAT\nMødedato: 3. marts 2024\n\n"
                   "Medlemmer:\nÆldre Sagen Ydby\nKirsten Bak, formand\nPoul Krog\n\n"
                   "1. Godkendelse af dagsorden\nGodkendt.\n")


def test_the_line_under_each_name_is_what_the_person_represents():
    people = persons_of(_NAME_OVER_ORG)
    assert "Ældre Sagen Ydby" in people["Kirsten Bak"].organisations
    assert "formand" in people["Kirsten Bak"].roles
    assert "Ydby Pensionistforening" in people["Poul Krog"].organisations
    assert "Ældre Sagen Vestby" in people["Anna Lund"].organisations
    assert "Ældre Sagen Vestby" not in people["Poul Krog"].organisations


def test_a_page_footer_and_a_short_list_keep_the_layout():
    people = persons_of(_NAME_OVER_ORG)
    assert people["Ole Brink"].status == "absent"
    assert "Ydby Pensionistforening" in people["Ole Brink"].organisations
    maja = people["Maja Holm"]
    assert "Center for Sundhed og Omsorg" in maja.organisations
    assert "sundhedschef (Center for Sundhed og Omsorg)" in maja.roles


def test_an_organisation_over_the_names_is_no_line_under_a_name():
    people = persons_of(_ORG_OVER_NAMES)
    assert "Ældre Sagen Ydby" not in people["Poul Krog"].organisations
    assert not any("Poul Krog" in o for p in people.values() for o in p.organisations)


def test_a_heading_after_the_last_name_describes_no_one():
    text = ("Ydby Kommune\nFolkeoplysningsudvalget\nMødedato: 3. marts 2024\n\nTil stede: Kaj Lund (A), Bo Vind\n"
            "Sekretær:\nLine Holm, Kultur- og Fritidsforvaltningen\nREFERAT\n\nAfbud:\nOle Sand (V)\n\n"
            "1. Eventuelt\nIntet.\n")
    line = persons_of(text)["Line Holm"]
    assert "referent" not in line.roles and "REFERAT" not in line.organisations


_FIELDS = ("LAG Ydby\nReferat af bestyrelsesmøde 7. marts 2017\n\n"
           "Til stede: Jens Lund (Ydby Lokalråd), Marianne Kofoed (Erhverv/Turisme), Lene Holt (Kultur/Fritid),\n"
           "Birgit Sand (Kultur)\n\n1. Eventuelt\nIntet.\n")


def test_fields_of_interest_joined_by_a_slash_are_no_organisations():
    people = persons_of(_FIELDS)
    assert "Ydby Lokalråd" in people["Jens Lund"].organisations
    for name in ("Marianne Kofoed", "Lene Holt"):
        assert not {"Erhverv", "Turisme", "Kultur", "Fritid"} & set(people[name].organisations)
    assert not {"Erhverv", "Turisme", "Fritid"} & {o.name for o in facts_of(_FIELDS).organisations}
    # a lone field's word may be a municipal department ("Kultur"): it stays an organisation
    assert "Kultur" in people["Birgit Sand"].organisations


def test_a_job_title_in_a_representation_cell_is_a_role():
    text = ("<h1>Ydby Bibliotekernes Brugerråd</h1><p>Referat af møde 13. september 2022</p><h2>Deltagere</h2>"
            "<table><tr><th>Navn</th><th>Repræsenterer</th></tr>"
            "<tr><td>Inge Holm (formand)</td><td>Ældre Sagen Ydby</td></tr>"
            "<tr><td>Yasmin Ali</td><td>Brugerrepræsentant</td></tr>"
            "<tr><td>Anders Kirk</td><td>Bibliotekschef, Ydby Bibliotekerne</td></tr></table>"
            "<h2>1. Eventuelt</h2><p>Intet.</p>")
    people = persons_of(text, "m.html")
    assert "bibliotekschef (Ydby Bibliotekerne)" in people["Anders Kirk"].roles
    assert "Bibliotekschef" not in people["Anders Kirk"].organisations
    assert "Brugerrepræsentant" not in people["Yasmin Ali"].organisations
    assert not {"Bibliotekschef", "Brugerrepræsentant"} & {o.name for o in facts_of(text, "m.html").organisations}


_THEMES = ("Frivilligcenter Ydby\nNETVÆRKSMØDE FOR FORENINGSLEDERE\nReferat\n\n"
           "Dato: Tirsdag den 12. marts 2019 kl. 19.00-21.30\n\nDeltagere (inddelt efter tema):\n\n"
           "Idræt: Bjarne Holt (Ydby Idrætsforening), Susanne Krag (Ydby Idrætsforening, gymnastikafdelingen)\n"
           "Sociale foreninger: Lis Mogensen (Ældre Sagen Ydby), Hanne Birk (Røde Kors Ydby)\n"
           "Natur og miljø: Jens Dahl (Danmarks Naturfredningsforening Ydby)\n"
           "Kultur: Anna Holm, Bo Vind\n\n"
           "1. Velkomst\nIntet.\n\n2. Eventuelt\nIntet.\n")


def test_people_grouped_by_theme_keep_their_own_organisations_only():
    people = persons_of(_THEMES)
    # a note with a comma of its own does not hide the group's people
    assert people["Bjarne Holt"].status == "present" and people["Susanne Krag"].status == "present"
    assert any(o.startswith("Ydby Idrætsforening") for o in people["Bjarne Holt"].organisations)
    for name in ("Lis Mogensen", "Jens Dahl"):
        assert not {"Sociale foreninger", "Natur og miljø"} & set(people[name].organisations)
    # people who name no organisation of their own come from the one the label names
    assert "Kultur" in people["Anna Holm"].organisations


def test_a_meeting_title_over_the_word_referat_is_the_meeting():
    assert facts_of(_THEMES).meeting.body == "Netværksmøde for foreningsledere"


def test_english_posts_after_a_name_are_roles():
    text = ("<h1>International Forum Ydby</h1><p>Minutes / Referat<br>Date / Dato: 3 February 2025</p>"
            "<h2>Present / Til stede</h2><dl><dt>Priya Nair</dt><dd>Chair / formand</dd>"
            "<dt>Lukas Becker</dt><dd>Secretary, took the minutes / referent</dd>"
            "<dt>Ana Ribeiro</dt><dd>Ydby Expat Network, member</dd></dl><h2>1. Welcome</h2><p>Agreed.</p>")
    people = persons_of(text, "f.html")
    assert "sekretariat" in people["Lukas Becker"].roles and "Secretary" not in people["Lukas Becker"].organisations
    assert "medlem" in people["Ana Ribeiro"].roles and "formand" in people["Priya Nair"].roles


def test_a_note_that_the_deputy_came_gives_the_member_no_post():
    text = ("Ydby Kommune\nHandicaprådet\nReferat af ordinært møde\nMødedato:\tOnsdag den 11. september 2019\n\n"
            "Deltagere\nMedlem\tOrganisation\tStedfortræder\tFremmøde\n"
            "Jørgen Aaby (formand)\tDansk Handicap Forbund\tInge Holm\tMødt\n"
            "Merete Schou\tDansk Blindesamfund\tFinn Bagge\tAfbud – stedfortræder mødt\n"
            "Bente Kirk\tLEV Ydby\t–\tSuppleant, mødte for Lars Frost\n\n"
            "Dagsorden\n1. Godkendelse af dagsorden\n2. Eventuelt\n\nPkt. 1 – Godkendelse af dagsorden\nGodkendt.\n")
    people = persons_of(text)
    assert people["Merete Schou"].status == "absent"
    assert not any("suppleant" in r for r in people["Merete Schou"].roles)
    assert not {"mødt", "stedfortræder mødt"} & set(people["Merete Schou"].organisations)
    assert "suppleant" in people["Bente Kirk"].roles  # her own note: she is the deputy


def test_a_contact_block_parted_by_middle_dots_and_a_post_held_for_the_body():
    text = ("<h1>Ydby Kulturråd</h1><p><strong>Referat af rådsmøde onsdag 27. april 2022</strong></p>"
            "<h2>Rådets medlemmer (kontaktoplysninger)</h2><p>"
            "Vibeke Thorup · Ydby Musikforening (formand) · tlf. 23 45 67 81 · vibeke.thorup@mail.dk<br>"
            "Henrik Aagaard · Ydby Teaterforening · tlf. 40 12 88 19 · henrik@teater.dk</p>"
            "<p>Afbud: Henrik Aagaard.<br>Sekretær for rådet: Louise Winge, kulturkonsulent, Ydby Kommune – referent.</p>"
            "<h2>1. Godkendelse af referat</h2><p>Godkendt.</p><h2>2. Eventuelt</h2><p>Intet.</p>")
    people = persons_of(text, "k.html")
    assert "Ydby Musikforening" in people["Vibeke Thorup"].organisations
    assert any(r.startswith("formand") for r in people["Vibeke Thorup"].roles)
    assert not any("tlf" in o or "@" in o for p in people.values() for o in p.organisations)
    louise = people["Louise Winge"]
    assert louise.status == "present" and "referent" in louise.roles and "sekretariat" in louise.roles
    assert "Ydby Kommune" in louise.organisations and not any("referent" in o for o in louise.organisations)
