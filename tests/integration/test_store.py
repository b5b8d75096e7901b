"""The store opens, migrates idempotently and speaks to real SQLite and PostgreSQL."""

import pytest

from nciiguard.errors import ConfigError
from nciiguard.store import Database, open_database


def test_migrate_is_idempotent(db_url):
    db = open_database(db_url)
    first = set(db.table_names())
    db.migrate()
    assert set(db.table_names()) == first
    assert "alembic_version" in first
    db.dispose()


def test_sqlite_runs_in_wal_mode(sqlite_url):
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_session_rolls_back_on_error(sqlite_url):
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.connection().exec_driver_sql("INSERT INTO t VALUES (1)")
            raise RuntimeError("boom")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
    db.dispose()


@pytest.mark.parametrize("url", ["mysql://x/y", "not a url", "oracle://a"])
def test_bad_urls_are_config_errors(url):
    with pytest.raises(ConfigError):
        Database(url)


def test_unreachable_postgres_is_a_clear_error():
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(ConfigError, match="cannot connect"):
        db.check_connection()
