"""Issue 11, item 1: the survivor endpoints must not be a membership oracle for the survivor banks.

The attack: open a case (no key needed) with many guessed hashes and read which ones come back as
"duplicates" (already banked by someone else). Every answer a survivor or anonymous caller gets
must be the same whether a value was banked by another survivor or is new: the response bodies of
the two cases are compared field by field (only the case's own number, PIN, ref and time differ).
Also: survivor hashes protect at once, and how many values one person can add is bounded per case
and per address, with a clear 429 that is audited.

Benign synthetic hashes only; real SQLite and PostgreSQL, the real app.
"""

from __future__ import annotations

import secrets

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from helpers.service import auth, make_app
from nciiguard.audit import AuditLog

_OWN = {"case_number", "pin", "ref", "created_at", "withdrawn_at"}


def _pdq() -> str:
    return secrets.token_hex(32)


def _strip(obj):
    """A response without the fields that belong to the caller's own case (number, PIN, ref, times)."""
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in _OWN}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


@pytest.fixture
def app_db(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    yield app, db
    db.dispose()


@pytest.fixture
def client(app_db):
    with TestClient(app_db[0], raise_server_exceptions=False) as c:
        yield c


def _open(client, hashes):
    r = client.post("/v1/cases", json={"hashes": hashes})
    assert r.status_code == 201, r.text
    body = r.json()
    return body, {"X-Case-Number": body["case_number"], "X-Case-Pin": body["pin"]}


def test_a_value_banked_by_another_survivor_looks_exactly_like_a_new_one(client):
    planted = _pdq()
    _open(client, [{"signal_type": "pdq", "value": planted}])  # the victim's case
    md5 = secrets.token_hex(16)
    _open(client, [{"signal_type": "md5", "value": md5}])

    # Two attacker cases: one guesses the banked values, one sends values nobody banked.
    guess, guess_hdr = _open(client, [{"signal_type": "pdq", "value": planted}, {"signal_type": "pdq", "value": _pdq()}])
    fresh, fresh_hdr = _open(client, [{"signal_type": "pdq", "value": _pdq()}, {"signal_type": "pdq", "value": _pdq()}])
    assert _strip(guess) == _strip(fresh)
    assert guess["hashes"] == {"added": 2, "duplicates": 0, "held": 2}

    # Adding to a case: the same answer for a banked and a new value.
    a = client.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "md5", "value": md5}]}, headers=guess_hdr)
    b = client.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "md5", "value": secrets.token_hex(16)}]},
                    headers=fresh_hdr)
    assert (a.status_code, _strip(a.json())) == (b.status_code, _strip(b.json())) == (200, {"added": 1, "duplicates": 0,
                                                                                          "held": 3})
    # Only the case's own repeats are duplicates.
    again = client.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "md5", "value": md5}]},
                        headers=guess_hdr).json()
    assert again == {"added": 0, "duplicates": 1, "held": 3}

    # What the case sees of itself, and its withdrawal: identical too.
    me_a, me_b = client.get("/v1/cases/me", headers=guess_hdr).json(), client.get("/v1/cases/me", headers=fresh_hdr).json()
    assert _strip(me_a) == _strip(me_b) and me_a["hashes"] == {"pdq": 2, "md5": 1}
    wa = client.post("/v1/cases/me/withdraw", headers=guess_hdr)
    wb = client.post("/v1/cases/me/withdraw", headers=fresh_hdr)
    assert (wa.status_code, wa.json()) == (wb.status_code, wb.json()) == (200, {"status": "withdrawn",
                                                                                "hashes_withdrawn": 3})
    assert _strip(client.get("/v1/cases/me", headers=guess_hdr).json()) == _strip(
        client.get("/v1/cases/me", headers=fresh_hdr).json())


def test_no_error_tells_a_banked_value_apart(client):
    """Errors are about the input only: a bad value is refused the same way next to a banked or a
    new value, and a banked value repeated in one request is the case's own duplicate."""
    planted = _pdq()
    _open(client, [{"signal_type": "pdq", "value": planted}])
    bad = {"signal_type": "pdq", "value": "zz" * 32}
    r1 = client.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": planted}, bad]})
    r2 = client.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": _pdq()}, bad]})
    assert (r1.status_code, r1.json()) == (r2.status_code, r2.json()) and r1.status_code == 422
    twice = [{"signal_type": "pdq", "value": planted}] * 2
    new_twice = [{"signal_type": "pdq", "value": _pdq()}] * 2
    assert _strip(_open(client, twice)[0]) == _strip(_open(client, new_twice)[0])


