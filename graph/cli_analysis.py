"""`python -m graph collaborators|initiatives|timeline|profile`: the analysis, on the command line.

Each command reads the graph's frames, calls one function of `graph/analysis/`, and prints a table
or, with `--json`, the same data as JSON.
"""
from __future__ import annotations

import argparse

from graph.analysis.centrality import community_shifts, period_brokers
from graph.analysis.collaboration import collaborators
from graph.analysis.initiatives import initiative_summary
from graph.analysis.profile import profile
from graph.analysis.timeline import PERIODS, changes, snapshots
from graph.cli_output import FAILED, OK, Command, dump as _dump, emit as _emit, opened as _opened, table as _table
from graph.frames import Frames, load_frames, records
from graph.names import match_name


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


ANALYSIS_COMMANDS: dict[str, Command] = {
    "collaborators": Command("a person's collaborators, strongest first, with why",
                             _run_collaborators, _add_collaborators),
    "initiatives": Command("initiatives: meetings, months spanned, stage, who drives them",
                           _run_initiatives, _add_initiatives),
    "timeline": Command("snapshots over time: who came, stayed and left; brokers; communities",
                        _run_timeline, _add_timeline),
    "profile": Command("one person: memberships, roles, meetings, initiatives, collaborators",
                       _run_profile, _add_profile),
}
