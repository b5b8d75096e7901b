"""The ``leave_quickly_url`` setting: validated (https, a host, nothing that breaks out of an HTML
attribute), and rendered into the portal pages as a data attribute, never as inline script."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from helpers.service import make_app
from nciiguard.errors import ConfigError
from nciiguard.service import ServiceConfig


def test_default_kept():
    assert ServiceConfig().leave_quickly_url == "https://www.wikipedia.org/"


@pytest.mark.parametrize("url", [
    "https://www.bbc.co.uk/weather",
    "https://example.org/a?b=1&c=2#top",
    "https://xn--bcher-kva.example/",
    "HTTPS://Example.ORG:8443/",
])
def test_good_addresses(url):
    assert ServiceConfig.load({"NCIIGUARD_SERVICE_LEAVE_QUICKLY_URL": url}).leave_quickly_url == url


@pytest.mark.parametrize("url, needle", [
    ("http://www.wikipedia.org/", "https://"),
    ("javascript:alert(1)", "https://"),
    ("data:text/html,hi", "https://"),
    ("//www.wikipedia.org/", "https://"),
    ("/portal", "https://"),
    ("https:///nohost", "public host"),
    ("https://localhost/", "public host"),
    ("https://user:pw@example.org/", "user name or password"),
    ('https://example.org/"onmouseover="x', "quotes"),
    ("https://example.org/<script>", "quotes"),
    ("https://example.org/a b", "spaces"),
    ("https://example.org/\u0000", "control"),
    ("https://example.org:99999/", "not a valid URL"),
    ("https://example.org/" + "a" * 2000, "too long"),
])
def test_bad_addresses_are_config_errors(url, needle):
    with pytest.raises(ConfigError) as exc:
        ServiceConfig.load({"NCIIGUARD_SERVICE_LEAVE_QUICKLY_URL": url})
    assert "leave_quickly_url" in str(exc.value) and needle in str(exc.value)
    with pytest.raises(ConfigError):
        ServiceConfig.load({}, leave_quickly_url=url)


def test_rendered_as_escaped_data_attribute(sqlite_url, tmp_path):
    url = "https://example.org/news?a=1&b='2'"
    app, db = make_app(sqlite_url, tmp_path, leave_quickly_url=url)
    try:
        with TestClient(app) as c:
            for path in ("/portal", "/portal/protect", "/portal/case", "/portal/takedown"):
                r = c.get(path)
                assert r.status_code == 200
                assert 'data-exit-url="https://example.org/news?a=1&amp;b=&#x27;2&#x27;"' in r.text
                assert "wikipedia" not in r.text and "{{" not in r.text
                assert "script-src 'self'" in r.headers["content-security-policy"]
                assert "<script>" not in r.text  # scripts only by src: no inline script
    finally:
        db.dispose()
    # Another app in the same process keeps its own address (pages are not cached per process).
    app2, db2 = make_app(sqlite_url, tmp_path)
    try:
        with TestClient(app2) as c:
            assert 'data-exit-url="https://www.wikipedia.org/"' in c.get("/portal").text
    finally:
        db2.dispose()
