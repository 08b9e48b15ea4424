"""The onboarding brief for a new centre leader: who's who in a municipality, its organisations
and contacts, its initiatives, and what its meetings dealt with in the last 12 months of the data.

Pure functions: `build_brief` reads frames (plus agenda items and the initiative summary) and
returns a `Brief`; `to_markdown` and `to_html` render it with the texts function they are given,
so the same brief comes out in Danish or English and a test needs no Streamlit.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from dashboard.texts import amount
from graph.frames import Frames, document_meetings

Text = Callable[..., str]
WINDOW_MONTHS = 12
PEOPLE, ORGANISATIONS, INITIATIVES = 60, 30, 30  # rows per section; a brief, not a register


@dataclass(frozen=True)
class Brief:
    """The brief's sections as tables (column names are the `brief.col_*` text keys)."""

    municipality: str
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    since: pd.Timestamp | None
    documents: int
    people: pd.DataFrame  # id, name, represents, roles, meetings, last_seen
    organisations: pd.DataFrame  # id, name, kind, contacts, meetings
    initiatives: pd.DataFrame  # id, name, stage, meetings, first, last, drivers, active
    decisions: pd.DataFrame  # date, body, number, title
    grants: pd.DataFrame  # date, funder, recipient, amount_dkk, quote


def _names(frames: Frames) -> dict[str, str]:
    tables = (frames.persons, frames.organisations, frames.bodies, frames.initiatives)
    return {i: str(n) for f in tables for i, n in zip(f["id"], f["name"]) if pd.notna(n)}


def _joined(values: pd.Series) -> str:
    parts = {p.strip() for v in values.dropna() for p in str(v).split(";") if p.strip()}
    return ", ".join(sorted(parts))


def _people(frames: Frames, municipality: str, names: dict[str, str]) -> pd.DataFrame:
    persons = frames.persons[frames.persons["municipality"] == municipality]
    seen = frames.attendance[(frames.attendance["status"] != "absent")
                             & frames.attendance["person_id"].isin(persons["id"])]
    stats = seen.groupby("person_id").agg(meetings=("meeting_id", "nunique"),
                                          last_seen=("date", "max"), roles=("roles", _joined))
    ties = frames.memberships[frames.memberships["person_id"].isin(persons["id"])
                              & frames.memberships["org_id"].str.startswith("org:")]
    ties = ties.assign(org=ties["org_id"].map(names), first=ties["relation"] != "REPRESENTS")
    represents = ties.sort_values(["first", "org"]).groupby("person_id")["org"].agg(
        lambda orgs: ", ".join(dict.fromkeys(orgs.dropna())))
    out = persons[["id", "name"]].join(stats, on="id").join(represents.rename("represents"),
                                                            on="id")
    out = out.fillna({"meetings": 0, "roles": "", "represents": ""})
    out["meetings"] = out["meetings"].astype(int)
    return out.sort_values(["last_seen", "meetings", "name"], ascending=[False, False, True],
                           na_position="last").head(PEOPLE).reset_index(drop=True)


def _organisations(frames: Frames, municipality: str, meetings: set[str],
                   names: dict[str, str]) -> pd.DataFrame:
    orgs = frames.organisations
    mentioned = frames.mentions[frames.mentions["meeting_id"].isin(meetings)
                                & frames.mentions["target_id"].isin(orgs["id"])]
    local = set(frames.persons.loc[frames.persons["municipality"] == municipality, "id"])
    members = frames.memberships[frames.memberships["person_id"].isin(local)
                                 & frames.memberships["org_id"].isin(orgs["id"])]
    wanted = set(orgs.loc[orgs["municipality"] == municipality, "id"]) | set(
        mentioned["target_id"]) | set(members["org_id"])
    counts = mentioned.groupby("target_id")["meeting_id"].nunique()
    contacts = members.assign(person=members["person_id"].map(names)).groupby("org_id")[
        "person"].agg(lambda p: ", ".join(sorted(set(p.dropna()))))
    out = orgs[orgs["id"].isin(wanted)][["id", "name", "kind"]]
    out = out.assign(meetings=out["id"].map(counts).fillna(0).astype(int),
                     contacts=out["id"].map(contacts).fillna(""))
    out = out.assign(n_contacts=out["contacts"].map(lambda c: len(c.split(", ")) if c else 0))
    return out.sort_values(["meetings", "n_contacts", "name"], ascending=[False, False, True]
                           ).head(ORGANISATIONS).drop(columns="n_contacts").reset_index(drop=True)


