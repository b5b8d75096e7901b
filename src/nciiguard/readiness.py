"""Is this process able to do what it is configured to do? One answer for ``/readyz`` and
``nciiguard selfcheck``.

A process can start, answer health checks and screen text, and still be unable to screen any
image with a face: after one likeness enrolment, every process without the registry key failed
on each face (a 503, a traceback, exit 2) while ``/readyz`` said ready and ``selfcheck`` said all
passed (issue 11 item 10). Each configured capability is therefore checked, and a missing one is
named with what to do:

* **database**: it answers, and records every migration this code ships;
* **likeness registry**: when it holds face templates, the key that opens them is configured and
  is the right one (an empty registry needs no key);
* **signals**: every signal of the policy loads here (models and lexicons from installed packages;
  a missing extra is named).

Checks never raise, and their details never contain content or secrets (exception types and
nciiguard's own messages only).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"check": self.name, "ok": self.ok, "detail": self.detail}


def check_database(db, heads: Iterable[str] | None = None) -> Check:
    """The database answers and records every head revision of the code."""
    from .errors import ConfigError

    if heads is None:
        from alembic.script import ScriptDirectory

        from .store.db import alembic_config

        heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    try:
        db.check_connection()
        current = set(db.current_revisions())
    except ConfigError as exc:
        return Check("database", False, str(exc))
    except Exception as exc:  # noqa: BLE001 - readiness reports, never raises
        return Check("database", False, f"database unavailable ({type(exc).__name__})")
    missing = sorted(set(heads) - current)
    if missing:
        return Check("database", False, f"database schema is not migrated ({len(missing)} migration(s) pending: "
                                         f"{', '.join(missing)}); run `nciiguard db upgrade`")
    return Check("database", True, "reachable, at the code's migrations")


def check_registry(registry) -> Check | None:
    """The likeness registry's templates can be opened (None: no registry in this process)."""
    if registry is None:
        return None
    from .errors import ConfigError

    try:
        has = registry.has_templates()
    except ConfigError as exc:  # RegistryKeyError: missing, malformed or wrong key
        return Check("likeness registry", False,
                     f"the registry holds face templates this process cannot open: {exc}")
    except Exception as exc:  # noqa: BLE001
        return Check("likeness registry", False, f"the registry cannot be read ({type(exc).__name__})")
    return Check("likeness registry", True, "face templates open with the configured key" if has
                 else "no face templates enrolled (no key needed)")


def check_signals(guard) -> Check:
    """Every signal of the guard's policy loads (once per process; later calls are free)."""
    failed = []
    for signal in guard.signals:
        try:
            signal.ensure_loaded()
        except Exception as exc:  # noqa: BLE001 - a missing extra or model: reported by name
            text = str(exc).splitlines()[0] if str(exc) else ""
            failed.append(f"{signal.name} ({type(exc).__name__}{': ' + text[:200] if text else ''})")
    if failed:
        return Check("signals", False, "cannot load: " + "; ".join(failed))
    return Check("signals", True, f"{len(guard.signals)} signals loaded")


def readiness(db, guard, registry=None, *, heads: Iterable[str] | None = None) -> list[Check]:
    """Every check, in order; the process is ready when all are ok."""
    checks = [check_database(db, heads)]
    if checks[0].ok:  # the registry lives in the database: reading it would repeat the problem
        reg = check_registry(registry)
        if reg is not None:
            checks.append(reg)
    checks.append(check_signals(guard))
    return checks
