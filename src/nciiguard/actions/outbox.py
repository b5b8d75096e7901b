"""Webhook endpoints per API key, and the outbox their events wait in until delivered.

``enqueue(session, key_id, event, data)`` is called inside the transaction that records the
event (an answered decision, a queued match): the outbox rows commit with the record or not at
all, so a process killed between the answer and the delivery still delivers after a restart.
Which endpoints a key has is cached for a few seconds, so calls of keys without webhooks cost no
database read; a change made in this process is seen at once, one made by another process
within ``cache_seconds``.

Signing secrets are sealed with the registry key before they reach the database (:func:`secret_cipher`);
adding a webhook without that key configured is refused, never stored in clear.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from sqlalchemy import delete, select, update

from ..audit import AuditLog
from ..errors import InputError
from ..store.base import as_utc, utcnow
from ..registry.crypto import KEY_HELP, RegistryKeyError, SecretCipher
from .models import EVENTS, WebhookEndpointRow, WebhookOutboxRow
from .signer import new_secret
from .urls import AllowList, check_url

SECRET_PURPOSE = "webhooks/secret"


def secret_cipher(key: str | bytes | None) -> SecretCipher:
    """The cipher of webhook signing secrets: the registry key (Config.registry_key), its own purpose."""
    if key is None or (isinstance(key, (str, bytes)) and not key.strip()):
        raise RegistryKeyError(
            f"no registry key configured: webhook signing secrets are encrypted at rest with it; {KEY_HELP}")
    return SecretCipher(key, SECRET_PURPOSE, what="webhook signing secret")


def open_secret(cipher: SecretCipher, row: WebhookEndpointRow) -> str:
    return cipher.open(row.ref, row.secret_sealed, row.secret_key_id)


class WebhookNotFound(InputError, LookupError):
    """An unknown webhook, delivery or API key: nothing was done (CLI exit 2, HTTP 404)."""


def now_ms() -> int:
    return int(time.time() * 1000)


def new_event_id() -> str:
    return "evt_" + secrets.token_hex(12)


def parse_events(events: str | Iterable[str]) -> list[str]:
    items = events.split(",") if isinstance(events, str) else list(events)
    out = sorted({e.strip().lower() for e in items if e and e.strip()})
    bad = [e for e in out if e not in EVENTS]
    if bad or not out:
        raise InputError(f"unknown webhook event(s) {', '.join(bad)[:100]!r}; events: {', '.join(EVENTS)}"
                         if bad else f"give at least one webhook event ({', '.join(EVENTS)})")
    return out


@dataclass(frozen=True)
class Endpoint:
    ref: str
    key_id: str
    url: str
    events: tuple[str, ...]
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "key_id": self.key_id, "url": self.url, "events": list(self.events),
                "created_at": self.created_at}


def _endpoint(row: WebhookEndpointRow) -> Endpoint:
    return Endpoint(row.ref, row.key_id, row.url, tuple(row.events.split(",")), as_utc(row.created_at).isoformat())


def delivery_view(row: WebhookOutboxRow, ref: str | None = None) -> dict[str, Any]:
    return {"id": row.id, "event_id": row.event_id, "event": row.event, "endpoint": ref, "status": row.status,
            "attempts": row.attempts, "last_error": row.last_error,
            "next_attempt_at": row.due_ms / 1000 if row.status == "pending" else None,
            "created_at": as_utc(row.created_at).isoformat(),
            "delivered_at": as_utc(row.delivered_at).isoformat() if row.delivered_at else None}


class WebhookStore:
    def __init__(self, db, *, key: str | bytes | None = None, allow: AllowList | None = None,
                 cache_seconds: float = 5.0):
        """``key``: the registry key (Config.registry_key); needed only to add a webhook."""
        self.db = db
        self._key = key
        self.allow = allow or AllowList()
        self.cache_seconds = cache_seconds
        self._cache: dict[str, tuple[float, dict[str, list[int]]]] = {}
        self._lock = threading.Lock()
        self._audit = AuditLog()
        #: Called after an enqueue commits (the service wakes its delivery worker with it).
        self.on_enqueue: Callable[[], None] | None = None

    # -- endpoints -------------------------------------------------------------------------------
    def add(self, key_id: str, url: str, events: str | Iterable[str], *, actor: str = "cli") -> tuple[Endpoint, str]:
        """Add an endpoint; returns it and its signing secret (shown once: store it then)."""
        from ..access.models import ApiKeyRow

        url = check_url(url, self.allow)
        evs = parse_events(events)
        cipher = secret_cipher(self._key)  # before anything is written: no key, no webhook
        secret, ref = new_secret(), "whk_" + secrets.token_hex(8)
        with self.db.session() as s:
            key = s.execute(select(ApiKeyRow).where(ApiKeyRow.key_id == key_id)).scalar_one_or_none()
            if key is None or key.revoked_at is not None:
                raise WebhookNotFound(f"no active API key {key_id[:40]!r}")
            row = WebhookEndpointRow(ref=ref, key_id=key_id, url=url, events=",".join(evs),
                                     secret_sealed=cipher.seal(ref, secret), secret_key_id=cipher.key_id,
                                     created_at=utcnow(), created_by=actor[:200])
            s.add(row)
            s.flush()
            # The URL is the operator's own configuration; the secret never goes to the audit log.
            self._audit.append(s, actor=actor, action="webhook.add", object_type="webhook", object_id=row.ref,
                               details={"key_id": key_id, "events": evs})
            ep = _endpoint(row)
        self._forget(key_id)
        return ep, secret

    def list(self, key_id: str | None = None) -> list[Endpoint]:
        q = select(WebhookEndpointRow).order_by(WebhookEndpointRow.id)
        if key_id:
            q = q.where(WebhookEndpointRow.key_id == key_id)
        with self.db.session() as s:
            return [_endpoint(r) for r in s.execute(q).scalars()]

    def readiness(self):
        """A readiness check (``/readyz``): when endpoints exist, the configured registry key opens
        their signing secrets. Without it every delivery would fail and be retried until it is
        dead-lettered, while the service looked ready. None: no endpoints, nothing to check."""
        from ..readiness import Check

        try:
            with self.db.session() as s:
                row = s.execute(select(WebhookEndpointRow).order_by(WebhookEndpointRow.id).limit(1)).scalar_one_or_none()
            if row is None:
                return None
            open_secret(secret_cipher(self._key), row)
        except RegistryKeyError as exc:  # missing, malformed or wrong key: nciiguard's own message
            return Check("webhooks", False, f"webhook deliveries cannot be signed: {exc}")
        except Exception as exc:  # noqa: BLE001 - a check never raises; no content in the detail
            return Check("webhooks", False, f"webhook endpoints cannot be read ({type(exc).__name__})")
        return Check("webhooks", True, "signing secrets open with the configured key")

    def remove(self, ref: str, *, actor: str = "cli") -> Endpoint:
        """Remove an endpoint; its undelivered events go with it."""
        with self.db.session() as s:
            row = s.execute(select(WebhookEndpointRow).where(WebhookEndpointRow.ref == ref)).scalar_one_or_none()
            if row is None:
                raise WebhookNotFound(f"no webhook {ref[:40]!r}")
            ep = _endpoint(row)
            # Explicit, not only ON DELETE CASCADE: a connection without foreign keys must not orphan rows.
            dropped = s.execute(delete(WebhookOutboxRow).where(WebhookOutboxRow.endpoint_id == row.id,
                                                               WebhookOutboxRow.status != "delivered")).rowcount
            s.execute(delete(WebhookOutboxRow).where(WebhookOutboxRow.endpoint_id == row.id))
            s.delete(row)
            self._audit.append(s, actor=actor, action="webhook.remove", object_type="webhook", object_id=ref,
                               details={"key_id": ep.key_id, "undelivered_dropped": dropped or 0})
        self._forget(ep.key_id)
        return ep

    def _forget(self, key_id: str) -> None:
        with self._lock:
            self._cache.pop(key_id, None)

    def subscribed(self, key_id: str, event: str) -> list[int]:
        """Endpoint ids of ``key_id`` that take ``event`` (cached)."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(key_id)
        if hit is None or now - hit[0] > self.cache_seconds:
            by_event: dict[str, list[int]] = {}
            with self.db.session() as s:
                for eid, evs in s.execute(select(WebhookEndpointRow.id, WebhookEndpointRow.events).where(
                        WebhookEndpointRow.key_id == key_id)).all():
                    for e in evs.split(","):
                        by_event.setdefault(e, []).append(eid)
            hit = (now, by_event)
            with self._lock:
                self._cache[key_id] = hit
        return hit[1].get(event, [])

    # -- the outbox ------------------------------------------------------------------------------
    def wants(self, key_id: str, event: str) -> bool:
        return bool(self.subscribed(key_id, event))

    def enqueue(self, session, key_id: str, event: str, data: dict[str, Any]) -> str | None:
        """Add the event for every endpoint of ``key_id`` that takes it, in ``session`` (the
        transaction of the event's record). Returns the event id, or None if nobody takes it."""
        targets = self.subscribed(key_id, event)
        if not targets:
            return None
        event_id = new_event_id()
        body = json.dumps({"id": event_id, "type": event, "created_at": utcnow().isoformat(), "key_id": key_id,
                           "data": data}, separators=(",", ":"), sort_keys=True)
        due, now = now_ms(), utcnow()
        for endpoint_id in targets:
            session.add(WebhookOutboxRow(event_id=event_id, endpoint_id=endpoint_id, event=event, body=body,
                                         status="pending", attempts=0, due_ms=due, last_error="", created_at=now))
        return event_id

    def notify(self) -> None:
        if self.on_enqueue is not None:
            self.on_enqueue()

    def deliveries(self, *, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        q = select(WebhookOutboxRow, WebhookEndpointRow.ref).join(
            WebhookEndpointRow, WebhookEndpointRow.id == WebhookOutboxRow.endpoint_id).order_by(
            WebhookOutboxRow.id).limit(limit)
        if status:
            q = q.where(WebhookOutboxRow.status == status)
        with self.db.session() as s:
            return [delivery_view(r, ref) for r, ref in s.execute(q).all()]

    def dead(self, limit: int = 100) -> list[dict[str, Any]]:
        return self.deliveries(status="dead", limit=limit)

    def replay(self, delivery_id: int | None = None, *, all_dead: bool = False, actor: str = "cli") -> int:
        """Put a dead (or delivered) delivery, or every dead one, back in the queue with fresh
        attempts. Returns how many. The body and event id stay the same (receivers dedupe)."""
        if (delivery_id is None) == (not all_dead):
            raise InputError("give one delivery id or all_dead, not both")
        q = update(WebhookOutboxRow).values(status="pending", attempts=0, due_ms=now_ms(), last_error="",
                                            delivered_at=None)
        q = q.where(WebhookOutboxRow.status == "dead") if all_dead else q.where(
            WebhookOutboxRow.id == delivery_id, WebhookOutboxRow.status != "pending")
        with self.db.session() as s:
            n = s.execute(q).rowcount or 0
            if delivery_id is not None and not n:
                exists = s.get(WebhookOutboxRow, delivery_id)
                if exists is None:
                    raise WebhookNotFound(f"no webhook delivery {delivery_id}")
                raise InputError(f"webhook delivery {delivery_id} is still pending (it is retried on its own)")
            self._audit.append(s, actor=actor, action="webhook.replay", object_type="webhook_delivery",
                               object_id=delivery_id if delivery_id is not None else "dead",
                               details={"count": n})
        self.notify()
        return n
