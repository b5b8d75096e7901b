"""service: API keys, survivor cases, takedown requests, review items

Revision ID: service_0001
Revises:
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "service_0001"
down_revision = None
branch_labels = ("service",)
depends_on = None

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "service_api_keys",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("revoked_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_api_keys"),
        sa.UniqueConstraint("key_id", name="uq_service_api_keys_key_id"),
        sa.CheckConstraint("role IN ('platform', 'moderator', 'admin')", name="ck_service_api_keys_role"),
    )
    op.create_table(
        "service_cases",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("number_digest", sa.String(64), nullable=False),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("locked_until", _TS, nullable=True),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("updated_at", _TS, nullable=False),
        sa.Column("withdrawn_at", _TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_cases"),
        sa.UniqueConstraint("ref", name="uq_service_cases_ref"),
        sa.UniqueConstraint("number_digest", name="uq_service_cases_number_digest"),
        sa.CheckConstraint("status IN ('open', 'withdrawn')", name="ck_service_cases_status"),
    )
    op.create_table(
        "service_takedowns",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("token_digest", sa.String(64), nullable=False),
        sa.Column("case_id", _BigId, nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=False),
        sa.Column("locations", sa.JSON(), nullable=False),
        sa.Column("good_faith_statement", sa.Text(), nullable=False),
        sa.Column("contact", sa.JSON(), nullable=False),
        sa.Column("hashes", sa.JSON(), nullable=False),
        sa.Column("received_at", _TS, nullable=False),
        sa.Column("due_at", _TS, nullable=False),
        sa.Column("decided_at", _TS, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("removed_at", _TS, nullable=True),
        sa.Column("removal", sa.JSON(), nullable=True),
        sa.Column("swept_at", _TS, nullable=True),
        sa.Column("sweep", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_takedowns"),
        sa.UniqueConstraint("ref", name="uq_service_takedowns_ref"),
        sa.UniqueConstraint("token_digest", name="uq_service_takedowns_token_digest"),
        sa.ForeignKeyConstraint(["case_id"], ["service_cases.id"], ondelete="SET NULL",
                                name="fk_service_takedowns_case_id_service_cases"),
        sa.CheckConstraint("status IN ('received', 'valid', 'invalid', 'removed')",
                           name="ck_service_takedowns_status"),
    )
    op.create_index("ix_service_takedowns_open", "service_takedowns", ["status", "due_at"])
    op.create_index("ix_service_takedowns_case", "service_takedowns", ["case_id"])
    op.create_table(
        "service_review_items",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("hashes", sa.JSON(), nullable=False),
        sa.Column("content_id", sa.String(500), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("matches", sa.JSON(), nullable=False),
        sa.Column("takedown_id", _BigId, nullable=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("decided_at", _TS, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_service_review_items"),
        sa.ForeignKeyConstraint(["takedown_id"], ["service_takedowns.id"], ondelete="CASCADE",
                                name="fk_service_review_items_takedown_id_service_takedowns"),
        sa.CheckConstraint("kind IN ('match', 'report', 'takedown')", name="ck_service_review_items_kind"),
        sa.CheckConstraint("status IN ('pending', 'confirmed', 'rejected')", name="ck_service_review_items_status"),
    )
    op.create_index("ix_service_review_items_queue", "service_review_items", ["status", "id"])
    op.create_index("ix_service_review_items_takedown", "service_review_items", ["takedown_id"])


def downgrade() -> None:
    for name in ("service_review_items", "service_takedowns", "service_cases", "service_api_keys"):
        op.drop_table(name)
