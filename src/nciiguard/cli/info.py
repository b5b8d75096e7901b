"""``nciiguard signals`` and ``nciiguard policies``: what this installation can do."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("signals", help="list the registered signals and whether their extras are installed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_signals)
    p = sub.add_parser("policies", help="list the built-in policy profiles, or validate one")
    p.add_argument("--check", metavar="PROFILE", help="validate a profile (name or YAML path) and exit")
    p.set_defaults(func=_policies)


def _signals(args) -> int:
    from ..errors import MissingExtraError
    from ..signals.registry import default_registry

    registry = default_registry()
    rows = []
    for name in registry:
        cls = registry.signal_class(name)
        try:
            inst = cls()
            inst.ensure_loaded()
            status = "ready"
        except MissingExtraError as exc:
            status = f"needs extra [{exc.extra}]"
        except Exception as exc:  # noqa: BLE001 - report, do not crash the listing
            status = f"error: {type(exc).__name__}: {exc}"
        rows.append({"name": name, "version": cls.version, "modalities": sorted(cls.modalities),
                     "extra": cls.extra, "status": status, "summary": cls.summary})
    if args.json:
        print(json.dumps(rows, indent=2), file=args.stdout)
    else:
        for r in rows:
            print(f"{r['name']:<18} v{r['version']:<6} {','.join(r['modalities']):<24} {r['status']}", file=args.stdout)
    return 0


def _policies(args) -> int:
    from ..policy import builtin_profiles, load_policy

    if args.check:
        engine = load_policy(args.check)
        print(f"ok: {engine.name} {engine.version} ({len(engine.profile.rules)} rules)", file=args.stdout)
        return 0
    for name in builtin_profiles():
        engine = load_policy(name)
        print(f"{name:<8} {engine.version:<12} {engine.profile.description}", file=args.stdout)
    return 0
