"""Database connections and migrations.

SQLite (the embedded default) runs in WAL mode with foreign keys on and a busy timeout, so a
CLI, a service and a batch job can share one file. ``secure_delete`` is on for every connection
(some SQLite builds default it off): deleted rows, such as a withdrawn survivor hash, are
overwritten with zeros instead of lingering in free space; :meth:`Database.checkpoint` then moves
the WAL into the database and truncates it, so no old copy of the page stays in the WAL either. PostgreSQL is used when the URL says so
(``postgresql+psycopg://...``, the ``postgres`` extra). The schema is always created by Alembic
migrations, never by ``create_all``, so upgrades are the same path as fresh installs.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import ConfigError, MissingExtraError

_MIGRATE_LOCK = threading.Lock()


class Database:
    def __init__(self, url: str, *, echo: bool = False):
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ConfigError("invalid database URL (expected e.g. sqlite:///path or postgresql+psycopg://...)") from None
        self.url = parsed
        self.dialect = parsed.get_backend_name()
        kwargs: dict = {"echo": echo, "future": True}
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        elif self.dialect == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")
                self.url = parsed
            kwargs["pool_pre_ping"] = True
        else:
            raise ConfigError(f"unsupported database {self.dialect!r}: use sqlite or postgresql")
        try:
            self.engine: Engine = create_engine(parsed, **kwargs)
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise MissingExtraError("postgres", "psycopg", "PostgreSQL storage") from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back whole on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def migrate(self, revision: str = "heads") -> None:
        """Bring the schema to ``revision`` with Alembic (idempotent).

        Each feature (banks, registry, service) keeps its own branch of revisions with its own
        ``branch_labels``, so features evolve independently; ``heads`` upgrades them all.

        A database already at exactly the packaged heads is left alone without loading Alembic: every
        process that opens the store (the prompt guard's first look at the likeness registry among them)
        paid ~0.3-0.5 s to import Alembic and walk the revision scripts only to learn there was nothing to do
        (bench/results/startup_round34.md). Anything else (a new file, a database behind, ahead of or
        beside the heads) takes the Alembic path exactly as before.
        """
        if revision == "heads" and self._at_packaged_heads():
            return
        from alembic import command

        with _MIGRATE_LOCK, self.engine.begin() as connection:
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)

    def _at_packaged_heads(self) -> bool:
        """True when ``alembic_version`` holds exactly the heads of the packaged revision scripts."""
        try:
            with self.engine.connect() as connection:
                stored = {row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")}
        except DBAPIError:  # a new database: no version table yet
            return False
        return bool(stored) and stored == packaged_heads()

    def checkpoint(self, attempts: int = 3) -> bool:
        """SQLite: copy the WAL into the database file and truncate it (after a deletion that must
        not linger in the WAL). True when done; False if readers kept it from completing (it is
        retried on the next checkpoint, and SQLite's automatic checkpoints continue). PostgreSQL:
        nothing to do here (its dead rows are reclaimed by VACUUM)."""
        if self.dialect != "sqlite":
            return True
        import time

        for attempt in range(attempts):
            with self.engine.connect() as connection:
                # TRUNCATE waits (busy handler) for readers of older snapshots: a short wait here,
                # not the connections' 30 s, so a long reader cannot hold up a withdrawal.
                connection.exec_driver_sql("PRAGMA busy_timeout=1000")
                try:
                    row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
                finally:
                    connection.exec_driver_sql("PRAGMA busy_timeout=30000")
            if row is None or int(row[0]) == 0:
                return True
            time.sleep(0.05 * (attempt + 1))
        return False

    def current_revisions(self) -> tuple[str, ...]:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as connection:
            return tuple(MigrationContext.configure(connection).get_current_heads())

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:  # unreachable server, bad credentials, a file that is not a database
            # The driver's first line only: psycopg adds hint lines, and an error is one line.
            reason = (str(exc.orig).strip().splitlines() or [type(exc.orig).__name__])[0]
            raise ConfigError(f"cannot connect to the database: {reason}") from None

    def dispose(self) -> None:
        self.engine.dispose()


_heads: frozenset[str] | None = None


def packaged_heads() -> frozenset[str]:
    """The revisions no packaged revision names as its parent (what Alembic calls the heads), read from the
    scripts' top-level ``revision`` / ``down_revision`` assignments without importing Alembic or the scripts.
    A test pins it to Alembic's own ``ScriptDirectory.get_heads()``."""
    global _heads
    if _heads is None:
        import ast

        revisions, parents = set(), set()
        versions = importlib_resources.files("nciiguard.store") / "migrations" / "versions"
        for entry in versions.iterdir():
            if not entry.name.endswith(".py") or entry.name.startswith("_"):
                continue
            for node in ast.parse(entry.read_text(encoding="utf-8")).body:
                if not (isinstance(node, ast.Assign) and len(node.targets) == 1
                        and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id in ("revision", "down_revision")):
                    continue
                value = ast.literal_eval(node.value)
                if node.targets[0].id == "revision":
                    revisions.add(value)
                elif value is not None:
                    parents.update((value,) if isinstance(value, str) else value)
        _heads = frozenset(revisions - parents)
    return _heads


def alembic_config():
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    location = importlib_resources.files("nciiguard.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Before anything is written: deleted content is zeroed in the page (and so in the WAL frame).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=30000")
    finally:
        cursor.close()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database at ``url``."""
    db = Database(url)
    if migrate:
        db.migrate()
    return db
