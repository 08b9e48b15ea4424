"""Labels that introduce people by role, or sentences pointing past their colon, name no initiative
(ingest/extract/label_sentences.py)."""
from __future__ import annotations

from tests.ingest.text_facts import facts_of

TEXT = """Referat af bestyrelsesmøde i Vestby Frivilligforening 4. marts 2021

Til stede: Jonas Krag, Birte Holm, Henrik Sand

1. Konstituering
Bestyrelsen konstituerede sig således: Jonas Krag formand, Birte Holm kasserer.
Suppleanter: Henrik Sand.

2. Aktiviteter
Birte orienterede om: Strikkecaféen i Vestby, som holder åbent hver tirsdag.
Følgende meldte sig som tovholdere: Jonas, Birte.
Kort fra runden: Henrik har talt med skolen.
"""


def test_role_and_sentence_labels_name_no_initiative():
    names = {i.name for i in facts_of(TEXT, "v.txt").initiatives}
    for wrong in ("Bestyrelsen konstituerede sig således", "Suppleanter", "Birte orienterede om",
                  "Følgende meldte sig som tovholdere", "Kort fra runden"):
        assert wrong not in names
    assert any(n.startswith("Strikkecaféen") for n in names)


def test_a_hyphenated_first_name_opens_a_sentence_or_speaks():
    from ingest.extract.initiatives import initiatives

    text = "Karl-Erik orienterede: Roklubben får ny bådehal.\nAnne-Lise: Strikkecaféen holder åbent.\n"
    names = {i.name for i in initiatives(text, [(0, len(text))], set())}
    assert not any(n.startswith(("Karl-Erik", "Anne-Lise")) for n in names)


def test_a_label_with_a_finite_verb_after_its_first_word_is_a_sentence():
    from ingest.extract.initiatives import initiatives

    text = ("Jens Peter Holm orienterede: Vestby Kommune modtager flere familier i år.\n"
            "Udvalget bevilgede:\n- Vestby Roklub: 10.000 kr. til Sommerroning\n"
            "Rådet afgav følgende høringssvar: Politikken bør nævne tilgængelighed.\n"
            "Lektiecaféen: holder åbent hver mandag.\n")
    names = {i.name for i in initiatives(text, [(0, len(text))], set())}
    assert not any(n.startswith(("Jens Peter Holm", "Udvalget", "Rådet")) for n in names)
    assert "Lektiecaféen" in names  # a topic label still names its initiative
