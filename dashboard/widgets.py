"""Page helpers shared by the pages: widgets bound to the URL, filters, tables, links, states.

A widget made here keeps its value in a query parameter (`?municipality=Rudersdal`), so a view
can be shared as a link. The URL holds ids and codes, never display texts, so a link works in
either language; a value the page writes is read back as "seen", and only a URL that differs
from what the page wrote (a shared link, `st.switch_page(…, query_params=…)`) overrides the
widget.
"""
from __future__ import annotations

import datetime as dt
import hmac
from typing import Any, Callable, Sequence

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.scope import Scope, body_keys
from dashboard.texts import DEFAULT_LANGUAGE, LANGUAGES, format_date, label, or_unknown, t
from graph.frames import Frames
from graph.search import kind_of

PROFILE_PAGES = {"person": "views/person.py", "organisation": "views/organisation.py",
                 "initiative": "views/initiative.py"}  # relative to dashboard/app.py
ALL = ""  # the option "no restriction"; never written to the URL


def start(title_key: str, caption_key: str | None = None) -> None:
    """The sidebar (language, refresh, log out), the page title and its caption.

    Each page draws the sidebar itself rather than `app.py`, so a page run on its own (as the
    tests run them) looks and locks the same.
    """
    choose_language()
    secret = data.password()
    if not unlocked(secret):  # a second lock, should a page ever run without app.py
        login_form(secret)
        st.stop()
    language_switch()
    data.refresh_button()
    if secret:
        logout_button()
    st.title(t(title_key))
    if caption_key:
        st.caption(t(caption_key))


def empty_state() -> None:
    st.info(f"**{t('empty.title')}**\n\n{t('empty.body')}")


def graph_or_empty() -> Frames | None:
    """All frames, or None after telling the user how to fill an empty graph."""
    frames = data.frames()
    if frames.is_empty:
        empty_state()
        return None
    return frames


def _url(param: str, many: bool) -> Any:
    if param not in st.query_params:
        return None
    return st.query_params.get_all(param) if many else st.query_params.get(param)


def _bound(widget: Callable[..., Any], label_text: str, *, param: str, default: Any,
           decode: Callable[[Any], Any], encode: Callable[[Any], Any], valid: Callable[[Any], bool],
           many: bool = False, keep_default: bool = False, **options: Any) -> Any:
    """Run `widget` with its value seeded from and written back to `?param=`.

    The default is left out of the URL, unless `keep_default` (a profile names its node).
    """
    key, seen = f"url.{param}", f"url.{param}.seen"
    raw = _url(param, many)
    if key not in st.session_state or raw != st.session_state.get(seen):
        value = decode(raw) if raw is not None else default
        st.session_state[key] = value if valid(value) else default
    elif not valid(st.session_state[key]):  # the options changed under a kept value
        st.session_state[key] = default
    value = widget(label_text, key=key, **options)
    if value is None or (value == default and not keep_default):
        st.query_params.pop(param, None)
    elif encode(value) != raw:
        st.query_params[param] = encode(value)
    st.session_state[seen] = _url(param, many)
    return value


def url_select(label_text: str, options: Sequence[Any], *, param: str, default: Any = None,
               format_func: Callable[[Any], str] = str, container: Any = st,
               kind: str = "selectbox", keep_default: bool = False, **kwargs: Any) -> Any:
    """A selectbox (`kind` "radio": horizontal radio, "slider": select slider) whose choice
    is `?param=<option>`."""
    choices = list(options)
    labels = {option: format_func(option) for option in choices}  # formatted now, in this run
    default = choices[0] if default is None and choices else default
    widget = {"selectbox": container.selectbox, "radio": container.radio,
              "slider": container.select_slider}[kind]
    if kind == "radio":
        kwargs.setdefault("horizontal", True)
    return _bound(widget, label_text, param=param, default=default, decode=str, encode=str,
                  valid=lambda v: v in choices, keep_default=keep_default, options=choices,
                  format_func=labels.__getitem__, **kwargs)


def url_multiselect(label_text: str, options: Sequence[str], *, param: str,
                    default: Sequence[str], format_func: Callable[[Any], str] = str,
                    container: Any = st) -> list[str]:
    """A multiselect whose choices are repeated `?param=a&param=b`."""
    choices = list(options)
    labels = {option: format_func(option) for option in choices}
    chosen: list[str] = _bound(
        container.multiselect, label_text, param=param, default=list(default), many=True,
        decode=lambda raw: [v for v in raw if v in choices], encode=list,
        valid=lambda v: isinstance(v, list) and all(x in choices for x in v),
        options=choices, format_func=labels.__getitem__)
    return chosen


