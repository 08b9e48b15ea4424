"""The synthetic corpus: deterministic, true to its truth file, and read back by the extractor.

The extractor checks use the same path as the pipeline (read → segment → extract) on ~30
generated meetings in all five layouts.
"""
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from bench.synth import generate, write_corpus
from bench.synth.vocabulary import LAYOUTS
from ingest.extract import extract
from ingest.lexicon import fold
from ingest.read import read_document
from ingest.segment import segment

ROOT = Path(__file__).resolve().parents[2]
MEETINGS, SEED = 30, 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("synth")
    write_corpus(out, MEETINGS, SEED)
    rows = [json.loads(line) for line in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, rows


@pytest.fixture(scope="module")
def facts(corpus):
    out, rows = corpus
    return {row["file"]: extract(segment(read_document(out / row["file"]))) for row in rows}


def test_every_layout_and_several_bodies_and_municipalities(corpus):
    out, rows = corpus
    assert len(rows) == MEETINGS == len([p for p in out.iterdir() if p.name != "truth.jsonl"])
    assert {row["layout"] for row in rows} == set(LAYOUTS)
    assert len({row["body"] for row in rows}) >= 4
    assert len({row["municipality"] for row in rows}) >= 5


def test_same_seed_same_files_other_seed_other_files():
    first, again, other = (list(generate(20, seed)) for seed in (3, 3, 4))
    assert first == again
    assert [text for _, text, _ in first] != [text for _, text, _ in other]


def test_truth_names_are_written_in_their_files(corpus):
    out, rows = corpus
    for row in rows:
        text = (out / row["file"]).read_text(encoding="utf-8")
        for name in row["present"] + row["absent"] + row["closed_names"]:
            assert name in text, (row["file"], name)


def test_rosters_change_and_initiatives_recur_over_the_years():
    by_body = defaultdict(list)
    for _, _, row in generate(240, seed=1):
        by_body[(row["municipality"], row["body"])].append(row)
    for rows in by_body.values():
        years = sorted({row["date"][:4] for row in rows})
        assert len(years) >= 5
        first = {n for row in rows if row["date"][:4] == years[0] for n in row["present"] + row["absent"]}
        last = {n for row in rows if row["date"][:4] == years[-1] for n in row["present"] + row["absent"]}
        assert first - last and last - first  # some left, some joined
        recurring = [i for i in {i for row in rows for i in row["initiatives"]}
                     if len({row["date"][:4] for row in rows if i in row["initiatives"]}) >= 2]
        assert recurring


def test_date_municipality_and_body_are_read_back(corpus, facts):
    _, rows = corpus
    wrong = [(row["file"], key, row[key], getattr(facts[row["file"]].meeting, key))
             for row in rows for key in ("date", "municipality", "body")
             if fold(getattr(facts[row["file"]].meeting, key) or "") != fold(row[key])]
    assert wrong == []


def test_present_and_absent_people_are_read_back(corpus, facts):
    """A listed person counts as found when a person with that name (or that mention) has the status."""
    _, rows = corpus
    found, missed = 0, []
    for row in rows:
        statuses = defaultdict(set)
        for person in facts[row["file"]].persons:
            for form in (person.name, *person.mentions):
                statuses[fold(form)].add(person.status)
        for status in ("present", "absent"):
            for name in row[status]:
                if status in statuses[fold(name)]:
                    found += 1
                else:
                    missed.append((row["file"], status, name))
    recall = found / (found + len(missed))
    assert recall >= 0.9, (recall, missed[:20])


def test_closed_items_are_counted_and_their_names_never_printed(corpus, facts):
    out, rows = corpus
    closed = [row for row in rows if row["closed_names"]]
    assert closed, "the corpus should hold closed items"
    for row in closed:
        assert facts[row["file"]].closed_items == row["closed_items"]
        printed = subprocess.run([sys.executable, "-m", "ingest", "extract", str(out / row["file"])],
                                 cwd=ROOT, capture_output=True, text=True, check=True, timeout=120).stdout
        for name in row["closed_names"]:
            assert name not in printed and f"{name.split()[0]}s forening" not in printed, (row["file"], name)
