"""``nciiguard audit verify|export``: check the hash chain, export records for compliance."""

from __future__ import annotations

import json

from . import EXIT_ITEM_ERRORS, EXIT_OK, load_config


def register(sub) -> None:
    p = sub.add_parser("audit", help="verify or export the append-only audit log")
    s = p.add_subparsers(dest="audit_command", metavar="ACTION")
    s.required = True
    v = s.add_parser("verify", help="recompute the hash chain; exit 1 if a record was altered or removed")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=_verify)
    e = s.add_parser("export", help="write every audit record as JSON Lines")
    e.add_argument("--output", "-o", default="-", help="file (default: stdout)")
    e.set_defaults(func=_export)


def _db(args):
    from ..store import open_database

    return open_database(load_config(args).url)


def _verify(args) -> int:
    from ..audit import AuditLog

    db = _db(args)
    with db.session() as s:
        report = AuditLog().verify(s)
    db.dispose()
    if args.json:
        print(json.dumps({"ok": report.ok, "records": report.records, "first_bad_seq": report.first_bad_seq,
                          "problem": report.problem, "head": report.head}), file=args.stdout)
    elif report.ok:
        print(f"ok: {report.records} records, chain head {report.head}", file=args.stdout)
    else:
        print(f"BROKEN at record {report.first_bad_seq}: {report.problem} ({report.records} records read)",
              file=args.stdout)
    return EXIT_OK if report.ok else EXIT_ITEM_ERRORS


def _export(args) -> int:
    from ..audit import AuditLog

    db = _db(args)
    out = args.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        with db.session() as s:
            n = AuditLog().export(s, out)
    finally:
        if out is not args.stdout:
            out.close()
        db.dispose()
    print(f"exported {n} audit records", file=args.stderr)
    return EXIT_OK
