"""The shadow_counts table: how often a candidate policy agreed or disagreed with the enforcing one.

One row per (day, surface, enforcing profile, candidate profile, the two actions, the rules that
fired on each side, the reason codes): a count, never content. Reason codes name signals and
labels (``sexual.explicit``), not text; spans, evidence and messages are not stored. Created by
the Alembic branch ``shadow`` (migrations/versions/shadow_0001_shadow_counts.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")


class ShadowCountRow(Base):
    __tablename__ = "shadow_counts"
    __table_args__ = (Index("ix_shadow_counts_day", "day"),)

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    #: SHA-256 of the row's identifying columns: one row per combination (upserts find it).
    key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    day: Mapped[str] = mapped_column(String(10), nullable=False)  # YYYY-MM-DD, UTC
    surface: Mapped[str] = mapped_column(String(32), nullable=False)  # service, cli, library
    enforcing: Mapped[str] = mapped_column(String(200), nullable=False)  # name@version
    candidate: Mapped[str] = mapped_column(String(200), nullable=False)
    enforced_action: Mapped[str] = mapped_column(String(16), nullable=False)
    candidate_action: Mapped[str] = mapped_column(String(16), nullable=False)  # or "error"
    enforced_rules: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    candidate_rules: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    reason_codes: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
    count: Mapped[int] = mapped_column(_BigId, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
