"""Batch calls over real HTTP (uvicorn on loopback, httpx): /v1/screen/prompt with ``input`` and
/v1/match with many hashes. Order is kept, each item gets its decision or its own error, limits
answer 413/422 with one clear line, and hostile bodies never cost a 500 or echo their text."""

from __future__ import annotations

import json
import random

import httpx
import pytest

from helpers.net import ThreadedServer
from helpers.records import check_openapi, check_records, check_screening_answer
from helpers.service import make_app
from nciiguard.banks.store import NewEntry


@pytest.fixture
def server(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, max_json_bytes=2_000_000, max_batch_items=300,
                       max_batch_text_bytes=400_000, max_hashes=1000,
                       rate_platform={"rate": 1000, "burst": 1000})
    srv = ThreadedServer(app, log_level="warning").start()
    key = app.state.svc.keys.create("p", "platform")[0]
    admin = app.state.svc.keys.create("a", "admin")[0]
    try:
        with httpx.Client(base_url=srv.url, timeout=60, headers={"X-API-Key": key},
                          event_hooks={"response": [check_screening_answer]}) as c:
            yield app, c, admin
    finally:
        srv.stop()
        db.dispose()


BENIGN = "a watercolour of a lighthouse at dusk"
EXPLICIT = "a naked woman, explicit porn"


def test_prompt_batch_keeps_order_and_matches_single_calls(server):
    _, c, _ = server
    items = [BENIGN, EXPLICIT, {"prompt": "a cat on a sofa", "negative_prompt": "blurry", "id": "row-3"},
             BENIGN, {"prompt": "nude photo of a teenage girl"}, "a red kite over the sea"]
    r = c.post("/v1/screen/prompt", json={"input": items})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"].startswith("bat_") and body["flagged"] is True
    res = check_records(body["results"])
    check_openapi(c.get("/v1/openapi.json").json(), "PromptBatchOut", body)
    assert [x["index"] for x in res] == list(range(len(items)))
    assert [x["action"] for x in res][:4] == ["allow", "review", "allow", "allow"]
    assert res[4]["action"] == "block" and res[5]["action"] == "allow"  # must block, must allow
    assert [x["flagged"] for x in res] == [False, True, False, False, True, False]
    assert res[2]["input_id"] == "row-3" and res[0]["input_id"] is None
    ids = [x["id"] for x in res]
    assert all(i.startswith("dec_") for i in ids) and len(set(ids)) == len(ids)  # duplicates get their own id
    # Each item's decision is what the single call answers.
    for item, got in zip(items, res):
        one = c.post("/v1/screen/prompt", json={"prompt": item} if isinstance(item, str)
                     else {k: v for k, v in item.items() if k != "id"}).json()
        assert one["id"].startswith("dec_") and one["decision_id"] == one["id"]
        for k in ("action", "categories", "scores", "reasons", "policy", "flagged"):
            assert got[k] == one[k], k
    clean = c.post("/v1/screen/prompt", json={"input": [BENIGN, "a bowl of fruit"]}).json()
    assert clean["flagged"] is False and len(clean["results"]) == 2


