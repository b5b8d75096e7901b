"""``nciiguard db status|upgrade``: is the database at the schema this code expects, and get it there.

``status`` is read-only (a SQLite file that does not exist is reported, not created): the recorded
Alembic revisions against the code's heads, pending and unknown revisions, and schema drift
(tables, columns, types, nullability, indexes, unique constraints, foreign keys; see
``nciiguard.store.schema_check`` for what is not compared and why). ``upgrade`` applies pending
migrations (idempotent) and then checks again.

Exit codes: 0 clean; 1 pending migrations, unknown revisions or drift (or a migration failed);
2 bad URL or a database that cannot be reached.
"""

from __future__ import annotations

import json

from . import EXIT_ITEM_ERRORS, EXIT_OK, load_config


def register(sub) -> None:
    p = sub.add_parser("db", help="database schema: status (revisions, pending migrations, drift) and upgrade")
    s = p.add_subparsers(dest="db_command", metavar="ACTION")
    s.required = True
    st = s.add_parser("status", help="compare the database with the code's migrations and models; exit 1 if not clean")
    st.add_argument("--json", action="store_true", help="print the status as JSON")
    st.set_defaults(func=_status)
    up = s.add_parser("upgrade", help="apply pending migrations (idempotent), then check the schema")
    up.add_argument("--json", action="store_true", help="print the resulting status as JSON")
    up.set_defaults(func=_upgrade)


def _print_status(status, out) -> None:
    print(f"database:   {status.database}", file=out)
    print(f"recorded:   {', '.join(status.current) or '(none)'}", file=out)
    print(f"code heads: {', '.join(status.heads)}", file=out)
    print(f"pending:    {', '.join(status.pending) or 'none'}", file=out)
    if status.unknown:
        print(f"unknown:    {', '.join(status.unknown)} (recorded in the database, not shipped with this code)",
              file=out)
    drift = status.drift
    if not status.drift_checked:
        print(f"drift:      not compared ({status.note})", file=out)
    elif not drift:
        print("drift:      none", file=out)
    else:
        print(f"drift:      {len(drift)} difference(s) between the database and the models:", file=out)
        for p in drift:
            print(f"  - {p.message}{f' [{p.revision}]' if p.revision else ''}", file=out)
    if status.ok:
        print("status:     ok", file=out)
    else:
        print(f"status:     NOT OK: {status.summary(hint=False)}", file=out)
        if status.drift:
            print("            `nciiguard db upgrade` only applies migrations and does not repair drift: restore "
                  "a backup or correct the schema by hand (docs/database.md)", file=out)


def _status(args) -> int:
    from ..tables import check_schema

    status = check_schema(load_config(args).url)
    if args.json:
        print(json.dumps(status.as_dict(), indent=2), file=args.stdout)
    else:
        _print_status(status, args.stdout)
    return EXIT_OK if status.ok else EXIT_ITEM_ERRORS


def _upgrade(args) -> int:
    from alembic.util import CommandError
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from ..store import Database
    from ..tables import check_schema

    db = Database(load_config(args).url)
    try:
        db.check_connection()
        before = check_schema(db)
        if before.unknown:
            # Alembic cannot upgrade from a revision it does not know; never guess.
            print(f"nciiguard: not upgrading: {before.summary(hint=False)}; see docs/database.md", file=args.stderr)
            _emit(args, before)
            return EXIT_ITEM_ERRORS
        try:
            db.migrate()
        except (SQLAlchemyError, CommandError) as exc:
            reason = str(exc.orig).strip().splitlines()[0] if isinstance(exc, DBAPIError) and exc.orig else exc
            print(f"nciiguard: migration failed: {reason}; run `nciiguard db status`", file=args.stderr)
            return EXIT_ITEM_ERRORS
        after = check_schema(db)
    finally:
        db.dispose()
    applied = [r for r in before.pending if r not in after.pending]
    if not args.json:
        print(f"applied: {', '.join(applied)}" if applied else "already at the code's heads: nothing to apply",
              file=args.stdout)
    _emit(args, after)
    return EXIT_OK if after.ok else EXIT_ITEM_ERRORS


def _emit(args, status) -> None:
    if args.json:
        print(json.dumps(status.as_dict(), indent=2), file=args.stdout)
    else:
        _print_status(status, args.stdout)
