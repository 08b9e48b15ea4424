"""The privacy red team (tests/fixtures/privacy): twelve ways of marking a closed part, written by
someone who had not read the extractor. The private name (and its surname) never comes out; the
public name always does, through the pipeline's facts and through `python -m ingest extract`."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.pipeline import read_facts

ROOT = Path(__file__).resolve().parents[2]
PRIVACY = ROOT / "tests" / "fixtures" / "privacy"
CASES = [(row["file"], row["private_name"], row["public_name"])
         for row in csv.DictReader((PRIVACY / "expected.tsv").open(encoding="utf-8"), delimiter="\t")]


def _check(text: str, private: str, public: str) -> None:
    assert private not in text and private.split()[-1] not in text
    assert public in text


@pytest.mark.parametrize("name, private, public", CASES)
def test_read_facts_keeps_the_closed_part_out_and_the_open_part_in(name, private, public):
    facts = read_facts(PRIVACY / name)
    names = " | ".join(p.name for p in facts.persons)
    _check(names, private, public)
    assert private.split()[-1] not in repr(facts)


@pytest.mark.parametrize("name, private, public", CASES)
def test_extract_json_keeps_the_closed_part_out_and_the_open_part_in(name, private, public):
    out = subprocess.run([sys.executable, "-m", "ingest", "extract", str(PRIVACY / name)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    _check(out, private, public)
