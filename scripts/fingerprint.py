"""Fingerprints of the extractor's output, to show that a refactoring or a speed change alters no fact.

    .venv/bin/python scripts/fingerprint.py take before.tsv            # the default corpus
    .venv/bin/python scripts/fingerprint.py take after.tsv FILE…        # or given files
    .venv/bin/python scripts/fingerprint.py compare before.tsv after.tsv

The default corpus is every document under `tests/fixtures/`, `data/samples/` and, when it is
there, a synthetic corpus in `/tmp/civic-synth` (`python -m bench.synth --meetings 1000 --out
/tmp/civic-synth`). `take` writes one line per file: path (relative to the checkout when inside it,
so two checkouts compare), SHA-256 of the facts' JSON (or of the error it raised). `compare` lists the
files whose facts differ and exits 1 when any do.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTH = Path("/tmp/civic-synth")
DOCUMENT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".odt", ".rtf"}


def default_corpus() -> list[Path]:
    folders = [ROOT / "tests" / "fixtures", ROOT / "data" / "samples", SYNTH]
    return sorted(p for folder in folders if folder.is_dir()
                  for p in folder.rglob("*") if p.suffix.lower() in DOCUMENT_SUFFIXES)


def fingerprint(path: Path) -> str:
    from ingest.errors import IngestError
    from ingest.extract import extract
    from ingest.facts_json import facts_to_json
    from ingest.read import read_document
    from ingest.segment import segment

    try:
        text = json.dumps(facts_to_json(extract(segment(read_document(path)))), ensure_ascii=False,
                          sort_keys=True)
    except IngestError as exc:
        text = f"error: {exc}"
    return hashlib.sha256(text.encode()).hexdigest()


def take(out: Path, files: list[Path]) -> None:
    sys.path.insert(0, str(ROOT))
    with out.open("w", encoding="utf-8") as sink:
        for path in files:
            sink.write(f"{_shown(path)}\t{fingerprint(path)}\n")
    print(f"{len(files)} files fingerprinted into {out}")


def _shown(path: Path) -> str:
    """`path` relative to the checkout when inside it: a file of another checkout has the same name."""
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def read_fingerprints(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line)


def compare(before: Path, after: Path) -> int:
    old, new = read_fingerprints(before), read_fingerprints(after)
    differing = sorted(f for f in old.keys() & new.keys() if old[f] != new[f])
    for name in differing:
        print(name)
    only = (old.keys() ^ new.keys())
    print(f"{len(old.keys() & new.keys())} files in both, {len(differing)} differ, "
          f"{len(only)} in one only", file=sys.stderr)
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("take", help="fingerprint files (default: the fixture, sample and synthetic corpus)")
    p.add_argument("out", type=Path)
    p.add_argument("files", nargs="*", type=Path)
    p = sub.add_parser("compare", help="list the files whose fingerprints differ")
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "take":
        take(args.out, args.files or default_corpus())
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
