"""``nciiguard hash``, ``nciiguard bank ...`` (including ``bank compact``) and ``nciiguard match``.

``hash`` is what a survivor runs: it reads only the files named, works offline, never opens the
database or the network, and prints hashes (never pixels). Each bad file gets its own error
record and the others are still hashed; the exit code is 1 if any file failed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..limits import PDQ_MATCH_DISTANCE
from . import EXIT_ITEM_ERRORS, EXIT_OK, load_config


def register(sub) -> None:
    p = sub.add_parser("hash", help="hash image/video files offline (PDQ, MD5, SHA-256, vPDQ); sends nothing")
    p.add_argument("files", nargs="+", metavar="FILE", help="image or video file(s) to hash")
    p.add_argument("--json", action="store_true",
                   help="one JSON record per file (JSON Lines), in the order given, without file paths")
    p.add_argument("--with-paths", action="store_true",
                   help="with --json: put each file's path in its record (left out by default: paths "
                        "can say more than the hashes, e.g. a folder named after a person)")
    p.add_argument("--no-variants", action="store_true", help="omit the centre-crop PDQ variants")
    p.add_argument("--corners", action="store_true", help="also add four corner-crop PDQ variants (off-centre crops)")
    p.set_defaults(func=_hash)

    p = sub.add_parser("bank", help="manage hash banks: create, add, import, export, withdraw, list, allow, compact")
    bsub = p.add_subparsers(dest="bank_command", metavar="ACTION", parser_class=type(p))
    bsub.required = True

    b = bsub.add_parser("create", help="create a bank")
    b.add_argument("name", help="bank name")
    b.add_argument("--signal-type", default="pdq", help="pdq, video-pdq, md5 or sha256 (default pdq)")
    b.add_argument("--purpose", required=True, help="survivor, confirmed, allow or nudify_model")
    b.add_argument("--description", default="", help="what the bank holds, for operators")
    b.set_defaults(func=_bank_create)

    b = bsub.add_parser("list", help="list banks")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_bank_list)

    b = bsub.add_parser("add", help="add files (hashed here) or hash values to a bank")
    b.add_argument("bank", help="bank name")
    b.add_argument("items", nargs="+", metavar="FILE_OR_HASH",
                   help="a file to hash here, or a hash value (64/32 hex characters or type:value)")
    b.add_argument("--case", dest="case_id", help="case the entries belong to (for withdrawal by case)")
    b.add_argument("--source", default="cli", help="where the entries came from (default: cli)")
    b.add_argument("--status", default="active", help="active, pending or disabled")
    b.add_argument("--corners", action="store_true", help="store corner-crop PDQ variants too (off-centre crops)")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_bank_add)

    b = bsub.add_parser("import", help="import a CSV/JSON/JSONL/text hash list")
    b.add_argument("file", help="the hash list (also what `nciiguard hash --json` prints)")
    b.add_argument("--bank", help="bank for rows without a bank column")
    b.add_argument("--signal-type", help="signal type for rows without one")
    b.add_argument("--case", dest="case_id", help="case for rows without a case column")
    b.add_argument("--format", dest="fmt", choices=["csv", "json", "jsonl", "txt"],
                   help="file format (default: from the file name)")
    b.add_argument("--strict", action="store_true", help="reject the whole file if any row is bad")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_bank_import)

    b = bsub.add_parser("export", help="export entries as CSV/JSON/JSONL/text")
    b.add_argument("--bank", help="only this bank (default: every bank)")
    b.add_argument("--case", dest="case_id", help="only the entries of this case")
    b.add_argument("--format", dest="fmt", default="csv", choices=["csv", "json", "jsonl", "txt"],
                   help="file format (default: csv)")
    b.add_argument("--output", "-o", help="file to write (default: standard output)")
    b.set_defaults(func=_bank_export)

    b = bsub.add_parser("withdraw", help="delete entries (by id, case or value); they stop matching at once")
    b.add_argument("--entry", type=int, action="append", default=[], dest="entries", metavar="ID",
                   help="entry id to withdraw (repeatable)")
    b.add_argument("--case", dest="case_id", help="withdraw every entry of this case")
    b.add_argument("--value", help="withdraw entries with this hash value")
    b.add_argument("--bank", help="only in this bank")
    b.set_defaults(func=_bank_withdraw)

    b = bsub.add_parser("allow", help="allow-list files or hashes (known false positives never match)")
    b.add_argument("items", nargs="+", metavar="FILE_OR_HASH", help="a file to hash here, or a hash value")
    b.add_argument("--signal-type", default="pdq", help="signal type of the values (default: pdq)")
    b.add_argument("--bank", help="allow-list bank (default: allow-list)")
    b.add_argument("--note", default="", help="why this is a known false positive")
    b.set_defaults(func=_bank_allow)

    b = bsub.add_parser("compact", help="prune the bank change log (matchers behind the new horizon rebuild)",
                        description="Delete old rows of the bank change log that running matchers use to update "
                                    "incrementally. A change is kept if either rule keeps it. A matcher that last "
                                    "polled before the new horizon rebuilds its index from the entries; none "
                                    "misses a change. Without --keep or --older-than: --older-than 7.")
    b.add_argument("--keep", type=int, metavar="N", help="keep the changes of the last N revisions")
    b.add_argument("--older-than", type=float, metavar="DAYS",
                   help="delete changes logged more than DAYS days ago (fractions allowed)")
    b.add_argument("--dry-run", action="store_true", help="report what would be deleted; change nothing")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_bank_compact)

    p = sub.add_parser("match", help="match files or hashes against the banks")
    p.add_argument("items", nargs="+", metavar="FILE_OR_HASH", help="a file to hash here, or a hash value")
    p.add_argument("--bank", action="append", dest="banks", help="only this bank (repeatable)")
    p.add_argument("--max-distance", type=int, default=PDQ_MATCH_DISTANCE,
                   help=f"largest PDQ distance that matches (default: {PDQ_MATCH_DISTANCE})")
    p.add_argument("--signal-type", help="how to read bare hash values (default: by length)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_match)


# -- hash (offline) ---------------------------------------------------------------------------

def _hash(args) -> int:
    from ..errors import InputError, MissingExtraError
    from ..hashing.records import hash_file

    from ._errors import os_error_message

    failed = 0
    for index, name in enumerate(args.files, 1):
        # What a survivor hands over is the JSON: it names files only with --with-paths, and the
        # error text then is the reason alone (a message can quote the path too).
        where = {"file": name} if args.with_paths else {"index": index}
        try:
            rec = hash_file(name, variants=not args.no_variants, corners=args.corners)
        except MissingExtraError:
            raise
        except (InputError, OSError) as exc:
            failed += 1
            message = os_error_message(exc, "cannot read") if isinstance(exc, OSError) else str(exc)
            if args.json:
                reason = message if args.with_paths else re.sub(r":?\s*" + re.escape(name), "", message).strip(" :")
                print(json.dumps({**where, "error": reason}), file=args.stdout)
            else:
                print(f"{name}: error: {message}", file=args.stderr)
            continue
        if args.json:
            record = rec.to_dict()
            record.pop("file", None)
            print(json.dumps({**where, **record}, sort_keys=True), file=args.stdout)
        elif rec.kind == "video":
            frames = rec.vpdq.count(";") + 1 if rec.vpdq else 0
            print(f"{name}\tvideo-pdq {frames} frames\tmd5 {rec.md5}\tsha256 {rec.sha256}", file=args.stdout)
        else:
            note = "  (low quality: too flat to match on PDQ)" if rec.low_quality else ""
            print(f"{name}\tpdq {rec.pdq}\tquality {rec.quality}\tmd5 {rec.md5}\tsha256 {rec.sha256}{note}",
                  file=args.stdout)
    return EXIT_ITEM_ERRORS if failed else EXIT_OK


# -- banks ------------------------------------------------------------------------------------

def _store(args):
    from ..audit.anchor import register as anchor_audit
    from ..banks import BankStore

    config = load_config(args)
    store = BankStore.open(config.url, actor="cli")  # first: it names a bad data directory
    anchor_audit(config)  # bank changes move the audit anchor (docs/security.md)
    return store


def _bank_create(args) -> int:
    bank = _store(args).create_bank(args.name, args.signal_type, args.purpose, args.description)
    print(f"created bank {bank.name} ({bank.signal_type}, {bank.purpose})", file=args.stdout)
    return EXIT_OK


def _bank_list(args) -> int:
    banks = _store(args).list_banks()
    if args.json:
        print(json.dumps([b.to_dict() for b in banks], indent=2), file=args.stdout)
    else:
        for b in banks:
            print(f"{b.name:<24} {b.signal_type:<10} {b.purpose:<13} {b.entries:>9} entries", file=args.stdout)
    return EXIT_OK


def _is_file(item: str) -> bool:
    try:
        return Path(item).is_file()
    except OSError:
        return False


def _bank_add(args) -> int:
    from ..errors import InputError
    from ..hashing.records import hash_file

    store = _store(args)
    failed = 0
    for item in args.items:
        try:
            if _is_file(item):
                entry = store.add_record(args.bank, hash_file(item, corners=args.corners), source=args.source,
                                         case_id=args.case_id,
                                         status=args.status)
            else:
                _check_hash_or_file(item)
                entry = store.add_entry(args.bank, item, source=args.source, case_id=args.case_id, status=args.status)
            result = {"item": item, "ok": True, "entry_id": entry.id}
        except InputError as exc:
            failed += 1
            result = {"item": item, "ok": False, "error": str(exc)}
        if args.json:
            print(json.dumps(result), file=args.stdout)
        elif result["ok"]:
            print(f"{item}: added as entry {result['entry_id']}", file=args.stdout)
        else:
            print(f"{item}: error: {result['error']}", file=args.stderr)
    return EXIT_ITEM_ERRORS if failed else EXIT_OK


def _check_hash_or_file(item: str) -> None:
    """An item that is not a file must be a hash value; say which problem it has."""
    from ..errors import InputError

    if _hashlike(item):
        return
    p = Path(item)
    try:
        exists, is_dir = p.exists(), p.is_dir()
    except OSError:
        exists = is_dir = False
    if is_dir:
        raise InputError("is a directory, not a file or a hash value")
    if exists:
        raise InputError("is not a regular file")
    if any(c in item for c in "/\\.") or not all(c in "0123456789abcdefABCDEF" for c in item.strip()):
        raise InputError("file not found (and not a hash value: 64/32 hex characters or type:value)")


def _bank_import(args) -> int:
    from ._records import open_input

    open_input(args.file, "import file").close()  # missing, a directory, unreadable: said before any work
    report = _store(args).import_file(args.file, bank=args.bank, signal_type=args.signal_type, fmt=args.fmt,
                                      strict=args.strict, case_id=args.case_id)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2), file=args.stdout)
    else:
        print(f"{args.file}: {report.added} added, {report.duplicates} duplicates, {report.errors} errors",
              file=args.stdout)
        for item in report.items:
            if not item.ok:
                print(f"  {item.item}: error: {item.error}", file=args.stderr)
    return EXIT_ITEM_ERRORS if report.errors else EXIT_OK


def _bank_export(args) -> int:
    from ._records import check_output

    if args.output:
        check_output(args.output)
    store = _store(args)
    if args.output:
        out = Path(args.output)
        tmp = out.with_name(out.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                n = store.export(f, bank=args.bank, fmt=args.fmt, case_id=args.case_id)
            tmp.replace(out)  # a reader never sees half an export
        finally:
            tmp.unlink(missing_ok=True)
        print(f"exported {n} entries to {out}", file=args.stderr)
    else:
        store.export(args.stdout, bank=args.bank, fmt=args.fmt, case_id=args.case_id)
    return EXIT_OK


def _bank_withdraw(args) -> int:
    from ..banks import BankError

    store = _store(args)
    if not args.entries and args.case_id is None and args.value is None:
        raise BankError("say what to withdraw: --entry ID, --case ID or --value HASH")
    from ..casework.copies import scrub_deleted

    reports = [store.withdraw_report(eid, bank=args.bank) for eid in args.entries]
    if args.case_id is not None or args.value is not None:
        reports.append(store.withdraw_report(case_id=args.case_id, bank=args.bank, value=args.value))
    for report in reports:  # a deleted value leaves the review queue and appeal records too
        if report.deleted:
            scrub_deleted(store.db, report, actor="cli")
    total = sum(r.deleted for r in reports)
    print(f"withdrew {total} entries (deleted)", file=args.stdout)
    return EXIT_OK if total else EXIT_ITEM_ERRORS


def _bank_allow(args) -> int:
    from ..errors import InputError
    from ..hashing.records import hash_file

    store = _store(args)
    failed = 0
    for item in args.items:
        try:
            if _is_file(item):
                rec = hash_file(item, variants=False)
                value = dict(rec.signals()).get(args.signal_type)
                if value is None:
                    raise InputError(f"no {args.signal_type} hash for this file")
            else:
                value = item
            entry = store.allow(value, args.signal_type, bank=args.bank, note=args.note, source="cli")
            print(f"{item}: allow-listed as entry {entry.id} in {entry.bank}", file=args.stdout)
        except InputError as exc:
            failed += 1
            print(f"{item}: error: {exc}", file=args.stderr)
    return EXIT_ITEM_ERRORS if failed else EXIT_OK


#: ``bank compact`` without --keep or --older-than keeps a week: far longer than any poll interval.
DEFAULT_COMPACT_DAYS = 7.0


def _bank_compact(args) -> int:
    import math
    from datetime import timedelta

    from ..banks import BankError

    keep, days = args.keep, args.older_than
    if keep is None and days is None:
        days = DEFAULT_COMPACT_DAYS
    if keep is not None and keep < 0:
        raise BankError(f"--keep must be 0 or more revisions, got {keep}")
    older = None
    if days is not None:
        if not math.isfinite(days) or days < 0:
            raise BankError(f"--older-than must be a number of days >= 0, got {days}")
        try:
            older = timedelta(days=days)
        except OverflowError:
            raise BankError(f"--older-than {days} days is out of range") from None
    report = _store(args).compact_changes(keep_revisions=keep, older_than=older, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2), file=args.stdout)
    else:
        verb = "would delete" if report.dry_run else "deleted"
        print(f"bank change log: {verb} {report.deleted} changes, {report.remaining} kept; horizon "
              f"{report.horizon_before} -> {report.horizon} (bank revision {report.revision})", file=args.stdout)
        if report.horizon > report.horizon_before:
            print(f"matchers that last saw a revision below {report.horizon} rebuild their index on their next poll",
                  file=args.stdout)
    return EXIT_OK


# -- match ------------------------------------------------------------------------------------

def _match(args) -> int:
    from ..banks import BankMatcher
    from ..errors import InputError

    matcher = BankMatcher(_store(args))
    matched = failed = 0
    for item in args.items:
        try:
            if not _is_file(item) and args.signal_type is None and not _hashlike(item):
                raise InputError("not a file, and not a hash value (64/32 hex characters or type:value)")
            report = matcher.query(item, args.banks, args.max_distance, signal_type=args.signal_type)
        except InputError as exc:
            failed += 1
            if args.json:
                print(json.dumps({"item": item, "error": str(exc)}), file=args.stdout)
            else:
                print(f"{item}: error: {exc}", file=args.stderr)
            continue
        matched += bool(report.matches)
        if args.json:
            print(json.dumps({"item": item, **report.to_dict()}), file=args.stdout)
            continue
        if report.matches:
            for m in report.matches:
                print(f"{item}: MATCH bank={m.bank} purpose={m.purpose} entry={m.entry_id} case={m.case_id or '-'} "
                      f"{m.signal_type} distance={m.distance} variant={m.query_variant}", file=args.stdout)
        else:
            why = " (low-quality image: not matched on PDQ)" if report.low_quality else ""
            why += f" (allow-listed: {', '.join(report.allowed)})" if report.allowed else ""
            print(f"{item}: no match{why}", file=args.stdout)
    return EXIT_ITEM_ERRORS if (matched or failed) else EXIT_OK


def _hashlike(item: str) -> bool:
    from ..hashing.query import looks_like_hash

    return looks_like_hash(item)
