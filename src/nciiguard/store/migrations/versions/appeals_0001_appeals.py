"""appeals: decisions that can be appealed, and the appeals

Revision ID: appeals_0001
Revises:
Create Date: 2026-12-03

A new branch with two new tables; nothing else changes. No content: reasons without matched
text, image hashes (never images), the requester's short appeal text.
"""
from alembic import op
import sqlalchemy as sa

revision = "appeals_0001"
down_revision = None
branch_labels = ("appeals",)
depends_on = None

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "appeal_decisions",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("decision_id", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("endpoint", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("policy", sa.String(200), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("hashes", sa.JSON(), nullable=False),
        sa.Column("content_id", sa.String(500), nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_appeal_decisions"),
        sa.UniqueConstraint("decision_id", name="uq_appeal_decisions_decision_id"),
    )
    op.create_index("ix_appeal_decisions_created_at", "appeal_decisions", ["created_at"])
    op.create_table(
        "appeals",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("decision_id", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("allow_listed", sa.JSON(), nullable=False),
        sa.Column("false_positive", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("decided_at", _TS, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.CheckConstraint("status IN ('open', 'upheld', 'overturned')", name="ck_appeals_status"),
        sa.PrimaryKeyConstraint("id", name="pk_appeals"),
        sa.UniqueConstraint("ref", name="uq_appeals_ref"),
        sa.UniqueConstraint("decision_id", name="uq_appeals_decision_id"),
    )
    op.create_index("ix_appeals_queue", "appeals", ["status", "id"])


def downgrade() -> None:
    op.drop_index("ix_appeals_queue", table_name="appeals")
    op.drop_table("appeals")
    op.drop_index("ix_appeal_decisions_created_at", table_name="appeal_decisions")
    op.drop_table("appeal_decisions")
