"""Webhook signing secrets at rest: sealed with the registry key, never in the database's bytes
(SQLite file and WAL, PostgreSQL's files), still signing deliveries a receiver verifies, and
migration webhooks_0002 sealing the rows an older version stored in clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from helpers.webhook_receiver import Receiver
from nciiguard.actions import Deliverer, RetryPolicy, WebhookStore
from nciiguard.registry import RegistryKeyError, generate_key
from nciiguard.store import open_database
from nciiguard.store.db import Database

KEY = generate_key()
FAST = RetryPolicy(max_attempts=3, backoff=0.01, max_backoff=0.02, timeout=5, lease=30)


@pytest.fixture
def key_id(db):
    from nciiguard.access.keys import KeyStore

    return KeyStore(db).create("hooks", "platform", actor="test")[1].key_id


def raw_files(db: Database, *, wal: bool = True) -> list[Path]:
    """Every file holding the database's bytes, flushed to disk first (``wal``: with PostgreSQL's
    write-ahead log, which keeps what was written before an upgrade until its segments recycle)."""
    if db.dialect == "sqlite":
        db.checkpoint()
        path = Path(db.url.database)
        return [p for p in (path, Path(f"{path}-wal")) if p.exists()]
    with db.engine.connect() as c:
        c.exec_driver_sql("CHECKPOINT")
        data = Path(c.exec_driver_sql("SHOW data_directory").scalar())
        oid = c.exec_driver_sql("SELECT oid FROM pg_database WHERE datname = current_database()").scalar()
    # This database's tables and indexes, and the cluster's write-ahead log.
    logs = (data / "pg_wal").rglob("*") if wal else ()
    return [p for p in [*(data / "base" / str(oid)).rglob("*"), *logs] if p.is_file()]


def assert_not_in_files(db: Database, secret: str, *, wal: bool = True) -> None:
    files = raw_files(db, wal=wal)
    assert files and sum(p.stat().st_size for p in files) > 0
    needle = secret.encode()
    # The part after the prefix too: a secret split or stored without "whsec_" still counts.
    for p in files:
        data = p.read_bytes()
        assert needle not in data and needle[6:] not in data, f"the signing secret is in {p}"


def delivered_and_verified(db, store, key_id, secret, deliverer) -> dict:
    with Receiver(secret=secret) as rx:
        with db.session() as s:
            store.enqueue(s, key_id, "block", {"decision_id": "dec_sealed"})
        with db.session() as s:  # the endpoint's URL is now the receiver's
            s.execute(text("UPDATE webhook_endpoints SET url = :u"), {"u": rx.url})
        stats = deliverer.run_once()
        assert stats.delivered == 1, stats.errors
        return rx.posts[0]


def test_secret_is_sealed_in_the_database_and_still_signs(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    ep, secret = store.add(key_id, "http://127.0.0.1:9/hook", "block")
    with db.session() as s:
        sealed, kid = s.execute(text("SELECT secret_sealed, secret_key_id FROM webhook_endpoints")).one()
    assert secret.encode() not in bytes(sealed) and len(kid) == 16
    assert_not_in_files(db, secret)
    post = delivered_and_verified(db, store, key_id, secret, Deliverer(db, key=KEY, policy=FAST))
    assert post["verified"] is True and post["headers"]["Webhook-Signature"].startswith("v1=")
    assert_not_in_files(db, secret)  # signing opened it in memory only


def test_without_the_key_nothing_is_added_and_a_wrong_key_does_not_sign(db, key_id):
    with pytest.raises(RegistryKeyError, match="NCIIGUARD_REGISTRY_KEY"):
        WebhookStore(db, cache_seconds=0).add(key_id, "http://127.0.0.1:9/hook", "block")
    assert WebhookStore(db, key=KEY).list() == []
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    store.add(key_id, "http://127.0.0.1:9/hook", "block")
    with db.session() as s:
        store.enqueue(s, key_id, "block", {"decision_id": "dec_wrong"})
    sent = []
    stats = Deliverer(db, key=generate_key(), policy=FAST, sender=lambda *a: sent.append(a)).run_once()
    # Never sent unsigned or signed with something else; retried, so fixing the key lets it out.
    assert sent == [] and stats.failed == 1 and stats.errors == ["registry key missing or wrong"]
    stats = Deliverer(db, policy=FAST, sender=lambda *a: sent.append(a)).run_once()
    assert sent == [] and stats.delivered == 0


def test_a_sealed_secret_moved_to_another_row_does_not_open(db, key_id):
    store = WebhookStore(db, key=KEY, cache_seconds=0)
    a, _ = store.add(key_id, "http://127.0.0.1:9/a", "block")
    b, _ = store.add(key_id, "http://127.0.0.1:9/b", "block")
    with db.session() as s:
        s.execute(text("UPDATE webhook_endpoints SET secret_sealed = (SELECT secret_sealed FROM webhook_endpoints "
                       "WHERE ref = :a) WHERE ref = :b"), {"a": a.ref, "b": b.ref})
        store.enqueue(s, key_id, "block", {"decision_id": "dec_moved"})
    sent = []
    stats = Deliverer(db, key=KEY, policy=FAST, sender=lambda url, *_: sent.append(url)).run_once()
    assert sent == ["http://127.0.0.1:9/a"] and stats.errors == ["registry key missing or wrong"]


# -- migration webhooks_0002 ------------------------------------------------------------------------
CLEAR = "whsec_" + "Kq3vLegacyClearSecretForMigrationTest0123456"


def old_database(url: str) -> Database:
    """A database whose webhooks are at webhooks_0001, with one endpoint (secret in clear) and
    one pending delivery, as the previous version left them."""
    db = open_database(url, migrate=False)
    db.migrate("webhooks_0001")
    with db.session() as s:
        s.execute(text("INSERT INTO webhook_endpoints (ref, key_id, url, events, secret, created_at, created_by) "
                       "VALUES ('whk_legacy', 'abcdefabcdef', 'http://127.0.0.1:9/h', 'block', :secret, "
                       "CURRENT_TIMESTAMP, 'test')"), {"secret": CLEAR})
        s.execute(text("INSERT INTO webhook_outbox (event_id, endpoint_id, event, body, status, attempts, due_ms, "
                       "last_error, created_at) SELECT 'evt_legacy', id, 'block', '{\"id\":\"evt_legacy\"}', "
                       "'pending', 0, 0, '', CURRENT_TIMESTAMP FROM webhook_endpoints"))
    return db


def test_migration_seals_existing_rows_and_keeps_their_deliveries(db_url, monkeypatch):
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY_FILE", raising=False)
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", KEY)
    db = old_database(db_url)
    try:
        db.migrate()
        assert "webhooks_0002" in db.current_revisions()
        with db.session() as s:
            cols = set(s.execute(text("SELECT * FROM webhook_endpoints")).keys())
            outbox = s.execute(text("SELECT event_id, status FROM webhook_outbox")).all()
        assert "secret" not in cols and {"secret_sealed", "secret_key_id"} <= cols
        assert [tuple(r) for r in outbox] == [("evt_legacy", "pending")]  # the queued delivery survived
        # Not PostgreSQL's WAL: it still holds the INSERT the old version made (docs/webhooks.md).
        assert_not_in_files(db, CLEAR, wal=False)
        with Receiver(secret=CLEAR) as rx:  # the receiver's secret did not change
            with db.session() as s:
                s.execute(text("UPDATE webhook_endpoints SET url = :u"), {"u": rx.url})
            assert Deliverer(db, key=KEY, policy=FAST).run_once().delivered == 1
            assert rx.posts[0]["verified"] is True and rx.posts[0]["headers"]["Webhook-Id"] == "evt_legacy"
    finally:
        db.dispose()


def test_migration_without_the_key_stops_and_changes_nothing(db_url, monkeypatch):
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY", raising=False)
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY_FILE", raising=False)
    monkeypatch.delenv("NCIIGUARD_CONFIG", raising=False)
    db = old_database(db_url)
    try:
        with pytest.raises(RegistryKeyError, match="webhooks_0002: 1 webhook signing secret.*NCIIGUARD_REGISTRY_KEY"):
            db.migrate()
        assert "webhooks_0001" in db.current_revisions()
        with db.session() as s:
            assert s.execute(text("SELECT secret FROM webhook_endpoints")).scalar() == CLEAR
    finally:
        db.dispose()


def test_a_fresh_database_needs_no_key_to_migrate(tmp_path, monkeypatch):
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY", raising=False)
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY_FILE", raising=False)
    db = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert "webhooks_0002" in db.current_revisions()
    db.dispose()
