"""Entry point: `streamlit run dashboard/app.py`. Only configures the app and its navigation."""
from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root that
# holds the `dashboard` and `graph` packages.
ROOT = str(Path(__file__).resolve().parent.parent)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import streamlit as st  # noqa: E402

from dashboard.texts import t  # noqa: E402

st.set_page_config(page_title=t("app.title"), page_icon="🕸️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/dashboard:",
            default=True),
    st.Page("pages/network.py", title=t("nav.network"), icon=":material/hub:"),
    st.Page("pages/person.py", title=t("nav.person"), icon=":material/person:",
            url_path="person"),
]

st.navigation(PAGES).run()
