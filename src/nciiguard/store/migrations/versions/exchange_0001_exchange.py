"""exchange: bank shares with partners, mirrors of other instances' banks, a partner API role

Revision ID: exchange_0001
Revises:
Create Date: 2026-12-03

A new branch. Three new tables (exchange_shares, exchange_mirrors, exchange_mirror_entries), a
nullable ``bank_changes.bank_id`` (which bank a change was in: the feed of one bank carries its
withdrawals without naming other banks' entries; rows logged before this revision have NULL and
are never served, because a share's cursor starts at the revision the share was made), and the
``partner`` role in the check constraint of ``service_api_keys.role``.
"""
from alembic import op
import sqlalchemy as sa

revision = "exchange_0001"
down_revision = None
branch_labels = ("exchange",)
# It alters bank_changes (banks_0001) and service_api_keys (service_0001), so it runs after them.
# On the branches' first revisions, not their heads: depending on a head would make Alembic drop
# that head from alembic_version, and every "one recorded head per feature" check would call the
# database unmigrated.
depends_on = ("banks_0001", "service_0001")

_BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_ROLES_OLD = "role IN ('platform', 'moderator', 'admin')"
_ROLES_NEW = "role IN ('platform', 'moderator', 'admin', 'partner')"


def _roles(sql: str) -> None:
    # SQLite cannot alter a constraint: batch mode copies the table (a handful of key rows).
    with op.batch_alter_table("service_api_keys", recreate="auto") as b:
        b.drop_constraint("ck_service_api_keys_role", type_="check")
        b.create_check_constraint("role", sql)  # named ck_service_api_keys_role by the convention


def upgrade() -> None:
    op.add_column("bank_changes", sa.Column("bank_id", sa.BigInteger(), nullable=True))
    _roles(_ROLES_NEW)
    op.create_table(
        "exchange_shares",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("bank_id", _BigId, nullable=False),
        sa.Column("partner", sa.String(200), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("from_revision", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_shares"),
        sa.ForeignKeyConstraint(["bank_id"], ["bank_banks.id"], ondelete="CASCADE",
                                name="fk_exchange_shares_bank_id_bank_banks"),
        sa.UniqueConstraint("bank_id", "key_id", name="uq_exchange_shares_bank_key"),
    )
    op.create_table(
        "exchange_mirrors",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("bank_id", _BigId, nullable=False),
        sa.Column("origin_url", sa.String(500), nullable=False),
        sa.Column("remote_bank", sa.String(128), nullable=False),
        sa.Column("cursor", sa.String(64), nullable=True),
        sa.Column("remote_revision", sa.BigInteger(), nullable=False),
        sa.Column("last_pull_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("resyncs", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_mirrors"),
        sa.ForeignKeyConstraint(["bank_id"], ["bank_banks.id"], ondelete="CASCADE",
                                name="fk_exchange_mirrors_bank_id_bank_banks"),
        sa.UniqueConstraint("bank_id", name="uq_exchange_mirrors_bank_id"),
    )
    op.create_table(
        "exchange_mirror_entries",
        sa.Column("id", _BigId, autoincrement=True, nullable=False),
        sa.Column("mirror_id", _BigId, nullable=False),
        sa.Column("remote_id", sa.BigInteger(), nullable=False),
        sa.Column("entry_id", _BigId, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_mirror_entries"),
        sa.ForeignKeyConstraint(["mirror_id"], ["exchange_mirrors.id"], ondelete="CASCADE",
                                name="fk_exchange_mirror_entries_mirror_id_exchange_mirrors"),
        sa.ForeignKeyConstraint(["entry_id"], ["bank_entries.id"], ondelete="CASCADE",
                                name="fk_exchange_mirror_entries_entry_id_bank_entries"),
        sa.UniqueConstraint("mirror_id", "remote_id", name="uq_exchange_mirror_entries_mirror_remote"),
    )


def downgrade() -> None:
    op.drop_table("exchange_mirror_entries")
    op.drop_table("exchange_mirrors")
    op.drop_table("exchange_shares")
    _roles(_ROLES_OLD)
    with op.batch_alter_table("bank_changes") as b:
        b.drop_column("bank_id")
