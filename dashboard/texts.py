"""Every user-facing text of the dashboard, Danish and English side by side; Danish is the default.

Pages call `t("key", **values)`. Each key holds a (Danish, English) pair, so a text cannot be
added in one language and forgotten in the other. The session's language is
`st.session_state["language"]`, set by the sidebar switch in `app.py`.
"""
from __future__ import annotations

from typing import Callable

import pandas as pd
import streamlit as st

from dashboard.catalogue import common, network, time, work

DEFAULT_LANGUAGE = "da"
LANGUAGES = {"da": "Dansk", "en": "English"}
_INDEX = {code: n for n, code in enumerate(LANGUAGES)}

TEXTS: dict[str, tuple[str, str]] = {**common.TEXTS, **network.TEXTS, **time.TEXTS, **work.TEXTS}


def language() -> str:
    """The session's language; Danish unless the session chose another."""
    chosen = st.session_state.get("language", DEFAULT_LANGUAGE)
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """The text for `key` in the session's language, formatted with `values`.

    An unknown key returns the key itself, so a missing text shows up instead of crashing.
    """
    pair = TEXTS.get(key)
    if pair is None:
        return key
    text = pair[_INDEX[language()]] or pair[0]
    return text.format(**values) if values else text


def tn(key: str, n: int, **values: object) -> str:
    """`t(key)` for a count `n`: the `<key>_one` text when n is 1 and one exists."""
    return t(f"{key}_one" if n == 1 and f"{key}_one" in TEXTS else key, n=n, **values)


def label(key: str, fallback: str) -> str:
    """The text for `key`, or `fallback` when there is none (e.g. a new report key)."""
    return TEXTS[key][_INDEX[language()]] if key in TEXTS else fallback


def or_unknown(value: object) -> str:
    """A display value; missing ones (None, NaN, empty) as "ukendt"."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return t("common.unknown")
    return str(value)


def amount(value: object, text: Callable[..., str] | None = None) -> str:
    """A sum in kroner as the language writes it (50.000 kr., DKK 50,000); "–" when missing.

    `text` is the texts function to use (default `t`), so pure callers can pass their own.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    write = text or t
    digits = f"{int(float(str(value))):,}".replace(",", write("common.thousands"))
    return write("common.amount", amount=digits)


def format_date(value: object) -> str:
    """A date as Danish readers write it (27.02.2018), in English as ISO (2018-02-27);
    missing dates as "ukendt"."""
    stamp = pd.Timestamp(value) if value is not None else pd.NaT
    if pd.isna(stamp):
        return t("common.unknown")
    return stamp.strftime("%d.%m.%Y" if language() == "da" else "%Y-%m-%d")
