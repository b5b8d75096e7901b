"""Issue 11, item 14, in real Chromium.

- ``/v1/docs`` renders Swagger UI with every request off this server refused: it works offline,
  and no third party learns of a visit.
- "Leave this site quickly" works with JavaScript disabled: it is a real link.
"""

from __future__ import annotations

import pytest

from helpers.net import ThreadedServer
from helpers.profiles import LIGHT_SERVICE_PROFILE
from helpers.service import make_app

pytestmark = pytest.mark.browser

EXIT_URL = "https://neutral.example.org/weather?city=Oslo&units=metric"


@pytest.fixture
def server(tmp_path):
    app, db = make_app(f"sqlite:///{tmp_path / 'nciiguard.db'}", tmp_path, policy=LIGHT_SERVICE_PROFILE,
                       leave_quickly_url=EXIT_URL)
    srv = ThreadedServer(app, log_level="warning").start()
    yield srv
    srv.stop()
    db.dispose()


def _offline(context, origin: str) -> list[str]:
    """Refuse every request that is not to ``origin``; return the list of refused addresses."""
    refused: list[str] = []

    def handle(route):
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", handle)
    return refused


def test_api_docs_render_with_nothing_from_elsewhere(browser, server):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    refused = _offline(context, server.url)
    page = context.new_page()
    page.set_default_timeout(20000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server.url + "/v1/docs")
        page.wait_for_selector(".swagger-ui .info .title")
        assert "nciiguard" in page.inner_text(".swagger-ui .info .title")
        page.wait_for_selector(".opblock-summary-path")  # the operations were read from /v1/openapi.json
        assert page.locator(".opblock").count() > 10
        assert refused == [] and errors == []
    finally:
        context.close()


def test_leave_quickly_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    asked: list[str] = []

    def neutral(route):  # answered locally: the test makes no request to the internet
        asked.append(route.request.url)
        route.fulfill(status=200, body="neutral page", content_type="text/plain")

    context.route("https://neutral.example.org/**", neutral)
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        page.goto(server.url + "/portal/case")
        page.click("#quick-exit")
        page.wait_for_url(EXIT_URL)
        assert asked == [EXIT_URL]
        assert page.content().count("neutral page") == 1
    finally:
        context.close()
