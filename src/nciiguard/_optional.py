"""Import helper for optional dependencies (extras).

Names the extra to install when a package is missing, and re-raises genuine import errors
from inside an installed package, so a broken install is not mistaken for a missing one.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingExtraError


def require(module: str, *, extra: str, feature: str, package: str | None = None,
            install: str | None = None) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra`` (or the ``install``
    command, for a package the extra cannot list)."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        top = module.split(".")[0]
        # Only a missing top-level package means "extra not installed"; anything else is a
        # real bug inside an installed package and must surface as it is.
        if exc.name is not None and exc.name.split(".")[0] == top:
            raise MissingExtraError(extra, package or top, feature, install) from exc
        raise


def available(module: str) -> bool:
    """True when ``module`` can be found without importing it."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
