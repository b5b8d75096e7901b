"""hash banks: change-log horizon (bank_meta.changes_from_revision) for change-log compaction

Revision ID: banks_0002
Revises: banks_0001
Create Date: 2026-11-21

``BankStore.compact_changes`` deletes old ``bank_changes`` rows. Before it does, it raises this
column to the highest pruned revision, so a matcher whose last-seen revision is below it knows
the log can no longer bring it up to date and rebuilds from ``bank_entries``. Existing databases
start at 0: nothing has been pruned, every logged change is still there.
"""
from alembic import op
import sqlalchemy as sa

revision = "banks_0002"
down_revision = "banks_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NOT NULL with a server default: SQLite can only add a NOT NULL column that has a default,
    # and the existing row (id 1) gets 0 on both dialects.
    op.add_column("bank_meta", sa.Column("changes_from_revision", sa.BigInteger(), nullable=False,
                                         server_default=sa.text("0")))


def downgrade() -> None:
    # batch mode: SQLite before 3.35 has no DROP COLUMN; Alembic copies the table instead.
    with op.batch_alter_table("bank_meta") as batch:
        batch.drop_column("changes_from_revision")
