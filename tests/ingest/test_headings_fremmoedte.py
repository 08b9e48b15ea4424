"""'Fremmødte medlemmer:' and 'Fremmødte stedfortrædere:' are participant headings (data/lexicon/headings.tsv);
invented minutes."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of


def test_fremmoedte_medlemmer_and_stedfortraedere_are_present():
    text = ("Referat af møde i Handicaprådet, Ydby Kommune\nMødedato: 3. maj 2021\n\nFremmødte medlemmer:\n"
            "Anna Berg, formand\nOle Dam\n\nFremmødte stedfortrædere:\nKaren Lund\n\nAfbud: Per Holm\n\n"
            "1. Velkomst\nTekst.\n\n2. Eventuelt\nIntet.\n")
    people = persons_of(text, "f.txt")
    assert {people[n].status for n in ("Anna Berg", "Ole Dam", "Karen Lund")} == {"present"}
    assert people["Per Holm"].status == "absent"
    assert "suppleant" in people["Karen Lund"].roles


def test_an_umbrella_abbreviation_before_a_dash_is_an_organisation_of_its_own():
    from ingest.extract.descriptors import parse_descriptor
    assert parse_descriptor(["DH – Ydby Gigtforening"], "Handicaprådet")[1] == ["DH", "Ydby Gigtforening"]
    orgs = parse_descriptor(["(KL – Byrådet, Venstre)"], "Handicaprådet")[1]
    assert "Byrådet" in orgs and "KL – Byrådet" not in orgs