def url_toggle(label_text: str, *, param: str, default: bool = False,
               container: Any = st) -> bool:
    """A toggle stored as `?param=1` / `?param=0` when it differs from `default`."""
    value: bool = _bound(container.toggle, label_text, param=param, default=default,
                         decode=lambda raw: raw == "1", encode=lambda v: "1" if v else "0",
                         valid=lambda v: isinstance(v, bool))
    return value


def url_number(label_text: str, *, param: str, default: int, low: int, high: int,
               container: Any = st) -> int:
    def decode(raw: str) -> int | None:
        return int(raw) if raw.isdigit() else None

    value = _bound(container.number_input, label_text, param=param, default=default,
                   decode=decode, encode=str,
                   valid=lambda v: isinstance(v, int) and low <= v <= high,
                   min_value=low, max_value=high, step=1)
    return int(value)


def url_text(label_text: str, *, param: str, container: Any = st, **kwargs: Any) -> str:
    value: str = _bound(container.text_input, label_text, param=param, default="", decode=str,
                        encode=str, valid=lambda v: isinstance(v, str), **kwargs)
    return value.strip()


def url_years(label_text: str, years: Sequence[int], *, param: str,
              container: Any = st) -> tuple[int, int] | None:
    """A range slider over `years`, as `?param=2017-2019`; None while it spans every year."""
    if len(years) < 2:
        if years:
            container.caption(f"{label_text}: {years[0]}")
        return None
    full = (years[0], years[-1])

    def decode(raw: str) -> tuple[int, int] | None:
        first, _, last = raw.partition("-")
        return (int(first), int(last)) if first.isdigit() and last.isdigit() else None

    value = _bound(container.slider, label_text, param=param, default=full, decode=decode,
                   encode=lambda v: f"{v[0]}-{v[1]}",
                   valid=lambda v: isinstance(v, (tuple, list)) and len(v) == 2
                   and years[0] <= v[0] <= v[1] <= years[-1],
                   min_value=years[0], max_value=years[-1])
    return None if tuple(value) == full else (int(value[0]), int(value[1]))


def municipalities(frames: Frames) -> list[str]:
    """Municipalities with meetings, most meetings first."""
    counts = frames.meetings["municipality"].dropna().value_counts()
    return sorted(counts.index, key=lambda m: (-counts[m], m))


def bodies(frames: Frames, municipality: str | None) -> dict[str, str]:
    """Body id → "Body (Municipality)" for the bodies with meetings (in `municipality`)."""
    meetings = frames.meetings.dropna(subset=["body"])
    if municipality:
        meetings = meetings[meetings["municipality"] == municipality]
    keys = body_keys(meetings)
    found = {key: f"{body} ({or_unknown(mun)})" for key, body, mun in
             zip(keys, meetings["body"], meetings["municipality"])}
    return dict(sorted(found.items(), key=lambda item: item[1]))


def municipality_select(frames: Frames, *, container: Any = st, everyone: bool = True,
                        param: str = "municipality") -> str | None:
    names = municipalities(frames)
    options = [ALL, *names] if everyone else names
    chosen = url_select(t("common.municipality"), options, param=param, container=container,
                        format_func=lambda m: m or t("common.all_municipalities"))
    return chosen or None


def scope_filters(frames: Frames, *, body: bool = True, period: bool = True) -> Scope:
    """Municipality, body and period filters in one row; the Scope they describe."""
    columns = st.columns([2, 2, 3] if body and period else [1, 1])
    municipality = municipality_select(frames, container=columns[0])
    chosen_body = None
    if body:
        found = bodies(frames, municipality)
        chosen_body = url_select(t("common.body"), [ALL, *found], param="body",
                                 container=columns[1],
                                 format_func=lambda b: found.get(b, t("common.all_bodies")))
    span = None
    if period:
        years = sorted({int(d.year) for d in frames.meetings["date"].dropna()})
        span = url_years(t("common.period"), years, param="years", container=columns[-1])
    start, end = (dt.date(span[0], 1, 1), dt.date(span[1], 12, 31)) if span else (None, None)
    return Scope(municipality, chosen_body or None, start, end)


def open_profile(node_id: str) -> None:
    """Switch to the profile of a person, organisation or initiative (other ids: nothing)."""
    kind = kind_of(node_id)
    if kind in PROFILE_PAGES:
        st.switch_page(PROFILE_PAGES[kind], query_params={kind: node_id})


