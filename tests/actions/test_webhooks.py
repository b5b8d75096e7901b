"""nciiguard.actions on real databases and a real HTTP receiver on loopback: signatures, the
outbox, retries with backoff, dead letters, replay, the allow-list and concurrent workers."""

from __future__ import annotations

import json
import threading
import time

import pytest

from helpers.net import free_port
from helpers.webhook_receiver import Receiver
from nciiguard.actions import (AllowList, Deliverer, RetryPolicy, SignatureError, WebhookNotFound, WebhookStore,
                               check_url, sign, verify)
from nciiguard.actions.events import decision_data
from nciiguard.actions.models import WebhookOutboxRow
from nciiguard.actions.outbox import now_ms
from nciiguard.errors import InputError
from nciiguard.registry import generate_key

#: The registry key, which seals the signing secrets at rest.
KEY = generate_key()
FAST = RetryPolicy(max_attempts=3, backoff=0.01, max_backoff=0.02, timeout=5, lease=30)


@pytest.fixture
def key_id(db):
    from nciiguard.access.keys import KeyStore

    return KeyStore(db).create("hooks", "platform", actor="test")[1].key_id


def enqueue(db, store, key_id, event="block", data=None):
    with db.session() as s:
        return store.enqueue(s, key_id, event, data or {"decision_id": "dec_1", "reason_codes": ["sexual.explicit"]})


def rows(db):
    from sqlalchemy import select

    with db.session() as s:
        return list(s.execute(select(WebhookOutboxRow).order_by(WebhookOutboxRow.id)).scalars())


def run_until(deliverer, db, done, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not done(rows(db)):
        assert time.monotonic() < deadline, [(r.status, r.attempts, r.last_error) for r in rows(db)]
        deliverer.run_once()
        time.sleep(0.02)


# -- signatures -----------------------------------------------------------------------------------
def test_signature_verifies_and_rejects_tampering_and_replay():
    body = b'{"id":"evt_1"}'
    headers = sign("whsec_test", "evt_1", body, now=1_000_000)
    assert headers["Webhook-Signature"].startswith("v1=") and len(headers["Webhook-Signature"]) == 67
    assert verify("whsec_test", {k.lower(): v for k, v in headers.items()}, body, now=1_000_100) == "evt_1"
    with pytest.raises(SignatureError, match="no Webhook-Signature matches"):
        verify("whsec_test", headers, body + b" ", now=1_000_000)
    with pytest.raises(SignatureError, match="no Webhook-Signature matches"):
        verify("whsec_other", headers, body, now=1_000_000)
    # The timestamp is signed: moving it breaks the signature; an old one is outside the window.
    with pytest.raises(SignatureError):
        verify("whsec_test", {**headers, "Webhook-Timestamp": "1000050"}, body, now=1_000_000)
    with pytest.raises(SignatureError, match="tolerance"):
        verify("whsec_test", headers, body, now=1_000_000 + 301)
    with pytest.raises(SignatureError, match="missing header"):
        verify("whsec_test", {"Webhook-Id": "evt_1"}, body)


# -- URLs and the allow-list ---------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "http:///nohost", "example.com/hook",
                                 "http://user:pw@example.com/", "http://example.com/a b", "javascript:alert(1)",
                                 "http://example.com:99999/", "https://example.com/#frag", "",
                                 "http://x/" + "a" * 2000])
def test_bad_urls_are_refused(url):
    with pytest.raises(InputError):
        check_url(url)


def test_allow_list_hosts_suffixes_and_networks():
    assert check_url("https://hooks.example.com/x") and AllowList("").allows("169.254.169.254")
    allow = AllowList("hooks.example.com, *.corp.example, 127.0.0.0/8")
    assert allow.allows("hooks.example.com") and allow.allows("a.b.corp.example")
    assert not allow.allows("corp.example") and not allow.allows("evil.example.com")
    assert allow.allows("127.0.0.1") and not allow.allows("169.254.169.254") and not allow.allows("10.1.2.3")
    assert allow.allows("localhost")  # resolves into 127.0.0.0/8
    assert not AllowList("10.0.0.0/8").allows("localhost") and not AllowList("10.0.0.0/8").allows("no-such.invalid")
    with pytest.raises(InputError, match="allow-list"):
        check_url("http://169.254.169.254/latest/meta-data", allow)
    with pytest.raises(InputError):
        AllowList("bad host!")


