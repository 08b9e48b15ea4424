"""Initiatives over time: how often and how long the minutes mention them, how far they got, who drives them.

An initiative appears in a meeting when the meeting (or one of its agenda items) mentions it,
or when a document of that meeting sources it, states an involvement in it or a grant to it.
Its stage is read only where the minutes say it: a stage word of
`data/lexicon/initiative_stages.tsv` in a quote, a role or a status of those relationships,
and a FUNDED relationship itself ("funded"). Nothing is guessed from silence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import pandas as pd

from graph.analysis.grouping import group_lists
from graph.errors import AnalysisError
from graph.frames import Frames, derived, document_meetings

STAGES = ("proposed", "funded", "running", "paused", "closed")
STAGE_WORDS = Path(__file__).resolve().parents[2] / "data" / "lexicon" / "initiative_stages.tsv"
SUMMARY_COLUMNS = ("id", "name", "kind", "municipality", "meetings", "documents", "first", "last",
                   "months_spanned", "recurring", "stage", "trajectory", "drivers",
                   "driver_names", "meeting_ids", "document_ids")
EVIDENCE_COLUMNS = ("initiative_id", "date", "meeting_id", "doc", "source", "stage", "word",
                    "quote")


@lru_cache(maxsize=4)
def load_stage_words(path: Path = STAGE_WORDS) -> dict[str, str]:
    """word → stage from the lexicon file (lower-cased words; `#` lines are comments)."""
    words: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        word, _, stage = line.partition("\t")
        if stage.strip() not in STAGES or not word.strip():
            raise AnalysisError(f"{path}:{number}: expected word<TAB>stage with a stage of "
                                f"{STAGES}, got {line!r}")
        words[word.strip().casefold()] = stage.strip()
    return words


def _pattern(words: Mapping[str, str]) -> re.Pattern[str]:
    """One alternation, longest words first, each anchored where a word starts."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + ")", re.IGNORECASE)


def _said(frames: Frames) -> pd.DataFrame:
    """Every passage about an initiative: initiative_id, doc, meeting_id, source, quote, and
    `extra` (an involvement's role and status, searched for stage words too)."""
    ids = set(frames.initiatives["id"])
    src, men, inv, fund = frames.sources, frames.mentions, frames.involvements, frames.fundings
    src = src[src["node_id"].isin(ids)]
    men = men[men["target_id"].isin(ids)]
    fund = fund[fund["recipient_id"].isin(ids)]
    said_by_roles = inv["role"].fillna("") + " " + inv["status"].fillna("")
    return pd.concat([
        pd.DataFrame({"initiative_id": src["node_id"], "doc": src["doc"], "meeting_id": None,
                      "source": "SOURCE", "quote": src["quote"], "extra": ""}),
        pd.DataFrame({"initiative_id": men["target_id"], "doc": men["doc"],
                      "meeting_id": men["meeting_id"], "source": "MENTIONS",
                      "quote": men["quote"], "extra": ""}),
        pd.DataFrame({"initiative_id": inv["initiative_id"], "doc": inv["doc"], "meeting_id": None,
                      "source": "INVOLVED_IN", "quote": inv["quote"], "extra": said_by_roles}),
        pd.DataFrame({"initiative_id": fund["recipient_id"], "doc": fund["doc"],
                      "meeting_id": None, "source": "FUNDED", "quote": fund["quote"],
                      "extra": ""}),
    ], ignore_index=True)


def _placed(said: pd.DataFrame, frames: Frames) -> pd.DataFrame:
    """Fill each passage's meeting from its document and add the meeting's date."""
    known = document_meetings(frames)
    by_doc = dict(zip(known["doc"].tolist(), known["meeting_id"].tolist()))
    said = said.assign(meeting_id=said["meeting_id"].fillna(said["doc"].map(by_doc)))
    dates = dict(zip(frames.meetings["id"].tolist(), frames.meetings["date"].tolist()))
    return said.assign(date=pd.to_datetime(said["meeting_id"].map(dates), errors="coerce"))


