"""Tables of the hash banks.

* ``bank_banks``: named banks, each with one signal type and a purpose.
* ``bank_entries``: the hashes, one row per (bank, value). Withdrawal deletes the row (and
  nothing of it is kept: the change log records only the entry id).
* ``bank_entry_owners``: who holds each entry: a survivor's case (``case:<ref>``), a removal
  request (``takedown:<ref>``) or a source such as an import (``source:<name>``). Adding a value
  that is already banked adds an owner; withdrawing removes one owner; the entry is deleted only
  when its last owner withdraws (banks_0003 adds the table and backfills one owner per entry).
* ``bank_meta``: one row holding the bank revision. Every change increments it in the same
  transaction; on PostgreSQL the row lock also serialises bank writers, so revisions are
  committed in order and a matcher polling "changes after revision N" never skips one.
  It also holds the change-log horizon ``changes_from_revision`` (see below).
* ``bank_changes``: the change log matchers in other processes read to update their index
  incrementally (entry id and operation only, never the hash of a withdrawn entry).
  :meth:`~nciiguard.banks.store.BankStore.compact_changes` prunes it: it first raises
  ``bank_meta.changes_from_revision`` to H, then deletes the rows of revisions <= H. The log is
  complete for every revision above H, so a matcher that has seen revision R >= H catches up
  from the log, and one with R < H rebuilds from ``bank_entries`` (never silently skipping a
  withdrawal that was pruned).

The schema is created by the Alembic branch ``banks`` (migrations/versions/banks_0001_*.py,
banks_0002_* adds the horizon).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..store.base import Base, utcnow

#: Purposes a bank can have.
PURPOSES = ("survivor", "confirmed", "allow", "nudify_model")
#: Entry statuses. Only ``active`` entries match; withdrawn entries do not exist (deleted).
STATUSES = ("active", "pending", "disabled")

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
_BigId = BigInteger().with_variant(Integer(), "sqlite")


class BankRow(Base):
    __tablename__ = "bank_banks"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), nullable=False, unique=True)
    signal_type: Mapped[str] = mapped_column(String(32), nullable=False)
    purpose: Mapped[str] = mapped_column(String(32), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    entries = relationship("BankEntryRow", back_populates="bank", passive_deletes=True)

    __table_args__ = (
        CheckConstraint("purpose IN ('survivor', 'confirmed', 'allow', 'nudify_model')", name="purpose"),
        CheckConstraint("signal_type IN ('pdq', 'video-pdq', 'md5', 'sha256')", name="signal_type"),
    )


class BankEntryRow(Base):
    __tablename__ = "bank_entries"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    bank_id: Mapped[int] = mapped_column(ForeignKey("bank_banks.id", ondelete="CASCADE"), nullable=False)
    signal_type: Mapped[str] = mapped_column(String(32), nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
    #: JSON object of extra PDQ hashes of centre crops ({"center90": hex, ...}) or NULL.
    variants: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    case_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="active")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    bank = relationship("BankRow", back_populates="entries")

    __table_args__ = (
        # A hash is in a bank once; importing it again is reported as a duplicate.
        UniqueConstraint("bank_id", "value", name="uq_bank_entries_bank_value"),
        CheckConstraint("status IN ('active', 'pending', 'disabled')", name="status"),
        Index("ix_bank_entries_lookup", "signal_type", "value"),
        Index("ix_bank_entries_case", "case_id"),
    )


class BankEntryOwnerRow(Base):
    """One holder of an entry. The owner key says what kind of holder it is (see :func:`owner_key`)."""

    __tablename__ = "bank_entry_owners"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("bank_entries.id", ondelete="CASCADE"), nullable=False)
    #: ``case:<case id>``, ``takedown:<ref>`` or ``source:<source>``.
    owner: Mapped[str] = mapped_column(String(256), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    __table_args__ = (
        # An owner holds a value once: adding it again (or two racing adds) is a no-op.
        UniqueConstraint("entry_id", "owner", name="uq_bank_entry_owners_entry_owner"),
        Index("ix_bank_entry_owners_owner", "owner"),
    )


class BankMetaRow(Base):
    __tablename__ = "bank_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    #: Random id set when the tables are created: a persisted match index built from another
    #: database (same URL, recreated) is never reused.
    instance: Mapped[str] = mapped_column(String(32), nullable=False)
    #: Change-log horizon H: ``bank_changes`` holds every change of every revision > H (rows at or
    #: below H may have been pruned). Only ever increases. 0 = nothing pruned yet.
    changes_from_revision: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0, server_default="0")


class BankChangeRow(Base):
    __tablename__ = "bank_changes"

    id: Mapped[int] = mapped_column(_BigId, primary_key=True, autoincrement=True)
    revision: Mapped[int] = mapped_column(BigInteger, nullable=False)
    #: ``add``, ``update``, ``remove`` (an entry), ``bank_create`` / ``bank_delete`` (informative:
    #: deletion also logs a ``remove`` per entry) or ``bank`` (a bank's purpose changed: rebuild).
    op: Mapped[str] = mapped_column(String(16), nullable=False)
    entry_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: The bank the entry was in (added by exchange_0001; NULL before): lets the exchange serve one
    #: bank's withdrawals without a foreign key (the bank may be gone, the log row stays).
    bank_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_bank_changes_revision", "revision"),)
