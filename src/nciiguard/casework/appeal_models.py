"""Tables of service appeals (Alembic branch ``appeals``, appeals_0001_appeals.py).

``appeal_decisions`` keeps what a moderator needs to judge an appeal of a review/block decision
the service answered: its id, the API key it was answered to, the action, the policy and the
reasons **without the matched text** (codes, signals, fields, spans, scores), and for an image the
hashes of the image (never the image). Allowed decisions are not kept (there is nothing to appeal).
``appeals`` holds the appeal: the requester's short text, its status and the outcome.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, CheckConstraint, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")
APPEAL_STATUSES = ("open", "upheld", "overturned")


class AppealDecisionRow(Base):
    __tablename__ = "appeal_decisions"
    __table_args__ = (Index("ix_appeal_decisions_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    decision_id: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    endpoint: Mapped[str] = mapped_column(String(32), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    policy: Mapped[str] = mapped_column(String(200), nullable=False)
    reasons: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    hashes: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    content_id: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class AppealRow(Base):
    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'upheld', 'overturned')", name="status"),
        Index("ix_appeals_queue", "status", "id"),
    )

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    ref: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    decision_id: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Hashes the outcome put on the allow-list: [{"signal_type", "value"}].
    allow_listed: Mapped[list] = mapped_column(JSON, nullable=False, default=list)
    #: The moderator noted a false positive of the policy (for retraining: codes only, no content).
    false_positive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
