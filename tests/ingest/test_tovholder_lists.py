"""A list of tovholdere under its label (held-out 51, 52): one a line ("Tovholdere:  Ruth (program)" then "Inger
(økonomi)", "Grete + Åse (kaffe)"), on the label's line ("**Tovholdere fremover:** Fadumo og Ayse."), or bulleted
under a sentence ("Disse skrev sig på som tovholdere:" and a blank line); the list ends at a blank line."""
from __future__ import annotations

from tests.ingest.text_facts import persons_of

_HEADER = ("Referat af møde i Seniorsamrådet, Fanø Kommune\nMødedato: 3. marts 2025\n"
           "Deltagere: Ruth Holm, Inger Bak, Grete Dal, Åse Lund, Bent Sand, Fadumo Nuur, Ayse Kaya, Lone Grøn, "
           "Jamal Abdi, Kaj Berg\n\n")


def _tovholdere(body: str) -> set[str]:
    """Who is tovholder, of the item's initiative ("tovholder (Seniordagen)") or of none named."""
    return {n for n, p in persons_of(_HEADER + body).items() if any(r.split(" (")[0] == "tovholder" for r in p.roles)}


def test_a_list_one_a_line_under_its_label():
    assert _tovholdere("1. Seniordagen\nSeniordagen holdes 1. oktober.\nTovholdere:  Ruth (program)\n"
                       "             Inger (økonomi)\n             Grete + Åse (kaffe og kage)\n\n"
                       "Kaj foreslog en folder.\n\n2. Eventuelt\nIntet.\n") == {"Ruth Holm", "Inger Bak", "Grete Dal", "Åse Lund"}


def test_names_on_the_labels_line_and_a_bulleted_list_after_a_blank_line():
    assert _tovholdere("1. Pigeklubben\nKlubben overdrages.\n\n**Tovholdere fremover:** Fadumo og Ayse.\n\n"
                       "2. Sommerfesten\nDisse skrev sig på som tovholdere:\n\n- Lone – overordnet\n- Jamal – fodbold\n\n"
                       "Bent takkede.\n\n3. Eventuelt\nIntet.\n") == {"Fadumo Nuur", "Ayse Kaya", "Lone Grøn", "Jamal Abdi"}
