"""The pages over HTTP (no browser needed): headers, the static-file allow-list, and the rules a
strict Content-Security-Policy and screen-reader users depend on (no inline script or style, a
label for every field, a <noscript> explanation where JavaScript is needed)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nciiguard.service.pages import routes

PAGES = list(routes.PAGES)


@pytest.fixture(scope="module")
def client():
    # The router alone: the pages have no API of their own and need no database.
    app = FastAPI()
    app.include_router(routes.router)
    with TestClient(app) as c:
        yield c


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.fields, self.labels, self.ids, self.problems = [], set(), [], []
        self.scripts, self.noscript, self.images = [], 0, 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        for name in a:
            if name.startswith("on"):
                self.problems.append(f"inline handler {name} on <{tag}>")
            if name == "style":
                self.problems.append(f"inline style on <{tag}>")
        if tag == "script":
            self.scripts.append(a.get("src"))
            self._in_script = True
        if tag == "style":
            self.problems.append("inline <style>")
        if tag == "noscript":
            self.noscript += 1
        if tag in ("img", "video", "picture", "iframe"):
            self.images += 1
        if tag in ("input", "textarea", "select") and a.get("type") != "hidden":
            self.fields.append(a.get("id"))
        if tag == "label" and a.get("for"):
            self.labels.add(a["for"])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append("inline script")


def _scan(html: str) -> _Scan:
    s = _Scan()
    s.feed(html)
    return s


@pytest.mark.parametrize("path", PAGES)
def test_page_headers(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["cache-control"] == "no-store"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.head(path).status_code == 200


@pytest.mark.parametrize("path", PAGES)
def test_page_markup(client, path):
    html = client.get(path).text
    s = _scan(html)
    assert not s.problems, s.problems
    assert s.images == 0, "the pages never show a picture"
    assert all(src and src.startswith("/static/") for src in s.scripts)
    # Every field has a <label for=...>, and ids are unique.
    unlabeled = [f for f in s.fields if f is None or f not in s.labels]
    assert not unlabeled, f"fields without a label: {unlabeled}"
    assert len(s.ids) == len(set(s.ids)), "duplicate ids"
    # No external resource of any kind.
    assert "http://" not in html.replace("http://www.w3.org", "")
    for marker in ("https://fonts.", "cdn", "googleapis", "unpkg", "jsdelivr"):
        assert marker not in html
    if path != "/portal":
        assert s.noscript == 1, "pages that need JavaScript say so, and why"
    assert 'lang="en"' in html and "skip-link" in html


def test_static_files_are_an_allow_list(client):
    for name, ctype in routes.STATIC_FILES.items():
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.headers["content-type"] == ctype
        assert r.headers["x-content-type-options"] == "nosniff"
    for bad in ("../pages/routes.py", "..%2Fpages%2Froutes.py", "routes.py", "pdq.js.map", ".env", "PDQ.JS"):
        assert client.get(f"/static/{bad}").status_code == 404
    assert client.get("/favicon.ico").status_code == 204
    icon = client.get("/static/icon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/svg+xml"


def test_static_files_fetch_nothing_from_elsewhere(client):
    for name in routes.STATIC_FILES:
        text = client.get(f"/static/{name}").text
        assert "@import" not in text and "url(http" not in text
        # Only the quick-exit button points elsewhere, and it lives in the HTML, not in scripts.
        if name.endswith(".js"):
            assert "http://" not in text and "https://" not in text and "XMLHttpRequest" not in text
            assert "localStorage.set" not in text


def test_portal_mounted_in_the_app(tmp_path):
    """The app factory serves the pages next to the API."""
    from nciiguard import Config
    from nciiguard.service import ServiceConfig, create_app
    from nciiguard.store import open_database

    from helpers.profiles import LIGHT_SERVICE_PROFILE as PROFILE

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    db = open_database(url)
    app = create_app(Config(data_dir=tmp_path, database_url=url, workers=0), service_config=ServiceConfig(),
                     policy=PROFILE, db=db, migrate=False, registry=None)
    with TestClient(app) as c:
        assert c.get("/portal").status_code == 200
        assert c.get("/static/pdq.js").status_code == 200
        assert c.get("/portal/").status_code == 200  # redirected
        # The pages are not part of the API description.
        assert not any(p.startswith(("/portal", "/moderate", "/static")) for p in c.get("/v1/openapi.json").json()["paths"])
    db.dispose()