def test_prompt_batch_limits_and_hostile_input(server):
    _, c, _ = server
    # Too many items: 413 naming the limit, nothing screened.
    r = c.post("/v1/screen/prompt", json={"input": ["x"] * 301})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_many_items" and "300" in r.text
    r = c.post("/v1/screen/prompt", json={"input": ["x"] * 1001})
    assert r.status_code == 413
    # Too much text in total: 413; one huge item alone: an error in its place, the rest answered.
    r = c.post("/v1/screen/prompt", json={"input": ["SECRET-BATCH-TEXT " * 3000] * 8})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large" and "SECRET" not in r.text
    r = c.post("/v1/screen/prompt", json={"input": [BENIGN, "SECRET-HUGE " * 7000, EXPLICIT]})
    assert r.status_code == 200, r.text
    res = check_records(r.json()["results"])
    assert res[0]["action"] == "allow" and res[2]["action"] == "review"
    assert res[1]["error"]["code"] == "too_large" and "action" not in res[1] and "SECRET" not in r.text
    # Lone surrogates and control characters are text like any other.
    r = c.post("/v1/screen/prompt", content=b'{"input": ["\\ud800 a kite", "\\u0000\\u202e x"]}',
               headers={"Content-Type": "application/json"})
    assert r.status_code == 200 and len(r.json()["results"]) == 2
    # Nested junk and wrong shapes: 422 in one line, the prompt text never echoed.
    for bad in ({"input": []}, {"input": [["SECRET-NESTED"]]}, {"input": [{"prompt": {"a": "SECRET-NESTED"}}]},
                {"input": [{"prompt": "SECRET-NESTED", "extra": 1}]}, {"input": "SECRET-NESTED"},
                {"input": [None]}, {"input": [1, 2]}, {"prompt": "SECRET-NESTED", "input": ["a"]},
                {"input": ["SECRET-NESTED"], "negative_prompt": "x"}, {"input": {"0": "SECRET-NESTED"}},
                {"input": [{"prompt": "a", "id": "i" * 201}]}, {}):
        r = c.post("/v1/screen/prompt", json=bad)
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["error"]["code"] == "invalid_request" and "\n" not in r.json()["error"]["message"]
        assert "SECRET-NESTED" not in r.text
    deep = b'{"input": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    r = c.post("/v1/screen/prompt", content=deep, headers={"Content-Type": "application/json"})
    assert 400 <= r.status_code < 500
    # Over the body limit: 413 before parsing.
    r = c.post("/v1/screen/prompt", content=b'{"input": ["' + b"a" * 2_100_000 + b'"]}',
               headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def _bank(app, n: int, seed: int = 3) -> list[str]:
    from nciiguard.banks import BankStore

    rng = random.Random(seed)
    banked = [f"{rng.getrandbits(256):064x}" for _ in range(n)]
    store = BankStore(app.state.svc.db, actor="test")
    store.create_bank("confirmed-pdq", "pdq", "confirmed")
    store.create_bank("confirmed-md5", "md5", "confirmed")
    store.add_entries("confirmed-pdq", [NewEntry(v, "pdq", "confirmed-pdq") for v in banked], source="test")
    store.add_entry("confirmed-md5", "ab" * 16)
    return banked


def _flip(h: str, bits: int, rng) -> str:
    v = int(h, 16)
    for b in rng.sample(range(256), bits):
        v ^= 1 << b
    return f"{v:064x}"


def test_match_batch_of_1000_keeps_order_with_per_item_errors(server):
    app, c, admin = server
    banked = _bank(app, 500)
    rng = random.Random(11)
    hashes, expect_hit = [], []
    for i in range(1000):
        if i % 97 == 5:
            hashes.append({"signal_type": "pdq", "value": "not-hex-" + str(i)})
            expect_hit.append(None)
        elif i % 101 == 7:
            hashes.append({"signal_type": "tmk", "value": "abcd"})
            expect_hit.append(None)
        elif i == 998:
            hashes.append({"signal_type": "md5", "value": "AB" * 16})
            expect_hit.append(True)
        elif i % 2 == 0:
            hashes.append({"signal_type": "pdq", "value": _flip(rng.choice(banked), rng.randint(0, 6), rng)})
            expect_hit.append(True)
        else:
            hashes.append({"signal_type": "pdq", "value": f"{rng.getrandbits(256):064x}"})
            expect_hit.append(False)
    r = c.post("/v1/match", json={"hashes": hashes})
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert body["id"].startswith("mat_") and body["flagged"] is True and body["matched"] is True
    res = body["results"]
    assert [x["index"] for x in res] == list(range(1000))
    for x, want in zip(res, expect_hit):
        if want is None:
            assert x["error"]["code"] == "invalid_hash" and f"hashes[{x['index']}]" in x["error"]["message"]
            assert "not-hex" not in x["error"]["message"]
        else:
            assert bool(x["matches"]) is want, x
    # The same hashes one by one give the same matches.
    for i in (0, 1, 2, 3, 998):
        one = c.post("/v1/match", json={"hashes": [hashes[i]]}).json()
        assert one["results"][0]["matches"] == res[i]["matches"] and one["id"].startswith("mat_")
    # Allow-listing a hash suppresses it inside a batch too (and only it).
    target = hashes[0]["value"]
    assert c.post("/v1/allow-list", json={"signal_type": "pdq", "value": target},
                  headers={"X-API-Key": admin}).status_code == 201
    again = c.post("/v1/match", json={"hashes": hashes[:3]}).json()["results"]
    assert again[0]["allow_listed"] is True and again[0]["matches"] == []
    assert again[2]["matches"] == res[2]["matches"]
    # A miss-only batch is not flagged.
    miss = c.post("/v1/match", json={"hashes": [hashes[1], hashes[3]]}).json()
    assert miss["flagged"] is False and miss["matched"] is False


def test_match_batch_limits_and_hostile_input(server):
    app, c, _ = server
    one = {"signal_type": "pdq", "value": "0" * 64}
    r = c.post("/v1/match", json={"hashes": [one] * 1001})
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_many_items" and "1000" in r.text
    # Every hash bad: 422 naming the first, with details per item.
    r = c.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": "xyz"}, {"signal_type": "md5",
                                                                                     "value": "a" * 31}]})
    assert r.status_code == 422 and r.json()["error"]["message"].startswith("hashes[0]")
    assert [d["loc"][-1] for d in r.json()["error"]["details"]] == ["0", "1"]
    for bad in ({"hashes": []}, {"hashes": [[one]]}, {"hashes": [{"signal_type": {"x": 1}, "value": "a"}]},
                {"hashes": [{**one, "oops": 1}]}, {"hashes": one}, {"hashes": [one], "max_distance": 99},
                {"hashes": [{"signal_type": "pdq", "value": "a" * 200_001}]}, {"hashes": [None]}):
        r = c.post("/v1/match", json=bad)
        assert r.status_code == 422, (bad, r.status_code, r.text[:200])
    r = c.post("/v1/match", content=json.dumps({"hashes": [one] * 20000}).encode(),
               headers={"Content-Type": "application/json"})
    assert r.status_code == 413  # over the body limit or over max_hashes: never a 500


