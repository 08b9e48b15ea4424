"""A descriptor ends at a new sentence (a sentence after the list)."""
from __future__ import annotations

from ingest.extract.descriptors import parse_descriptor


def test_a_new_sentence_is_no_part_of_the_descriptor():
    roles, orgs = parse_descriptor(["kulturkonsulent", "Kultur og Fritid. Desuden deltog Ib Holm fra Ungdomsskolen"], None)
    assert orgs == ["Kultur og Fritid"] and roles == ["kulturkonsulent (Kultur og Fritid)"]

