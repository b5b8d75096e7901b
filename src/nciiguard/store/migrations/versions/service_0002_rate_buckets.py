"""service: rate-limit buckets shared by every worker, and the deployment's shared secrets

Revision ID: service_0002
Revises: service_0001
Create Date: 2026-11-21

Additive only: two new tables, nothing in service_0001's tables changes, so a database at
service_0001 with data upgrades in place. The buckets are transient (a missing row is a full
bucket), so downgrading simply drops them.
"""
from alembic import op
import sqlalchemy as sa

revision = "service_0002"
down_revision = "service_0001"
branch_labels = None  # the "service" label is inherited from service_0001
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "service_rate_buckets",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("full_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_service_rate_buckets"),
    )
    op.create_index("ix_service_rate_buckets_full_at", "service_rate_buckets", ["full_at"])
    op.create_table(
        "service_secrets",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.String(128), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_service_secrets"),
    )


def downgrade() -> None:
    op.drop_table("service_secrets")
    op.drop_index("ix_service_rate_buckets_full_at", table_name="service_rate_buckets")
    op.drop_table("service_rate_buckets")
