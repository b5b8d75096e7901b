"""hash banks: entry owners (bank_entry_owners), backfilled from each entry's case or source

Revision ID: banks_0003
Revises: banks_0002
Create Date: 2026-12-03

A banked value can be held by several survivors' cases, removal requests and sources. Until now
an entry had one case id, so a second survivor's identical hash was a "duplicate" linked to
nothing, and the first survivor's withdrawal unprotected both. From here on each holder is a row
in ``bank_entry_owners``; the entry is deleted only when its last owner withdraws.

Backfill: every existing entry gets one owner: ``case:<case_id>`` when it has a case id, else
``source:<source>``. Nothing else changes, so a database upgraded here matches exactly as before.
"""
from alembic import op
import sqlalchemy as sa

revision = "banks_0003"
down_revision = "banks_0002"
branch_labels = None
depends_on = None

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "bank_entry_owners",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("entry_id", _BigId, nullable=False),
        sa.Column("owner", sa.String(256), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bank_entry_owners"),
        sa.ForeignKeyConstraint(["entry_id"], ["bank_entries.id"], ondelete="CASCADE",
                                name="fk_bank_entry_owners_entry_id_bank_entries"),
        sa.UniqueConstraint("entry_id", "owner", name="uq_bank_entry_owners_entry_owner"),
    )
    op.create_index("ix_bank_entry_owners_owner", "bank_entry_owners", ["owner"])
    # One statement, in the database: no rows travel through Python, any size of bank.
    op.execute(
        "INSERT INTO bank_entry_owners (entry_id, owner, created_at) "
        "SELECT id, CASE WHEN case_id IS NOT NULL THEN 'case:' || case_id ELSE 'source:' || source END, created_at "
        "FROM bank_entries"
    )


def downgrade() -> None:
    op.drop_index("ix_bank_entry_owners_owner", table_name="bank_entry_owners")
    op.drop_table("bank_entry_owners")