def test_survivor_hashes_protect_at_once(client, app_db):
    app, _ = app_db
    value = _pdq()
    _open(client, [{"signal_type": "pdq", "value": value}])
    key = app.state.svc.keys.create("p", "platform", actor="test")[0]
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": value}], "content_id": "u-1"},
                    headers=auth(key)).json()
    assert r["matched"] and r["results"][0]["matches"][0]["purpose"] == "survivor"
    # queued for a human, with the reason the service's profile gives a survivor-bank match (the
    # test profile counts it as known_ncii; the shipped ncii profile's survivor_bank.survivor_match
    # is checked through Guard.match in tests/unit/test_guard_match.py)
    mod = app.state.svc.keys.create("m", "moderator", actor="test")[0]
    item = client.get(f"/v1/review/{r['review_item']}", headers=auth(mod)).json()
    assert [x["code"] for x in item["reasons"]] == ["known_ncii.survivor_match"]


def _refusals(db) -> list[dict]:
    with db.session() as s:
        return [r.details for r in AuditLog().records(s) if r.action == "case.hashes.refused"]


def test_per_case_budget(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, case_max_hashes=4)
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            case, hdr = _open(c, [{"signal_type": "pdq", "value": _pdq()} for _ in range(3)])
            over = c.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "pdq", "value": _pdq()}
                                                                  for _ in range(2)]}, headers=hdr)
            assert over.status_code == 429 and over.json()["error"]["code"] == "case_hash_limit"
            assert "at most 4" in over.json()["error"]["message"]
            assert c.get("/v1/cases/me", headers=hdr).json()["hashes"] == {"pdq": 3}  # nothing was added
            ok = c.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "pdq", "value": _pdq()}]}, headers=hdr)
            assert ok.status_code == 200 and ok.json()["held"] == 4
            # a new case over the limit is not opened at all
            big = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": _pdq()} for _ in range(5)]})
            assert big.status_code == 429 and big.json()["error"]["code"] == "case_hash_limit"
            from nciiguard.casework.models import CaseRow

            with db.session() as s:
                assert len(s.execute(select(CaseRow.id)).all()) == 1
        refused = _refusals(db)
        assert [d["limit"] for d in refused] == ["case", "case"] and refused[0]["requested"] == 2
    finally:
        db.dispose()


def test_per_address_budget(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, rate_case_hashes={"rate": 0.001, "burst": 10})
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            _, hdr = _open(c, [{"signal_type": "pdq", "value": _pdq()} for _ in range(6)])
            over = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": _pdq()} for _ in range(6)]})
            assert over.status_code == 429 and over.json()["error"]["code"] == "address_hash_limit"
            assert int(over.headers["Retry-After"]) > 0
            # the same budget covers additions to an existing case
            more = c.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "pdq", "value": _pdq()}
                                                                  for _ in range(5)]}, headers=hdr)
            assert more.status_code == 429 and more.json()["error"]["code"] == "address_hash_limit"
            fits = c.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "pdq", "value": _pdq()}
                                                                  for _ in range(4)]}, headers=hdr)
            assert fits.status_code == 200 and fits.json()["held"] == 10
        assert [d["limit"] for d in _refusals(db)] == ["address", "address"]
    finally:
        db.dispose()


def test_budget_settings_are_validated():
    from nciiguard.errors import ConfigError
    from nciiguard.service import ServiceConfig

    assert ServiceConfig.load({}).case_max_hashes == 2000
    cfg = ServiceConfig.load({"NCIIGUARD_SERVICE_RATE_CASE_HASHES": "0.5/300", "NCIIGUARD_SERVICE_CASE_MAX_HASHES": "50"})
    assert (cfg.rate_case_hashes.rate, cfg.rate_case_hashes.burst, cfg.case_max_hashes) == (0.5, 300, 50)
    for bad in ({"NCIIGUARD_SERVICE_CASE_MAX_HASHES": "0"}, {"NCIIGUARD_SERVICE_RATE_CASE_HASHES": "-1/5"}):
        with pytest.raises(ConfigError):
            ServiceConfig.load(bad)
