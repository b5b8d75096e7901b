"""Tables of the hash exchange (Alembic branch ``exchange``, migrations/versions/exchange_0001_*).

* ``exchange_shares``: the owner side. A bank shared with one partner, whose API key (role
  ``partner``) is the only credential that can read it. ``from_revision``: the bank revision when
  the share was made; a cursor below it (or below the change-log horizon) must re-sync.
* ``exchange_mirrors``: the partner side. A local bank that mirrors a bank of another instance:
  its origin (URL + remote bank), the cursor of the last applied change, and the last pull.
* ``exchange_mirror_entries``: which local entry holds which upstream entry id (a withdrawal
  upstream names only the entry id: the hash is gone there). No hash value is stored here.

``bank_changes.bank_id`` (added by exchange_0001) says which bank a change was in, so the changes
feed of one bank can include its withdrawals without telling a partner anything about other banks.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..banks.types import register_read_only_banks
from ..store.base import Base, utcnow

_BigId = BigInteger().with_variant(Integer(), "sqlite")


class ShareRow(Base):
    __tablename__ = "exchange_shares"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("bank_banks.id", ondelete="CASCADE"), nullable=False)
    partner: Mapped[str] = mapped_column(String(200), nullable=False)
    #: Public id of the partner's API key (service_api_keys.key_id).
    key_id: Mapped[str] = mapped_column(String(32), nullable=False)
    from_revision: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)

    __table_args__ = (UniqueConstraint("bank_id", "key_id", name="uq_exchange_shares_bank_key"),)


class MirrorRow(Base):
    __tablename__ = "exchange_mirrors"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("bank_banks.id", ondelete="CASCADE"), nullable=False, unique=True)
    origin_url: Mapped[str] = mapped_column(String(500), nullable=False)
    remote_bank: Mapped[str] = mapped_column(String(128), nullable=False)
    #: ``<revision>:<change id>`` of the last applied change, or NULL (a snapshot is needed).
    cursor: Mapped[str | None] = mapped_column(String(64), nullable=True)
    #: The upstream revision at the last pull (lag = remote_revision - cursor revision).
    remote_revision: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_pull_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text, nullable=False, default="")
    resyncs: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)


class MirrorEntryRow(Base):
    __tablename__ = "exchange_mirror_entries"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    mirror_id: Mapped[int] = mapped_column(ForeignKey("exchange_mirrors.id", ondelete="CASCADE"), nullable=False)
    remote_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"), nullable=False)

    # entry_id is indexed: deleting a bank entry checks the rows pointing at it (exchange_0002).
    __table_args__ = (UniqueConstraint("mirror_id", "remote_id", name="uq_exchange_mirror_entries_mirror_remote"),
                      Index("ix_exchange_mirror_entries_entry_id", "entry_id"))


def _mirrored_banks(session) -> dict[int, str]:
    """Local banks that mirror another instance's bank: bank id -> "'bank' at URL". They are
    read-only here (only the mirror's own pulls, owner ``exchange:...``, change them)."""
    from sqlalchemy import select

    return {int(bid): f"{rb!r} at {url}" for bid, rb, url in session.execute(
        select(MirrorRow.bank_id, MirrorRow.remote_bank, MirrorRow.origin_url))}


# Banks do not import the exchange; the exchange tells them which banks it keeps read-only. This
# module is imported wherever the schema is (the table aggregator, every migration run), so the
# lookup is registered before any bank write can reach a mirror.
register_read_only_banks(_mirrored_banks)
