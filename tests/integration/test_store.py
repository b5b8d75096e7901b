"""The store opens, migrates idempotently and speaks to real SQLite and PostgreSQL."""

import os
import subprocess
import sys

import pytest

from nciiguard.errors import ConfigError
from nciiguard.store import Database, open_database
from nciiguard.store.db import alembic_config, packaged_heads


def test_migrate_is_idempotent(db_url):
    db = open_database(db_url)
    first = set(db.table_names())
    db.migrate()
    assert set(db.table_names()) == first
    assert "alembic_version" in first
    db.dispose()


def test_packaged_heads_are_alembics_heads():
    from alembic.script import ScriptDirectory

    assert packaged_heads() == frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def _stored_versions(db) -> set[str]:
    with db.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def test_an_up_to_date_database_opens_without_loading_alembic(sqlite_url):
    open_database(sqlite_url).dispose()  # a new file: migrated by Alembic
    code = ("import sys; from nciiguard.store import open_database; db = open_database(sys.argv[1]); "
            "print('alembic' in sys.modules, sorted(db.table_names()) == sorted(set(db.table_names())))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", code, sqlite_url], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_database_behind_the_heads_is_still_upgraded(db_url):
    db = Database(db_url)
    db.migrate("registry@head")  # one feature's branch only: behind the packaged heads
    assert _stored_versions(db) == {"registry_0001"}
    db.dispose()
    db = open_database(db_url)
    assert _stored_versions(db) == set(packaged_heads())
    db.dispose()


def test_a_database_ahead_of_the_heads_takes_alembics_path(sqlite_url):
    db = open_database(sqlite_url)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'banks_0099' WHERE version_num = 'banks_0003'")
    with pytest.raises(Exception, match="banks_0099"):  # Alembic refuses a revision it does not know, as before
        db.migrate()
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
