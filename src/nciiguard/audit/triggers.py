"""Are the audit log's append-only triggers (migration audit_0001) still in place and enabled?

Alembic does not reflect triggers, so the schema comparison cannot see a dropped one; whoever can
write to the database can drop them and then edit or delete records. The chain and its anchor
still show such edits, but a missing trigger is reported on its own (``nciiguard db status`` as
drift, ``nciiguard audit verify`` as a failure) so the operator learns of it before any record
changes.
"""

from __future__ import annotations

from sqlalchemy import text

#: Trigger names audit_0001 creates, per dialect.
EXPECTED = {
    "sqlite": ("audit_log_no_delete", "audit_log_no_update"),
    "postgresql": ("audit_log_no_change",),
}


def missing_triggers(connection) -> list[str]:
    """Names of expected triggers on ``audit_log`` that are missing or disabled (``connection``:
    a SQLAlchemy Connection). Empty for a dialect nciiguard does not run on."""
    dialect = connection.dialect.name
    expected = EXPECTED.get(dialect, ())
    if dialect == "sqlite":
        present = {r[0] for r in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"))}
    elif dialect == "postgresql":
        # tgenabled 'D' = disabled (ALTER TABLE ... DISABLE TRIGGER): as good as dropped.
        present = {r[0] for r in connection.execute(text(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = 'audit_log' AND n.nspname = current_schema() "
            "AND NOT t.tgisinternal AND t.tgenabled <> 'D'"))}
    else:
        return []
    return [name for name in expected if name not in present]
