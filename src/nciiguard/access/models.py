"""Tables of access control: API keys, the shared rate-limit buckets and the deployment's shared
secrets (Alembic branch ``service``, service_0001_*.py and service_0002_*.py; table names unchanged).

API keys are stored as SHA-256 of their random secret, looked up by a public key id.

Rate-limit buckets are keyed by an HMAC of "what is limited" (an API key id, or a client address
with the endpoint group), never by the address itself; the HMAC key is ``service_secrets`` row
``rate_key`` unless the operator sets ``rate_key_secret``. Buckets are short-lived: a row whose
bucket would be full again (``full_at`` passed) means nothing and is pruned.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")

ROLES = ("platform", "moderator", "admin", "partner")


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
