"""``nciiguard audit verify|checkpoint|export``: check the hash chain against its anchor and the
append-only triggers, anchor the current head, export records for compliance.

``verify`` fails (exit 1) when a record was altered or removed inside the chain, when the chain no
longer contains the signed head anchored outside the database (the last records deleted, the log
emptied, or rewritten and re-chained; see ``nciiguard.audit.anchor``), when the anchor file fails
its signature, when a kept checkpoint (``--checkpoint``) does not match, or when the append-only
triggers are missing or disabled.
"""

from __future__ import annotations

import json

from . import EXIT_ITEM_ERRORS, EXIT_OK, load_config


def register(sub) -> None:
    p = sub.add_parser("audit", help="verify, anchor or export the append-only audit log")
    s = p.add_subparsers(dest="audit_command", metavar="ACTION")
    s.required = True
    v = s.add_parser("verify", help="recompute the hash chain, check it against its anchor and the append-only "
                                    "triggers; exit 1 if a record was altered or removed")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument("--checkpoint", metavar="FILE",
                   help="also check against a head kept by the operator (output of `audit checkpoint`)")
    v.set_defaults(func=_verify)
    c = s.add_parser("checkpoint", help="verify, then anchor the current head and print it (keep a copy "
                                        "somewhere the database's users cannot reach)")
    c.add_argument("--output", "-o", default="-", help="write the head as JSON to this file (default: stdout)")
    c.set_defaults(func=_checkpoint)
    e = s.add_parser("export", help="write every audit record as JSON Lines")
    e.add_argument("--output", "-o", default="-", help="file (default: stdout)")
    e.set_defaults(func=_export)


def _db(config):
    from ..store import open_database

    return open_database(config.url)


def _check(config, checkpoint: str | None = None) -> dict:
    """Chain, anchor, kept checkpoint and triggers: a report dict with ``ok`` and ``problems``."""
    from ..audit import AnchorError, AuditAnchor, AuditLog
    from ..audit.anchor import check_head, read_checkpoint
    from ..audit.triggers import missing_triggers

    kept = read_checkpoint(checkpoint) if checkpoint else None
    anchor = AuditAnchor.for_config(config)
    db = _db(config)
    problems: list[str] = []
    try:
        with db.session() as s:
            report = AuditLog().verify(s)
            if not report.ok:
                problems.append(f"chain broken at record {report.first_bad_seq}: {report.problem}")
            try:
                head = anchor.read()
            except AnchorError as exc:
                head = None
                problems.append(str(exc))
            if head is not None:
                bad = check_head(s, head, what="anchor")
                if bad:
                    problems.append(bad)
            if kept is not None:
                bad = check_head(s, kept, what="checkpoint")
                if bad:
                    problems.append(bad)
            missing = missing_triggers(s.connection())
        if missing:
            problems.append(f"append-only trigger(s) missing or disabled: {', '.join(missing)}")
    finally:
        db.dispose()
    return {"ok": not problems, "records": report.records, "head": report.head,
            "first_bad_seq": report.first_bad_seq, "problem": report.problem,
            "anchor": {"path": str(anchor.path), "seq": head.seq if head else None,
                       "hash": head.hash if head else None},
            "checkpoint": kept.to_dict() if kept else None,
            "triggers_missing": missing, "problems": problems}


def _verify(args) -> int:
    result = _check(load_config(args), args.checkpoint)
    if args.json:
        print(json.dumps(result), file=args.stdout)
        return EXIT_OK if result["ok"] else EXIT_ITEM_ERRORS
    anchored = result["anchor"]["seq"]
    if result["ok"]:
        where = (f"contains the anchored head (record {anchored})" if anchored is not None
                 else "not anchored yet (run `nciiguard audit checkpoint`)")
        print(f"ok: {result['records']} records, chain head {result['head']}; {where}; triggers in place",
              file=args.stdout)
        return EXIT_OK
    for problem in result["problems"]:
        print(f"BROKEN: {problem}", file=args.stdout)
    print(f"({result['records']} records read; anchor {result['anchor']['path']})", file=args.stdout)
    return EXIT_ITEM_ERRORS


def _checkpoint(args) -> int:
    from ..audit import AuditAnchor

    config = load_config(args)
    result = _check(config)
    if not result["ok"]:
        for problem in result["problems"]:
            print(f"nciiguard: not anchoring: {problem}", file=args.stderr)
        return EXIT_ITEM_ERRORS
    anchor = AuditAnchor.for_config(config)
    if result["records"]:
        anchor.advance(result["records"], result["head"])
    head = anchor.read()
    body = json.dumps({"database": anchor.database, "seq": head.seq if head else 0,
                       "hash": head.hash if head else result["head"], "at": head.at if head else ""}, indent=1)
    if args.output == "-":
        print(body, file=args.stdout)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(body + "\n")
        print(f"anchored record {head.seq if head else 0}; checkpoint written to {args.output}", file=args.stderr)
    return EXIT_OK


def _export(args) -> int:
    from ..audit import AuditLog

    db = _db(load_config(args))
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
