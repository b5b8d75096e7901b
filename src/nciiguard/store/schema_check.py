"""Is the database at the schema this version of nciiguard expects?

Two questions, answered without changing anything:

1. **Revisions.** Which Alembic revisions does the database record (one per feature branch) and
   which heads does the code ship? Revisions the code has and the database lacks are *pending*
   (``nciiguard db upgrade`` applies them); revisions the database records and the code does not
   know are *unknown* (a newer nciiguard, or a discarded draft of a migration, wrote them).
2. **Drift.** Does the live schema match the models, table by table: tables, columns, types,
   nullability, indexes, unique constraints, foreign keys? A database can record the right revision
   and still differ, e.g. a file left by an earlier draft of a migration, or a hand-made ``ALTER``.
   Alembic's ``compare_metadata`` does the comparison, so the rules are Alembic's.

Drift is only compared when the database is exactly at the code's heads: behind or ahead of them,
the models describe a different revision, and every pending column would show as "drift".

What is deliberately **not** compared (each would report differences that are expected):

- *Server defaults*: the models set defaults in Python, and reflected default text differs between
  SQLite and PostgreSQL (quoting, casts), so comparing it is noise.
- *Check constraints and triggers*: Alembic does not reflect them, so they are not compared here;
  a caller passes the checks it needs by hand (``checks``): ``nciiguard.tables.check_schema`` adds
  the audit log's append-only triggers, and a missing one is drift of kind ``missing_trigger``.
- *Comments*: none are declared.
- *Dialect-specific types*: a type is reported only when Alembic's own comparison says it differs.
  Alembic already treats ``BigInteger().with_variant(Integer, "sqlite")`` as INTEGER on SQLite and
  JSON as SQLite's stored ``JSON``, so those do not show.
- *The ``alembic_version`` table*, which is Alembic's own bookkeeping.

Problems carry only schema names (tables, columns, indexes, constraints, types), never row data.

The store knows no feature: which tables exist (``metadata``), which Alembic branch owns each
(``branches``) and the extra checks come from the caller, ``nciiguard.tables``, which knows them all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from ..errors import ConfigError
from .db import Database, alembic_config

#: Problem kinds, in the order they are reported.
KINDS = (
    "unknown_revision",
    "pending_migration",
    "missing_table",
    "missing_column",
    "missing_index",
    "missing_unique",
    "missing_foreign_key",
    "missing_trigger",
    "type",
    "nullable",
    "extra_table",
    "extra_column",
    "extra_index",
    "extra_unique",
    "extra_foreign_key",
    "other",
)


@dataclass(frozen=True)
class SchemaProblem:
    """One difference. ``revision`` is the recorded revision of the feature branch that owns the
    table (None when no branch owns it, e.g. a table nciiguard does not know)."""

    kind: str
    message: str
    table: str | None = None
    column: str | None = None
    name: str | None = None
    revision: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "table": self.table, "column": self.column, "name": self.name,
                "revision": self.revision, "message": self.message}


@dataclass(frozen=True)
class SchemaStatus:
    """The answer of :func:`check_schema`. ``ok`` means: at the code's heads and no drift."""

    database: str  # URL with the password hidden
    dialect: str
    exists: bool
    current: tuple[str, ...]
    heads: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...]
    drift_checked: bool
    problems: tuple[SchemaProblem, ...] = field(default_factory=tuple)
    note: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def drift(self) -> tuple[SchemaProblem, ...]:
        return tuple(p for p in self.problems if p.kind not in ("pending_migration", "unknown_revision"))

    def summary(self, hint: bool = True) -> str:
        """One line for selfcheck and logs: what is wrong and what to run (``hint=False`` leaves out
        "run `nciiguard db status`", for the output of that very command)."""
        if self.ok:
            return f"at {', '.join(self.current)}"
        if self.unknown:
            return (f"the database records revision(s) {', '.join(self.unknown)} that this version of nciiguard "
                    "does not know (written by a newer version?)" + ("; run `nciiguard db status`" if hint else ""))
        if self.pending:
            return f"{len(self.pending)} migration(s) pending; run `nciiguard db upgrade`"
        drift = self.drift
        # A difference inside nciiguard's own tables names its branch's revision; prefer it.
        first = next((p for p in drift if p.revision), drift[0])
        where = f"revision {first.revision}" if first.revision else f"revisions {', '.join(self.current)}"
        more = f" (and {len(drift) - 1} more)" if len(drift) > 1 else ""
        return f"schema differs from {where}: {first.message}{more}" + ("; run `nciiguard db status`" if hint else "")

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "database": self.database,
            "dialect": self.dialect,
            "exists": self.exists,
            "current": list(self.current),
            "heads": list(self.heads),
            "pending": list(self.pending),
            "unknown": list(self.unknown),
            "drift_checked": self.drift_checked,
            "problems": [p.as_dict() for p in self.problems],
            "note": self.note,
        }


