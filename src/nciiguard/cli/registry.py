"""``nciiguard registry ...``: the likeness registry from the command line.

Photos are read and turned into templates in memory; they are never copied anywhere. The
template key comes from the environment or a key file (never from an argument: arguments show
in process lists and shell history).
"""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("registry", help="likeness registry: people protected by name and face")
    rsub = p.add_subparsers(dest="registry_command", metavar="ACTION")
    rsub.required = True

    k = rsub.add_parser("keygen", help="print a new template-encryption key (once)")
    k.set_defaults(func=_keygen)

    e = rsub.add_parser("enrol", help="register a person (photos become encrypted templates; photos are not kept)")
    e.add_argument("--name", required=True, help="the person's name (also matched in prompts)")
    e.add_argument("--alias", action="append", default=[], metavar="A", help="another name or handle (repeatable)")
    e.add_argument("--photo", action="append", default=[], metavar="F", help="a photo showing only this person (repeatable)")
    e.add_argument("--consent-by", required=True, metavar="WHO", help="who gave consent (the person, or their agent)")
    e.add_argument("--consent-method", required=True, choices=["self", "verified_agent"],
                   help="self: the person enrolled themselves; verified_agent: someone verified acting for them")
    e.add_argument("--consent-note", metavar="T", help="scope of the consent, in words")
    e.add_argument("--consent-document", metavar="FILE", help="signed consent document: only its SHA-256 is stored")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=_enrol)

    ls = rsub.add_parser("list", help="list registered people")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)

    a = rsub.add_parser("aliases", help="add or remove aliases of a person")
    a.add_argument("id", help="the person's id (from registry list)")
    a.add_argument("--add", action="append", default=[], metavar="A", help="alias to add (repeatable)")
    a.add_argument("--remove", action="append", default=[], metavar="A", help="alias to remove (repeatable)")
    a.set_defaults(func=_aliases)

    ph = rsub.add_parser("add-photos", help="add face templates to a registered person")
    ph.add_argument("id", help="the person's id (from registry list)")
    ph.add_argument("--photo", action="append", required=True, metavar="F",
                    help="a photo showing only this person (repeatable)")
    ph.set_defaults(func=_add_photos)

    w = rsub.add_parser("withdraw", help="delete a person with their aliases and templates")
    w.add_argument("id", help="the person's id (from registry list)")
    w.set_defaults(func=_withdraw)


def _registry(args):
    from ..audit.anchor import register as anchor_audit
    from ..registry import LikenessRegistry
    from ..store import open_database
    from . import load_config

    config = load_config(args)
    db = open_database(config.url)  # first: it names a bad data directory
    anchor_audit(config)  # registry changes move the audit anchor (docs/security.md)
    return LikenessRegistry(db, key=config.registry_key)


def _keygen(args) -> int:
    from ..registry import generate_key

    print(generate_key(), file=args.stdout)
    print(
        "Store this key as NCIIGUARD_REGISTRY_KEY (or in a file named by NCIIGUARD_REGISTRY_KEY_FILE, "
        "readable only by the service). It is shown once; templates encrypted with it cannot be read "
        "without it, and anyone holding it and the database can read them.",
        file=args.stderr,
    )
    return 0


def _enrol(args) -> int:
    from ..registry import Consent

    doc = Consent.hash_document(args.consent_document) if args.consent_document else None
    consent_kwargs = {"by": args.consent_by, "method": args.consent_method, "document_sha256": doc}
    if args.consent_note:
        consent_kwargs["scope"] = args.consent_note
    consent = Consent(**consent_kwargs)
    registry = _registry(args)
    person = registry.enrol(args.name, aliases=args.alias, photos=args.photo, consent=consent, actor="cli")
    if args.json:
        print(json.dumps(person.to_dict(), indent=2), file=args.stdout)
    else:
        print(f"enrolled {person.id}: {person.name} ({len(person.aliases)} aliases, "
              f"{person.templates} face templates)", file=args.stdout)
    return 0


def _list(args) -> int:
    people = _registry(args).list()
    if args.json:
        print(json.dumps([p.to_dict() for p in people], indent=2), file=args.stdout)
        return 0
    if not people:
        print("no one is registered", file=args.stdout)
    for p in people:
        aliases = ", ".join(p.aliases) or "-"
        print(f"{p.id}  {p.name:<24} templates={p.templates:<3} consent={p.consent.method:<14} aliases: {aliases}",
              file=args.stdout)
    return 0


def _aliases(args) -> int:
    from ..errors import InputError

    if not args.add and not args.remove:
        raise InputError("give --add and/or --remove")
    person = _registry(args).update_aliases(args.id, add=args.add, remove=args.remove, actor="cli")
    print(f"{person.id}: aliases now {', '.join(person.aliases) or '-'}", file=args.stdout)
    return 0


def _add_photos(args) -> int:
    n = _registry(args).add_photos(args.id, args.photo, actor="cli")
    print(f"{args.id}: added {n} face templates", file=args.stdout)
    return 0


def _withdraw(args) -> int:
    counts = _registry(args).withdraw(args.id, actor="cli")
    print(f"withdrawn {args.id}: deleted {counts['templates']} face templates and {counts['aliases']} aliases",
          file=args.stdout)
    return 0
