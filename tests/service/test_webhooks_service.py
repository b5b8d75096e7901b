"""Webhooks through the service over real HTTP on loopback: an admin adds a webhook for a key, the
key's matches and block/review answers reach a loopback receiver signed (delivered by the service's
own background thread), other keys' events do not, and bodies never carry content. Plus the CLI."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from helpers.cli import run_cli
from helpers.images import synthetic_png
from helpers.net import ThreadedServer
from helpers.records import check_screening_answer
from helpers.service import make_app
from helpers.webhook_receiver import Receiver
from nciiguard.hashing.records import hash_image
from nciiguard.registry import generate_key

#: The registry key, which seals the signing secrets at rest.
KEY = generate_key()
FAST_HOOKS = dict(webhook_poll_seconds=0.1, webhook_backoff_seconds=0.05, webhook_max_backoff_seconds=0.1)


@pytest.fixture
def server(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, registry_key=KEY, **FAST_HOOKS)
    srv = ThreadedServer(app, log_level="warning").start()
    ks = app.state.svc.keys
    keys = {r: ks.create(f"t-{r}", r) for r in ("platform", "admin")}
    keys["other"] = ks.create("t-other", "platform")
    try:
        with httpx.Client(base_url=srv.url, timeout=60, event_hooks={"response": [check_screening_answer]}) as c:
            yield app, db, c, keys
    finally:
        srv.stop()
        db.dispose()


def h(key):
    return {"X-API-Key": key[0]}


def test_match_and_decisions_reach_a_signed_receiver(server):
    app, db, c, k = server
    pid = k["platform"][1].key_id
    with Receiver() as rx:
        for bad, status in (({"url": "ftp://127.0.0.1/x", "events": ["match"]}, 422),
                            ({"url": rx.url, "events": ["delete"]}, 422), ({"url": rx.url, "events": []}, 422)):
            assert c.post(f"/v1/keys/{pid}/webhooks", json=bad, headers=h(k["admin"])).status_code == status
        assert c.post(f"/v1/keys/{pid}/webhooks", json={"url": rx.url, "events": ["match"]},
                      headers=h(k["platform"])).status_code == 403
        assert c.post("/v1/keys/abcdefabcdef/webhooks", json={"url": rx.url, "events": ["match"]},
                      headers=h(k["admin"])).status_code == 404
        r = c.post(f"/v1/keys/{pid}/webhooks", json={"url": rx.url, "events": ["match", "review", "block"]},
                   headers=h(k["admin"]))
        assert r.status_code == 201, r.text
        rx.secret, ref = r.json()["secret"], r.json()["ref"]
        listed = c.get(f"/v1/keys/{pid}/webhooks", headers=h(k["admin"])).json()["webhooks"]
        assert [w["ref"] for w in listed] == [ref] and rx.secret not in json.dumps(listed)

        img = synthetic_png(5)
        rec = hash_image(img)
        case = c.post("/v1/cases", json={"hashes": [{"signal_type": "sha256", "value": rec.sha256}]})
        assert case.status_code == 201, case.text
        # Another key's match is not this webhook's business.
        assert c.post("/v1/match", json={"hashes": [{"signal_type": "sha256", "value": rec.sha256}]},
                      headers=h(k["other"])).json()["matched"]
        m = c.post("/v1/match", json={"hashes": [{"signal_type": "md5", "value": "0" * 32},
                                                 {"signal_type": "sha256", "value": rec.sha256}],
                                      "content_id": "post-1", "url": "https://example.invalid/p/1"},
                   headers=h(k["platform"])).json()
        assert m["matched"] and m["review_item"]
        held = c.post("/v1/screen/prompt", json={"prompt": "HOOK-MARKER a naked woman, explicit porn"},
                      headers=h(k["platform"])).json()
        assert held["action"] == "review"
        assert c.post("/v1/screen/prompt", json={"prompt": "a lighthouse"}, headers=h(k["platform"])).json()[
            "action"] == "allow"
        m2 = c.post("/v1/match/image", files={"image": ("x.png", img, "image/png")}, headers=h(k["platform"])).json()
        assert m2["matched"] and m2["review_item"] is None
        got = rx.wait(3)
        time.sleep(0.5)  # nothing more arrives: not the allow, not the other key's match
    assert len(rx.posts) == 3 and all(p["verified"] for p in rx.posts)
    by_type = {}
    for p in got:
        by_type.setdefault(p["json"]["type"], []).append(p["json"])
    assert sorted(by_type) == ["match", "review"] and len(by_type["match"]) == 2
    first = next(e for e in by_type["match"] if e["data"]["request_id"] == m["id"])
    assert first["key_id"] == pid and first["data"]["content_id"] == "post-1"
    assert first["data"]["review_item"] == m["review_item"]
    # The policy's code under the test profile (survivor matches count as known_ncii there).
    assert first["data"]["reason_codes"] == ["known_ncii.survivor_match"]
    (hit,) = first["data"]["matches"]
    assert hit["hash"] == {"signal_type": "sha256", "value": rec.sha256} and hit["index"] == 1
    assert hit["bank"].startswith("survivor") and hit["distance"] == 0 and "case_id" not in hit
    assert first["data"]["scores"] == {"known_ncii": 1.0}
    image_event = next(e for e in by_type["match"] if e["data"]["request_id"] == m2["id"])
    assert image_event["data"]["review_item"] is None and image_event["data"]["matches"]
    (rev,) = by_type["review"]
    assert rev["data"]["decision_id"] == held["decision_id"] and rev["data"]["endpoint"] == "screen/prompt"
    assert any(c_.startswith("sexual.") for c_ in rev["data"]["reason_codes"])
    raw = b"".join(p["body"] for p in rx.posts).decode()
    assert "HOOK-MARKER" not in raw and "naked" not in raw and case.json()["case_number"] not in raw
    assert case.json()["ref"] not in raw and "example.invalid" not in raw
    # Deliveries and removal through the admin API.
    d = c.get("/v1/webhooks/deliveries", params={"status": "delivered"}, headers=h(k["admin"])).json()["deliveries"]
    assert len(d) == 3 and all(x["attempts"] == 1 and x["endpoint"] == ref for x in d)
    assert c.post("/v1/webhooks/replay", json={}, headers=h(k["admin"])).status_code == 422
    assert c.post("/v1/webhooks/replay", json={"all_dead": True}, headers=h(k["admin"])).json() == {"replayed": 0}
    assert c.delete(f"/v1/webhooks/{ref}", headers=h(k["admin"])).status_code == 200
    assert c.delete(f"/v1/webhooks/{ref}", headers=h(k["admin"])).status_code == 404
    assert c.get(f"/v1/keys/{pid}/webhooks", headers=h(k["admin"])).json() == {"webhooks": []}


def test_cli_add_list_deliver_dead_replay_remove(sqlite_url, tmp_path, monkeypatch):
    from nciiguard.actions import WebhookStore
    from nciiguard.access.keys import KeyStore
    from nciiguard.store import open_database

    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", KEY)

    db = open_database(sqlite_url)
    key_id = KeyStore(db).create("cli-hooks", "platform")[1].key_id
    url = ("--database-url", sqlite_url)
    try:
        code, out, err = run_cli(*url, "webhooks", "add", "--key", key_id, "--url", "gopher://127.0.0.1/",
                                 "--events", "match")
        assert code == 2 and err.startswith("nciiguard:") and "http://" in err and len(err.strip().splitlines()) == 1
        code, out, err = run_cli(*url, "webhooks", "add", "--key", key_id, "--url", "http://127.0.0.1:9/h",
                                 "--events", "match,nope")
        assert code == 2 and "unknown webhook event" in err
        with Receiver(default=500) as rx:
            code, out, err = run_cli(*url, "webhooks", "add", "--key", key_id, "--url", rx.url, "--events",
                                     "block", "--json")
            assert code == 0, err
            added = json.loads(out)
            rx.secret = added["secret"]
            code, out, _ = run_cli(*url, "webhooks", "list")
            assert added["ref"] in out and rx.secret not in out and rx.url in out
            with db.session() as s:
                WebhookStore(db, key=KEY, cache_seconds=0).enqueue(s, key_id, "block", {"decision_id": "dec_cli"})
            import os

            os.environ["NCIIGUARD_SERVICE_WEBHOOK_MAX_ATTEMPTS"] = "1"
            try:
                code, out, _ = run_cli(*url, "webhooks", "deliver")
                assert code == 1 and "dead 1" in out
            finally:
                del os.environ["NCIIGUARD_SERVICE_WEBHOOK_MAX_ATTEMPTS"]
            code, out, _ = run_cli(*url, "webhooks", "dead")
            assert code == 0 and "http 500" in out and "1 attempts" in out
            code, out, _ = run_cli(*url, "webhooks", "dead", "--json")
            (dead,) = json.loads(out)
            code, _, err = run_cli(*url, "webhooks", "replay")
            assert code == 2
            rx.default = 200
            code, out, _ = run_cli(*url, "webhooks", "replay", str(dead["id"]))
            assert code == 0 and out.startswith("1 delivery queued again")
            code, out, _ = run_cli(*url, "webhooks", "deliver", "--json")
            assert code == 0 and json.loads(out) == {"delivered": 1, "failed": 0, "dead": 0}
            assert [p["verified"] for p in rx.posts] == [True, True]
            assert rx.accepted()[0]["json"]["data"] == {"decision_id": "dec_cli"}
        code, out, _ = run_cli(*url, "webhooks", "remove", added["ref"])
        assert code == 0 and "removed" in out
        code, out, err = run_cli(*url, "webhooks", "remove", added["ref"])
        assert code == 2 and "no webhook" in err
        code, out, _ = run_cli(*url, "webhooks", "list")
        assert out.strip() == "no webhooks"
    finally:
        db.dispose()


def test_webhook_settings_are_checked_at_start_up():
    from nciiguard.errors import ConfigError
    from nciiguard.service import ServiceConfig

    with pytest.raises(ConfigError, match="webhook_allow_hosts"):
        ServiceConfig.load({"NCIIGUARD_SERVICE_WEBHOOK_ALLOW_HOSTS": "bad host!"})
    with pytest.raises(ConfigError, match="webhook_max_attempts"):
        ServiceConfig.load({"NCIIGUARD_SERVICE_WEBHOOK_MAX_ATTEMPTS": "0"})
    ok = ServiceConfig.load({"NCIIGUARD_SERVICE_WEBHOOK_ALLOW_HOSTS": "127.0.0.0/8, *.example.com",
                             "NCIIGUARD_SERVICE_WEBHOOK_WORKER": "false"})
    assert ok.webhook_allow_hosts and ok.webhook_worker is False


def test_allow_list_refuses_other_hosts_through_the_api(sqlite_url, tmp_path):
    from fastapi.testclient import TestClient

    app, db = make_app(sqlite_url, tmp_path, registry_key=KEY, webhook_allow_hosts="hooks.example.com,127.0.0.0/8")
    try:
        ks = app.state.svc.keys
        admin, pid = ks.create("a", "admin"), ks.create("p", "platform")[1].key_id
        with TestClient(app, raise_server_exceptions=False) as c:
            for url in ("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "https://evil.example.org/"):
                r = c.post(f"/v1/keys/{pid}/webhooks", json={"url": url, "events": ["match"]}, headers=h(admin))
                assert r.status_code == 422 and "allow-list" in r.json()["error"]["message"], url
            for url in ("https://hooks.example.com/x", "http://127.0.0.1:8/x", "http://localhost:8/x"):
                r = c.post(f"/v1/keys/{pid}/webhooks", json={"url": url, "events": ["match"]}, headers=h(admin))
                assert r.status_code == 201, (url, r.text)
    finally:
        db.dispose()


def test_readyz_names_webhooks_whose_secrets_this_process_cannot_open(sqlite_url, tmp_path):
    """A service with webhooks but without the registry key (or with another key) used to say ready
    while every delivery failed and was retried until dead-lettered; /readyz now names it."""
    from fastapi.testclient import TestClient

    def ready(**kw):
        app, db = make_app(sqlite_url, tmp_path, webhook_worker=False, **kw)
        try:
            with TestClient(app, raise_server_exceptions=False) as c:
                return app, c.get("/readyz")
        finally:
            db.dispose()

    app, r = ready()                      # no webhooks yet: no key needed
    assert r.status_code == 200 and not any(d["check"] == "webhooks" for d in r.json().get("details", []))
    app, _ = ready(registry_key=KEY)
    pid = app.state.svc.keys.create("p", "platform")[1].key_id
    app.state.svc.webhooks.add(pid, "https://hooks.example.com/x", ["match"], actor="test")
    assert ready(registry_key=KEY)[1].status_code == 200
    for kw, says in (({}, "no registry key"), ({"registry_key": generate_key()}, "wrong registry key")):
        r = ready(**kw)[1]
        assert r.status_code == 503, r.text
        err = r.json()["error"]
        assert "webhooks" in err["message"] and says in err["message"]
        assert {"check": "webhooks", "ok": False} .items() <= next(
            d for d in err["details"] if d["check"] == "webhooks").items()
        assert KEY not in r.text
