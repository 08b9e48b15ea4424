from graph.review import candidates, record
from ingest.identity import Decision, parse_decisions
from ingest.pipeline import run
from tests.conftest import TWO_NAMES_MINUTES


def test_near_miss_names_are_listed_with_their_evidence(store, tmp_path):
    (tmp_path / "a.txt").write_text(TWO_NAMES_MINUTES.format(date="1.3.2019", name="Erik Kristansen"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(TWO_NAMES_MINUTES.format(date="5.9.2019", name="Erik Kristiansen"), encoding="utf-8")
    run([tmp_path], store)
    found = candidates(store)
    assert [(c.a.name, c.b.name) for c in found] == [("Erik Kristansen", "Erik Kristiansen")]
    pair = found[0]
    assert pair.doubt.municipality == "Gribskov"
    assert len(pair.a.meetings) == 1 and len(pair.b.meetings) == 1
    assert any("Erik Kristansen" in q for q in pair.a.quotes)


def test_recorded_decisions_are_read_back(tmp_path):
    path = tmp_path / "decisions.tsv"
    record(Decision("same", "person", "Gribskov", "Erik Kristansen", "Erik Kristiansen", "same phone"), path)
    record(Decision("not-same", "person", "*", "Eva", "Eva Holm"), path)
    assert [d.verdict for d in parse_decisions(path.read_text(encoding="utf-8"))] == ["same", "not-same"]
