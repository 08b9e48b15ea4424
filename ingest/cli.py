"""`python -m ingest …`: extract one document's facts, or run the whole pipeline into the store.

Exit codes: 0 all good, 1 some inputs failed (listed), 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from graph.errors import GraphError
from ingest.errors import IngestError
from ingest.limits import DEFAULT_MAX_SECONDS
from ingest.read import DEFAULT_MAX_BYTES

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "data" / "samples"


def _extract(args: argparse.Namespace) -> int:
    from ingest.extract import extract
    from ingest.facts_json import facts_to_json
    from ingest.read import read_document
    from ingest.segment import segment

    try:
        facts = extract(segment(read_document(Path(args.file))))
    except IngestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    json.dump(facts_to_json(facts), sys.stdout, ensure_ascii=False, indent=None if args.compact else 1)
    sys.stdout.write("\n")
    return 0


def _run(args: argparse.Namespace) -> int:
    from ingest.pipeline import run

    paths = [Path(p) for p in args.paths] or [DEFAULT_CORPUS]
    try:
        report = run(paths, progress=not args.quiet, jobs=args.jobs, max_bytes=args.max_bytes,
                     max_seconds=args.max_seconds)
    except (GraphError, IngestError) as exc:  # the store cannot be opened, or erasures cannot be read
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    if args.report:
        Path(args.report).write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if report.failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Read Danish meeting minutes (txt, md, html, pdf, docx, odt, rtf) into facts and into the graph.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each stage does")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the facts of one document as JSON (the scorer's contract)")
    p.add_argument("file", help="a minutes file")
    p.add_argument("--compact", action="store_true", help="one line of JSON")
    p.set_defaults(handler=_extract)
    p = sub.add_parser(
        "run",
        help="read, segment, extract and store documents (default: the bundled samples)",
        description="Ingest minutes into the graph store (Neo4j when NEO4J_URI is set, else the embedded "
        "store at data/graph.db). Re-running over the same files changes nothing.",
    )
    p.add_argument("paths", nargs="*", help="files or folders (default: data/samples)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1,
                   help="processes reading documents in parallel when there are many (default: one per core)")
    p.add_argument("--report", help="also write the report as JSON to this file")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"skip (and report) files larger than this (default {DEFAULT_MAX_BYTES})")
    p.add_argument("--max-seconds", type=float, default=DEFAULT_MAX_SECONDS,
                   help=f"give up (and report) a document whose segmenting and extraction takes longer "
                        f"(default {DEFAULT_MAX_SECONDS:g}; 0: no limit)")
    p.set_defaults(handler=_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    return int(args.handler(args))
