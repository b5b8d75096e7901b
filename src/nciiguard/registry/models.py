"""Tables of the likeness registry (schema changes: store/migrations/versions/registry_*.py).

Nothing here holds a photo or a plaintext template: templates are AES-GCM ciphertexts.
Withdrawal deletes the person row; aliases and templates go with it (ON DELETE CASCADE).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..store.base import Base


class RegistryPerson(Base):
    __tablename__ = "registry_people"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # uuid4 hex
    name: Mapped[str] = mapped_column(String(200))
    consent_by: Mapped[str] = mapped_column(String(200))
    consent_method: Mapped[str] = mapped_column(String(32))  # self | verified_agent
    consent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    consent_scope: Mapped[str] = mapped_column(Text)
    consent_document_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegistryAlias(Base):
    __tablename__ = "registry_aliases"
    __table_args__ = (UniqueConstraint("person_id", "alias_key", name="uq_registry_aliases_person_alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("registry_people.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    alias_key: Mapped[str] = mapped_column(String(200))  # casefolded, whitespace-collapsed


class RegistryTemplate(Base):
    __tablename__ = "registry_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("registry_people.id", ondelete="CASCADE"), index=True
    )
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    key_id: Mapped[str] = mapped_column(String(16))
    quality: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegistryState(Base):
    """One row (id 1): a counter bumped by every change, so every process sees changes."""

    __tablename__ = "registry_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger)