#: An extra check run on a database at the heads: (connection, table -> recorded revision) -> problems.
Check = Callable[[Any, Mapping[str, str]], list[SchemaProblem]]


def check_schema(target: Database | str, metadata, *, branches: Mapping[str, str] | None = None,
                 checks: Iterable[Check] = ()) -> SchemaStatus:
    """Compare the database at ``target`` (a :class:`Database` or a URL) with the code's migrations
    and the tables of ``metadata``. Read-only: a SQLite file that does not exist is reported, not
    created. ``branches`` maps a table name to the Alembic branch label that owns it (so a problem
    names the table's recorded revision); ``checks`` run after the comparison.

    Raises ConfigError for a bad URL or a database that cannot be opened.
    """
    branches, checks = dict(branches or {}), tuple(checks)
    if isinstance(target, Database):
        return _check(target, metadata, branches, checks)
    missing = _missing_sqlite_file(target)
    if missing is not None:
        return _status_of_missing(target, missing)
    db = Database(target)
    try:
        return _check(db, metadata, branches, checks)
    finally:
        db.dispose()


def _missing_sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # Database() raises the clear ConfigError
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database).expanduser()
    return None if path.exists() else path


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _status_of_missing(url: str, path: Path) -> SchemaStatus:
    script = _script()
    heads = tuple(sorted(script.get_heads()))
    pending = _pending(script, ())
    problems = tuple(SchemaProblem("pending_migration", f"migration {rev} not applied", name=rev) for rev in pending)
    return SchemaStatus(database=make_url(url).render_as_string(hide_password=True), dialect="sqlite", exists=False,
                        current=(), heads=heads, pending=pending, unknown=(), drift_checked=False,
                        problems=problems, note=f"database file {path} does not exist yet")


def _pending(script, current: Iterable[str]) -> tuple[str, ...]:
    """Revisions of the code not at or below any recorded revision, in upgrade order."""
    applied: set[str] = set()
    for rev in current:
        for r in script.iterate_revisions(rev, "base"):
            applied.add(r.revision)
    ordered = [r.revision for r in script.walk_revisions()]  # heads first
    return tuple(r for r in reversed(ordered) if r not in applied)


def _check(db: Database, metadata, branches: dict[str, str], checks: tuple[Check, ...]) -> SchemaStatus:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    script = _script()
    heads = tuple(sorted(script.get_heads()))
    known = {r.revision: r for r in script.walk_revisions()}
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                # compare_server_default off: see the module docstring.
                opts={"compare_type": True, "compare_server_default": False},
            )
            current = tuple(sorted(context.get_current_heads()))
            unknown = tuple(r for r in current if r not in known)
            pending = _pending(script, [r for r in current if r in known])
            problems = [SchemaProblem("unknown_revision",
                                      f"revision {r} is recorded in the database but not shipped with this code",
                                      name=r, revision=r) for r in unknown]
            problems += [SchemaProblem("pending_migration", f"migration {r} not applied", name=r) for r in pending]
            drift_checked = not unknown and not pending
            note = ""
            if drift_checked:
                owners = _table_revisions(branches, known, current)
                diffs = compare_metadata(context, metadata)
                extra = [p for check in checks for p in check(connection, owners)]
                problems += _sorted(_describe(diffs, owners) + extra)
            elif unknown:
                note = "schema drift not compared: the database is ahead of this code"
            else:
                note = "schema drift not compared until pending migrations are applied (`nciiguard db upgrade`)"
    except DBAPIError as exc:
        raise ConfigError(f"cannot open the database: {_reason(exc)}") from None
    except SQLAlchemyError as exc:
        raise ConfigError(f"cannot read the database schema: {type(exc).__name__}") from None
    return SchemaStatus(database=db.url.render_as_string(hide_password=True), dialect=db.dialect, exists=True,
                        current=current, heads=heads, pending=pending, unknown=unknown,
                        drift_checked=drift_checked, problems=tuple(problems), note=note)


