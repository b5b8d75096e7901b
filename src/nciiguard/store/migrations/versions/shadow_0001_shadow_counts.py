"""shadow: counts of agreements and disagreements between the enforcing and a candidate policy

Revision ID: shadow_0001
Revises:
Create Date: 2026-12-03

A new branch with one new table; nothing else changes. Counts and reason codes only, no content.
"""
from alembic import op
import sqlalchemy as sa

revision = "shadow_0001"
down_revision = None
branch_labels = ("shadow",)
depends_on = None

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shadow_counts",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("surface", sa.String(32), nullable=False),
        sa.Column("enforcing", sa.String(200), nullable=False),
        sa.Column("candidate", sa.String(200), nullable=False),
        sa.Column("enforced_action", sa.String(16), nullable=False),
        sa.Column("candidate_action", sa.String(16), nullable=False),
        sa.Column("enforced_rules", sa.String(1000), nullable=False),
        sa.Column("candidate_rules", sa.String(1000), nullable=False),
        sa.Column("reason_codes", sa.String(2000), nullable=False),
        sa.Column("count", _BigId, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_shadow_counts"),
        sa.UniqueConstraint("key", name="uq_shadow_counts_key"),
    )
    op.create_index("ix_shadow_counts_day", "shadow_counts", ["day"])


def downgrade() -> None:
    op.drop_index("ix_shadow_counts_day", table_name="shadow_counts")
    op.drop_table("shadow_counts")
