"""Item numbers a sentence refers to ("punkt 4 og 5", "punkterne 2-4"): a reference cut short never breaks the
segmenter (a fuzzing run found "Pkt. 2 og" with a zero-width space before the next line's date)."""
from __future__ import annotations

from ingest.closed_numbers import referenced_numbers
from tests.ingest.text_facts import facts_of


def test_references_in_their_forms():
    assert referenced_numbers("punkt 4 og 5 blev behandlet") == {4, 5}
    assert referenced_numbers("punkterne 2-4 var lukkede") == {2, 3, 4}
    assert referenced_numbers("under punkt fem") == {5}


def test_a_reference_ending_in_og_counts_its_numbers_only():
    assert referenced_numbers("jf. pkt. 2 og") == {2}
    facts = facts_of("Pkt. 1 Lukket punkt \nPkt. 2 og\u200b7. september 2017 ", "m.html")
    assert facts.persons == ()
