"""``nciiguard serve`` (the HTTP service) and ``nciiguard keys create|list|revoke`` (API keys).

Keys are printed once, at creation, to stdout; only their SHA-256 is stored.
"""

from __future__ import annotations

import json

from . import EXIT_OK, EXIT_USAGE, load_config


def register(sub) -> None:
    p = sub.add_parser("serve", help="run the HTTP service (FastAPI + uvicorn)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    p.add_argument("--policy", help="policy profile name or YAML path (default: from the configuration)")
    p.add_argument("--no-access-log", action="store_true", help="do not log requests (method, path, status)")
    p.set_defaults(func=_serve)

    k = sub.add_parser("keys", help="create, list or revoke API keys of the HTTP service")
    ks = k.add_subparsers(dest="keys_command", metavar="ACTION")
    ks.required = True
    c = ks.add_parser("create", help="create a key and print it (shown only this once)")
    c.add_argument("--role", required=True, choices=["platform", "moderator", "admin"],
                   help="platform: screen, match, report; moderator: review queue, takedown decisions; "
                        "admin: everything, plus keys, banks and the likeness registry")
    c.add_argument("--name", required=True, help="who the key is for (e.g. the platform's name)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=_create)
    ls = ks.add_parser("list", help="list keys (ids, names, roles; never secrets)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)
    r = ks.add_parser("revoke", help="revoke a key by its id")
    r.add_argument("key_id", help="the key's id (from keys list), not the secret")
    r.set_defaults(func=_revoke)


def _keystore(args):
    from ..audit.anchor import register as anchor_audit
    from ..access.keys import KeyStore
    from ..store import open_database

    config = load_config(args)
    db = open_database(config.url)  # first: it names a bad data directory
    anchor_audit(config)  # key changes move the audit anchor (docs/security.md)
    return db, KeyStore(db, cache_seconds=0)


def _create(args) -> int:
    db, ks = _keystore(args)
    try:
        key, info = ks.create(args.name, args.role, actor="cli")
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"key": key, **info.to_dict()}), file=args.stdout)
    else:
        print(key, file=args.stdout)
        print(f"created {info.role} key {info.key_id} for {info.name!r}; store it now, it is not shown again",
              file=args.stderr)
    return EXIT_OK


def _list(args) -> int:
    db, ks = _keystore(args)
    try:
        keys = ks.list()
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([k.to_dict() for k in keys]), file=args.stdout)
    else:
        for k in keys:
            state = f"revoked {k.revoked_at.isoformat()}" if k.revoked_at else "active"
            print(f"{k.key_id}  {k.role:<9}  {state:<40}  {k.name}", file=args.stdout)
    return EXIT_OK


def _revoke(args) -> int:
    db, ks = _keystore(args)
    try:
        info = ks.revoke(args.key_id.strip(), actor="cli")
    except LookupError as exc:
        print(f"nciiguard: {exc.args[0]}", file=args.stderr)
        return EXIT_USAGE
    finally:
        db.dispose()
    print(f"revoked {info.key_id} ({info.role}, {info.name!r})", file=args.stdout)
    return EXIT_OK


def _serve(args) -> int:
    from .._optional import require

    uvicorn = require("uvicorn", extra="service", feature="nciiguard serve")
    require("fastapi", extra="service", feature="nciiguard serve")
    from ..service import ServiceConfig, create_app

    config = load_config(args)
    app = create_app(config, service_config=ServiceConfig.load(), policy=args.policy)
    # Paths never carry secrets (keys, PINs and tokens travel in headers), so the access log is safe.
    uvicorn.run(app, host=args.host, port=args.port, access_log=not args.no_access_log, log_level="info", server_header=False)
    return EXIT_OK
