"""Entry point: `streamlit run dashboard/app.py`. Configures the app, the language, the optional
password gate and the navigation; the pages (in `views/`) do the rest.

The pages live in `views/`, not `pages/`: Streamlit treats a `pages/` folder beside the entry
point as a version-1 multipage app, and the first request a fresh server gets for `/<page>` then
runs that file on its own — past this file and its password gate.
"""
from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root that
# holds the `dashboard` and `graph` packages.
ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import streamlit as st  # noqa: E402

from dashboard import data, widgets  # noqa: E402
from dashboard.texts import t  # noqa: E402

widgets.choose_language()
st.set_page_config(page_title=t("app.title"), page_icon="🕸️", layout="wide")


def _page(name: str, icon: str, *, url: str | None = None, default: bool = False) -> st.Page:
    return st.Page(f"views/{name}.py", title=t(f"nav.{name}"), icon=f":material/{icon}:",
                   url_path=url or name, default=default)


PAGES = {
    t("nav.section_explore"): [
        _page("overview", "dashboard", default=True), _page("network", "hub"),
        _page("initiatives", "event_repeat"), _page("change", "timeline")],
    t("nav.section_profiles"): [
        _page("person", "person"), _page("organisation", "groups"),
        _page("initiative", "flag")],
    t("nav.section_work"): [
        _page("onboarding", "school"), _page("search", "search"),
        _page("review", "how_to_reg"), _page("data_tools", "database", url="data")],
}

SECRET = data.password()
if widgets.unlocked(SECRET):
    st.navigation(PAGES, expanded=True).run()
else:
    # While locked the login form is the only page, so every URL shows it.
    login = st.Page(lambda: widgets.login_form(SECRET), title=t("login.title"),
                    url_path="login", default=True)
    st.navigation([login], position="hidden").run()
