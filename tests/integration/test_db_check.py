"""``nciiguard db status|upgrade`` and the schema check, on real SQLite and real PostgreSQL.

Each test damages a freshly migrated database the way operators meet it in the wild (a draft
migration's leftover, a hand-made ALTER, a newer version's revision) and checks that the damage
is named, with the right exit code, and that a clean database stays clean.
"""

from __future__ import annotations

import io
import json

import pytest

from nciiguard.cli import main
from nciiguard.store import Database, open_database
from nciiguard.tables import check_schema

HEADS = ["appeals_0001", "audit_0001", "banks_0003", "exchange_0002", "registry_0001", "service_0002", "shadow_0001",
         "webhooks_0002"]
#: Every revision the code ships (a database without tables has all of them pending).
REVISIONS = ["appeals_0001", "audit_0001", "banks_0001", "banks_0002", "banks_0003", "exchange_0001", "exchange_0002",
             "registry_0001", "service_0001", "service_0002", "shadow_0001", "webhooks_0001",
             "webhooks_0002"]


def run(url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", url, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def ddl(db: Database, *statements: str) -> None:
    with db.engine.begin() as conn:
        for sql in statements:
            conn.exec_driver_sql(sql)


@pytest.fixture
def migrated(db_url):
    db = open_database(db_url)
    yield db
    db.dispose()


def kinds(status) -> set[tuple[str, str | None, str | None]]:
    return {(p.kind, p.table, p.column or p.name) for p in status.problems}


# --- clean ---------------------------------------------------------------------------------------


def test_fresh_database_is_clean(migrated, db_url):
    status = check_schema(migrated)
    assert status.ok and status.drift_checked and status.exists
    assert list(status.current) == HEADS and list(status.heads) == HEADS
    assert status.pending == () and status.unknown == () and status.problems == ()
    code, out, err = run(db_url, "db", "status")
    assert code == 0, out + err
    assert "status:     ok" in out and "drift:      none" in out


def test_upgrade_is_idempotent(db_url):
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 0 and "applied: " in out and "status:     ok" in out
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 0 and "nothing to apply" in out


def test_status_does_not_create_a_missing_sqlite_file(tmp_path):
    path = tmp_path / "sub" / "absent.db"
    url = f"sqlite:///{path}"
    code, out, _ = run(url, "db", "status", "--json")
    assert code == 1
    report = json.loads(out)
    assert report["exists"] is False and report["current"] == [] and sorted(report["pending"]) == REVISIONS
    assert not path.exists() and not path.parent.exists()
    code, out, _ = run(url, "db", "upgrade")
    assert code == 0 and path.is_file()


# --- drift ---------------------------------------------------------------------------------------


def test_dropped_column_is_named_with_its_revision(migrated, db_url):
    ddl(migrated, "ALTER TABLE bank_entries DROP COLUMN note")
    status = check_schema(migrated)
    assert not status.ok and status.pending == ()
    assert kinds(status) == {("missing_column", "bank_entries", "note")}
    assert status.problems[0].revision == "banks_0003"
    assert status.summary() == ("schema differs from revision banks_0003: column bank_entries.note missing; "
                                "run `nciiguard db status`")
    code, out, _ = run(db_url, "db", "status")
    assert code == 1
    assert "column bank_entries.note missing [banks_0003]" in out and "NOT OK" in out


def test_extra_table_and_column_are_reported_without_row_data(migrated, db_url):
    ddl(migrated, "CREATE TABLE leftover_draft (id INTEGER PRIMARY KEY, secret VARCHAR(50))",
        "INSERT INTO leftover_draft (id, secret) VALUES (1, 'do-not-print-me')",
        "ALTER TABLE registry_people ADD COLUMN nickname VARCHAR(40)")
    status = check_schema(migrated)
    assert kinds(status) == {("extra_table", "leftover_draft", None),
                             ("extra_column", "registry_people", "nickname")}
    code, out, _ = run(db_url, "db", "status", "--json")
    assert code == 1 and "do-not-print-me" not in out


def test_missing_index_is_reported(migrated):
    ddl(migrated, "DROP INDEX ix_bank_entries_case")
    status = check_schema(migrated)
    assert kinds(status) == {("missing_index", "bank_entries", "ix_bank_entries_case")}
    assert "index ix_bank_entries_case on bank_entries (case_id) missing" in status.problems[0].message


def test_dropped_audit_log_index_is_reported(migrated):
    # The audit log's lookup index is declared in the migration and the model alike: a drop shows.
    ddl(migrated, "DROP INDEX ix_audit_log_object")
    status = check_schema(migrated)
    assert kinds(status) == {("missing_index", "audit_log", "ix_audit_log_object")}
    assert status.problems[0].revision == "audit_0001"


def test_nullable_type_foreign_key_and_unique_drift_on_postgres(postgres_url):
    # SQLite cannot ALTER a column's nullability or type, or drop a constraint in place; PostgreSQL can.
    db = open_database(postgres_url)
    try:
        ddl(db, "ALTER TABLE bank_entries ALTER COLUMN source DROP NOT NULL",
            "ALTER TABLE registry_aliases DROP CONSTRAINT fk_registry_aliases_person_id_registry_people",
            "ALTER TABLE service_cases ALTER COLUMN ref TYPE TEXT",
            "ALTER TABLE bank_banks DROP CONSTRAINT uq_bank_banks_name")
        status = check_schema(db)
    finally:
        db.dispose()
    fk = "fk_registry_aliases_person_id_registry_people"
    assert kinds(status) == {("nullable", "bank_entries", "source"),
                             ("missing_foreign_key", "registry_aliases", fk),
                             ("type", "service_cases", "ref"),
                             ("missing_unique", "bank_banks", "uq_bank_banks_name")}
    messages = " | ".join(p.message for p in status.problems)
    assert "column bank_entries.source is NULL in the database, NOT NULL in the models" in messages
    assert "foreign key registry_aliases(person_id) -> registry_people missing" in messages
    assert "column service_cases.ref has type TEXT in the database, VARCHAR(40) in the models" in messages


def test_upgrade_does_not_hide_drift(migrated, db_url):
    ddl(migrated, "ALTER TABLE bank_entries DROP COLUMN note")
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 1
    assert "nothing to apply" in out and "column bank_entries.note missing" in out


# --- revisions -----------------------------------------------------------------------------------


def test_older_revision_reports_pending_and_upgrade_fixes_it(db_url):
    db = Database(db_url)
    db.migrate("audit@head")  # only the audit branch, as a database from before the other features
    status = check_schema(db)
    db.dispose()
    assert list(status.current) == ["audit_0001"]
    assert sorted(status.pending) == sorted(r for r in REVISIONS if r != "audit_0001")
    assert not status.drift_checked and status.drift == ()  # missing tables are pending, not drift
    assert status.summary() == f"{len(REVISIONS) - 1} migration(s) pending; run `nciiguard db upgrade`"
    code, out, _ = run(db_url, "db", "status")
    assert code == 1 and "pending:    " in out and "banks_0001" in out
    code, out, _ = run(db_url, "db", "upgrade")
    assert code == 0, out
    assert "applied: " in out and "service_0001" in out
    code, out, _ = run(db_url, "db", "status", "--json")
    assert code == 0 and json.loads(out)["ok"] is True


def test_unknown_revision_is_reported_and_not_upgraded(migrated, db_url):
    ddl(migrated, "UPDATE alembic_version SET version_num = 'banks_0099' WHERE version_num = 'banks_0003'")
    status = check_schema(migrated)
    assert status.unknown == ("banks_0099",) and not status.drift_checked
    assert ("unknown_revision", None, "banks_0099") in kinds(status)
    assert "does not know" in status.summary()
    code, out, _ = run(db_url, "db", "status")
    assert code == 1 and "banks_0099" in out
    code, _, err = run(db_url, "db", "upgrade")
    assert code == 1 and "not upgrading" in err and "banks_0099" in err
    with migrated.engine.connect() as conn:  # untouched
        assert "banks_0099" in {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


# --- errors and output ---------------------------------------------------------------------------


@pytest.mark.parametrize("url, expected", [
    ("not a url", "invalid database URL"),
    ("mysql://u@h/d", "unsupported database"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open the database"),
])
@pytest.mark.parametrize("action", ["status", "upgrade"])
def test_bad_or_unreachable_database_exits_2_with_a_message(url, expected, action):
    code, out, err = run(url, "db", action)
    assert code == 2, out + err
    assert out == ""
    assert err.startswith("nciiguard: configuration error:")
    if action == "status" or "cannot" not in expected:
        assert expected in err
    else:
        assert "cannot connect to the database" in err


def test_a_file_that_is_not_a_database_exits_2(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database " * 100)
    code, out, err = run(f"sqlite:///{path}", "db", "status")
    assert code == 2 and "cannot open the database" in err and "not a database" in err


def test_json_shape(migrated, db_url):
    ddl(migrated, "ALTER TABLE bank_entries DROP COLUMN note")
    code, out, _ = run(db_url, "db", "status", "--json")
    assert code == 1
    report = json.loads(out)
    assert set(report) == {"ok", "database", "dialect", "exists", "current", "heads", "pending", "unknown",
                           "drift_checked", "problems", "note"}
    assert report["ok"] is False and report["drift_checked"] is True and report["exists"] is True
    assert report["dialect"] == migrated.dialect
    assert report["current"] == HEADS and report["heads"] == HEADS
    assert report["pending"] == [] and report["unknown"] == []
    assert report["problems"] == [{"kind": "missing_column", "table": "bank_entries", "column": "note", "name": None,
                                   "revision": "banks_0003", "message": "column bank_entries.note missing"}]


def test_json_hides_the_password():
    code, out, err = run("postgresql+psycopg://user:hunter2@127.0.0.1:1/none", "db", "status", "--json")
    assert code == 2 and "hunter2" not in out + err
