"""Search people, organisations, bodies, initiatives and the minutes' text, as a person types.

Matching folds case, accents and Danish spelling first (`graph.names.fold_name`: "å" is "aa",
"ø" is "oe", "é" is "e"), so "naestved", "Næstved" and "NÆSTVED" are one query, and "tårbæk"
finds "Lyngby-Taarbæk". Names rank exact > starts with > every word starts a name word > inside >
close spelling (a typo); passages (source quotes, agenda item titles, the sentences stating a grant,
a collaboration or an involvement) match when every query word starts a word of the passage.
The index is built once from the frames (`build_index`) and searched many times (`search`).
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

import pandas as pd

from graph.frames import Frames, document_meetings
from graph.names import fold_name

KINDS = ("person", "organisation", "body", "initiative", "passage")
RESULT_COLUMNS = ("kind", "id", "name", "municipality", "tier", "about", "text", "document",
                  "date")
ITEM_COLUMNS = ("id", "meeting_id", "number", "title")
# Tiers, best first; a result's tier is its rank group in the output.
EXACT, PREFIX, WORDS, INSIDE, CLOSE, PHRASE, PASSAGE = range(7)
FUZZY_CUTOFF = 0.8  # word similarity (difflib ratio) a typo may keep
MIN_FUZZY = 4  # folded query length below which close spellings are not tried
_ENTITY_KINDS = (("person", "persons"), ("organisation", "organisations"), ("body", "bodies"),
                 ("initiative", "initiatives"))
_PREFIX_KIND = {"person": "person", "org": "organisation", "body": "body", "init": "initiative",
                "meeting": "meeting", "item": "item"}


@dataclass(frozen=True)
class SearchIndex:
    """Folded names and passages. `entities`: kind, id, name, municipality, folded;
    `passages`: id (the node it is about), about (its name), kind of that node, municipality,
    text, folded, document, date."""

    entities: pd.DataFrame
    passages: pd.DataFrame


def kind_of(node_id: str) -> str:
    """The kind of a node from its id prefix ("person:…" → "person"); ids are deterministic."""
    return _PREFIX_KIND.get(str(node_id).split(":", 1)[0], "other")


def _entities(frames: Frames) -> pd.DataFrame:
    parts = [getattr(frames, table)[["id", "name", "municipality"]].assign(kind=kind)
             for kind, table in _ENTITY_KINDS]
    entities = pd.concat(parts, ignore_index=True).dropna(subset=["name"])
    entities = entities.drop_duplicates("id").reset_index(drop=True)
    return entities.assign(folded=entities["name"].astype(str).map(fold_name))


def _passages(frames: Frames, items: pd.DataFrame | None) -> pd.DataFrame:
    """Every quoted passage with the node it is about, its document name and meeting date."""
    documents = dict(zip(frames.documents["id"], frames.documents["name"]))
    known = document_meetings(frames)
    doc_dates = dict(zip(known["doc"], known["date"]))
    meeting_dates = dict(zip(frames.meetings["id"], frames.meetings["date"]))
    meeting_docs = dict(zip(known["meeting_id"], known["doc"]))
    src, inv, fund, coll = (frames.sources, frames.involvements, frames.fundings,
                            frames.collaborations)
    rows = [pd.DataFrame({"id": src["node_id"], "text": src["quote"], "doc": src["doc"]}),
            pd.DataFrame({"id": inv["initiative_id"], "text": inv["quote"], "doc": inv["doc"]}),
            pd.DataFrame({"id": fund["recipient_id"], "text": fund["quote"], "doc": fund["doc"]}),
            pd.DataFrame({"id": coll["start_id"], "text": coll["quote"], "doc": coll["doc"]})]
    if items is not None and not items.empty:
        rows.append(pd.DataFrame({"id": items["meeting_id"], "text": items["title"],
                                  "doc": items["meeting_id"].map(meeting_docs)}))
    passages = pd.concat(rows, ignore_index=True).dropna(subset=["text"])
    passages = passages[passages["text"].astype(str).str.strip() != ""]
    passages = passages.drop_duplicates(["id", "text", "doc"]).reset_index(drop=True)
    names, municipalities = _names(frames), _municipalities(frames)
    if items is not None and not items.empty:  # an item's passages are about its meeting
        names.update({i: names.get(m, m) for i, m in zip(items["id"], items["meeting_id"])})
        municipalities.update({i: municipalities[m] for i, m in
                               zip(items["id"], items["meeting_id"]) if m in municipalities})
    dates = passages["doc"].map(doc_dates)
    dates = dates.where(dates.notna(), passages["id"].map(meeting_dates))
    passages = passages.assign(
        kind=passages["id"].map(kind_of), about=passages["id"].map(names),
        municipality=passages["id"].map(municipalities),
        document=passages["doc"].map(documents), date=pd.to_datetime(dates, errors="coerce"),
        folded=passages["text"].astype(str).map(fold_name))
    # A passage that is only the node's own name adds nothing to finding the node by name.
    bare = passages["folded"] == passages["about"].fillna("").astype(str).map(fold_name)
    return passages[~bare].reset_index(drop=True)


def _names(frames: Frames) -> dict[str, str]:
    named = (frames.persons, frames.organisations, frames.bodies, frames.initiatives)
    names = {i: str(n) for frame in named for i, n in zip(frame["id"], frame["name"])
             if pd.notna(n)}
    for meeting in frames.meetings.itertuples():
        names[meeting.id] = " ".join(str(v) for v in (meeting.body, meeting.municipality)
                                     if pd.notna(v)) or str(meeting.id)
    return names


def _municipalities(frames: Frames) -> dict[str, str]:
    tables = (frames.persons, frames.organisations, frames.bodies, frames.initiatives,
              frames.meetings)
    return {i: m for frame in tables for i, m in zip(frame["id"], frame["municipality"])
            if pd.notna(m)}


def build_index(frames: Frames, items: pd.DataFrame | None = None) -> SearchIndex:
    """The search index of `frames`; `items` (`ITEM_COLUMNS`) adds agenda item titles.

    >>> from graph.frames import make_frames
    >>> persons = pd.DataFrame({"id": ["person:x:soeren"], "name": ["Søren Møller"]})
    >>> len(build_index(make_frames(persons=persons)).entities)
    1
    """
    return SearchIndex(_entities(frames), _passages(frames, items))


def _starts_words(query: list[str], words: list[str]) -> bool:
    """Every query word starts some word (any order): "hassing lot" → "Lotte Hassing"."""
    return all(any(word.startswith(part) for word in words) for part in query)


def _close(query: list[str], words: list[str]) -> bool:
    """Every query word is within a typo of some word ("torkild" ~ "thorkild")."""
    return all(any(difflib.SequenceMatcher(None, part, word).ratio() >= FUZZY_CUTOFF
                   for word in words) for part in query)


def _entity_tier(query: str, parts: list[str], name: str) -> int | None:
    if name == query:
        return EXACT
    if name.startswith(query):
        return PREFIX
    words = name.split()
    if _starts_words(parts, words):
        return WORDS
    if query in name:
        return INSIDE
    if len(query) >= MIN_FUZZY and _close(parts, words):
        return CLOSE
    return None


def _passage_tier(query: str, parts: list[str], text: str) -> int | None:
    if f" {query}" in f" {text}":
        return PHRASE
    return PASSAGE if _starts_words(parts, text.split()) else None


def search(index: SearchIndex, query: str, *, kinds: tuple[str, ...] = KINDS,
           limit: int | None = 100) -> pd.DataFrame:
    """Matches of `query` (`RESULT_COLUMNS`), best tier first, then by name (passages: newest).

    >>> from graph.frames import make_frames
    >>> persons = pd.DataFrame({"id": ["person:x:soeren", "person:x:lotte"],
    ...                         "name": ["Søren Møller", "Lotte Hassing"]})
    >>> index = build_index(make_frames(persons=persons))
    >>> search(index, "soren moller")["name"].tolist(), search(index, "HASS")["name"].tolist()
    (['Søren Møller'], ['Lotte Hassing'])
    """
    wanted = fold_name(query)
    if not wanted:
        return pd.DataFrame(columns=list(RESULT_COLUMNS))
    parts = wanted.split()
    found = []
    entities = index.entities[index.entities["kind"].isin(kinds)]
    tiers = entities["folded"].map(lambda name: _entity_tier(wanted, parts, name))
    hits = entities[tiers.notna()].assign(tier=tiers.dropna().astype(int), about="", text="",
                                          document=None, date=pd.NaT)
    found.append(hits.sort_values(["tier", "folded", "id"]))
    if "passage" in kinds:
        passages = index.passages
        tiers = passages["folded"].map(lambda text: _passage_tier(wanted, parts, text))
        hits = passages[tiers.notna()].assign(tier=tiers.dropna().astype(int),
                                              name=lambda f: f["about"])
        hits = hits.assign(kind="passage")
        found.append(hits.sort_values(["tier", "date", "id"], ascending=[True, False, True],
                                      na_position="last"))
    result = pd.concat([f for f in found if not f.empty] or [pd.DataFrame(
        columns=list(RESULT_COLUMNS))], ignore_index=True)
    result = result.reindex(columns=list(RESULT_COLUMNS))
    return result.head(limit).reset_index(drop=True) if limit is not None else result
