"""Signing webhook bodies, and verifying them (what a receiver does).

As common webhook senders do: the body is signed with HMAC-SHA256 over ``"<timestamp>.<body>"``
with the endpoint's secret, and sent with three headers::

    Webhook-Id: evt_...                      (the event id: receivers dedupe on it)
    Webhook-Timestamp: 1764787200            (Unix seconds at this attempt)
    Webhook-Signature: v1=<64 hex digits>

The timestamp is inside the signature, so a captured delivery cannot be replayed later than the
receiver's tolerance window; the id lets a receiver drop a redelivery (delivery is at least once).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Mapping

SECRET_PREFIX = "whsec_"
#: A receiver's default window for the timestamp (seconds, either side of its clock).
DEFAULT_TOLERANCE = 300


class SignatureError(ValueError):
    """A delivery whose signature or timestamp does not check out."""


def new_secret() -> str:
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{int(timestamp)}.".encode("ascii") + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def sign(secret: str, event_id: str, body: bytes, *, now: float | None = None) -> dict[str, str]:
    """The headers of one delivery attempt."""
    ts = int(time.time() if now is None else now)
    return {"Content-Type": "application/json", "Webhook-Id": event_id, "Webhook-Timestamp": str(ts),
            "Webhook-Signature": signature(secret, ts, body)}


def verify(secret: str, headers: Mapping[str, str], body: bytes, *, tolerance: int = DEFAULT_TOLERANCE,
           now: float | None = None) -> str:
    """Check a delivery as a receiver should; returns its event id or raises :class:`SignatureError`.

    ``headers`` is looked up case-insensitively. Several ``v1=`` values separated by spaces are
    accepted (a sender rotating secrets may send one per secret)."""
    lower = {k.lower(): v for k, v in headers.items()}
    try:
        event_id, ts_text, sigs = lower["webhook-id"], lower["webhook-timestamp"], lower["webhook-signature"]
    except KeyError as exc:
        raise SignatureError(f"missing header {exc.args[0]}") from None
    try:
        ts = int(ts_text)
    except ValueError:
        raise SignatureError("Webhook-Timestamp is not an integer") from None
    current = time.time() if now is None else now
    if abs(current - ts) > tolerance:
        raise SignatureError("Webhook-Timestamp is outside the tolerance window (replayed or clock skew)")
    expected = signature(secret, ts, body)
    if not any(hmac.compare_digest(expected, s) for s in sigs.split()):
        raise SignatureError("no Webhook-Signature matches")
    return event_id
