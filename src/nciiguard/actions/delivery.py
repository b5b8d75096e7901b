"""Delivering the outbox: claim due rows, POST them signed, retry with backoff, dead-letter.

Delivery is at least once: a row is claimed by moving its due time forward by a lease, POSTed,
then marked delivered. A process killed after the POST but before the mark delivers it again after
the lease, with the same ``Webhook-Id``; receivers dedupe on it. Any 2xx answer is a delivery;
anything else (another status, a refused connection, a timeout, a redirect, which is never
followed) is a failed attempt, retried after ``backoff * 2**(attempts-1)`` seconds (at most
``max_backoff``) times a random factor in [0.5, 1) so that many rows failing together do not
retry together. After ``max_attempts`` failed attempts the row is ``dead``: listed by
``nciiguard webhooks dead`` and sent again only by ``nciiguard webhooks replay``.

The endpoint's signing secret is opened (registry key) for each attempt and dropped after it. A
missing or wrong key is a failed attempt named as such, retried like any other, so fixing the
configuration lets the queued events go out.
"""

from __future__ import annotations

import http.client
import logging
import random
import ssl
import threading
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit

from sqlalchemy import delete, select, update

from ..registry.crypto import RegistryKeyError
from ..store.base import utcnow
from .models import WebhookEndpointRow, WebhookOutboxRow
from .outbox import now_ms, open_secret, secret_cipher
from .signer import sign
from .urls import AllowList

