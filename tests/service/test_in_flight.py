"""Calls in flight per API key (access/concurrency.py, service/deps.py ``in_flight``).

The token bucket bounds how many calls a key starts; these tests pin down that one key cannot also
hold more than ``max_concurrent_per_key`` screening calls at once, that other keys are not affected,
and that a slot always comes back, also when the call fails. The held slot is taken through the
service's own limiter (the state a slow call in flight leaves), so no test depends on timing.
"""

from __future__ import annotations

import threading

import pytest
from fastapi.testclient import TestClient

from helpers.service import auth, make_app
from nciiguard.access.concurrency import ConcurrencyLimiter
from nciiguard.errors import ConfigError
from nciiguard.service import ServiceConfig


def test_limiter_counts_per_key_and_forgets_idle_keys():
    lim = ConcurrencyLimiter(2)
    assert lim.acquire("a") and lim.acquire("a")
    assert not lim.acquire("a")          # the third call of key a is refused
    assert lim.acquire("b")              # another key is not affected
    lim.release("a")
    assert lim.in_use("a") == 1 and lim.acquire("a")
    for key in ("a", "a", "b"):
        lim.release(key)
    assert lim._held == {}               # keys with nothing in flight are not kept
    lim.release("never")                 # a stray release cannot make a negative count
    assert lim.in_use("never") == 0 and lim._held == {}
    with pytest.raises(ValueError):
        ConcurrencyLimiter(0)


def test_limiter_never_grants_more_than_the_limit_under_threads():
    lim, granted, lock = ConcurrencyLimiter(3), [], threading.Lock()
    barrier = threading.Barrier(16)

    def grab():
        barrier.wait()
        ok = lim.acquire("k")
        with lock:
            granted.append(ok)

    threads = [threading.Thread(target=grab) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert granted.count(True) == 3 and lim.in_use("k") == 3


@pytest.fixture
def one_slot(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, max_concurrent_per_key=1)
    ks = app.state.svc.keys
    first, info = ks.create("first", "platform", actor="test")
    second, _ = ks.create("second", "platform", actor="test")
    with TestClient(app, raise_server_exceptions=False) as client:
        yield app.state.svc, client, first, second, f"key:{info.key_id}"
    db.dispose()


PROMPT = {"prompt": "a lighthouse at dusk"}
HASH = {"signal_type": "pdq", "value": "0" * 64}


def test_a_key_with_its_slots_in_use_gets_429_and_other_keys_do_not(one_slot):
    svc, client, first, second, slot = one_slot
    assert svc.slots.acquire(slot)       # a call of the first key is still running
    for path, body in (("/v1/screen/prompt", PROMPT), ("/v1/match", {"hashes": [HASH]})):
        r = client.post(path, json=body, headers=auth(first))
        assert r.status_code == 429, r.text
        assert r.json()["error"]["code"] == "too_many_in_flight"
        assert r.headers["Retry-After"] == "1"
    assert client.post("/v1/screen/prompt", json=PROMPT, headers=auth(second)).status_code == 200
    svc.slots.release(slot)
    assert client.post("/v1/screen/prompt", json=PROMPT, headers=auth(first)).status_code == 200
    assert svc.slots.in_use(slot) == 0   # the finished call gave its slot back


def test_the_slot_comes_back_when_the_call_fails(one_slot):
    svc, client, first, _, slot = one_slot
    r = client.post("/v1/match", json={"hashes": [HASH] * 5000}, headers=auth(first))
    assert r.status_code == 413          # refused inside the route, after the slot was taken
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": "zz"}]}, headers=auth(first))
    assert r.status_code == 422 and r.json()["error"]["details"][0]["type"] == "invalid_hash"
    r = client.post("/v1/screen/prompt", json={"input": ["x"] * 5000}, headers=auth(first))
    assert r.status_code in (413, 422)
    assert svc.slots.in_use(slot) == 0
    assert client.post("/v1/screen/prompt", json=PROMPT, headers=auth(first)).status_code == 200


def test_unauthenticated_calls_take_no_slot(one_slot):
    svc, client, _, _, _ = one_slot
    assert client.post("/v1/screen/prompt", json=PROMPT).status_code == 401
    assert client.post("/v1/screen/prompt", json=PROMPT, headers=auth("ngk_bad_key")).status_code == 401
    assert svc.slots._held == {}


@pytest.mark.parametrize("value", [0, -1, 257, "many"])
def test_setting_is_validated(value):
    with pytest.raises((ConfigError, ValueError)):
        ServiceConfig(max_concurrent_per_key=value)
