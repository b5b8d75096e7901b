"""hash banks: banks, entries, revision counter and change log

Revision ID: banks_0001
Revises:
Create Date: 2026-11-21
"""
import uuid

from alembic import op
import sqlalchemy as sa

revision = "banks_0001"
down_revision = None
branch_labels = ("banks",)
depends_on = None

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "bank_banks",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("signal_type", sa.String(32), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bank_banks"),
        sa.UniqueConstraint("name", name="uq_bank_banks_name"),
        sa.CheckConstraint("purpose IN ('survivor', 'confirmed', 'allow', 'nudify_model')",
                           name="ck_bank_banks_purpose"),
        sa.CheckConstraint("signal_type IN ('pdq', 'video-pdq', 'md5', 'sha256')",
                           name="ck_bank_banks_signal_type"),
    )
    op.create_table(
        "bank_entries",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("bank_id", _BigId, nullable=False),
        sa.Column("signal_type", sa.String(32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("variants", sa.Text(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("case_id", sa.String(128), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bank_entries"),
        sa.ForeignKeyConstraint(["bank_id"], ["bank_banks.id"], ondelete="CASCADE",
                                name="fk_bank_entries_bank_id_bank_banks"),
        sa.UniqueConstraint("bank_id", "value", name="uq_bank_entries_bank_value"),
        sa.CheckConstraint("status IN ('active', 'pending', 'disabled')", name="ck_bank_entries_status"),
    )
    op.create_index("ix_bank_entries_lookup", "bank_entries", ["signal_type", "value"])
    op.create_index("ix_bank_entries_case", "bank_entries", ["case_id"])
    op.create_table(
        "bank_meta",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("instance", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bank_meta"),
    )
    # "instance" tells a persisted match index which database it was built from.
    op.execute(f"INSERT INTO bank_meta (id, revision, instance) VALUES (1, 0, '{uuid.uuid4().hex}')")
    op.create_table(
        "bank_changes",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("entry_id", sa.BigInteger(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bank_changes"),
    )
    op.create_index("ix_bank_changes_revision", "bank_changes", ["revision"])


def downgrade() -> None:
    op.drop_index("ix_bank_changes_revision", table_name="bank_changes")
    op.drop_table("bank_changes")
    op.drop_table("bank_meta")
    op.drop_index("ix_bank_entries_case", table_name="bank_entries")
    op.drop_index("ix_bank_entries_lookup", table_name="bank_entries")
    op.drop_table("bank_entries")
    op.drop_table("bank_banks")
