"""The portal's "Leave this site quickly" button goes to the address the operator configured
(``leave_quickly_url``), in real Chromium, and replaces the portal in the tab's history."""

from __future__ import annotations

import pytest

from helpers.net import ThreadedServer
from helpers.profiles import LIGHT_SERVICE_PROFILE
from helpers.service import make_app

pytestmark = pytest.mark.browser

#: A query with "&" checks the address survives HTML escaping of the data attribute.
EXIT_URL = "https://neutral.example.org/weather?city=Oslo&units=metric"


@pytest.fixture
def exit_server(tmp_path):
    app, db = make_app(f"sqlite:///{tmp_path / 'nciiguard.db'}", tmp_path, policy=LIGHT_SERVICE_PROFILE,
                       leave_quickly_url=EXIT_URL)
    server = ThreadedServer(app, log_level="warning").start()
    yield server
    server.stop()
    db.dispose()


def test_button_goes_to_configured_address_and_replaces_history(browser, exit_server):
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="en-GB", timezone_id="UTC")
    page = context.new_page()
    page.set_default_timeout(20000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    asked: list[str] = []

    def neutral(route):  # answered locally: the test makes no request to the internet
        asked.append(route.request.url)
        route.fulfill(status=200, body="neutral page", content_type="text/plain")

    # Nothing may go to the default address any more.
    page.route("https://www.wikipedia.org/**", lambda route: (asked.append(route.request.url), route.abort()))
    page.route("https://neutral.example.org/**", neutral)
    try:
        page.goto(exit_server.url + "/portal")
        page.goto(exit_server.url + "/portal/case")
        assert page.get_attribute("#quick-exit", "data-exit-url") == EXIT_URL
        page.evaluate("() => sessionStorage.setItem('case', 'x')")
        page.click("#quick-exit")
        page.wait_for_url(EXIT_URL)
        assert asked == [EXIT_URL]
        # replace(): going back skips the page that was open and lands on the one before it.
        page.go_back()
        assert page.url == exit_server.url + "/portal"
        assert page.evaluate("() => sessionStorage.getItem('case')") is None
        assert errors == []
    finally:
        context.close()