log = logging.getLogger("nciiguard.actions")


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    backoff: float = 2.0
    max_backoff: float = 3600.0
    #: Seconds a claimed row is left alone (longer than ``timeout``: one attempt in flight).
    lease: float = 60.0
    timeout: float = 10.0

    def delay(self, attempts: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds before the next try after ``attempts`` failed ones (exponential, jittered)."""
        base = min(self.max_backoff, self.backoff * 2 ** max(attempts - 1, 0))
        return base * (0.5 + 0.5 * rand())


@dataclass
class DeliveryStats:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"delivered": self.delivered, "failed": self.failed, "dead": self.dead}


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> str | None:
    """POST once; None on a 2xx answer, else a short reason (never the response body)."""
    parts = urlsplit(url)
    conn_cls = http.client.HTTPSConnection if parts.scheme.lower() == "https" else http.client.HTTPConnection
    kwargs = {"context": ssl.create_default_context()} if conn_cls is http.client.HTTPSConnection else {}
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    conn = conn_cls(parts.hostname, parts.port, timeout=timeout, **kwargs)
    try:
        conn.request("POST", path, body=body, headers={**headers, "User-Agent": "nciiguard-webhooks/1"})
        resp = conn.getresponse()
        resp.read(4096)  # drain a little; the answer's content is not ours to keep
        return None if 200 <= resp.status < 300 else f"http {resp.status}"
    except (OSError, http.client.HTTPException) as exc:
        reason = {ConnectionRefusedError: "connection refused", TimeoutError: "timeout"}.get(type(exc))
        return reason or type(exc).__name__
    finally:
        conn.close()


class Deliverer:
    """Delivers due outbox rows; safe to run in several threads and processes at once."""

    def __init__(self, db, *, key: str | bytes | None = None, policy: RetryPolicy | None = None,
                 allow: AllowList | None = None, batch: int = 50,
                 sender: Callable[[str, bytes, dict, float], str | None] = post):
        """``key``: the registry key (Config.registry_key), which seals the signing secrets."""
        self.db = db
        self._key = key
        self._cipher = None
        self.policy = policy or RetryPolicy()
        self.allow = allow or AllowList()
        self.batch = batch
        self.sender = sender

    def _claim(self) -> tuple[int, list[tuple[WebhookOutboxRow, WebhookEndpointRow]]]:
        """(how many rows were due, the ones this worker won)."""
        now = now_ms()
        lease_until = now + int(self.policy.lease * 1000)
        claimed = []
        with self.db.session() as s:
            rows = s.execute(select(WebhookOutboxRow.id, WebhookOutboxRow.due_ms).where(
                WebhookOutboxRow.status == "pending", WebhookOutboxRow.due_ms <= now).order_by(
                WebhookOutboxRow.due_ms, WebhookOutboxRow.id).limit(self.batch)).all()
        for row_id, due in rows:
            with self.db.session() as s:
                # Conditional on the due time we read: exactly one worker wins each row.
                won = s.execute(update(WebhookOutboxRow).where(
                    WebhookOutboxRow.id == row_id, WebhookOutboxRow.status == "pending",
                    WebhookOutboxRow.due_ms == due).values(due_ms=lease_until)).rowcount
                if won:
                    pair = s.execute(select(WebhookOutboxRow, WebhookEndpointRow).join(
                        WebhookEndpointRow, WebhookEndpointRow.id == WebhookOutboxRow.endpoint_id).where(
                        WebhookOutboxRow.id == row_id)).first()
                    if pair is not None:
                        claimed.append(tuple(pair))
        return len(rows), claimed

    def _attempt(self, row: WebhookOutboxRow, ep: WebhookEndpointRow) -> str | None:
        host = urlsplit(ep.url).hostname or ""
        if not self.allow.allows(host):
            return "host not on the allow-list"
        try:
            if self._cipher is None:
                self._cipher = secret_cipher(self._key)
            secret = open_secret(self._cipher, ep)
        except RegistryKeyError as exc:
            log.warning("webhook delivery %s cannot be signed: %s", row.id, exc)
            return "registry key missing or wrong"
        body = row.body.encode("utf-8")
        return self.sender(ep.url, body, sign(secret, row.event_id, body), self.policy.timeout)

    def run_once(self) -> DeliveryStats:
        """Try every row that is due now (in batches); returns what happened."""
        stats = DeliveryStats()
        while True:
            due, claimed = self._claim()
            for row, ep in claimed:
                try:
                    error = self._attempt(row, ep)
                except Exception as exc:  # noqa: BLE001 - one bad row must not stop the others
                    error = type(exc).__name__
                self._finish(row, error, stats)
            if due < self.batch:  # a full batch may mean more are due (rows lost to another worker do not)
                return stats

    def _finish(self, row: WebhookOutboxRow, error: str | None, stats: DeliveryStats) -> None:
        attempts = row.attempts + 1
        if error is None:
            values = {"status": "delivered", "attempts": attempts, "delivered_at": utcnow(), "last_error": ""}
            stats.delivered += 1
        elif attempts >= self.policy.max_attempts:
            values = {"status": "dead", "attempts": attempts, "last_error": error[:200]}
            stats.dead += 1
            log.warning("webhook delivery %s (event %s) is dead after %d attempts: %s", row.id, row.event_id,
                        attempts, error[:200])
        else:
            values = {"attempts": attempts, "last_error": error[:200],
                      "due_ms": now_ms() + int(self.policy.delay(attempts) * 1000)}
            stats.failed += 1
        if error is not None:
            stats.errors.append(error)
        with self.db.session() as s:
            s.execute(update(WebhookOutboxRow).where(WebhookOutboxRow.id == row.id,
                                                     WebhookOutboxRow.status == "pending").values(**values))

    def prune(self, keep_days: float) -> int:
        """Delete delivered rows older than ``keep_days`` (dead ones stay until replayed or removed)."""
        from datetime import timedelta

        cutoff = utcnow() - timedelta(days=keep_days)
        with self.db.session() as s:
            return s.execute(delete(WebhookOutboxRow).where(WebhookOutboxRow.status == "delivered",
                                                            WebhookOutboxRow.delivered_at < cutoff)).rowcount or 0


class DeliveryWorker:
    """A background thread that runs :meth:`Deliverer.run_once` every ``poll`` seconds, at once
    when woken (an event was enqueued in this process), until stopped."""

    PRUNE_EVERY = 3600.0

    def __init__(self, deliverer: Deliverer, *, poll: float = 1.0, keep_days: float = 7.0):
        self.deliverer, self.poll, self.keep_days = deliverer, poll, keep_days
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="nciiguard-webhooks", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        import time

        last_prune = 0.0
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.deliverer.run_once()
                if time.monotonic() - last_prune > self.PRUNE_EVERY:
                    last_prune = time.monotonic()
                    self.deliverer.prune(self.keep_days)
            except Exception as exc:  # noqa: BLE001 - a database hiccup: try again next round
                log.warning("webhook delivery round failed: %s", type(exc).__name__)
            self._wake.wait(self.poll)