def _initiatives(summary: pd.DataFrame, municipality: str,
                 since: pd.Timestamp | None) -> pd.DataFrame:
    rows = summary[(summary["municipality"] == municipality) & (summary["meetings"] > 0)]
    active = rows["last"] >= since if since is not None else pd.Series(False, index=rows.index)
    rows = rows.assign(active=active.fillna(False).astype(bool),
                       drivers=rows["driver_names"].map(lambda d: ", ".join(d[:4])))
    rows = rows.sort_values(["active", "meetings", "last", "name"],
                            ascending=[False, False, False, True], na_position="last")
    return rows[["id", "name", "stage", "meetings", "first", "last", "drivers", "active"]].head(
        INITIATIVES).reset_index(drop=True)


def build_brief(frames: Frames, items: pd.DataFrame, summary: pd.DataFrame,
                municipality: str, months: int = WINDOW_MONTHS) -> Brief:
    """The brief of `municipality`; "recent" is the last `months` before its latest meeting."""
    meetings = frames.meetings[frames.meetings["municipality"] == municipality]
    dates = meetings["date"].dropna()
    first, last = (dates.min(), dates.max()) if len(dates) else (None, None)
    since = last - pd.DateOffset(months=months) if last is not None else None
    recent = meetings[meetings["date"] > since] if since is not None else meetings.iloc[0:0]
    names = _names(frames)
    decisions = items[items["meeting_id"].isin(recent["id"])].merge(
        recent[["id", "date", "body"]].rename(columns={"id": "meeting_id"}), on="meeting_id")
    decisions = decisions.assign(order=pd.to_numeric(decisions["number"], errors="coerce"))
    decisions = decisions.sort_values(["date", "meeting_id", "order"], ascending=[False, True,
                                                                                  True])
    known = document_meetings(frames)
    recent_docs = dict(zip(known["doc"], known["date"]))
    recent_docs = {d: day for d, day in recent_docs.items()
                   if d in set(known.loc[known["meeting_id"].isin(recent["id"]), "doc"])}
    grants = frames.fundings[frames.fundings["doc"].isin(recent_docs)]
    grants = grants.assign(date=grants["doc"].map(recent_docs),
                           funder=grants["funder_id"].map(names).fillna(grants["funder_id"]),
                           recipient=grants["recipient_id"].map(names).fillna(
                               grants["recipient_id"])).sort_values("date", ascending=False)
    documents = known.loc[known["meeting_id"].isin(meetings["id"]), "doc"].nunique()
    return Brief(municipality, first, last, since, int(documents),
                 _people(frames, municipality, names),
                 _organisations(frames, municipality, set(meetings["id"]), names),
                 _initiatives(summary, municipality, since),
                 decisions[["date", "body", "number", "title"]].reset_index(drop=True),
                 grants[["date", "funder", "recipient", "amount_dkk", "quote"]].reset_index(
                     drop=True))


