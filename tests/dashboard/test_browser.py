"""A real headless Chromium opens every dashboard page, as `scripts/screenshots.py` does.

The dashboard runs on a free loopback port against a store filled from data/samples; the pages
are the ones in the sidebar, each with the query string `screenshots.pick_params` chooses (a
real person, organisation, initiative, a search, a municipality). Skipped when Debian's
`chromium` or the `playwright` package is missing, unless REQUIRE_BROWSER=1, where that is a
failure, so a green run with that variable always includes the browser.
"""
from __future__ import annotations

import os

import pytest

from scripts import screenshots

PAGES = {"overview", "network", "initiatives", "change", "person", "organisation",
         "initiative", "onboarding", "search", "review", "data"}


@pytest.fixture(scope="module")
def db(ingested):
    """data/samples ingested once for the whole run (the server only reads it)."""
    missing = screenshots.browser_missing()
    if missing:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but no browser: {missing}")
        pytest.skip(f"no browser: {missing}")
    return ingested


@pytest.fixture(scope="module")
def checks(db) -> list[screenshots.PageCheck]:
    with screenshots.serve(db) as url:
        return screenshots.check_pages(url, screenshots.pick_params(db))


def _report(checks: list[screenshots.PageCheck], kind: str) -> str:
    return "\n".join(f"{check.name} ({check.url}): {problem}" for check in checks
                     for problem in getattr(check, kind))


def test_the_sidebar_leads_to_every_page(checks):
    assert {check.name for check in checks} == PAGES
    person = next(check for check in checks if check.name == "person")
    assert "?person=person" in person.url


def test_no_page_shows_an_exception(checks):
    assert not any(check.errors for check in checks), _report(checks, "errors")


def test_no_page_logs_a_console_error(checks):
    assert not any(check.console for check in checks), _report(checks, "console")


def test_a_password_gates_even_the_first_request_for_a_page(db):
    # A fresh server's first request decides whether Streamlit runs a page file on its own.
    with screenshots.serve(db, CIVIC_DASHBOARD_PASSWORD="hemmelig") as url:
        titles = screenshots.first_titles(url, ["/person", "/"])
    assert titles == ["Log ind"] * 2
