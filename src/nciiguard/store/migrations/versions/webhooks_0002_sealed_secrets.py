"""webhooks: signing secrets sealed with the registry key (secret -> secret_sealed, secret_key_id)

Revision ID: webhooks_0002
Revises: webhooks_0001
Create Date: 2026-12-03

Until now ``webhook_endpoints.secret`` held each endpoint's HMAC key in clear: anyone who could read
the database (a backup, a replica, a stolen disk) could forge signed deliveries. From here on the
secret is sealed with AES-256-GCM under the registry key, the key that seals face templates
(``NCIIGUARD_REGISTRY_KEY`` / ``NCIIGUARD_REGISTRY_KEY_FILE``, kept outside the database), with the
endpoint's ref as associated data (registry/crypto.py ``SecretCipher``, purpose ``webhooks/secret``).

Existing rows are sealed here. That needs the key: it is taken from the migration's attributes
(``registry_key``) or else from the configuration (environment, ``NCIIGUARD_CONFIG``). Without it,
and only if there are rows to seal, the upgrade stops with a message naming the setting, and
nothing is changed. The clear column is not left behind as dead data: on SQLite the column is
dropped with a table rewrite (``secure_delete`` zeroes what is freed); on PostgreSQL the two tables
are emptied with TRUNCATE (which replaces their files) and refilled, since an UPDATE or DROP COLUMN
would leave the old values in the table's file until a VACUUM FULL.
"""
from alembic import context, op
import sqlalchemy as sa

revision = "webhooks_0002"
down_revision = "webhooks_0001"
branch_labels = None
depends_on = None

_PURPOSE = "webhooks/secret"  # the same as nciiguard.actions.outbox.SECRET_PURPOSE


def _cipher(count: int):
    from nciiguard.registry.crypto import KEY_HELP, RegistryKeyError, SecretCipher

    key = context.config.attributes.get("registry_key")
    if key is None:
        from nciiguard.config import Config

        key = Config.load().registry_key
    if key is None or not str(key).strip():
        raise RegistryKeyError(
            f"migration webhooks_0002: {count} webhook signing secret(s) are stored in clear and must be "
            f"encrypted with the registry key, which is not configured; {KEY_HELP}; then run the upgrade "
            "again (nothing was changed)")
    return SecretCipher(key, _PURPOSE, what="webhook signing secret")


def upgrade() -> None:
    bind = op.get_bind()
    endpoints = bind.execute(sa.text("SELECT id, ref, secret FROM webhook_endpoints ORDER BY id")).all()
    cipher = _cipher(len(endpoints)) if endpoints else None
    sealed = [{"id": i, "sealed": cipher.seal(ref, secret), "kid": cipher.key_id} for i, ref, secret in endpoints]
    if bind.dialect.name == "postgresql":
        _upgrade_postgresql(bind, sealed)
    else:
        _upgrade_sqlite(bind, sealed)


def _upgrade_sqlite(bind, sealed: list[dict]) -> None:
    # NOT NULL with a default is what SQLite's ADD COLUMN allows; every row is then filled.
    op.execute("ALTER TABLE webhook_endpoints ADD COLUMN secret_sealed BLOB NOT NULL DEFAULT x''")
    op.execute("ALTER TABLE webhook_endpoints ADD COLUMN secret_key_id VARCHAR(16) NOT NULL DEFAULT ''")
    if sealed:
        bind.execute(sa.text("UPDATE webhook_endpoints SET secret_sealed = :sealed, secret_key_id = :kid, "
                             "secret = '' WHERE id = :id"), sealed)
    # Native DROP COLUMN (SQLite >= 3.35) rewrites every row without the column; not a batch
    # table copy, whose DROP TABLE would cascade-delete the outbox while foreign keys are on.
    op.execute("ALTER TABLE webhook_endpoints DROP COLUMN secret")


def _upgrade_postgresql(bind, sealed: list[dict]) -> None:
    cols = "id, ref, key_id, url, events, created_at, created_by"
    keep = bind.execute(sa.text(f"SELECT {cols} FROM webhook_endpoints ORDER BY id")).mappings().all()
    op.execute("CREATE TEMPORARY TABLE _webhooks_0002_outbox ON COMMIT DROP AS SELECT * FROM webhook_outbox")
    op.execute("TRUNCATE webhook_outbox, webhook_endpoints")
    op.drop_column("webhook_endpoints", "secret")
    op.add_column("webhook_endpoints", sa.Column("secret_sealed", sa.LargeBinary(), nullable=False))
    op.add_column("webhook_endpoints", sa.Column("secret_key_id", sa.String(16), nullable=False))
    by_id = {s["id"]: s for s in sealed}
    if keep:
        bind.execute(sa.text(f"INSERT INTO webhook_endpoints ({cols}, secret_sealed, secret_key_id) VALUES "
                             "(:id, :ref, :key_id, :url, :events, :created_at, :created_by, :sealed, :kid)"),
                     [{**row, "sealed": by_id[row["id"]]["sealed"], "kid": by_id[row["id"]]["kid"]} for row in keep])
    op.execute("INSERT INTO webhook_outbox SELECT * FROM _webhooks_0002_outbox")


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, ref, secret_sealed, secret_key_id FROM webhook_endpoints")).all()
    cipher = _cipher(len(rows)) if rows else None
    clear = [{"id": i, "secret": cipher.open(ref, blob, kid)} for i, ref, blob, kid in rows]
    if bind.dialect.name == "postgresql":
        op.add_column("webhook_endpoints", sa.Column("secret", sa.String(100), nullable=True))
    else:
        op.execute("ALTER TABLE webhook_endpoints ADD COLUMN secret VARCHAR(100) NOT NULL DEFAULT ''")
    if clear:
        bind.execute(sa.text("UPDATE webhook_endpoints SET secret = :secret WHERE id = :id"), clear)
    if bind.dialect.name == "postgresql":
        op.alter_column("webhook_endpoints", "secret", nullable=False)
        op.drop_column("webhook_endpoints", "secret_key_id")
        op.drop_column("webhook_endpoints", "secret_sealed")
    else:
        op.execute("ALTER TABLE webhook_endpoints DROP COLUMN secret_key_id")
        op.execute("ALTER TABLE webhook_endpoints DROP COLUMN secret_sealed")
