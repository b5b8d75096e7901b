"""likeness registry: people (consent), aliases, encrypted face templates, revision counter

Revision ID: registry_0001
Revises:
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "registry_0001"
down_revision = None
branch_labels = ("registry",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registry_people",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("consent_by", sa.String(200), nullable=False),
        sa.Column("consent_method", sa.String(32), nullable=False),
        sa.Column("consent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("consent_scope", sa.Text(), nullable=False),
        sa.Column("consent_document_sha256", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_registry_people"),
    )
    op.create_table(
        "registry_aliases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.String(32), nullable=False),
        sa.Column("alias", sa.String(200), nullable=False),
        sa.Column("alias_key", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["registry_people.id"], ondelete="CASCADE",
                                name="fk_registry_aliases_person_id_registry_people"),
        sa.PrimaryKeyConstraint("id", name="pk_registry_aliases"),
        sa.UniqueConstraint("person_id", "alias_key", name="uq_registry_aliases_person_alias"),
    )
    op.create_index("ix_registry_aliases_person_id", "registry_aliases", ["person_id"])
    op.create_table(
        "registry_templates",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.String(32), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("quality", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["registry_people.id"], ondelete="CASCADE",
                                name="fk_registry_templates_person_id_registry_people"),
        sa.PrimaryKeyConstraint("id", name="pk_registry_templates"),
    )
    op.create_index("ix_registry_templates_person_id", "registry_templates", ["person_id"])
    state = op.create_table(
        "registry_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_registry_state"),
    )
    op.bulk_insert(state, [{"id": 1, "revision": 0}])


def downgrade() -> None:
    op.drop_table("registry_state")
    op.drop_index("ix_registry_templates_person_id", table_name="registry_templates")
    op.drop_table("registry_templates")
    op.drop_index("ix_registry_aliases_person_id", table_name="registry_aliases")
    op.drop_table("registry_aliases")
    op.drop_table("registry_people")