def _value(value: object, date: Callable[[object], str]) -> str:
    """A table cell: dates through `date`, missing values as a dash."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if isinstance(value, pd.Timestamp):
        return date(value)
    return str(value) or "–"


def _rows(brief: Brief, text: Text, date: Callable[[object], str]) -> list[
        tuple[str, str | None, list[str], list[list[str]]]]:
    """Sections as (heading, note, column titles, cells), shared by both renderings."""
    def cells(frame: pd.DataFrame, columns: list[str]) -> list[list[str]]:
        return [[_value(v, date) for v in row] for row in frame[columns].itertuples(index=False)]

    stage = brief.initiatives.assign(stage=brief.initiatives["stage"].map(
        lambda s: text(f"stage.{s}") if s else "–"))
    grants = brief.grants.assign(amount_dkk=brief.grants["amount_dkk"].map(
        lambda a: amount(a, text)))
    return [
        (text("brief.people"), text("brief.people_note"),
         [text(f"brief.col_{c}") for c in ("name", "represents", "roles", "meetings", "last_seen")],
         cells(brief.people, ["name", "represents", "roles", "meetings", "last_seen"])),
        (text("brief.organisations"), text("brief.organisations_note"),
         [text(f"brief.col_{c}") for c in ("organisation", "kind", "contacts", "meetings")],
         cells(brief.organisations.assign(kind=brief.organisations["kind"].map(
             lambda k: text(f"kind.{k}") if isinstance(k, str) else "–")),
             ["name", "kind", "contacts", "meetings"])),
        (text("brief.active"), text("brief.active_note"),
         [text(f"brief.col_{c}") for c in ("initiative", "stage", "meetings", "last", "drivers")],
         cells(stage[stage["active"]], ["name", "stage", "meetings", "last", "drivers"])),
        (text("brief.recent"), None,
         [text(f"brief.col_{c}") for c in ("initiative", "stage", "meetings", "last", "drivers")],
         cells(stage[~stage["active"]], ["name", "stage", "meetings", "last", "drivers"])),
        (text("brief.decisions"), text("brief.decisions_note"),
         [text(f"brief.col_{c}") for c in ("date", "body", "number", "title")],
         cells(brief.decisions, ["date", "body", "number", "title"])),
        (text("brief.grants"), None,
         [text(f"brief.col_{c}") for c in ("date", "funder", "recipient", "amount", "quote")],
         cells(grants, ["date", "funder", "recipient", "amount_dkk", "quote"])),
    ]


def introduction(brief: Brief, text: Text, date: Callable[[object], str]) -> str:
    """What the brief is built from, and which window "the last 12 months" means."""
    if brief.last is None:
        return text("brief.intro_undated", documents=brief.documents)
    return text("brief.intro", documents=brief.documents, first=date(brief.first),
                last=date(brief.last), since=date(brief.since))


def _cell(value: str) -> str:
    return " ".join(value.replace("|", "\\|").split())


def to_markdown(brief: Brief, text: Text, date: Callable[[object], str]) -> str:
    """The brief as Markdown: a heading, an introduction, one table per section."""
    lines = [f"# {text('brief.heading', municipality=brief.municipality)}", "",
             introduction(brief, text, date), ""]
    for heading, note, columns, cells in _rows(brief, text, date):
        lines += [f"## {heading}", ""]
        if note:
            lines += [f"_{note}_", ""]
        if not cells:
            lines += [text("brief.nothing"), ""]
            continue
        lines += ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in cells]
        lines.append("")
    return "\n".join(lines)


_STYLE = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
          "color:#222}table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}"
          "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
          "th{background:#f3f3f3}.note{color:#555;font-style:italic}")


def to_html(brief: Brief, text: Text, date: Callable[[object], str], lang: str = "da") -> str:
    """The brief as one self-contained HTML page (no scripts, no external resources)."""
    e = html.escape
    title = e(text("brief.heading", municipality=brief.municipality))
    parts = [f'<!DOCTYPE html><html lang="{e(lang)}"><head><meta charset="utf-8">',
             f"<title>{title}</title><style>{_STYLE}</style></head><body>",
             f"<h1>{title}</h1>", f"<p>{e(introduction(brief, text, date))}</p>"]
    for heading, note, columns, cells in _rows(brief, text, date):
        parts.append(f"<h2>{e(heading)}</h2>")
        if note:
            parts.append(f'<p class="note">{e(note)}</p>')
        if not cells:
            parts.append(f"<p>{e(text('brief.nothing'))}</p>")
            continue
        head = "".join(f"<th>{e(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                       for row in cells)
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)
