"""`python -m graph …`: small commands over the graph library (stats, export, reset, neo4j, review,
forget; the analysis commands are in `graph/cli_analysis.py`).

Each command is a few lines calling one library function. Exit codes: 0 success, 1 a command
failed (the error is printed), 2 usage error. New commands are added to `COMMANDS`.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from graph.cli_analysis import ANALYSIS_COMMANDS
from graph.cli_output import FAILED, OK, USAGE, Command, emit as _emit, opened as _opened
from graph.errors import ConfigError, GraphError
from graph.export import FORMATS, write_export
from graph.settings import load_settings

log = logging.getLogger(__name__)

def _total(counts: dict[str, dict[str, int]]) -> str:
    return (f"{sum(counts['nodes'].values())} nodes, "
            f"{sum(counts['relationships'].values())} relationships")


def _run_stats(args: argparse.Namespace) -> int:
    with _opened() as store:
        _emit(json.dumps(store.counts(), indent=1, sort_keys=True, ensure_ascii=False))
    return OK


def _run_export(args: argparse.Namespace) -> int:
    with _opened() as store:
        if args.pseudonymise:
            from graph.pseudonymise import PseudonymisedStore, store_salt

            store = PseudonymisedStore(store, store_salt(load_settings()))
        write_export(store, args.format, args.out)
        if str(args.out) != "-":
            _emit(f"wrote {args.format} export ({_total(store.counts())}) to {args.out}")
    return OK


def _run_reset(args: argparse.Namespace) -> int:
    if not args.yes:
        _emit("reset deletes the whole graph; run again with --yes to confirm", err=True)
        return USAGE
    with _opened() as store:
        before = _total(store.counts())
        store.clear()
    _emit(f"cleared the graph ({before} deleted)")
    return OK


def _describe(info: Any) -> str:
    """A server description for the terminal; the password is shown only by `neo4j env`."""
    if dataclasses.is_dataclass(info) and not isinstance(info, type):
        fields = dataclasses.asdict(info)
        if "password" in fields:
            fields["password"] = "***"
        return json.dumps(fields, indent=1, sort_keys=True, default=str)
    return str(info)


def _run_neo4j(args: argparse.Namespace) -> int:
    try:
        from graph import server  # lazy: only these commands manage a local server
    except ImportError as exc:
        raise ConfigError(f"graph.server is not available: {exc}") from exc
    if args.action == "start":
        _emit(_describe(server.start(port=args.port)))
    elif args.action == "stop":
        _emit("stopped" if server.stop() else "not running")
    elif args.action == "status":
        info = server.status()
        _emit("not running" if info is None else _describe(info))
        return OK if info is not None else FAILED
    else:
        for line in server.env_lines():
            _emit(line)
    return OK


def _run_review(args: argparse.Namespace) -> int:
    from graph.review import candidates, record
    from ingest.identity import Decision

    if args.decide:
        verdict, a, b = args.decide
        record(Decision(verdict, args.kind, args.municipality or "*", a, b, args.note or ""))
        _emit(f"recorded: {verdict} {args.kind} {a!r} / {b!r}; applied on the next `python -m ingest run`")
        return OK
    with _opened() as store:
        found = candidates(store)
    if args.json:
        _emit(json.dumps([dataclasses.asdict(c) for c in found], indent=1, ensure_ascii=False))
        return OK
    if not found:
        _emit("no doubtful identities")
    for n, c in enumerate(found, 1):
        _emit(f"{n}. [{c.doubt.municipality}] {c.a.name!r} / {c.b.name!r}: {c.doubt.reason}")
        for side in (c.a, c.b):
            _emit(f"   {side.name}: {len(side.meetings)} meetings; " + " | ".join(side.quotes[:3]))
    return OK


def _add_review(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="the candidates as JSON")
    parser.add_argument("--decide", nargs=3, metavar=("VERDICT", "A", "B"),
                        help="record a decision: same, not-same or rename (A becomes B)")
    parser.add_argument("--kind", choices=("person", "organisation", "initiative"), default="person")
    parser.add_argument("--municipality", help="the municipality the decision holds in (default: all)")
    parser.add_argument("--note", help="why (kept in the decisions file)")


def _add_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=FORMATS, default="json",
                        help="output format (default: json)")
    parser.add_argument("out", type=Path, metavar="OUT",
                        help="output file; a folder for csv; '-' writes json to stdout")
    parser.add_argument("--pseudonymise", action="store_true",
                        help="replace the names of persons without an official role by stable "
                             "pseudonyms (\"Person 3f2a9c1e\")")


def _run_forget(args: argparse.Namespace) -> int:
    from graph.forget import choose_person, forget, redact_file

    with _opened() as store:
        person = choose_person(store, args.name, args.id, exact=args.yes)
        who = f"{person.properties.get('name')} ({person.id})"
        if not args.yes:
            if not sys.stdin.isatty():
                _emit(f"forget erases {who}; run again with --yes to confirm", err=True)
                return USAGE
            if input(f"Erase {who} and every trace of them? [y/N] ").strip().lower() not in ("y", "yes", "j", "ja"):
                _emit("nothing erased")
                return FAILED
        done = forget(store, [person])
    redact_file(load_settings().graph_db.with_name("ingest-report.json"), done.forms)
    _emit(f"erased {who}: {len(done.deleted_nodes)} nodes and "
          f"{done.deleted.deleted - len(done.deleted_nodes)} relationships deleted, "
          f"{done.rewritten.updated} nodes and relationships redacted; "
          f"{done.suppressed} names suppressed on future ingests")
    return OK


def _add_forget(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="the person's name as you would write it")
    parser.add_argument("--id", help="the person's id, when several persons match NAME")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _add_reset(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", action="store_true", help="confirm deleting everything")


def _add_neo4j(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("start", "stop", "status", "env"),
                        help="start/stop a local server, show its status (exit 1 when not "
                             "running), or print NEO4J_* lines for .env")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CIVIC_NEO4J_PORT", "7687")),
                        help="Bolt port on 127.0.0.1 for start (default 7687, or CIVIC_NEO4J_PORT)")


COMMANDS: dict[str, Command] = {
    "stats": Command("print node and relationship counts as JSON", _run_stats),
    "export": Command("export the graph as json, graphml, gexf or csv", _run_export, _add_export),
    "reset": Command("delete everything in the store", _run_reset, _add_reset),
    "neo4j": Command("manage a local Neo4j server for development and tests", _run_neo4j,
                     _add_neo4j),
    "review": Command("list doubtful identities with their evidence, or record a decision",
                      _run_review, _add_review),
    "forget": Command("erase a person: their node, relationships and every quote naming them; "
                      "later ingests leave them out", _run_forget, _add_forget),
    **ANALYSIS_COMMANDS,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m graph",
        description="The civic knowledge graph: inspect, export and reset the store. The store "
                    "is Neo4j when NEO4J_URI is set (environment or .env), else the embedded "
                    "SQLite file at CIVIC_GRAPH_DB (default data/graph.db).",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = commands.add_parser(name, help=command.help, description=command.help)
        command.configure(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return USAGE
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        code: int = args.run(args)
    except GraphError as exc:
        _emit(f"error: {exc}", err=True)
        return FAILED
    return code
