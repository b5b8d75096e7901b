"""Policy profiles: load, validate, compile.

A profile that does not parse, names an unknown signal or category, has a cycle, or fails to
block sexual content involving a minor is refused with a :class:`ConfigError`. There is no
fallback to a default profile: a typo stops start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .._data import names_in, read_text
from ..errors import ConfigError, validation_problems
from ..findings import Action
from .engine import PolicyEngine
from .schema import Category, Profile, expr_names

__all__ = ["PolicyEngine", "Profile", "load_policy", "builtin_profiles", "MAX_PROFILE_BYTES"]

MAX_PROFILE_BYTES = 256 * 1024


def builtin_profiles() -> list[str]:
    return names_in("policy/profiles", ".yaml")


def load_policy(source: str | Path | Profile | dict = "ncii", *, registry: Any = None,
                _seen: tuple[str, ...] = ()) -> PolicyEngine:
    """Load a built-in profile by name, a YAML file by path, a dict, or a Profile object.

    Signal names are checked against ``registry`` (a :class:`~nciiguard.signals.registry.SignalRegistry`;
    default: the default registry), the one the Guard running the profile uses.
    """
    if isinstance(source, PolicyEngine):  # already compiled
        return source
    if isinstance(source, Profile):
        return compile_profile(source, registry)
    if isinstance(source, dict):
        return compile_profile(_validate(source, "<dict>", _seen, registry), registry)
    text, origin = _read(source)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"policy {origin}: invalid YAML{where}: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"policy {origin}: the top level must be a mapping, got {type(data).__name__}")
    return compile_profile(_validate(data, origin, _seen, registry), registry)


def _read(source: str | Path) -> tuple[str, str]:
    name = str(source)
    if isinstance(source, Path) or name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_PROFILE_BYTES:
                raise ConfigError(f"policy file {path} is larger than {MAX_PROFILE_BYTES} bytes")
            return path.read_text(encoding="utf-8"), str(path)
        except FileNotFoundError:
            raise ConfigError(f"policy file not found: {path}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"policy file {path} is not UTF-8 text") from None
        except OSError as exc:
            raise ConfigError(f"cannot read policy file {path}: {exc.strerror or exc}") from None
    if name not in builtin_profiles():
        raise ConfigError(
            f"unknown policy {name!r}: built-in profiles are {', '.join(builtin_profiles())}; "
            "or give the path of a YAML file"
        )
    return read_text(f"policy/profiles/{name}.yaml"), f"{name!r} (built-in)"


def _validate(data: dict[str, Any], origin: str, seen: tuple[str, ...], registry: Any = None) -> Profile:
    base = data.get("extends")
    if base:
        if not isinstance(base, str):
            raise ConfigError(f"policy {origin}: 'extends' must be the name or path of a profile")
        if base in seen:
            raise ConfigError(f"policy {origin}: 'extends' loops through {' -> '.join(seen + (base,))}")
        parent = load_policy(base, registry=registry, _seen=seen + (base,)).profile
        data = _merge(parent, data)
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        lines = [f"  {p}" for p in validation_problems(exc)]
        raise ConfigError(f"policy {origin} is invalid:\n" + "\n".join(lines)) from None


def _merge(parent: Profile, child: dict[str, Any]) -> dict[str, Any]:
    """Child keys override; categories merge by name; rules merge by id (child wins)."""
    merged = parent.model_dump(by_alias=True, exclude_none=True)
    merged.pop("extends", None)
    for key, value in child.items():
        if key == "categories" and isinstance(value, dict):
            merged["categories"] = {**merged.get("categories", {}), **value}
        elif key == "signals" and isinstance(value, (dict, list)):
            extra = {n: {} for n in value} if isinstance(value, list) else value
            merged["signals"] = {**merged.get("signals", {}), **extra}
        elif key == "rules" and isinstance(value, list):
            by_id = {r["id"]: r for r in merged.get("rules", [])}
            for rule in value:
                if isinstance(rule, dict) and "id" in rule:
                    by_id[rule["id"]] = rule
                else:
                    by_id[f"__invalid_{len(by_id)}"] = rule
            merged["rules"] = list(by_id.values())
        else:
            merged[key] = value
    return merged


def compile_profile(profile: Profile, registry: Any = None) -> PolicyEngine:
    from ..signals.registry import default_registry

    where = f"policy {profile.name!r}"
    (registry if registry is not None else default_registry()).check(profile.signals, where)
    for cname, cat in profile.categories.items():
        for sel in cat.from_ or ():
            if sel.signal not in profile.signals:
                raise ConfigError(
                    f"{where}: category {cname!r} reads signal {sel.signal!r}, which the profile does not run"
                )
        if cat.when is not None:
            _check_names(expr_names(cat.when), profile, f"category {cname!r}")
    for rule in profile.rules:
        _check_names(expr_names(rule.when), profile, f"rule {rule.id!r}")
    ids = [r.id for r in profile.rules]
    if len(ids) != len(set(ids)):
        raise ConfigError(f"{where}: rule ids must be unique")
    for name in profile.report:
        if name not in profile.categories:
            raise ConfigError(f"{where}: 'report' names unknown category {name!r}")
    engine = PolicyEngine(profile, _order(profile))
    _check_minor_invariant(engine)
    return engine


def _check_names(names: set[str], profile: Profile, what: str) -> None:
    unknown = sorted(n for n in names if n not in profile.categories)
    if unknown:
        raise ConfigError(f"policy {profile.name!r}: {what} refers to unknown category {', '.join(map(repr, unknown))}")


def _order(profile: Profile) -> list[str]:
    order: list[str] = []
    state: dict[str, int] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise ConfigError(f"policy {profile.name!r}: categories form a cycle: {' -> '.join(path + (name,))}")
        state[name] = 1
        cat: Category = profile.categories[name]
        if cat.when is not None:
            for dep in sorted(expr_names(cat.when)):
                visit(dep, path + (name,))
        state[name] = 2
        order.append(name)

    for name in profile.categories:
        visit(name, ())
    return order


def _check_minor_invariant(engine: PolicyEngine) -> None:
    """Sexual content involving a minor is blocked under every profile: checked, not trusted."""
    profile = engine.profile
    if "sexual" not in profile.categories or "minor" not in profile.categories:
        raise ConfigError(f"policy {profile.name!r} must define the categories 'sexual' and 'minor'")
    for name in ("sexual", "minor"):
        if profile.categories[name].from_ is None:
            raise ConfigError(f"policy {profile.name!r}: category {name!r} must be read from signal findings")
    from .engine import _CategoryState, _derived, _eval

    states: dict[str, _CategoryState] = {}
    for name in engine._order:
        cat = profile.categories[name]
        if cat.from_ is not None:
            states[name] = _CategoryState(name in ("sexual", "minor"), 1.0, ())
        else:
            states[name] = _derived(cat, states)
    actions = [Action(r.action) for r in profile.rules if _eval(r.when, states)]
    if Action.most_severe(actions) is not Action.BLOCK:
        raise ConfigError(
            f"policy {profile.name!r} does not block sexual content involving a minor; "
            "every profile must (add a rule: when: {all: [sexual, minor]}, action: block)"
        )
