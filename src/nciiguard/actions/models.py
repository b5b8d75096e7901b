"""Tables of webhook actions (Alembic branch ``webhooks``, webhooks_0001_webhooks.py).

``webhook_endpoints``: where one API key's events go (URL, event types, signing secret, sealed
with the registry key: webhooks_0002_sealed_secrets.py).
``webhook_outbox``: one row per (event, endpoint), written in the same transaction as the event's
own record, so an event that was answered is never lost by a crash or restart before delivery.
The body is stored exactly as it is signed and sent: ids, hashes, reason codes and scores, never
content (no prompt text, no image bytes).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (BigInteger, CheckConstraint, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")
EVENTS = ("match", "block", "review")
STATUSES = ("pending", "delivered", "dead")


class WebhookEndpointRow(Base):
    __tablename__ = "webhook_endpoints"
    __table_args__ = (Index("ix_webhook_endpoints_key_id", "key_id"),)

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    #: Public reference (``whk_...``), what the CLI and the admin API name.
    ref: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    url: Mapped[str] = mapped_column(String(2000), nullable=False)
    #: Comma-separated event types (``match,block,review``).
    events: Mapped[str] = mapped_column(String(100), nullable=False)
    #: The HMAC key, AES-256-GCM sealed with the registry key, the row's ref as associated data
    #: (registry/crypto.py SecretCipher). Signing opens it per delivery; it is never stored in clear.
    secret_sealed: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    #: Which registry key sealed it (a hash of the key, not the key): a wrong key is named as such.
    secret_key_id: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class WebhookOutboxRow(Base):
    __tablename__ = "webhook_outbox"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'delivered', 'dead')", name="status"),
        UniqueConstraint("event_id", "endpoint_id", name="uq_webhook_outbox_event_id"),
        Index("ix_webhook_outbox_due", "status", "due_ms"),
    )

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    #: ``evt_...``: the same for every endpoint that gets this event; receivers dedupe on it.
    event_id: Mapped[str] = mapped_column(String(40), nullable=False)
    endpoint_id: Mapped[int] = mapped_column(
        _BigId, ForeignKey("webhook_endpoints.id", ondelete="CASCADE"), nullable=False)
    event: Mapped[str] = mapped_column(String(16), nullable=False)
    #: The JSON body, byte for byte as it is signed and sent on every attempt.
    body: Mapped[str] = mapped_column(Text, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: When the row may next be tried (epoch milliseconds). A worker claims a row by moving this
    #: forward by its lease; a worker that dies mid-delivery leaves it to be retried after the lease.
    due_ms: Mapped[int] = mapped_column(_BigId, nullable=False)
    #: The last attempt's outcome: ``http 500``, ``connection refused`` (never a response body).
    last_error: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
