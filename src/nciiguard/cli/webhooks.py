"""``nciiguard webhooks add|list|remove|dead|replay|deliver``: signed webhooks per API key.

Translation only (nciiguard.actions). The settings are the service's (``NCIIGUARD_SERVICE_WEBHOOK_*``:
allow-list, attempts, backoff), so the CLI and ``nciiguard serve`` accept and deliver the same.
See docs/webhooks.md.
"""

from __future__ import annotations

import json

from . import EXIT_ITEM_ERRORS, EXIT_OK, EXIT_USAGE, load_config


def register(sub) -> None:
    p = sub.add_parser("webhooks", help="signed webhooks on match, block and review, per API key")
    wsub = p.add_subparsers(dest="webhooks_command", metavar="SUBCOMMAND")
    wsub.required = True
    a = wsub.add_parser("add", help="send a key's events to a URL (prints the signing secret once)")
    a.add_argument("--key", required=True, metavar="KEY_ID", help="the API key's id (12 hex characters)")
    a.add_argument("--url", required=True, help="http(s) URL that receives the POSTs")
    a.add_argument("--events", default="match,block,review", help="comma-separated: match,block,review (default: all)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_add)
    ls = wsub.add_parser("list", help="list webhooks (never their secrets)")
    ls.add_argument("--key", default=None, metavar="KEY_ID", help="only this key's")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)
    rm = wsub.add_parser("remove", help="remove a webhook (its undelivered events are dropped)")
    rm.add_argument("ref", help="the webhook's reference (whk_...)")
    rm.set_defaults(func=_remove)
    d = wsub.add_parser("dead", help="list dead-lettered deliveries")
    d.add_argument("--limit", type=int, default=100, help="list at most N (default 100)")
    d.add_argument("--json", action="store_true")
    d.set_defaults(func=_dead)
    rp = wsub.add_parser("replay", help="send a dead (or delivered) delivery again, or every dead one")
    g = rp.add_mutually_exclusive_group(required=True)
    g.add_argument("id", nargs="?", type=int, help="the delivery id (from `webhooks dead`)")
    g.add_argument("--all-dead", action="store_true", help="every dead delivery")
    rp.set_defaults(func=_replay)
    dl = wsub.add_parser("deliver", help="deliver what is due now, once (the service does this in the background)")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=_deliver)


def _open(args):
    from ..actions import WebhookStore
    from ..actions.settings import allow_list
    from ..audit.anchor import register as anchor_audit
    from ..service.settings import ServiceConfig
    from ..store import open_database

    config = load_config(args)
    settings = ServiceConfig.load()
    db = open_database(config.url)
    anchor_audit(config)  # webhook changes are audited (docs/security.md)
    return db, settings, WebhookStore(db, key=config.registry_key, allow=allow_list(settings), cache_seconds=0)


def _add(args) -> int:
    db, _, store = _open(args)
    try:
        ep, secret = store.add(args.key, args.url, args.events, actor="cli")
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({**ep.to_dict(), "secret": secret}), file=args.stdout)
    else:
        print(f"webhook {ep.ref} for key {ep.key_id}: {ep.url} ({','.join(ep.events)})", file=args.stdout)
        print(f"signing secret (shown once, store it now): {secret}", file=args.stdout)
    return EXIT_OK


def _list(args) -> int:
    db, _, store = _open(args)
    try:
        eps = store.list(args.key)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([e.to_dict() for e in eps], indent=2), file=args.stdout)
    elif not eps:
        print("no webhooks", file=args.stdout)
    for e in eps if not args.json else []:
        print(f"{e.ref}  key {e.key_id}  {','.join(e.events):<18} {e.url}", file=args.stdout)
    return EXIT_OK


def _remove(args) -> int:
    db, _, store = _open(args)
    try:
        ep = store.remove(args.ref, actor="cli")
    finally:
        db.dispose()
    print(f"removed webhook {ep.ref} ({ep.url})", file=args.stdout)
    return EXIT_OK


def _dead(args) -> int:
    if args.limit < 1:
        print("nciiguard webhooks dead: --limit must be at least 1", file=args.stderr)
        return EXIT_USAGE
    db, _, store = _open(args)
    try:
        rows = store.dead(limit=args.limit)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(rows, indent=2), file=args.stdout)
        return EXIT_OK
    if not rows:
        print("no dead deliveries", file=args.stdout)
    for r in rows:
        print(f"{r['id']:>8}  {r['event_id']}  {r['event']:<6}  {r['endpoint']}  {r['attempts']} attempts, "
              f"last: {r['last_error'] or '-'}", file=args.stdout)
    return EXIT_OK


def _replay(args) -> int:
    db, _, store = _open(args)
    try:
        n = store.replay(args.id, all_dead=args.all_dead, actor="cli")
    finally:
        db.dispose()
    print(f"{n} deliver{'y' if n == 1 else 'ies'} queued again (sent by the service, or `nciiguard webhooks deliver`)",
          file=args.stdout)
    return EXIT_OK


def _deliver(args) -> int:
    from ..actions import Deliverer
    from ..actions.settings import allow_list, retry_policy

    db, settings, _ = _open(args)
    try:
        stats = Deliverer(db, key=load_config(args).registry_key, policy=retry_policy(settings),
                          allow=allow_list(settings)).run_once()
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(stats.to_dict()), file=args.stdout)
    else:
        print(f"delivered {stats.delivered}, failed {stats.failed} (retried later), dead {stats.dead}",
              file=args.stdout)
    return EXIT_ITEM_ERRORS if stats.failed or stats.dead else EXIT_OK
