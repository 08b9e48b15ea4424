"""`python -m graph …`: small commands over the graph library (stats, export, reset, neo4j).

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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd

from graph.analysis.centrality import community_shifts, period_brokers
from graph.analysis.collaboration import collaborators
from graph.analysis.initiatives import initiative_summary
from graph.analysis.profile import profile
from graph.analysis.timeline import PERIODS, changes, snapshots
from graph.errors import ConfigError, GraphError
from graph.export import FORMATS, write_export
from graph.frames import Frames, load_frames, records, to_plain
from graph.names import match_name
from graph.settings import load_settings
from graph.store import open_store
from graph.store.base import Store

log = logging.getLogger(__name__)

OK, FAILED, USAGE = 0, 1, 2


def _emit(text: str, err: bool = False) -> None:
    """The CLI's only output channel (library code logs instead)."""
    print(text, file=sys.stderr if err else sys.stdout)


@contextmanager
def _opened() -> Iterator[Store]:
    store = open_store(load_settings())
    try:
        yield store
    finally:
        store.close()


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


def _cell(value: Any, width: int) -> str:
    """One table cell: lists joined, dates as ISO, floats to 2 decimals, cut to `width`."""
    value = to_plain(value)
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:.2f}"
    else:
        text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def _table(frame: pd.DataFrame, columns: list[str], width: int = 40) -> str:
    """A plain fixed-width table of `columns` (the CLI's readable output)."""
    if frame.empty:
        return "  (none)"
    cells = [[_cell(v, width) for v in row] for row in frame[columns].itertuples(index=False)]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _frames() -> Frames:
    with _opened() as store:
        return load_frames(store)


def _person(frames: Frames, name: str) -> str | None:
    """The id of the person `name` means (a person id works too); None after printing why."""
    persons = frames.persons
    if name in set(persons["id"]):
        return name
    found = match_name(name, dict(zip(persons["id"], persons["name"].fillna(""))))
    if len(found) == 1:
        return found[0]
    if not found:
        _emit(f"no person matches {name!r}", err=True)
        return None
    _emit(f"{name!r} is ambiguous; candidates:", err=True)
    rows = persons.set_index("id").loc[found].reset_index()
    _emit(_table(rows, ["name", "municipality", "id"], width=60), err=True)
    return None


def _dump(data: Any) -> None:
    _emit(json.dumps(data, indent=1, ensure_ascii=False))


def _run_collaborators(args: argparse.Namespace) -> int:
    frames = _frames()
    person = _person(frames, args.name)
    if person is None:
        return FAILED
    found = collaborators(frames, person, limit=args.limit)
    if args.json:
        _dump({"person": person, "collaborators": records(found)})
        return OK
    name = frames.persons.set_index("id").loc[person, "name"]
    _emit(f"{name} ({person}): {len(found)} collaborators shown, strongest first")
    _emit(_table(found, ["name", "score", "why", "first", "last"], width=70))
    return OK


def _run_initiatives(args: argparse.Namespace) -> int:
    found = initiative_summary(_frames(), recurring_only=args.recurring)
    if args.json:
        _dump(records(found))
        return OK
    found = found.assign(drivers=[names[:3] for names in found["driver_names"]])
    _emit(f"{len(found)} {'recurring ' if args.recurring else ''}initiatives, most meetings first")
    _emit(_table(found, ["name", "municipality", "meetings", "documents", "first", "last",
                         "months_spanned", "stage", "trajectory", "drivers"]))
    return OK


def _run_timeline(args: argparse.Namespace) -> int:
    frames = _frames()
    only = args.municipality
    snaps = snapshots(frames, by=args.by)
    moves = changes(frames, by=args.by)
    hubs = period_brokers(frames, by=args.by, only=only, top=3)
    shifts = community_shifts(frames, by=args.by, only=only)
    if only is not None:
        snaps, moves = snaps[snaps["scope"] == only], moves[moves["scope"] == only]
        if snaps.empty:
            _emit(f"no dated meetings in municipality {only!r}", err=True)
            return FAILED
    if args.json:
        _dump({"snapshots": records(snaps), "changes": records(moves),
               "brokers": records(hubs), "community_shifts": records(shifts)})
        return OK
    _emit(f"snapshots by {args.by}, per municipality")
    _emit(_table(snaps, ["scope", "period", "meetings", "persons", "organisations", "ties",
                         "density", "components", "newcomers", "stayed", "leavers",
                         "retention"]))
    later = moves[moves["previous"].notna()]
    _emit("\nchanges from the previous snapshot (meeting that shows it)")
    _emit(_table(later, ["scope", "previous", "period", "change", "name", "meeting_id", "date"],
                 width=60))
    _emit("\nbrokers (betweenness, top 3 per period)")
    _emit(_table(hubs, ["scope", "period", "rank", "name", "betweenness", "previous_rank"]))
    _emit("\ncommunity changes")
    _emit(_table(shifts, ["scope", "previous", "period", "name", "new_peers", "meeting_id"]))
    return OK


def _run_profile(args: argparse.Namespace) -> int:
    frames = _frames()
    person = _person(frames, args.name)
    if person is None:
        return FAILED
    found = profile(frames, person, top=args.top)
    if args.json:
        _dump(found.as_dict())
        return OK
    _emit(f"{found.person['name']} ({found.person['municipality']}) — {person}")
    _emit(f"roles: {', '.join(found.roles) or '-'}")
    _emit("\nmemberships")
    _emit(_table(found.memberships, ["name", "relation", "roles", "first_seen", "last_seen",
                                     "attended", "missed"]))
    _emit("\nmeetings")
    _emit(_table(found.meetings, ["date", "body", "municipality", "status", "roles"]))
    _emit("\ninitiatives")
    _emit(_table(found.initiatives, ["name", "roles", "first_seen", "last_seen"]))
    _emit("\ntop collaborators")
    _emit(_table(found.collaborators, ["name", "score", "why"], width=70))
    return OK


def _add_collaborators(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="a person's name as you would type it, "
                                                     "or a person id")
    parser.add_argument("--limit", type=int, default=10, help="how many (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _add_initiatives(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--recurring", action="store_true",
                        help="only initiatives seen in two meetings or more")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _add_timeline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", choices=PERIODS, default="year",
                        help="snapshot length: year, quarter or municipal term (default year)")
    parser.add_argument("--municipality", help="only this municipality")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _add_profile(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME", help="a person's name as you would type it, "
                                                     "or a person id")
    parser.add_argument("--top", type=int, default=10, help="collaborators shown (default 10)")
    parser.add_argument("--json", action="store_true", help="print JSON")


@dataclass(frozen=True)
class Command:
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] = lambda parser: None


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
    "collaborators": Command("a person's collaborators, strongest first, with why",
                             _run_collaborators, _add_collaborators),
    "initiatives": Command("initiatives: meetings, months spanned, stage, who drives them",
                           _run_initiatives, _add_initiatives),
    "timeline": Command("snapshots over time: who came, stayed and left; brokers; communities",
                        _run_timeline, _add_timeline),
    "profile": Command("one person: memberships, roles, meetings, initiatives, collaborators",
                       _run_profile, _add_profile),
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
