"""The privacy red team (tests/fixtures/privacy): ways of marking a closed part, written by
someone who had not read the extractor. The private name (and its surname) never comes out; the
public name always does, through the pipeline's facts and through `python -m ingest extract`."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.lexicon import load
from ingest.pipeline import read_facts

ROOT = Path(__file__).resolve().parents[2]
PRIVACY = ROOT / "tests" / "fixtures" / "privacy"
CASES = [(row["file"], row["private_name"], row["public_name"])
         for row in csv.DictReader((PRIVACY / "expected.tsv").open(encoding="utf-8"), delimiter="\t")]


def _telling_parts(private: str) -> list[str]:
    """The parts of the private name that point at the person on their own: all but common first names."""
    return [part for part in private.split() if not load().is_first_name(part)]


def _check(text: str, private: str, public: str, names: list[str]) -> None:
    """No part of the private name that tells who it is, and no name holding two of its parts: a name cut
    short ("Hjørdis Mølgaard" of "Hjørdis Mølgaard Lauge-/sen") leaks as much as the whole one."""
    assert private not in text and private.split()[-1] not in text
    for part in _telling_parts(private):
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text), part
    parts = set(private.split())
    for name in names:
        assert len(parts & set(re.findall(r"[\w-]+", name))) < 2, name
    assert public in text


@pytest.mark.parametrize("name, private, public", CASES)
def test_read_facts_keeps_the_closed_part_out_and_the_open_part_in(name, private, public):
    facts = read_facts(PRIVACY / name)
    names = " | ".join(p.name for p in facts.persons)
    _check(names, private, public, [p.name for p in facts.persons])
    assert private.split()[-1] not in repr(facts)
    for part in _telling_parts(private):
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", repr(facts)), part


@pytest.mark.parametrize("name, private, public", CASES)
def test_extract_json_keeps_the_closed_part_out_and_the_open_part_in(name, private, public):
    out = subprocess.run([sys.executable, "-m", "ingest", "extract", str(PRIVACY / name)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    persons = json.loads(out)["persons"]
    names = [p["name"] for p in persons] + [str(m) for p in persons for m in p.get("mentions", [])]
    _check(out, private, public, names)
