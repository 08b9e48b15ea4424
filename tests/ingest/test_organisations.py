"""Organisation conventions, each on a small hand-written example (not taken from any fixture)."""
from ingest.extract.ocr_variants import merged_misreadings
from ingest.extract.organisations import Organisation, kind_of
from ingest.model import Evidence
from tests.ingest.text_facts import facts_of


def _orgs(body: str, header: str = "") -> dict[str, object]:
    text = (f"HADERSLEV KOMMUNE\nKultur- og Fritidsforvaltningen\n\nReferat fra møde i Integrationsrådet\n"
            f"Mødedato: 2.3.2021\n{header}\n1. Orientering\n{body}\n\n2. Eventuelt\nIntet.\n")
    facts = facts_of(text, "o.txt")
    return {o.name: o for o in facts.organisations}


def test_letterhead_lines_and_the_municipality_in_capitals_are_organisations():
    orgs = _orgs("Intet nyt.")
    assert "Haderslev Kommune" in orgs and "Kultur- og Fritidsforvaltningen" in orgs
    assert orgs["Kultur- og Fritidsforvaltningen"].kind == "municipal_unit"


def test_a_known_organisation_followed_by_a_place_is_its_branch():
    orgs = _orgs("DBU Sønderjylland og Ældre Sagen Haderslev holder stævne. Ældre Sagen betaler.")
    assert orgs["DBU Sønderjylland"].kind == "association"
    assert "Ældre Sagen" in orgs["Ældre Sagen Haderslev"].mentions  # the short form is that branch
    assert "Ældre Sagen" not in orgs and "Ældre" not in orgs


def test_genitive_of_a_known_name_and_new_endings():
    orgs = _orgs("Formanden deltog i Danske Ældreråds årsmøde. Støtte fra Det Hansenske Mindefond "
                 "og Vejen Museum. Integrationsafdelingen og Vestby Boligforening deltog.")
    assert "Danske Ældreråd" in orgs
    assert kind_of("Integrationsafdelingen") == "municipal_unit"
    assert kind_of("Vestby Boligforening") == "association"
    assert kind_of("Vejen Museum") == "other" and kind_of("Hansenske Mindefond") == "other"
    assert kind_of("Sønderborg Lokalråd") == "association"


def test_the_place_something_is_held_is_no_organisation():
    orgs = _orgs("Festen holdes 3. maj i Sønderby Musik & Kultur Center sammen med Sønderby Boldklub.")
    assert not any("Center" in name for name in orgs) and "Sønderby Boldklub" in orgs


def test_kind_comes_from_the_head_before_i():
    assert kind_of("Frivilligcenter i Vejen Kommune") == "ngo"
    assert kind_of("Integrationsrådet i Vejen Kommune") == "council"
    assert kind_of("Vejen Kommune") == "municipal_unit"


def test_a_local_branch_of_two_municipalities_joined_by_a_hyphen_is_kept_whole():
    assert "Alzheimerforeningen Haderslev-Tønder" in _orgs("Alzheimerforeningen Haderslev-Tønder er med i følgegruppen.")


def test_a_scanners_rn_for_m_names_the_organisation_the_minutes_name_elsewhere():
    facts = facts_of("Referat\nMødedato: 2.3.2021\nDeltagere: Lone Berg, skolechef, Haderslev Kornmune\n\n"
                     "1. Orientering\nHaderslev Kommune har bevilget midler.\n", "k.txt")
    orgs = {o.name: o for o in facts.organisations}
    assert "Haderslev Kornmune" not in orgs and "Haderslev Kornmune" in orgs["Haderslev Kommune"].mentions
    assert "Haderslev Kommune" in next(p for p in facts.persons if p.name == "Lone Berg").organisations


def test_a_name_with_rn_that_matches_no_other_stays_as_written():
    evidence = Evidence(0, 0, "")
    orgs = [Organisation("Ydby Kommune", "municipal_unit", evidence), Organisation("Børnehuset Ydby", "other", evidence)]
    assert [o.name for o in merged_misreadings(orgs)] == ["Ydby Kommune", "Børnehuset Ydby"]


def test_three_first_parts_joined_by_commas_and_og_are_one_committee():
    orgs = _orgs("Rådet afgiver høringssvar til Social-, Sundheds- og Ældreudvalget senest 28. februar.\n"
                 "Sagen kom fra Udlændinge-, Integrations- og Boligministeriet.")
    assert "Social-, Sundheds- og Ældreudvalget" in orgs
    assert "Udlændinge-, Integrations- og Boligministeriet" in orgs
    assert "Sundheds- og Ældreudvalget" not in orgs


def test_bornholms_regionskommune_broken_over_a_line_is_one_known_municipality():
    from tests.ingest.text_facts import facts_of

    text = ("Referat af generalforsamling i Ydby Borgerforening 13. marts 2024\n\nTil stede: Bo Dam\n\n"
            "1. Beretning\nStien er anlagt. LAG Ydby gav 150.000 kr. og Bornholms\n  Regionskommune 50.000 kr. "
            "Regionskommunen står for vedligeholdelsen.\n")
    names = {o.name for o in facts_of(text, "b.txt").organisations}
    assert "Bornholms Regionskommune" in names and not {"Regionskommune", "Regionskommunen"} & names


def test_a_local_action_group_is_named_by_its_area():
    from tests.ingest.text_facts import facts_of

    text = ("Referat af Landsbyrådet 13. marts 2024\n\nTil stede: Bo Dam\n\n"
            "1. Stien\nLAG Ydby-Vest gav 150.000 kr. til stien langs åen.\n")
    assert "LAG Ydby-Vest" in {o.name for o in facts_of(text, "l.txt").organisations}
