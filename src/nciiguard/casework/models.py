"""Tables of the HTTP service: API keys, survivor cases, takedown requests, review items, and the
shared rate-limit buckets.

Secrets are never stored: API keys as SHA-256 of their random secret (looked up by a public key
id), case numbers as SHA-256 (for lookup), PINs as scrypt hashes. Hashes a survivor submits live
in the bank tables with the case's opaque ``ref`` as their case id (never the case number), so a
match shown to a platform cannot lead back to the survivor's login.

Rate-limit buckets are keyed by an HMAC of "what is limited" (an API key id, or a client address
with the endpoint group), never by the address itself; the HMAC key is ``service_secrets`` row
``rate_key`` unless the operator sets ``rate_key_secret``. Buckets are short-lived: a row whose
bucket would be full again (``full_at`` passed) means nothing and is pruned.

The schema is created by the Alembic branch ``service`` (migrations/versions/service_0001_*.py,
service_0002_*.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, CheckConstraint, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")

ROLES = ("platform", "moderator", "admin", "partner")
CASE_STATUSES = ("open", "withdrawn")
TAKEDOWN_STATUSES = ("received", "valid", "invalid", "removed")
REVIEW_KINDS = ("match", "report", "takedown")
REVIEW_STATUSES = ("pending", "confirmed", "rejected")


def _in(values) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class ApiKeyRow(Base):
    __tablename__ = "service_api_keys"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    #: Public part of the key (``ngk_<key_id>_<secret>``), used to find the row.
    key_id: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (CheckConstraint(f"role IN {_in(ROLES)}", name="role"),)


class CaseRow(Base):
    __tablename__ = "service_cases"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    #: Opaque public id: the case id of the case's bank entries and audit records.
    ref: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    number_digest: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    pin_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    failed_pins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (CheckConstraint(f"status IN {_in(CASE_STATUSES)}", name="status"),)


class TakedownRow(Base):
    __tablename__ = "service_takedowns"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    ref: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    #: SHA-256 of the status token given to the requester once.
    token_digest: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("service_cases.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="received")
    #: {"name", "kind": "electronic"|"physical", "signed_at"}
    signature: Mapped[dict] = mapped_column(JSON, nullable=False)
    #: [{"url", "content_id", "description"}]
    locations: Mapped[list] = mapped_column(JSON, nullable=False)
    good_faith_statement: Mapped[str] = mapped_column(Text, nullable=False)
    #: {"name", "email", "phone", "address"}
    contact: Mapped[dict] = mapped_column(JSON, nullable=False)
    #: Hashes computed on the requester's device: [{"signal_type", "value"}]. Emptied on withdrawal.
    hashes: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    removal: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    swept_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    sweep: Mapped[dict | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        CheckConstraint(f"status IN {_in(TAKEDOWN_STATUSES)}", name="status"),
        Index("ix_service_takedowns_open", "status", "due_at"),
        Index("ix_service_takedowns_case", "case_id"),
    )


class ReviewItemRow(Base):
    __tablename__ = "service_review_items"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending")
    #: [{"signal_type", "value"}] of the content seen on the platform (never its bytes).
    hashes: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    content_id: Mapped[str | None] = mapped_column(String(500), nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    scores: Mapped[dict] = mapped_column(JSON, nullable=False, default=dict)
    reasons: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    matches: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    takedown_id: Mapped[int | None] = mapped_column(ForeignKey("service_takedowns.id", ondelete="CASCADE"),
                                                    nullable=True)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        CheckConstraint(f"kind IN {_in(REVIEW_KINDS)}", name="kind"),
        CheckConstraint(f"status IN {_in(REVIEW_STATUSES)}", name="status"),
        Index("ix_service_review_items_queue", "status", "id"),
        Index("ix_service_review_items_takedown", "takedown_id"),
    )


class RateBucketRow(Base):
    """One token bucket shared by every worker (service_0002). A missing row is a full bucket."""

    __tablename__ = "service_rate_buckets"

    #: HMAC-SHA256 (hex) of the bucket's name, e.g. of "key:<key id>" or "case:<client address>".
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: Tokens left at ``updated_at`` (refilled at the limit's rate when next read).
    tokens: Mapped[float] = mapped_column(Float, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    #: When the bucket is full again: after this the row carries no information and may be deleted.
    full_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (Index("ix_service_rate_buckets_full_at", "full_at"),)


class ServiceSecretRow(Base):
    """Random secrets the workers of one deployment must share (service_0002): ``rate_key``."""

    __tablename__ = "service_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: urlsafe base64 of random bytes.
    value: Mapped[str] = mapped_column(String(128), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
