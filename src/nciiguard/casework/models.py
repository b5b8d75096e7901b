"""Tables of casework: survivor cases, takedown requests and review items (Alembic branch
``service``, migrations/versions/service_0001_*.py: the tables keep their ``service_`` names so
existing databases need no migration).

Secrets are never stored: case numbers as SHA-256 (for lookup), PINs as scrypt hashes. Hashes a
survivor submits live in the bank tables with the case's opaque ``ref`` as their case id (never the
case number), so a match shown to a platform cannot lead back to the survivor's login.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, CheckConstraint, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")

CASE_STATUSES = ("open", "withdrawn")
TAKEDOWN_STATUSES = ("received", "valid", "invalid", "removed")
REVIEW_KINDS = ("match", "report", "takedown")
REVIEW_STATUSES = ("pending", "confirmed", "rejected")


def _in(values) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


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