def table(frame: pd.DataFrame, columns: dict[str, Any], *, key: str | None = None,
          link: str | None = None, height: Any = "auto") -> None:
    """Show `columns` of `frame` (column → label or a column_config with its label).

    With `link` (a column of node ids), selecting a row opens that node's profile.
    """
    if frame.empty:
        st.caption(t("common.nothing"))
        return
    labels = {c: (v if isinstance(v, str) else v["label"]) for c, v in columns.items()}
    shown = frame[list(columns)].rename(columns=labels)
    config = {labels[c]: v for c, v in columns.items() if not isinstance(v, str)}
    if link is None:
        st.dataframe(shown, hide_index=True, width="stretch", column_config=config,
                     height=height)
        return
    event = st.dataframe(shown, hide_index=True, width="stretch", column_config=config,
                         height=height, key=key, on_select="rerun", selection_mode="single-row")
    st.caption(t("common.row_opens"))
    rows = event.selection.rows if event is not None else []
    if rows:
        open_profile(str(frame.iloc[rows[0]][link]))


def number(label_text: str, **kwargs: Any) -> Any:
    """A whole-number column."""
    return st.column_config.NumberColumn(label_text, format="%d", **kwargs)


def meeting_labels(frames: Frames) -> dict[str, str]:
    """Meeting id → "27.02.2018 · Integrationsforum (Rudersdal)"."""
    return {row.id: f"{format_date(row.date)} · {or_unknown(row.body)} "
                    f"({or_unknown(row.municipality)})"
            for row in frames.meetings.itertuples()}


def document_names(frames: Frames) -> dict[str, str]:
    return dict(zip(frames.documents["id"], frames.documents["name"]))


def node_names(frames: Frames) -> dict[str, str]:
    """Node id → name, for persons, organisations, bodies and initiatives."""
    tables = (frames.persons, frames.organisations, frames.bodies, frames.initiatives)
    return {i: str(n) for frame in tables for i, n in zip(frame["id"], frame["name"])
            if pd.notna(n)}


def show_report(report: dict[str, Any]) -> None:
    """An ingest report: numbers as metrics, failures as a table, lists and dicts folded."""
    numbers = {k: v for k, v in report.items() if isinstance(v, (int, float))
               and not isinstance(v, bool)}
    for column, (key, value) in zip(st.columns(max(len(numbers), 1)), numbers.items()):
        column.metric(label(f"report.{key}", key), value)
    for key, value in report.items():
        if key in numbers:
            continue
        title = label(f"report.{key}", key)
        if key == "documents_failed" and isinstance(value, list):
            if value:
                st.warning(t("report.failed_title") + f" ({len(value)})")
                st.dataframe(pd.DataFrame(value).rename(columns={
                    "file": t("report.file"), "reason": t("report.reason")}),
                    hide_index=True, width="stretch")
        elif isinstance(value, list):
            with st.expander(f"{title} ({len(value)})"):
                st.write("\n".join(f"- {item}" for item in value) or "–")
        elif isinstance(value, dict):
            with st.expander(title):
                st.json(value)
        else:
            st.write(f"**{title}:** {value}")


def choose_language() -> None:
    """The session's language before anything is drawn: kept, or `?lang=` of a shared link."""
    if "language" not in st.session_state:
        wanted = st.query_params.get("lang")
        st.session_state["language"] = wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


def _language_chosen() -> None:
    st.session_state["language"] = st.session_state["language_switch"]


def language_switch() -> None:
    """The sidebar language switch. The choice is kept in `st.session_state["language"]`, a
    plain session value, so it survives page switches (widget values need not)."""
    st.session_state["language_switch"] = st.session_state["language"]
    st.sidebar.radio(t("app.language"), list(LANGUAGES), key="language_switch",
                     horizontal=True, format_func=LANGUAGES.__getitem__,
                     on_change=_language_chosen)


def unlocked(secret: str) -> bool:
    """True when no password is configured or this session has given it."""
    return not secret or bool(st.session_state.get("authenticated"))


def _logout() -> None:
    st.session_state["authenticated"] = False


def logout_button() -> None:
    st.sidebar.button(t("login.logout"), key="logout", on_click=_logout)


def _check_password(secret: str) -> None:
    entered = str(st.session_state.get("login_password", ""))
    ok = hmac.compare_digest(entered.encode("utf-8"), secret.encode("utf-8"))
    st.session_state["authenticated"] = ok
    st.session_state["login_failed"] = not ok
    st.session_state["login_password"] = ""  # the session keeps no copy of what was typed


def login_form(secret: str) -> None:
    """The only page while locked: a password form (compared in constant time).

    The check runs as the submit button's callback, before the next run of `app.py`, so that
    run already draws the navigation of an unlocked session.
    """
    language_switch()
    st.title(t("login.title"))
    st.caption(t("login.caption"))
    with st.form("login"):
        st.text_input(t("login.password"), type="password", key="login_password")
        st.form_submit_button(t("login.submit"), type="primary", on_click=_check_password,
                              args=(secret,))
    if st.session_state.get("login_failed"):
        st.error(t("login.wrong"))