def stage_evidence(frames: Frames, stage_words: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per stage word found about an initiative, oldest first (`EVIDENCE_COLUMNS`).

    >>> from graph.frames import make_frames
    >>> inits = pd.DataFrame({"id": ["init:x:eid"], "name": ["Eid fest"]})
    >>> men = pd.DataFrame({"source_id": ["m1"], "target_id": ["init:x:eid"], "meeting_id": ["m1"],
    ...                     "doc": ["doc:1"], "quote": ["Forslag om Eid fest"]})
    >>> rows = stage_evidence(make_frames(initiatives=inits, mentions=men))
    >>> rows[["initiative_id", "stage", "word"]].to_dict("records")
    [{'initiative_id': 'init:x:eid', 'stage': 'proposed', 'word': 'forslag'}]
    """
    if stage_words is None:  # the lexicon's words: the evidence the other analyses read too
        return derived(frames, _default_evidence)
    return _stages(_passages(frames), stage_words)


def _passages(frames: Frames) -> pd.DataFrame:
    """Every passage about an initiative, placed in its meeting (see `_said`, `_placed`)."""
    return derived(frames, _placed_passages)


def _placed_passages(frames: Frames) -> pd.DataFrame:
    return _placed(_said(frames), frames)


def _default_evidence(frames: Frames) -> pd.DataFrame:
    return _stages(_passages(frames), None)


def _stages(said: pd.DataFrame, stage_words: Mapping[str, str] | None) -> pd.DataFrame:
    words = load_stage_words() if stage_words is None else dict(stage_words)
    text = said["quote"].fillna("") + " " + said["extra"].fillna("")
    # Passages repeat (an initiative's name quoted in many minutes): search each text once.
    codes, texts = pd.factorize(text)
    matches = pd.Series(texts, dtype=object).str.findall(_pattern(words)).to_numpy()[codes]
    found = said.assign(word=pd.Series(matches, index=said.index, dtype=object))
    found = found.explode("word").dropna(subset=["word"])
    found = found.assign(word=found["word"].str.casefold())
    found = found.assign(stage=found["word"].map(words))
    grants = said[said["source"] == "FUNDED"].assign(stage="funded", word="FUNDED")
    rows = pd.concat([found, grants], ignore_index=True)
    # The same passage often sources the node and is its MENTIONS: count it once.
    rows = rows.drop_duplicates(["initiative_id", "doc", "stage", "word", "quote"])
    return (rows.sort_values(["initiative_id", "date", "doc", "stage"], na_position="last")
            .reset_index(drop=True).reindex(columns=list(EVIDENCE_COLUMNS)))


def _drivers(frames: Frames) -> pd.DataFrame:
    """Per initiative: actors INVOLVED_IN it, most documents first, then by name."""
    inv = frames.involvements
    names = pd.concat([frames.persons[["id", "name"]], frames.organisations[["id", "name"]],
                       frames.bodies[["id", "name"]]]).drop_duplicates("id")
    counts = (inv.groupby(["initiative_id", "actor_id"])["doc"].nunique().rename("n")
              .reset_index().merge(names, left_on="actor_id", right_on="id", how="left"))
    counts["name"] = counts["name"].fillna(counts["actor_id"])
    counts = counts.sort_values(["initiative_id", "n", "name"], ascending=[True, False, True])
    return pd.DataFrame({"drivers": group_lists(counts["initiative_id"], counts["actor_id"]),
                         "driver_names": group_lists(counts["initiative_id"], counts["name"])})


def _sorted_lists(said: pd.DataFrame, column: str) -> pd.Series:
    """Per initiative: the sorted distinct values of `column`."""
    rows = said[["initiative_id", column]].dropna().drop_duplicates()
    rows = rows.sort_values(["initiative_id", column])
    return group_lists(rows["initiative_id"], rows[column])


def _trajectory(evidence: pd.DataFrame) -> pd.Series:
    """The stages in the order the minutes show them, repeats in a row collapsed."""
    def collapse(stages: list[str]) -> list[str]:
        out: list[str] = []
        for stage in stages:
            if not out or out[-1] != stage:
                out.append(stage)
        return out
    return group_lists(evidence["initiative_id"], evidence["stage"]).map(collapse)


def initiative_summary(frames: Frames, *, stage_words: Mapping[str, str] | None = None,
                       recurring_only: bool = False) -> pd.DataFrame:
    """One row per initiative (`SUMMARY_COLUMNS`), most meetings first.

    `months_spanned` counts calendar months from the first to the last meeting (0 when both
    fall in one month); `recurring` means mentioned in two meetings or more; `stage` is the
    latest stage the minutes state ("" when they state none).

    >>> from graph.frames import make_frames
    >>> inits = pd.DataFrame({"id": ["init:x:eid"], "name": ["Eid fest"]})
    >>> meetings = pd.DataFrame({"id": ["m1", "m2"], "date": ["2018-02-27", "2019-02-28"]})
    >>> men = pd.DataFrame({"target_id": "init:x:eid", "meeting_id": ["m1", "m2"],
    ...                     "doc": ["doc:1", "doc:2"], "quote": ["forslag: Eid fest", "Eid fest afholdt"]})
    >>> summary = initiative_summary(make_frames(initiatives=inits, meetings=meetings, mentions=men))
    >>> summary[["meetings", "months_spanned", "recurring", "trajectory"]].to_dict("records")
    [{'meetings': 2, 'months_spanned': 12, 'recurring': True, 'trajectory': ['proposed', 'running']}]
    """
    said = _passages(frames)
    grouped = said.groupby("initiative_id")
    seen = pd.DataFrame({"meetings": grouped["meeting_id"].nunique(),
                         "documents": grouped["doc"].nunique(),
                         "first": grouped["date"].min(), "last": grouped["date"].max(),
                         "meeting_ids": _sorted_lists(said, "meeting_id"),
                         "document_ids": _sorted_lists(said, "doc")})
    evidence = stage_evidence(frames, stage_words)
    out = (frames.initiatives.set_index("id")[["name", "kind", "municipality"]]
           .join(seen).join(_trajectory(evidence).rename("trajectory")).join(_drivers(frames)))
    out["meetings"] = out["meetings"].fillna(0).astype(int)
    out["documents"] = out["documents"].fillna(0).astype(int)
    months = ((out["last"].dt.year - out["first"].dt.year) * 12
              + out["last"].dt.month - out["first"].dt.month)
    out["months_spanned"] = months.astype("Int64")
    out["recurring"] = out["meetings"] >= 2
    for column in ("trajectory", "drivers", "driver_names", "meeting_ids", "document_ids"):
        out[column] = [v if isinstance(v, list) else [] for v in out[column]]
    out["stage"] = [stages[-1] if stages else "" for stages in out["trajectory"]]
    out = out.reset_index(names="id").sort_values(["meetings", "documents", "name", "id"],
                                                   ascending=[False, False, True, True])
    if recurring_only:
        out = out[out["recurring"]]
    return out.reset_index(drop=True)[list(SUMMARY_COLUMNS)]


def initiative_trajectory(frames: Frames, initiative_id: str) -> pd.DataFrame:
    """The stage evidence of one initiative, oldest first; raises `AnalysisError` if unknown."""
    if initiative_id not in set(frames.initiatives["id"]):
        raise AnalysisError(f"no initiative {initiative_id!r} in the graph")
    evidence = stage_evidence(frames)
    return evidence[evidence["initiative_id"] == initiative_id].reset_index(drop=True)
