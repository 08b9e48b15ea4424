"""Review: doubtful identities with their evidence; a coordinator decides same / not same / rename.

Decisions go to the curated decisions file (`CIVIC_DECISIONS`, default
data/identity/decisions.tsv) through `graph.review.record` and apply on the next ingest, so the
pair stays listed until then, marked as decided. The pair shown is `?pair=<municipality|a|b>`.
"""
from __future__ import annotations

import streamlit as st

from dashboard import data, widgets
from dashboard.texts import or_unknown, t
from graph.review import Candidate, Side, record
from ingest.identity import Decision, parse_decisions

QUOTES = 6
REASONS = {"the first name fits several people": "review.reason_first_name",
           "surnames one letter apart": "review.reason_surnames"}


def _key(candidate: Candidate) -> str:
    return f"{candidate.doubt.municipality}|{candidate.a.name}|{candidate.b.name}"


def _decided(candidate: Candidate) -> list[Decision]:
    """Decisions already in the file about this pair (either order)."""
    path = data.decisions_path()
    try:
        found = parse_decisions(path.read_text(encoding="utf-8"), str(path)) if path.is_file() \
            else []
    except (OSError, ValueError) as exc:
        st.error(t("review.unreadable", detail=exc))
        return []
    pair = {candidate.a.name, candidate.b.name}
    return [d for d in found if {d.a, d.b} == pair or (d.verdict == "rename" and d.a in pair)]


def _side(column, side: Side, labels: dict[str, str]) -> None:
    column.markdown(f"**{side.name}**")
    column.caption(side.node_id)
    meetings = [labels.get(m, m) for m in side.meetings]
    column.markdown(t("review.meetings", n=len(meetings)) + "\n\n"
                    + "\n".join(f"- {m}" for m in meetings or ["–"]))
    column.markdown(t("review.quotes") + "\n\n" + "\n".join(
        f"> {q}\n" for q in side.quotes[:QUOTES]) if side.quotes else t("review.no_quotes"))


def _save(decision: Decision) -> None:
    path = data.decisions_path()
    try:
        record(decision, path)
    except (OSError, ValueError) as exc:
        st.error(t("review.not_saved", detail=exc))
        return
    st.success(t("review.saved", verdict=t(f"review.verdict_{decision.verdict}"),
                 a=decision.a, b=decision.b, path=path))


def _decide(candidate: Candidate) -> None:
    doubt = candidate.doubt
    note = st.text_input(t("review.note"), key="review_note")
    same, differ, rename = st.columns(3)
    if same.button(t("review.same"), key="review_same", type="primary", width="stretch"):
        _save(Decision("same", doubt.kind, doubt.municipality, doubt.a, doubt.b, note))
    if differ.button(t("review.not_same"), key="review_not_same", width="stretch"):
        _save(Decision("not-same", doubt.kind, doubt.municipality, doubt.a, doubt.b, note))
    new_name = rename.text_input(t("review.new_name", name=doubt.a), value=doubt.b,
                                 key="review_new_name")
    if rename.button(t("review.rename"), key="review_rename", width="stretch"):
        if new_name.strip() and new_name.strip() != doubt.a:
            _save(Decision("rename", doubt.kind, doubt.municipality, doubt.a, new_name.strip(),
                           note))
        else:
            st.warning(t("review.rename_empty"))


def main() -> None:
    widgets.start("review.title", "review.caption")
    frames = widgets.graph_or_empty()
    if frames is None:
        return
    found = data.review_candidates()
    if not found:
        st.info(t("review.none"))
        return
    by_key = {_key(c): c for c in found}
    chosen = widgets.url_select(
        t("review.pick", n=len(found)), list(by_key), param="pair",
        format_func=lambda k: t("review.pair", a=by_key[k].a.name, b=by_key[k].b.name,
                                municipality=or_unknown(by_key[k].doubt.municipality or None)))
    candidate = by_key[chosen]
    reason = candidate.doubt.reason
    st.caption(t("review.reason", reason=t(REASONS[reason]) if reason in REASONS else reason))
    for decision in _decided(candidate):
        st.info(t("review.already", verdict=t(f"review.verdict_{decision.verdict}"),
                  a=decision.a, b=decision.b))
    labels = widgets.meeting_labels(frames)
    left, right = st.columns(2)
    _side(left, candidate.a, labels)
    _side(right, candidate.b, labels)
    st.divider()
    _decide(candidate)
    st.caption(t("review.file", path=data.decisions_path()))


main()
