"""Issue 13's "done when" for actions: a webhook receiver on loopback gets a signed delivery for a
match, also when the sender was killed with SIGKILL between the match and the delivery.

A real ``nciiguard serve`` subprocess answers two matches while the receiver is down (its
attempts fail: connection refused), is killed with -9, and is started again with the receiver up:
each event arrives exactly once, signed, with the event id the outbox gave it at match time.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from sqlalchemy import select

from helpers.net import free_port
from helpers.webhook_receiver import Receiver
from nciiguard.registry import generate_key

#: The registry key, which seals the signing secrets at rest (the served process gets it too).
KEY = generate_key()

pytestmark = pytest.mark.slow


def serve(url: str, port: int, env: dict) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", "from nciiguard.cli import run; run()", "--database-url", url,
                             "serve", "--port", str(port), "--no-access-log"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        assert proc.poll() is None, proc.stdout.read().decode()
        assert time.monotonic() < deadline, "nciiguard serve did not start"
        time.sleep(0.2)


def outbox(db):
    from nciiguard.actions.models import WebhookOutboxRow

    with db.session() as s:
        return list(s.execute(select(WebhookOutboxRow).order_by(WebhookOutboxRow.id)).scalars())


def test_signed_delivery_after_kill_9_between_match_and_delivery(tmp_path):
    from nciiguard.actions import WebhookStore
    from nciiguard.banks import BankStore
    from nciiguard.access.keys import KeyStore
    from nciiguard.store import open_database

    url = f"sqlite:///{tmp_path / 'hooks.db'}"
    db = open_database(url)
    key, info = KeyStore(db).create("platform", "platform")
    banks = BankStore(db, actor="test")
    banks.create_bank("confirmed-sha256", "sha256", "confirmed")
    values = [hashlib.sha256(f"benign test file {i}".encode()).hexdigest() for i in range(2)]
    for v in values:
        banks.add_entry("confirmed-sha256", v)
    rx_port = free_port()  # nobody listens here yet: the receiver is down
    _, secret = WebhookStore(db, key=KEY, cache_seconds=0).add(info.key_id, f"http://127.0.0.1:{rx_port}/hook", "match")
    env = dict(os.environ, NCIIGUARD_DATA_DIR=str(tmp_path), NCIIGUARD_REGISTRY_KEY=KEY, NCIIGUARD_WORKERS="0",
               NCIIGUARD_SERVICE_WEBHOOK_POLL_SECONDS="0.1", NCIIGUARD_SERVICE_WEBHOOK_BACKOFF_SECONDS="0.1",
               NCIIGUARD_SERVICE_WEBHOOK_MAX_BACKOFF_SECONDS="0.3", NCIIGUARD_SERVICE_WEBHOOK_TIMEOUT_SECONDS="1",
               NCIIGUARD_SERVICE_WEBHOOK_MAX_ATTEMPTS="100")
    port = free_port()
    proc = serve(url, port, env)
    procs = [proc]
    try:
        answers = []
        for v in values:
            r = httpx.post(f"http://127.0.0.1:{port}/v1/match",
                           json={"hashes": [{"signal_type": "sha256", "value": v}]}, headers={"X-API-Key": key},
                           timeout=30)
            assert r.status_code == 200 and r.json()["matched"], r.text
            answers.append(r.json()["id"])
        # The sender tries and fails (receiver down) ...
        deadline = time.monotonic() + 30
        while not all(row.attempts >= 2 for row in outbox(db)):
            assert time.monotonic() < deadline, [(r.attempts, r.last_error) for r in outbox(db)]
            time.sleep(0.05)
        # ... and is killed before any delivery.
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)
        before = outbox(db)
        assert len(before) == 2 and all(r.status == "pending" and r.last_error == "connection refused" for r in before)
        event_ids = {r.event_id for r in before}

        with Receiver(port=rx_port, secret=secret) as rx:
            port2 = free_port()
            procs.append(serve(url, port2, env))
            got = rx.wait(2, timeout=60)
            time.sleep(1.0)  # and nothing more arrives
        assert len(rx.posts) == 2 and all(p["verified"] for p in rx.posts)
        assert {p["headers"]["Webhook-Id"] for p in got} == event_ids  # exactly once per event id
        assert {p["json"]["data"]["request_id"] for p in got} == set(answers)
        assert {p["json"]["data"]["matches"][0]["hash"]["value"] for p in got} == set(values)
        after = outbox(db)
        assert all(r.status == "delivered" and r.attempts > 2 for r in after)
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.communicate(timeout=20)
                except subprocess.TimeoutExpired:
                    p.kill()
        db.dispose()


def test_a_sender_killed_mid_attempt_sends_again_with_the_same_id(tmp_path):
    """At least once: the receiver got the POST, the sender died before recording it. The claim's
    lease runs out and the next round sends the same event id again (receivers dedupe on it)."""
    from nciiguard.actions import WebhookStore
    from nciiguard.access.keys import KeyStore
    from nciiguard.store import open_database

    url = f"sqlite:///{tmp_path / 'hooks.db'}"
    db = open_database(url)
    key_id = KeyStore(db).create("platform", "platform")[1].key_id
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    # A 5 s timeout gives a 15 s lease (3x): the second sender below must start and claim within it, and a
    # CLI start on a loaded 2-core CI machine took over 5 s (the 1 s timeout's 5 s lease ran out first).
    env = dict(os.environ, NCIIGUARD_DATA_DIR=str(tmp_path), NCIIGUARD_REGISTRY_KEY=KEY,
               NCIIGUARD_SERVICE_WEBHOOK_TIMEOUT_SECONDS="5")
    deliver = [sys.executable, "-c", "from nciiguard.cli import run; run()", "--database-url", url, "webhooks",
               "deliver", "--json"]
    try:
        with Receiver(delays=[30]) as rx:
            _, rx.secret = store.add(key_id, rx.url, "block")
            with db.session() as s:
                event_id = store.enqueue(s, key_id, "block", {"decision_id": "dec_killed"})
            proc = subprocess.Popen(deliver, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 30
            while not rx.posts:  # the receiver holds the POST: the sender waits for the answer ...
                assert proc.poll() is None and time.monotonic() < deadline, proc.stdout.read().decode()
                time.sleep(0.02)
            os.kill(proc.pid, signal.SIGKILL)  # ... and dies before it could record anything
            proc.wait(timeout=20)
            (row,) = outbox(db)
            assert row.status == "pending" and row.attempts == 0  # claimed (leased), never lost
            # Within the lease (15 s) nobody sends it again ...
            again = subprocess.run(deliver, env=env, capture_output=True, timeout=60)
            assert again.returncode == 0 and b'"delivered": 0' in again.stdout, again.stdout + again.stderr
            # ... after it, the next round does, with the same id.
            time.sleep(max(0.0, row.due_ms / 1000 - time.time()) + 0.2)
            done = subprocess.run(deliver, env=env, capture_output=True, timeout=60)
            assert done.returncode == 0 and b'"delivered": 1' in done.stdout, done.stdout + done.stderr
            rx.wait(1)
        assert len(rx.posts) == 2 and all(p["verified"] for p in rx.posts)
        assert [p["headers"]["Webhook-Id"] for p in rx.posts] == [event_id, event_id]
        assert len({p["headers"]["Webhook-Id"] for p in rx.posts}) == 1  # what a deduping receiver keeps
        assert outbox(db)[0].status == "delivered"
    finally:
        db.dispose()
