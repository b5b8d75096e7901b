"""``nciiguard exchange share|unshare|pull|status``: hash exchange between instances (docs/exchange.md).

``share`` prints the partner's API key once (role ``partner``: it can pull only the banks shared
with it). ``pull`` reads the key from a file (never from the command line, where ``ps`` shows it).
"""

from __future__ import annotations

import json

from . import EXIT_OK, EXIT_USAGE, load_config


def register(sub) -> None:
    p = sub.add_parser("exchange", help="share banks with partner instances, and mirror theirs")
    es = p.add_subparsers(dest="exchange_command", metavar="ACTION")
    es.required = True
    s = es.add_parser("share", help="share a bank with a partner (prints the partner's key once)")
    s.add_argument("bank", help="the local bank to share")
    s.add_argument("--partner", required=True, help="the partner's name (letters, digits, . _ -)")
    s.add_argument("--json", action="store_true", help="print the key and the share as JSON")
    s.set_defaults(func=_share)
    u = es.add_parser("unshare", help="stop sharing a bank with a partner (its next pull drops the mirror)")
    u.add_argument("bank", help="the shared bank")
    u.add_argument("--partner", required=True, help="the partner's name, as given to share")
    u.set_defaults(func=_unshare)
    pl = es.add_parser("pull", help="pull a shared bank from another instance into a local read-only mirror")
    pl.add_argument("url", help="the other instance's base URL (http(s)://host:port)")
    pl.add_argument("--bank", required=True, help="the bank's name at the other instance")
    pl.add_argument("--key-file", required=True, help="file holding the partner key (ngk_...)")
    pl.add_argument("--into", required=True, help="the local mirror bank (created on the first pull)")
    pl.add_argument("--limit", type=int, default=500, help="entries or changes per page (1-1000, default 500)")
    pl.add_argument("--every", type=float, default=None, metavar="SECONDS",
                    help="pull again every SECONDS until SIGINT/SIGTERM")
    pl.add_argument("--json", action="store_true", help="one JSON line per pull")
    pl.set_defaults(func=_pull)
    st = es.add_parser("status", help="shares of local banks, and mirrors with cursor, last pull and lag")
    st.add_argument("--json", action="store_true", help="print shares and mirrors as JSON")
    st.set_defaults(func=_status)


def _db(args):
    from ..audit.anchor import register as anchor_audit
    from ..store import open_database

    config = load_config(args)
    db = open_database(config.url)  # first: it names a bad data directory
    anchor_audit(config)  # shares and pulls are audited: they move the anchor (docs/security.md)
    return db


def _share(args) -> int:
    from ..exchange import ShareStore

    db = _db(args)
    try:
        key, info = ShareStore(db, actor="cli").share(args.bank, args.partner)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"key": key, **info.to_dict()}), file=args.stdout)
        return EXIT_OK
    if key:
        print(key, file=args.stdout)
        print(f"shared bank {info.bank!r} with {info.partner!r}; partner key {info.key_id} is shown only this once: "
              f"hand it over privately", file=args.stderr)
    else:
        print(f"shared bank {info.bank!r} with {info.partner!r} (their existing key {info.key_id})", file=args.stdout)
    return EXIT_OK


def _unshare(args) -> int:
    from ..exchange import ShareStore

    db = _db(args)
    try:
        info = ShareStore(db, actor="cli").unshare(args.bank, args.partner)
    finally:
        db.dispose()
    print(f"bank {info.bank!r} is no longer shared with {info.partner!r}", file=args.stdout)
    return EXIT_OK


def _read_key(path: str) -> str:
    from ..errors import InputError

    with open(path, encoding="utf-8") as fh:
        key = fh.read(4096).strip()
    if not key.startswith("ngk_") or any(c.isspace() for c in key):
        raise InputError(f"{path}: does not hold one API key (ngk_...)")
    return key


def _pull(args) -> int:
    from ..exchange import ExchangeError
    from ..exchange.client import pull, pull_every

    if args.every is not None and args.every <= 0:
        print("nciiguard exchange pull: --every must be more than 0 seconds", file=args.stderr)
        return EXIT_USAGE
    key = _read_key(args.key_file)
    db = _db(args)

    def show(rep) -> None:
        d = rep.to_dict()
        if args.json:
            print(json.dumps(d), file=args.stdout, flush=True)
        else:
            print(f"{d['bank']}: +{d['added']} -{d['removed']} in {d['pages']} page(s)"
                  + (" (re-synced from a snapshot)" if d["resynced"] else "")
                  + f", cursor {d['cursor']}, upstream revision {d['remote_revision']}", file=args.stdout, flush=True)

    try:
        if args.every is None:
            show(pull(db, args.url, args.bank, key, args.into, limit=args.limit))
            return EXIT_OK
        import signal
        import threading

        stop = threading.Event()
        old = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
        failures = []

        def err(exc: ExchangeError) -> None:
            failures.append(exc)
            print(f"nciiguard: {exc}", file=args.stderr, flush=True)

        try:
            pull_every(db, args.url, args.bank, key, args.into, args.every, stop, on_report=show, on_error=err,
                       limit=args.limit)
        finally:
            for sig, h in old.items():
                signal.signal(sig, h)
        print("stopped", file=args.stderr)
        return EXIT_OK
    finally:
        db.dispose()


def _status(args) -> int:
    from ..exchange import MirrorStore, ShareStore

    db = _db(args)
    try:
        shares = ShareStore(db).shares()
        mirrors = MirrorStore(db).status()
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"shares": [s.to_dict() for s in shares], "mirrors": [m.to_dict() for m in mirrors]},
                         indent=2), file=args.stdout)
        return EXIT_OK
    print("shares:" if shares else "shares: none", file=args.stdout)
    for sh in shares:
        state = f"revoked {sh.revoked_at:%Y-%m-%d %H:%M}" if sh.revoked_at else "active"
        print(f"  {sh.bank} -> {sh.partner} (key {sh.key_id}, {state})", file=args.stdout)
    print("mirrors:" if mirrors else "mirrors: none", file=args.stdout)
    for m in mirrors:
        last = f"{m.last_pull_at:%Y-%m-%d %H:%M:%S} UTC" if m.last_pull_at else "never"
        lag = "?" if m.lag is None else str(m.lag)
        print(f"  {m.bank} <- {m.remote_bank!r} at {m.origin_url}: {m.entries} entries, cursor {m.cursor or '-'}, "
              f"last pull {last}, lag {lag} revision(s)" + (f", last error: {m.last_error}" if m.last_error else ""),
              file=args.stdout)
    return EXIT_OK