def test_backoff_is_exponential_capped_and_jittered():
    p = RetryPolicy(backoff=2.0, max_backoff=10.0)
    assert p.delay(1, rand=lambda: 0.0) == 1.0 and p.delay(1, rand=lambda: 0.999) == pytest.approx(2.0, abs=0.01)
    assert p.delay(3, rand=lambda: 0.0) == 4.0
    assert p.delay(20, rand=lambda: 0.0) == 5.0 and p.delay(20, rand=lambda: 0.999) <= 10.0
    assert len({round(p.delay(4), 6) for _ in range(20)}) > 1  # two rows failing together retry apart


# -- endpoints --------------------------------------------------------------------------------------
def test_endpoints_per_key_and_events(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    ep, secret = store.add(key_id, "http://127.0.0.1:9/hook", "block, match")
    assert secret.startswith("whsec_") and ep.events == ("block", "match") and ep.ref.startswith("whk_")
    assert store.wants(key_id, "match") and not store.wants(key_id, "review") and not store.wants("0" * 12, "match")
    assert [e.ref for e in store.list(key_id)] == [ep.ref] and store.list("f" * 12) == []
    assert secret not in json.dumps([e.to_dict() for e in store.list()])
    with pytest.raises(InputError, match="unknown webhook event"):
        store.add(key_id, "http://127.0.0.1:9/hook", "match,delete")
    with pytest.raises(WebhookNotFound):
        store.add("abcdefabcdef", "http://127.0.0.1:9/hook", "match")
    # Nobody takes "review": nothing is written.
    assert enqueue(db, store, key_id, "review") is None and rows(db) == []
    assert enqueue(db, store, key_id, "block").startswith("evt_") and len(rows(db)) == 1
    store.remove(ep.ref)  # its undelivered events go with it
    assert rows(db) == [] and not store.wants(key_id, "block")
    with pytest.raises(WebhookNotFound):
        store.remove(ep.ref)


def test_an_event_in_a_rolled_back_transaction_is_not_sent(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    store.add(key_id, "http://127.0.0.1:9/hook", "block")
    with pytest.raises(RuntimeError):
        with db.session() as s:
            store.enqueue(s, key_id, "block", {"decision_id": "dec_x"})
            raise RuntimeError("the event's record failed")
    assert rows(db) == []


# -- delivery -----------------------------------------------------------------------------------------
def test_signed_delivery_to_a_loopback_receiver_once(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    with Receiver() as rx:
        ep, secret = store.add(key_id, rx.url, "block")
        rx.secret = secret
        out = {"decision_id": "dec_abc", "action": "block", "policy": "ncii@1", "scores": {"sexual": 0.97},
               "message": "PROMPT-MARKER was blocked", "reasons": [
                   {"code": "sexual.explicit", "signal": "text", "field": "prompt", "span": [0, 5],
                    "text": "PROMPT-MARKER", "score": 0.97},
                   {"code": "known_ncii.bank_match", "signal": "hash_match",
                    "evidence": {"bank": "ncii", "entry_id": 7, "distance": 3, "case_id": "CASE-SECRET"}}]}
        event_id = enqueue(db, store, key_id, "block", decision_data(
            out, endpoint="screen/image", hashes=[{"signal_type": "pdq", "value": "ab" * 32}], content_id="post-1"))
        stats = Deliverer(db, key=KEY, policy=FAST).run_once()
        assert stats.delivered == 1 and stats.failed == 0
        got = rx.wait(1)
        assert Deliverer(db, key=KEY, policy=FAST).run_once().delivered == 0  # nothing is sent twice
    assert len(rx.posts) == 1 and got[0]["verified"] is True and got[0]["path"] == "/hook"
    body = got[0]["json"]
    assert got[0]["headers"]["Webhook-Id"] == event_id == body["id"] and body["type"] == "block"
    assert body["key_id"] == key_id and body["data"]["decision_id"] == "dec_abc"
    assert body["data"]["reason_codes"] == ["known_ncii.bank_match", "sexual.explicit"]
    assert body["data"]["scores"] == {"sexual": 0.97} and body["data"]["hashes"][0]["value"] == "ab" * 32
    assert body["data"]["reasons"][1]["evidence"] == {"bank": "ncii", "entry_id": 7, "distance": 3}
    # Never content: no matched text, no message, no survivor case id.
    raw = got[0]["body"].decode()
    assert "PROMPT-MARKER" not in raw and "CASE-SECRET" not in raw and "message" not in body["data"]
    (row,) = rows(db)
    assert row.status == "delivered" and row.attempts == 1 and row.delivered_at is not None


def test_retry_after_500_then_success(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    with Receiver(statuses=[500, 503]) as rx:
        _, rx.secret = store.add(key_id, rx.url, "match")
        enqueue(db, store, key_id, "match", {"request_id": "mat_1"})
        d = Deliverer(db, key=KEY, policy=RetryPolicy(max_attempts=5, backoff=0.05, timeout=5))
        before_ms = now_ms()
        first = d.run_once()
        after_ms = now_ms()
        assert first.failed == 1 and first.errors == ["http 500"]
        (row,) = rows(db)
        assert row.status == "pending" and row.attempts == 1 and row.last_error == "http 500"
        # Backed off, not retried at once: due after backoff x [0.5, 1). Checked on the row's due time rather than by
        # calling run_once again inside the 50 ms window, which a loaded machine can overrun.
        assert before_ms + 25 <= row.due_ms <= after_ms + 50
        run_until(d, db, lambda rs: rs[0].status == "delivered")
    assert [p["status"] for p in rx.posts] == [500, 503, 200]
    assert len({p["headers"]["Webhook-Id"] for p in rx.posts}) == 1 and all(p["verified"] for p in rx.posts)
    assert rows(db)[0].attempts == 3 and rows(db)[0].last_error == ""


def test_dead_letter_after_n_attempts_then_replay(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    with Receiver(default=500) as rx:
        _, rx.secret = store.add(key_id, rx.url, "review")
        enqueue(db, store, key_id, "review", {"decision_id": "dec_2"})
        enqueue(db, store, key_id, "review", {"decision_id": "dec_3"})
        d = Deliverer(db, key=KEY, policy=FAST)
        run_until(d, db, lambda rs: all(r.status == "dead" for r in rs))
        assert len(rx.posts) == 6  # 3 attempts each, then no more
        d.run_once()
        assert len(rx.posts) == 6
        dead = store.dead()
        assert [r["attempts"] for r in dead] == [3, 3] and dead[0]["last_error"] == "http 500"
        assert dead[0]["status"] == "dead" and dead[0]["endpoint"].startswith("whk_")
        with pytest.raises(InputError):
            store.replay(None)
        rx.default = 200
        assert store.replay(dead[0]["id"]) == 1
        with pytest.raises(InputError, match="still pending"):
            store.replay(dead[0]["id"])
        with pytest.raises(WebhookNotFound):
            store.replay(10**9)
        run_until(d, db, lambda rs: rs[0].status == "delivered")
        assert [r.status for r in rows(db)] == ["delivered", "dead"]
        assert store.replay(all_dead=True) == 1
        run_until(d, db, lambda rs: all(r.status == "delivered" for r in rs))
    ok = rx.accepted()
    assert len(ok) == 2 and {p["json"]["data"]["decision_id"] for p in ok} == {"dec_2", "dec_3"}
    assert all(p["verified"] for p in ok)


def test_refused_connection_and_allow_list_at_delivery(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    store.add(key_id, f"http://127.0.0.1:{free_port()}/hook", "block")
    enqueue(db, store, key_id)
    stats = Deliverer(db, key=KEY, policy=FAST).run_once()
    assert stats.errors == ["connection refused"]
    with db.session() as s:  # due again now
        s.query(WebhookOutboxRow).update({"due_ms": 0})
    stats = Deliverer(db, key=KEY, policy=FAST, allow=AllowList("10.0.0.0/8")).run_once()
    assert stats.errors == ["host not on the allow-list"] and rows(db)[0].attempts == 2


def test_two_workers_deliver_each_event_once(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    with Receiver() as rx:
        _, rx.secret = store.add(key_id, rx.url, "block")
        for i in range(12):
            enqueue(db, store, key_id, "block", {"decision_id": f"dec_{i}"})
        workers = [Deliverer(db, key=KEY, policy=FAST, batch=4) for _ in range(3)]
        threads = [threading.Thread(target=w.run_once) for w in workers]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        rx.wait(12)
    ids = [p["headers"]["Webhook-Id"] for p in rx.posts]
    assert len(ids) == 12 and len(set(ids)) == 12
    assert all(r.status == "delivered" for r in rows(db))