def _reason(exc: DBAPIError) -> str:
    # The driver's message only (first line): never the SQL statement or its parameters.
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _table_revisions(branches: Mapping[str, str], known: dict, current: tuple[str, ...]) -> dict[str, str]:
    """table name -> recorded revision of the branch that owns it (``branches``: table -> label).

    Alembic propagates a branch label (``branch_labels = ("<feature>",)`` on a branch's first
    revision) to every later revision of that branch.
    """
    by_label: dict[str, str] = {}
    for rev in current:
        for label in known[rev].branch_labels or ():
            by_label[label] = rev
    return {table: by_label[label] for table, label in branches.items() if label in by_label}


def _type_name(type_) -> str:
    try:
        return str(type_)  # e.g. VARCHAR(40); compiled with the generic dialect
    except Exception:  # a dialect-only type (JSONB, ...) has no generic spelling
        return type(type_).__name__


def _cols(constraint) -> str:
    try:
        return ", ".join(c.name for c in constraint.columns)
    except Exception:  # a constraint not bound to columns yet
        return ""


def _describe(diffs, owners: dict[str, str]) -> list[SchemaProblem]:
    """Alembic's diff tuples as named problems. Alembic speaks in operations from the database to
    the models: ``add_*`` = the models have it and the database does not."""
    out: list[SchemaProblem] = []

    def add(kind, message, table=None, column=None, name=None):
        out.append(SchemaProblem(kind, message, table=table, column=column, name=name,
                                 revision=owners.get(table) if table else None))

    for diff in diffs:
        if isinstance(diff, list):  # column modifications come grouped
            for mod in diff:
                op, table, column = mod[0], mod[2], mod[3]  # mod[1] is the schema (None: the default)
                if op == "modify_nullable":
                    db_nullable, model_nullable = mod[5], mod[6]
                    add("nullable", f"column {table}.{column} is {'NULL' if db_nullable else 'NOT NULL'} in the "
                                    f"database, {'NULL' if model_nullable else 'NOT NULL'} in the models",
                        table, column)
                elif op == "modify_type":
                    add("type", f"column {table}.{column} has type {_type_name(mod[5])} in the database, "
                                f"{_type_name(mod[6])} in the models", table, column)
                else:
                    add("other", f"column {table}.{column}: {op}", table, column)
            continue
        op = diff[0]
        if op in ("add_table", "remove_table"):
            t = diff[1]
            if op == "add_table":
                add("missing_table", f"table {t.name} missing", t.name)
            else:
                add("extra_table", f"table {t.name} is not part of the schema", t.name)
        elif op in ("add_column", "remove_column"):
            table, col = diff[2], diff[3]
            if op == "add_column":
                add("missing_column", f"column {table}.{col.name} missing", table, col.name)
            else:
                add("extra_column", f"column {table}.{col.name} is not part of the schema", table, col.name)
        elif op in ("add_index", "remove_index"):
            ix = diff[1]
            t = ix.table.name
            if op == "add_index":
                add("missing_index", f"index {ix.name} on {t} ({_cols(ix)}) missing", t, name=ix.name)
            else:
                add("extra_index", f"index {ix.name} on {t} ({_cols(ix)}) is not part of the schema", t, name=ix.name)
        elif op in ("add_constraint", "remove_constraint"):
            c = diff[1]
            t = c.table.name
            if op == "add_constraint":
                add("missing_unique", f"unique constraint {c.name} on {t} ({_cols(c)}) missing", t, name=c.name)
            else:
                add("extra_unique", f"unique constraint {c.name} on {t} ({_cols(c)}) is not part of the schema", t,
                    name=c.name)
        elif op in ("add_fk", "remove_fk"):
            fk = diff[1]
            t = fk.table.name
            target = fk.referred_table.name if fk.elements else "?"
            if op == "add_fk":
                add("missing_foreign_key", f"foreign key {t}({_cols(fk)}) -> {target} missing", t, name=fk.name)
            else:
                add("extra_foreign_key", f"foreign key {t}({_cols(fk)}) -> {target} is not part of the schema", t,
                    name=fk.name)
        else:  # e.g. a table comment set by hand: named, never silently dropped
            table = next((getattr(part, "name", None) for part in diff[1:] if hasattr(part, "columns")), None)
            add("other", f"{op} on table {table}" if table else op, table)
    return out


def _sorted(problems: list[SchemaProblem]) -> list[SchemaProblem]:
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(problems, key=lambda p: (order.get(p.kind, len(order)), p.table or "", p.column or "", p.name or ""))
