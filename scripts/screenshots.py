"""Open every dashboard page in headless Chromium, check it, and save a full-page screenshot.

    python scripts/screenshots.py [--db PATH] [--out docs/screenshots] [--person ID]

Starts the dashboard on a free loopback port against `--db` (default: a temporary store filled
by `python -m ingest run` from data/samples), waits for `/_stcore/health`, opens the default
page, reads the page links from the sidebar that `st.navigation` draws, and opens each — the
profiles with a real node (`?person=`, `?organisation=`, `?initiative=`), the search with a
query and the brief with the municipality holding most meetings (see `pick_params`). A page
fails when it shows a Streamlit exception or error message, or when the browser console logs
an error. Exit codes: 0 all pages clean, 1 some page failed (named), 2 usage
error or no browser. The browser is Debian's `chromium`, driven by the `playwright` package;
requests to any host but the loopback one fail (no name resolves, and every other address goes
to a dead proxy), so nothing leaves the machine.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python scripts/screenshots.py`
    sys.path.insert(0, str(ROOT))
from scripts.dashboard_server import DashboardError, fill_store, pick_params, serve  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  # Nothing leaves the machine: no host name resolves, and any other address
                  # goes to a proxy nobody listens on (Chromium never proxies loopback). Done
                  # in the browser, since intercepting every request in Python (`route`)
                  # doubled the time a page took to load.
                  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                  "--proxy-server=http://127.0.0.1:9"]
WIDTH, HEIGHT = 1400, 900
# Streamlit serves the default page at the root URL (its public pathname is ""), so the
# sidebar does not tell its name; this is the name of its screenshot.
DEFAULT_PAGE = "overview"
PAGE_TIMEOUT = 30_000  # milliseconds for one page to load and finish its script run
SETTLE = 1_000  # milliseconds after the run, for Plotly and data grids to draw a screenshot
CHECK_SETTLE = 250  # milliseconds after the run when only checking: late errors still show
TABS = 4  # pages loaded at once when only checking
# Opening a page URL directly, Streamlit's frontend first probes `<page>/_stcore/health` and
# `<page>/_stcore/host-config` to find the server's base path; their 404s are expected noise.
_BASE_PATH_PROBE = re.compile(r"^http://127\.0\.0\.1:\d+/[^/?#]+/_stcore/(health|host-config)$")


class ScreenshotError(DashboardError):
    """The browser could not be started, or the dashboard showed no pages."""


@dataclass
class PageCheck:
    """One page as the browser saw it: where, and what went wrong (both lists empty if nothing).

    `errors` are failures on the page (a Streamlit exception or error message, a time-out);
    `console` are errors the browser logged (console errors, uncaught script errors).
    """

    name: str
    url: str
    errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    screenshot: Path | None = None

    @property
    def problems(self) -> list[str]:
        return self.errors + self.console


def browser_missing() -> str | None:
    """Why no browser check can run here, or None when Chromium and playwright are present."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    return None


def _wait_for_run(page: Any, settle: int = SETTLE) -> None:
    """Wait until Streamlit is connected and its script run has finished, then let it draw."""
    app = '[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
    page.wait_for_selector(f'{app}[data-test-script-state="notRunning"]', timeout=PAGE_TIMEOUT)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached",
                           timeout=PAGE_TIMEOUT)
    page.wait_for_load_state("networkidle", timeout=PAGE_TIMEOUT)
    page.wait_for_timeout(settle)
    page.wait_for_selector(f'{app}[data-test-script-state="notRunning"]', timeout=PAGE_TIMEOUT)


def _page_name(url: str) -> str:
    return urlsplit(url).path.strip("/") or DEFAULT_PAGE


_SIDEBAR_LINKS = '[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"]'


def _links(page: Any) -> list[str]:
    links = page.locator(_SIDEBAR_LINKS)
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def _screenshot(page: Any, path: Path) -> None:
    """Full-page PNG. Streamlit scrolls inside its main element, not the document, so the
    viewport grows until that element has nothing left to scroll (growing can reflow it)."""
    overflow = """() => { const main = document.querySelector('[data-testid="stMain"]');
        return main ? main.scrollHeight - main.clientHeight : 0; }"""
    height = HEIGHT
    for _ in range(5):
        extra = int(page.evaluate(overflow))
        if extra <= 0:
            break
        height += extra
        page.set_viewport_size({"width": WIDTH, "height": height})
        page.wait_for_timeout(SETTLE)
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


# Streamlit exceptions, and error messages outside them (an exception draws an error box too).
_ERRORS_ON_PAGE = """() => [
    ...[...document.querySelectorAll('[data-testid="stException"]')]
        .map(e => ["exception", e.innerText]),
    ...[...document.querySelectorAll('[data-testid="stAlertContentError"]')]
        .filter(e => !e.closest('[data-testid="stException"]'))
        .map(e => ["error message", e.innerText])]"""


