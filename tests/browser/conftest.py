"""Fixtures for the browser tests: the real app on uvicorn over loopback HTTP, a fresh SQLite
database, and Debian's Chromium driven by Playwright (the system browser: `playwright install` is
never run).

Without chromium or the playwright package the browser tests are skipped with the reason, unless
NCIIGUARD_REQUIRE_BROWSER=1 (CI sets it), in which case they fail.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from helpers.net import ThreadedServer
from helpers.profiles import LIGHT_SERVICE_PROFILE
from helpers.service import make_app

CHROMIUM = os.environ.get("NCIIGUARD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

#: The real text signals and the real hash_match signal (as tests/service uses): the pages exercise
#: cases, takedowns and review, not screening, but every profile must block minors' sexual content.
PROFILE = LIGHT_SERVICE_PROFILE


def _require_or_skip(reason: str):
    if os.environ.get("NCIIGUARD_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests are required (NCIIGUARD_REQUIRE_BROWSER=1) but {reason}")
    pytest.skip(reason)


class LiveServer(ThreadedServer):
    """The app served by uvicorn in a background thread (real sockets, real HTTP), with its database."""

    def __init__(self, app, db):
        super().__init__(app, log_level="warning")
        self.db = db

    @property
    def svc(self):
        return self.app.state.svc

    def key(self, role: str) -> str:
        return self.svc.keys.create(f"browser-{role}", role, actor="test")[0]


@pytest.fixture
def live_server(tmp_path):
    app, db = make_app(f"sqlite:///{tmp_path / 'nciiguard.db'}", tmp_path, policy=PROFILE)
    server = LiveServer(app, db).start()
    yield server
    server.stop()
    db.dispose()


@pytest.fixture(scope="package")
def browser():
    # Package scope: Playwright's sync API keeps an asyncio loop running on this thread until it
    # stops, which would break asyncio.run() in tests of other folders (the Discord bot's).
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        _require_or_skip("Debian chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _require_or_skip("the playwright package is not installed (pip install playwright; the system "
                         "chromium is used, no `playwright install`)")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                               args=CHROMIUM_ARGS)
    except Exception as exc:  # noqa: BLE001 - report why the browser could not start
        pw.stop()
        _require_or_skip(f"chromium could not be started ({type(exc).__name__}: {str(exc)[:200]})")
    yield b
    b.close()
    pw.stop()


class Recorder:
    """Every request the page makes, with its body, and every console error."""

    def __init__(self, page, origin: str):
        self.requests: list[tuple[str, str, bytes]] = []
        self.errors: list[str] = []
        self.origin = origin
        page.on("request", self._on_request)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)

    def _on_request(self, req):
        self.requests.append((req.method, req.url, req.post_data_buffer or b""))

    def bodies(self) -> list[bytes]:
        return [b for _, _, b in self.requests if b]

    def posts(self, path: str) -> list[bytes]:
        return [b for m, u, b in self.requests if m == "POST" and u.startswith(self.origin + path)]


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="en-GB", timezone_id="UTC")
    pg = context.new_page()
    pg.set_default_timeout(20000)
    pg.recorder = Recorder(pg, live_server.url)
    yield pg
    context.close()
