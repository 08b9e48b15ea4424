"""The pipeline benchmark runs end to end on a tiny corpus and writes every figure it prints.

Asserts no time (figures are the benchmark's business, not the tests'): only that each
measurement ran, on the documents it was given, and that the machine reference is there to
read the figures beside.
"""
import json
import subprocess
import sys
from pathlib import Path

from bench.measure import machine_reference

ROOT = Path(__file__).resolve().parents[2]


def test_machine_reference_names_the_processor_and_a_loop_speed():
    machine = machine_reference()
    assert machine["cpu"]
    assert machine["loop_mops"] > 0


def test_a_small_run_measures_extraction_ingest_and_analysis(tmp_path):
    out = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, "-m", "bench.pipeline", "--sizes", "12", "--processes", "1",
                           "--keep", str(tmp_path / "work"), "--json", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "reference loop" in done.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["machine"]["loop_mops"] > 0
    (size,) = figures["sizes"]
    assert size["size"] == 12 and size["failed"] == []
    assert size["extraction"]["1"]["documents"] == 12
    embedded = size["stores"]["embedded"]
    assert embedded["ingest"]["documents"] == 12 and embedded["ingest"]["failed"] == 0
    assert embedded["ingest"]["nodes"] > 0 and embedded["ingest"]["relationships"] > 0
    assert embedded["analysis"]["attendance_rows"] > 0
    assert embedded["analysis"]["functions"], "no analysis function was found and timed"
