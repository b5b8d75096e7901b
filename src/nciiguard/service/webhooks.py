"""Webhook events of the screening routes: translate answers into outbox rows (nciiguard.actions).

A ``block``/``review`` event is enqueued in the transaction that records the decision for appeal;
a ``match`` event in the transaction that queues the review item, or in its own before the answer
is sent when there is none. Either way the row is committed before the caller sees the answer.
"""

from __future__ import annotations

import logging
from typing import Any

from ..actions.events import decision_data, match_data

log = logging.getLogger("nciiguard.service")


def _store(svc):
    return getattr(svc, "webhooks", None)


def decision_hook(svc, key_id: str, items: list[dict[str, Any]]):
    """For ``AppealDesk.record(also=...)``: enqueue a block/review event per recorded decision, or
    None when this key has no webhook for them (no extra work on the request path)."""
    store = _store(svc)
    if store is None or not any(store.wants(key_id, it["action"]) for it in items):
        return None

    def also(session) -> None:
        for it in items:
            store.enqueue(session, key_id, it["action"], decision_data(
                it, endpoint=it["endpoint"], hashes=it.get("hashes"), content_id=it.get("content_id")))
    return also


def notify(svc) -> None:
    store = _store(svc)
    if store is not None:
        store.notify()


def match_hook(svc, key_id: str, request_id: str, hits, *, reason_codes, scores, content_id):
    """For ``ReviewQueue.add(also=...)`` (gets the item id), or None when nobody takes ``match``."""
    store = _store(svc)
    if store is None or not store.wants(key_id, "match"):
        return None

    def also(session, item_id: int | None = None) -> None:
        store.enqueue(session, key_id, "match", match_data(request_id, hits, reason_codes=reason_codes,
                                                           scores=scores, content_id=content_id,
                                                           review_item=item_id))
    return also


def emit_now(svc, also) -> None:
    """Commit a match event on its own (no review item to share a transaction with)."""
    if also is None:
        return
    with svc.db.session() as s:
        also(s)
    notify(svc)
