"""exchange: an index on exchange_mirror_entries.entry_id

Revision ID: exchange_0002
Revises: exchange_0001
Create Date: 2026-12-03

Deleting a bank entry checks the mirror-entry rows that point at it (a foreign key with ON DELETE
CASCADE). Without an index on ``entry_id`` each deleted entry scanned the whole mapping table, so
releasing a large mirrored batch grew quadratic: 5,000 entries took 5.5 s, 1.8 s with this index
(bench/results/exchange.md).
"""
from alembic import op

revision = "exchange_0002"
down_revision = "exchange_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_exchange_mirror_entries_entry_id", "exchange_mirror_entries", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_exchange_mirror_entries_entry_id", table_name="exchange_mirror_entries")
