"""Issue 11 item 8: the per-address case sign-in budget is taken *before* scrypt.

The attack: many sign-in attempts sent in parallel from one address. Before the fix the budget was
only peeked before the PIN check and charged after it, so all 60 parallel attempts passed the peek
and ran scrypt (budget 10). Now each attempt takes its token atomically first, so at most the
budget's worth of scrypt runs happen; a right PIN gives its token back, so a survivor's session is
not used up; other addresses keep their own budget.

Real uvicorn on loopback, real database (SQLite and PostgreSQL), both limiter backends; scrypt calls
are counted by wrapping the real ``hashlib.scrypt`` (it still does the work).
"""

from __future__ import annotations

import hashlib
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from helpers.net import ThreadedServer
from helpers.service import make_app

BUDGET = 10


class ScryptCounter:
    def __init__(self, real):
        self.real, self.calls, self._lock = real, 0, threading.Lock()

    def __call__(self, *args, **kwargs):
        with self._lock:
            self.calls += 1
        return self.real(*args, **kwargs)


@pytest.fixture(params=["memory", "database"])
def server(request, db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, rate_public={"rate": 0.001, "burst": BUDGET},
                       rate_limit_backend=request.param, trust_forwarded_for=True)
    srv = ThreadedServer(app, log_level="warning").start()
    try:
        yield app, srv.url
    finally:
        srv.stop()
        db.dispose()


def _signin(base: str, address: str, number: str, pin: str) -> int:
    with httpx.Client(base_url=base, timeout=60) as c:
        return c.get("/v1/cases/me", headers={"X-Case-Number": number, "X-Case-Pin": pin,
                                              "X-Forwarded-For": address}).status_code


def test_parallel_guesses_run_at_most_the_budget_of_scrypt(server, monkeypatch):
    app, base = server
    # A survivor's real case, opened before counting starts.
    number, pin, _, _ = app.state.svc.cases.create([{"signal_type": "sha256", "value": "cd" * 32}])
    counter = ScryptCounter(hashlib.scrypt)
    monkeypatch.setattr(hashlib, "scrypt", counter)

    attacker = "198.51.100.7"
    # Unknown case numbers: each checked attempt runs scrypt against the decoy hash.
    guesses = [(f"NG-{i:04d}-AAAA-AAAA".replace("0", "2").replace("1", "3"), "12345678") for i in range(60)]
    with ThreadPoolExecutor(max_workers=60) as pool:
        codes = list(pool.map(lambda g: _signin(base, attacker, *g), guesses))
    assert codes.count(401) == BUDGET and codes.count(429) == 60 - BUDGET, codes
    assert counter.calls <= BUDGET, f"{counter.calls} scrypt runs for a budget of {BUDGET}"

    # The attacker's address stays refused (and runs no scrypt)...
    before = counter.calls
    assert _signin(base, attacker, number, pin) == 429
    assert counter.calls == before
    # ...while the survivor, from another address, is not starved: a whole portal session of more
    # calls than the budget succeeds, because a right PIN gives its token back.
    assert [_signin(base, "203.0.113.5", number, pin) for _ in range(BUDGET + 5)] == [200] * (BUDGET + 5)


def test_a_failed_guess_keeps_its_token_and_a_right_pin_returns_it(server):
    app, base = server
    number, pin, _, _ = app.state.svc.cases.create([{"signal_type": "sha256", "value": "ef" * 32}])
    address = "192.0.2.44"
    wrong = "00000000" if pin != "00000000" else "11111111"
    for _ in range(3):  # three wrong PINs cost three tokens (the case locks after 5)
        assert _signin(base, address, number, wrong) == 401
    assert [_signin(base, address, number, pin) for _ in range(2 * BUDGET)] == [200] * (2 * BUDGET)
    # 7 tokens left: 7 more wrong attempts (unknown numbers, so no case lockout) and then refused.
    codes = [_signin(base, address, "NG-2222-3333-4444", "12345678") for _ in range(BUDGET - 3 + 1)]
    assert codes == [401] * (BUDGET - 3) + [429]
