"""Access control and abuse limits: keys, roles, rate limits, body limits, error hygiene, logs."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from helpers.service import auth, make_app
from helpers.threads import run_in_threads
from nciiguard.access.keys import KeyStore
from nciiguard.access.models import ApiKeyRow
from nciiguard.access.ratelimit import MemoryBuckets


@pytest.fixture
def sqlite_app(sqlite_url, tmp_path):
    made = []

    def build(**settings):
        app, db = make_app(sqlite_url, tmp_path, **settings)
        made.append(db)
        return app, TestClient(app, raise_server_exceptions=False)

    yield build
    for db in made:
        db.dispose()


def test_keys_are_stored_hashed_and_checked(app_db):
    _, db = app_db
    ks = KeyStore(db, cache_seconds=0)
    key, info = ks.create("acme", "platform")
    assert key.startswith(f"ngk_{info.key_id}_")
    with db.session() as s:
        row = s.execute(select(ApiKeyRow)).scalar_one()
        assert key.split("_", 2)[2] not in (row.secret_hash, row.key_id, row.name)
        assert len(row.secret_hash) == 64
    assert ks.authenticate(key).role == "platform"
    tampered = key[:-1] + ("A" if key[-1] != "A" else "B")
    for bad in (tampered, "", "ngk_", key + "x", "ngk_zzzzzzzzzzzz_" + "a" * 43, key.upper()):
        assert ks.authenticate(bad) is None
    ks.revoke(info.key_id)
    assert ks.authenticate(key) is None
    with pytest.raises(LookupError):
        ks.revoke("000000000000")


def test_missing_wrong_and_underprivileged_keys(client, keys):
    body = {"prompt": "hello"}
    r = client.post("/v1/screen/prompt", json=body)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
    assert client.post("/v1/screen/prompt", json=body, headers={"X-API-Key": "ngk_nope"}).status_code == 401
    # bearer form works too
    ok = client.post("/v1/screen/prompt", json=body, headers={"Authorization": f"Bearer {keys['platform']}"})
    assert ok.status_code == 200
    assert client.post("/v1/screen/prompt", json=body, headers=auth(keys["moderator"])).status_code == 403
    assert client.post("/v1/screen/prompt", json=body, headers=auth(keys["admin"])).status_code == 200
    assert client.post("/v1/keys", json={"name": "x", "role": "admin"}, headers=auth(keys["platform"])).status_code == 403


def test_rate_limit_per_key_with_retry_after(sqlite_app):
    app, c = sqlite_app(rate_platform={"rate": 0.5, "burst": 3})
    k1 = app.state.svc.keys.create("a", "platform")[0]
    k2 = app.state.svc.keys.create("b", "platform")[0]
    codes = [c.post("/v1/screen/prompt", json={"prompt": "hi"}, headers=auth(k1)).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
    r = c.post("/v1/screen/prompt", json={"prompt": "hi"}, headers=auth(k1))
    assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 2
    # another key has its own bucket
    assert c.post("/v1/screen/prompt", json={"prompt": "hi"}, headers=auth(k2)).status_code == 200


def test_public_endpoints_throttled_per_address(sqlite_app):
    _, c = sqlite_app(rate_public={"rate": 0.01, "burst": 3})
    statuses = [c.get("/v1/cases/me", headers={"X-Case-Number": "NG-AAAA-AAAA-AAAA", "X-Case-Pin": "1"}).status_code
                for _ in range(5)]
    assert statuses[:3] == [401, 401, 401] and statuses[3:] == [429, 429]
    # wrong API keys are throttled per address too
    codes = [c.post("/v1/screen/prompt", json={"prompt": "x"}, headers={"X-API-Key": "ngk_bad"}).status_code
             for _ in range(5)]
    assert codes[-1] == 429


def test_token_bucket_refills():
    b = MemoryBuckets()
    assert b.take("k", rate=1000.0, burst=1) == 0
    assert b.take("k", rate=1000.0, burst=1) > 0
    import time

    time.sleep(0.01)
    assert b.take("k", rate=1000.0, burst=1) == 0


def test_oversized_bodies_refused(sqlite_app):
    app, c = sqlite_app(max_json_bytes=1000, max_upload_bytes=5000)
    k = app.state.svc.keys.create("a", "platform")[0]
    r = c.post("/v1/screen/prompt", json={"prompt": "x" * 2000}, headers=auth(k))
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"

    def chunks():  # no Content-Length: a streamed body is counted and cut off
        for _ in range(100):
            yield b"x" * 100

    r = c.post("/v1/screen/prompt", content=chunks(), headers={**auth(k), "Content-Type": "application/json"})
    assert r.status_code == 413
    r = c.post("/v1/screen/image", files={"image": ("a.png", b"\x89PNG" + b"0" * 6000, "image/png")}, headers=auth(k))
    assert r.status_code == 413
    r = c.post("/v1/screen/prompt", content=b"{}", headers={**auth(k), "Content-Type": "application/json",
                                                            "Content-Length": "-1"})
    assert 400 <= r.status_code < 500


def test_unexpected_error_is_generic_500_and_logged_without_content(sqlite_app, caplog):
    app, c = sqlite_app()

    def boom():
        # Built at run time so the source line in the logged stack frame does not contain it.
        raise RuntimeError("-".join(["SECRET", "CONTENT", "IN", "MESSAGE"]))

    app.add_api_route("/v1/test-boom", boom, methods=["GET"])
    with caplog.at_level(logging.DEBUG):
        r = c.get("/v1/test-boom")
    assert r.status_code == 500
    assert r.json()["error"]["code"] == "internal_error" and "SECRET" not in r.text
    assert "RuntimeError" in caplog.text and "SECRET-CONTENT-IN-MESSAGE" not in caplog.text


def test_no_secrets_or_content_in_logs(sqlite_app, caplog):
    app, c = sqlite_app()
    k = app.state.svc.keys.create("a", "platform")[0]
    with caplog.at_level(logging.DEBUG):
        c.post("/v1/screen/prompt", json={"prompt": "UNIQUE-PROMPT-MARKER naked"}, headers=auth(k))
        case = c.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "d" * 32}]}).json()
        c.get("/v1/cases/me", headers={"X-Case-Number": case["case_number"], "X-Case-Pin": "12345678"})
        c.post("/v1/screen/prompt", json={"prompt": "x"}, headers={"X-API-Key": k[:-2] + "zz"})
    text = caplog.text
    for secret in ("UNIQUE-PROMPT-MARKER", case["pin"], case["case_number"], k, k.split("_", 2)[2]):
        assert secret not in text


def test_docs_do_not_need_a_key(client):
    assert client.get("/v1/openapi.json").status_code == 200
    assert client.get("/v1/docs").status_code == 200


def test_successful_case_sign_ins_do_not_use_up_the_address_allowance(sqlite_app):
    _, c = sqlite_app(rate_public={"rate": 0.01, "burst": 4})
    case = c.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "f" * 32}]}).json()  # costs 2
    good = {"X-Case-Number": case["case_number"], "X-Case-Pin": case["pin"]}
    assert all(c.get("/v1/cases/me", headers=good).status_code == 200 for _ in range(10))


def test_concurrent_wrong_pins_all_count(app_db):
    """Failures are counted with an atomic update: parallel guesses cannot slip past the lockout."""
    from nciiguard.casework.cases import CaseAuthError, CaseLocked

    app, _ = app_db
    cases = app.state.svc.cases
    number, pin, _, _ = cases.create([{"signal_type": "md5", "value": "9" * 32}])
    outcomes = []

    def guess(_k):
        try:
            cases.authenticate(number, "0" * 8 if pin != "0" * 8 else "1" * 8)
            outcomes.append("ok")
        except CaseLocked:
            outcomes.append("locked")
        except CaseAuthError:
            outcomes.append("wrong")

    assert run_in_threads(guess, 12) == []
    assert "ok" not in outcomes and outcomes.count("wrong") <= 4 + 1
    with pytest.raises(CaseLocked):
        cases.authenticate(number, pin)


def test_lock_expires_and_the_count_starts_again(sqlite_app):
    import time

    app, c = sqlite_app(pin_lock_minutes=0.005, pin_max_failures=2)  # 0.3 s
    case = c.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "7" * 32}]}).json()
    bad = {"X-Case-Number": case["case_number"], "X-Case-Pin": "x"}
    good = {"X-Case-Number": case["case_number"], "X-Case-Pin": case["pin"]}
    assert [c.get("/v1/cases/me", headers=bad).status_code for _ in range(3)] == [401, 423, 423]
    time.sleep(0.4)
    assert c.get("/v1/cases/me", headers=bad).status_code == 401  # fresh budget after the lock
    assert c.get("/v1/cases/me", headers=good).status_code == 200
    assert c.get("/v1/cases/me", headers=bad).status_code == 401  # the right PIN reset the count