def _open(context: Any, check: PageCheck) -> Any:
    """A new tab on `check.url`, recording console errors into `check`; returns at once."""
    page = context.new_page()

    def on_console(message: Any) -> None:
        where = message.location.get("url", "")
        if message.type == "error" and not _BASE_PATH_PROBE.match(where):
            check.console.append(f"console error: {message.text} ({where or 'no url'})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: check.console.append(f"page error: {error}"))
    page.goto(check.url, timeout=PAGE_TIMEOUT, wait_until="commit")
    return page


def _finish(page: Any, check: PageCheck, out_dir: Path | None,
            links: list[str] | None = None) -> PageCheck:
    """Wait for the tab's run, collect errors on the page (and the sidebar's links into
    `links`), take the screenshot, close the tab."""
    from playwright.sync_api import Error as PlaywrightError

    try:
        _wait_for_run(page, SETTLE if out_dir is not None else CHECK_SETTLE)
        if links is not None:
            links += _links(page)
        for what, text in page.evaluate(_ERRORS_ON_PAGE):
            check.errors.append(f"{what} on the page: {' '.join(text.split()[:30])}")
        if out_dir is not None:
            check.screenshot = out_dir / f"{check.name}.png"
            _screenshot(page, check.screenshot)
    except PlaywrightError as exc:  # a time-out or a crashed tab is this page's failure
        check.errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
    finally:
        page.close()
    return check


def _check_together(context: Any, checks: list[PageCheck], out_dir: Path | None,
                    links: list[str] | None = None) -> None:
    """Load up to TABS pages at once (the server runs their scripts side by side), then finish
    each; screenshots are taken one page at a time. With `links`, the first page's sidebar
    links are appended to it."""
    from playwright.sync_api import Error as PlaywrightError

    batch = 1 if out_dir is not None else TABS
    for start in range(0, len(checks), batch):
        opened = []
        for check in checks[start:start + batch]:
            try:
                opened.append((_open(context, check), check))
            except PlaywrightError as exc:
                check.errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
        for page, check in opened:
            _finish(page, check, out_dir, links if check is checks[0] else None)


def _launch(playwright: Any) -> Any:
    from playwright.sync_api import Error

    try:
        return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
    except Error as exc:
        raise ScreenshotError(f"{CHROMIUM} did not start: {exc}") from exc


def first_titles(base_url: str, paths: list[str]) -> list[str]:
    """The page titles (h1) a fresh browser sees at `paths`, one new tab each, in order."""
    from playwright.sync_api import sync_playwright

    titles = []
    with sync_playwright() as playwright:
        browser = _launch(playwright)
        try:
            for path in paths:
                page = browser.new_page()
                page.goto(f"{base_url}{path}", timeout=PAGE_TIMEOUT)
                _wait_for_run(page, CHECK_SETTLE)
                titles.append(" ".join(page.locator("h1").all_inner_texts()))
                page.close()
        finally:
            browser.close()
    return titles


def check_pages(base_url: str, params: dict[str, str],
                out_dir: Path | None = None) -> list[PageCheck]:
    """Check every page of the dashboard at `base_url` (with `params[page]` as its query
    string); screenshots go to `out_dir` if given."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = _launch(playwright)
        try:
            context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT},
                                          locale="da-DK")
            # The default page is checked first, and its sidebar tells the other pages.
            first = f"{base_url}/" + (f"?{params[DEFAULT_PAGE]}" if params.get(DEFAULT_PAGE)
                                      else "")
            links: list[str] = []
            checks = [PageCheck(DEFAULT_PAGE, first)]
            _check_together(context, checks, out_dir, links)
            if not links:
                raise ScreenshotError(f"no page links in the sidebar of {base_url}/")
            rest = [PageCheck(_page_name(url), f"{url}?{params[_page_name(url)]}"
                              if params.get(_page_name(url)) else url)
                    for url in links if _page_name(url) != DEFAULT_PAGE]
            _check_together(context, rest, out_dir)
            checks += rest
        finally:
            browser.close()
    return checks


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="embedded store to show (default: a temporary "
                        "store filled from data/samples)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for <page>.png (default: docs/screenshots)")
    parser.add_argument("--person", help="person id for the person page (default: the person "
                        "present at most meetings)")
    return parser.parse_args(argv)


def run(db: Path, out_dir: Path, person: str | None) -> list[PageCheck]:
    """Serve `db`, check and screenshot every page; the server is stopped in any case."""
    params = pick_params(db, person)
    with serve(db) as url:
        return check_pages(url, params, out_dir)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    missing = browser_missing()
    if missing:
        print(f"no browser: {missing}", file=sys.stderr)
        return 2
    if args.db is not None and not args.db.is_file():
        print(f"--db {args.db}: no such file", file=sys.stderr)
        return 2
    try:
        if args.db is not None:
            checks = run(args.db.resolve(), args.out, args.person)
        else:
            with tempfile.TemporaryDirectory(prefix="screenshots-") as tmp:
                db = Path(tmp) / "graph.db"
                fill_store(db)
                checks = run(db, args.out, args.person)
    except DashboardError as exc:  # the dashboard, the store or the browser
        print(exc, file=sys.stderr)
        return 1
    for check in checks:
        status = "ok" if not check.problems else "FAILED"
        print(f"{check.name:<12} {status:<7} {check.url}  ->  {check.screenshot or '-'}")
        for problem in check.problems:
            print(f"    {problem}")
    failed = [check.name for check in checks if check.problems]
    print(f"{len(checks) - len(failed)} pages ok, {len(failed)} failed"
          + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
