"""Exceptions raised by nciiguard.

Every error a user can cause has its own type and a message that says what to fix.
"""

from __future__ import annotations


class NciiguardError(Exception):
    """Base class for every error nciiguard raises on purpose."""


class ConfigError(NciiguardError):
    """A policy profile, configuration file or option is invalid.

    Raised at start-up: a safety tool never falls back to a default when the operator's
    configuration is broken.
    """


class InputError(NciiguardError, ValueError):
    """The content given for screening is malformed, oversized or of an unsupported kind."""


class MissingExtraError(NciiguardError, ImportError):
    """A feature needs an optional dependency that is not installed."""

    def __init__(self, extra: str, package: str, feature: str, install: str | None = None):
        self.extra = extra
        self.package = package
        self.feature = feature
        super().__init__(
            f"{feature} needs the optional package {package!r}; "
            f"install it with: {install or f'pip install {chr(39)}nciiguard[{extra}]{chr(39)}'}"
        )


def validation_problems(exc, root: str = "(top level)") -> list[str]:
    """One ``"where: what"`` line per problem of a pydantic ValidationError, for config errors."""
    problems = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ())) or root
        msg = "unknown key" if err.get("type") == "extra_forbidden" else err.get("msg")
        problems.append(f"{loc}: {msg}")
    return problems


class SignalError(NciiguardError):
    """A signal failed to load or to run. The policy treats its result as an error (fail closed)."""
