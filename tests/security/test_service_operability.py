"""Issue 11, items 13 and 14 on the service side.

- ``/v1/docs`` works offline and tells no third party about a visit: Swagger UI's files come from
  a package and are served by the service (the page itself is checked in Chromium in
  tests/browser/test_offline_pages.py).
- The portal's "Leave this site quickly" is a real link (works without JavaScript).
- A mistyped ``NCIIGUARD_*`` / ``NCIIGUARD_SERVICE_*`` variable is an error naming it.
- A bank import of deeply nested JSON is a 422, not a 500, and the report does not show the
  server's temporary path.
"""

from __future__ import annotations

import re

import pytest

from helpers.cli_process import one_line_error, run_cli_process
from helpers.service import auth, make_app

pytest.importorskip("fastapi")


@pytest.fixture
def app_db(tmp_path):
    app, db = make_app(f"sqlite:///{tmp_path / 'nciiguard.db'}", tmp_path)
    yield app, db
    db.dispose()


@pytest.fixture
def client(app_db):
    from fastapi.testclient import TestClient

    with TestClient(app_db[0], raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def admin(app_db):
    return app_db[0].state.svc.keys.create("test-admin", "admin", actor="test")[0]


# -- /v1/docs ----------------------------------------------------------------------------------------
def test_docs_page_loads_everything_from_this_server(client):
    r = client.get("/v1/docs")
    assert r.status_code == 200
    page = r.text
    assert "cdn." not in page and "jsdelivr" not in page and "unpkg" not in page
    assert "fastapi.tiangolo.com" not in page  # FastAPI's default favicon
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert "'/v1/openapi.json'" in page or '"/v1/openapi.json"' in page
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "https:" not in csp and "connect-src 'self'" in csp
    for src in sources:
        asset = client.get(src)
        assert asset.status_code == 200, src
    js = client.get("/v1/docs/swagger-ui-bundle.js")
    assert js.headers["content-type"].startswith("text/javascript") and "SwaggerUIBundle" in js.text[:2000]
    assert client.get("/v1/docs/swagger-ui.css").headers["content-type"].startswith("text/css")


def test_docs_assets_are_a_fixed_list(client):
    for bad in ("/v1/docs/core.py", "/v1/docs/swagger-ui-bundle.js/x", "/v1/docs/redoc.standalone.js",
                "/v1/docs/favicon.png", "/v1/docs/%2e%2e%2fcore.py"):
        assert client.get(bad).status_code == 404, bad
    # A query string is not a file name: the same fixed file comes back.
    bundle = client.get("/v1/docs/swagger-ui-bundle.js").content
    assert client.get("/v1/docs/swagger-ui-bundle.js", params={"name": "../core.py", "path": "/etc/passwd"}).content \
        == bundle


# -- the leave-quickly control -----------------------------------------------------------------------
def test_leave_quickly_is_a_real_link(client):
    page = client.get("/portal").text
    tag = re.search(r'<a [^>]*id="quick-exit"[^>]*>', page)
    assert tag, "the leave-quickly control is a link"
    assert 'href="https://www.wikipedia.org/"' in tag.group(0)
    assert '<button type="button" class="quick-exit"' not in page


# -- environment variables ---------------------------------------------------------------------------
@pytest.mark.parametrize("var, hint", [
    ("NCIIGUARD_SERVICE_MAX_UPLOAD", "NCIIGUARD_SERVICE_MAX_UPLOAD_BYTES"),
    ("NCIIGUARD_SERVICE_RATE_PLATFROM", "NCIIGUARD_SERVICE_RATE_PLATFORM"),
    ("NCIIGUARD_SERVICE_TRUST_X_FORWARDED_FOR", "NCIIGUARD_SERVICE_TRUST_FORWARDED_FOR"),
])
def test_a_mistyped_service_variable_is_an_error_naming_it(var, hint):
    from nciiguard.errors import ConfigError
    from nciiguard.service import ServiceConfig

    with pytest.raises(ConfigError) as exc:
        ServiceConfig.load({var: "5"})
    assert var in str(exc.value) and f"did you mean {hint}?" in str(exc.value)
    # The right names still load, and unrelated variables are not its business.
    assert ServiceConfig.load({hint: "5" if "BYTES" in hint else ("10/20" if "RATE" in hint else "true"),
                               "HOME": "/root", "NCIIGUARD_DATA_DIR": "/tmp"})


@pytest.mark.parametrize("var, hint", [
    ("NCIIGUARD_DATADIR", "NCIIGUARD_DATA_DIR"),
    ("NCIIGUARD_REGISTRY_KYE", "NCIIGUARD_REGISTRY_KEY"),
    ("NCIIGUARD_DATABASE_ULR", "NCIIGUARD_DATABASE_URL"),
    ("NCIIGUARD_SERVCE_MAX_FILES", "NCIIGUARD_SERVICE_MAX_FILES"),
])
def test_a_mistyped_nciiguard_variable_is_an_error_naming_it(var, hint, tmp_path):
    from nciiguard import Config
    from nciiguard.errors import ConfigError

    with pytest.raises(ConfigError) as exc:
        Config.load(env={var: "x", "NCIIGUARD_DATA_DIR": str(tmp_path)})
    assert var in str(exc.value) and f"did you mean {hint}?" in str(exc.value)
    assert Config.load(env={"NCIIGUARD_DATA_DIR": str(tmp_path), "NCIIGUARD_REQUIRE_POSTGRES": "1",
                            "NCIIGUARD_SERVICE_MAX_FILES": "3"}).data_dir == tmp_path


def test_serve_with_a_mistyped_variable_stops_with_one_line(tmp_path):
    import os

    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path), "NCIIGUARD_SERVICE_LEAVE_QUICKLY": "https://x.org/"}
    proc = run_cli_process("serve", "--port", "1", env=env, timeout=120)
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert "NCIIGUARD_SERVICE_LEAVE_QUICKLY" in line and "NCIIGUARD_SERVICE_LEAVE_QUICKLY_URL" in line


# -- bank import over HTTP -----------------------------------------------------------------------------
def test_http_import_of_nested_json_is_422_and_reports_no_server_path(client, admin, tmp_path):
    a = auth(admin)
    assert client.post("/v1/banks", json={"name": "partner-pdq", "signal_type": "pdq", "purpose": "confirmed"},
                       headers=a).status_code == 201
    nested = b"[" * 100_000 + b"]" * 100_000
    r = client.post("/v1/banks/partner-pdq/import", files={"file": ("h.json", nested, "application/json")},
                    data={"format": "json"}, headers=a)
    assert r.status_code == 422, r.text
    assert "nested too deeply" in r.text and "nciiguard-import-" not in r.text
    rows = ('{"signal_value": "' + "a" * 64 + '"}\n{"signal_value": "bad"}\n').encode()
    r = client.post("/v1/banks/partner-pdq/import", files={"file": ("h.jsonl", rows, "application/json")},
                    data={"format": "jsonl"}, headers=a)
    assert r.status_code == 200 and r.json()["added"] == 1 and r.json()["errors"] == 1
    assert "nciiguard-import-" not in r.text and "/tmp" not in r.text and str(tmp_path) not in r.text
