"""Declarative base shared by every table (banks, registry, cases, audit log).

Each feature declares its tables in its own module and its schema changes in its own branch of
Alembic revisions under ``store/migrations/versions`` (``banks_0001_...``, ``registry_0001_...``),
with ``branch_labels = ("<feature>",)`` on its first revision and ``down_revision = None``.
``nciiguard/tables.py`` imports every table module and names each one's branch.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so migrations behave the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    """Now, timezone-aware UTC: every stored timestamp is UTC."""
    return datetime.now(timezone.utc)


def as_utc(at: datetime | None) -> datetime | None:
    """A stored timestamp as aware UTC. SQLite hands back naive datetimes that were stored as UTC."""
    if at is None:
        return None
    return at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)