def test_lower_max_hashes_setting_and_settings_validation(db_url, tmp_path):
    from nciiguard.errors import ConfigError
    from nciiguard.service import ServiceConfig

    app, db = make_app(db_url, tmp_path, max_hashes=10, max_batch_items=3)
    srv = ThreadedServer(app, log_level="warning").start()
    try:
        key = app.state.svc.keys.create("p", "platform")[0]
        with httpx.Client(base_url=srv.url, headers={"X-API-Key": key}, timeout=30) as c:
            one = {"signal_type": "pdq", "value": "0" * 64}
            assert c.post("/v1/match", json={"hashes": [one] * 10}).status_code == 200
            assert c.post("/v1/match", json={"hashes": [one] * 11}).status_code == 413
            assert c.post("/v1/screen/prompt", json={"input": ["a", "b", "c"]}).status_code == 200
            assert c.post("/v1/screen/prompt", json={"input": ["a", "b", "c", "d"]}).status_code == 413
    finally:
        srv.stop()
        db.dispose()
    for bad in ({"NCIIGUARD_SERVICE_MAX_BATCH_ITEMS": "0"}, {"NCIIGUARD_SERVICE_MAX_BATCH_ITEMS": "lots"},
                {"NCIIGUARD_SERVICE_MAX_BATCH_TEXT_BYTES": "-1"}):
        with pytest.raises(ConfigError, match="max_batch"):
            ServiceConfig.load(bad)
    assert ServiceConfig.load({"NCIIGUARD_SERVICE_MAX_BATCH_ITEMS": "50"}).max_batch_items == 50


def test_openapi_describes_the_batch_shapes(server):
    _, c, _ = server
    spec = c.get("/v1/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert "input" in schemas["PromptIn"]["properties"]
    assert {"PromptBatchOut", "DecisionOut", "MatchOut", "PromptItemIn", "BatchHashIn"} <= set(schemas)
    ok = spec["paths"]["/v1/screen/prompt"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert "PromptBatchOut" in json.dumps(ok) and "DecisionOut" in json.dumps(ok)
    assert "413" in spec["paths"]["/v1/match"]["post"]["responses"]
