"""The one table of signals. Library, CLI, HTTP service and batch scanner all read it.

A :class:`SignalRegistry` maps a signal name to the class that implements it. Entries are import
paths (``"module:Class"``) so that importing nciiguard never imports a heavy dependency: a signal's
module is imported only when a profile uses it. A registry never changes once built; one with
more signals is a new registry (:meth:`SignalRegistry.extended`), handed to the Guard that should
run them (``Guard(profile, registry=...)``), which also validates its profile against it.

:data:`DEFAULT_REGISTRY` holds the built-in signals; every Guard built without ``registry=`` uses
it. Interfaces that build their Guard themselves (the CLI) use :func:`default_registry`, which
:func:`using_default` can replace for a block of code (embedders and tests with their own signals).
"""

from __future__ import annotations

import importlib
import threading
from contextlib import contextmanager
from types import MappingProxyType
from typing import TYPE_CHECKING, Iterator, Mapping, Union

from ..errors import ConfigError

if TYPE_CHECKING:
    from .base import Signal

#: A registry entry: an import path ``"module:Class"`` (imported on first use) or the class itself.
Target = Union[str, "type[Signal]"]

_BUILTIN: dict[str, str] = {
    # name: "module:Class"  (one line per signal; grouped by modality)
    "sexual_text": "nciiguard.signals.text.sexual:SexualTextSignal",
    "semantic_sexual_text": "nciiguard.signals.text.semantic:SemanticSexualTextSignal",
    "scenario_sexual_text": "nciiguard.signals.text.scenario:ScenarioSexualTextSignal",
    "writers_sexual_text": "nciiguard.signals.text.writers:WritersSexualTextSignal",
    "disguised_sexual_text": "nciiguard.signals.text.disguised:DisguisedSexualTextSignal",
    "real_person_text": "nciiguard.signals.text.real_person:RealPersonTextSignal",
    "intent_text": "nciiguard.signals.text.intent:IntentTextSignal",
    "negated_clothing_text": "nciiguard.signals.text.negated_clothing:NegatedClothingTextSignal",
    "minor_text": "nciiguard.signals.text.minor:MinorTextSignal",
    "nsfw_image": "nciiguard.signals.image.nsfw:NsfwImageSignal",
    "faces": "nciiguard.signals.image.faces:FacesSignal",
    "provenance": "nciiguard.signals.image.provenance:ProvenanceSignal",
    "hash_match": "nciiguard.signals.match.hash_match:HashMatchSignal",
    "likeness_match": "nciiguard.signals.match.likeness:LikenessMatchSignal",
    "model_file": "nciiguard.signals.model.model_file:ModelFileSignal",
}


class SignalRegistry(Mapping[str, Target]):
    """An immutable name -> signal class table (read like a mapping of name -> target)."""

    def __init__(self, entries: Mapping[str, Target]):
        for name, target in entries.items():
            if not isinstance(name, str) or not name.isidentifier():
                raise ConfigError(f"signal name must be an identifier, got {name!r}")
            if isinstance(target, str):
                if ":" not in target:
                    raise ConfigError(f"signal {name!r}: target must be 'module:Class', got {target!r}")
            elif getattr(target, "name", None) != name:
                raise ConfigError(f"signal {name!r}: class {target!r} is named {getattr(target, 'name', None)!r}")
        self._entries: dict[str, Target] = dict(entries)
        self._classes: dict[str, type] = {}
        self._lock = threading.Lock()

    # -- mapping ---------------------------------------------------------------------------------
    def __getitem__(self, name: str) -> Target:
        return self._entries[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        return f"SignalRegistry({sorted(self._entries)})"

    # -- lookups ---------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._entries)

    def signal_class(self, name: str) -> "type[Signal]":
        """The Signal class registered as ``name``. Unknown names are configuration errors."""
        cls = self._classes.get(name)
        if cls is not None:
            return cls
        try:
            target = self._entries[name]
        except KeyError:
            raise ConfigError(f"unknown signal {name!r}; known signals: {self.known()}") from None
        if isinstance(target, str):
            module_name, _, class_name = target.partition(":")
            cls = getattr(importlib.import_module(module_name), class_name)
        else:
            cls = target
        if getattr(cls, "name", None) != name:
            raise ConfigError(f"signal registry entry {name!r} points at a class named {cls.name!r}")
        with self._lock:
            self._classes[name] = cls
        return cls

    def check(self, names, where: str) -> None:
        """Raise a ConfigError naming the first of ``names`` this registry does not know."""
        for name in names:
            if name not in self._entries:
                raise ConfigError(f"{where}: unknown signal {name!r}; known: {self.known()}")

    def known(self) -> str:
        return ", ".join(sorted(self._entries)) or "(none)"

    # -- new registries --------------------------------------------------------------------------
    def extended(self, entries: Mapping[str, Target]) -> "SignalRegistry":
        """A new registry with this one's signals plus ``entries`` (which win on a clash)."""
        return SignalRegistry({**self._entries, **entries})

    def without(self, *names: str) -> "SignalRegistry":
        """A new registry without ``names`` (tests that check a profile naming one is refused)."""
        return SignalRegistry({k: v for k, v in self._entries.items() if k not in names})


#: The built-in signals.
DEFAULT_REGISTRY = SignalRegistry(_BUILTIN)

#: Read-only view of the built-in table (name -> "module:Class"), for code that only reads it.
SIGNALS: Mapping[str, str] = MappingProxyType(_BUILTIN)

_default = DEFAULT_REGISTRY
_default_lock = threading.Lock()


def default_registry() -> SignalRegistry:
    """The registry Guards use when they are not given one (the built-ins unless replaced)."""
    return _default


@contextmanager
def using_default(registry: SignalRegistry) -> Iterator[SignalRegistry]:
    """Make ``registry`` the default for Guards built inside the block (by the CLI, say), then
    restore the previous one. Process-wide: for tests and single-purpose embedders only."""
    global _default
    if not isinstance(registry, SignalRegistry):
        raise TypeError(f"expected a SignalRegistry, got {type(registry).__name__}")
    with _default_lock:
        previous, _default = _default, registry
    try:
        yield registry
    finally:
        with _default_lock:
            _default = previous


def signal_names() -> list[str]:
    return default_registry().names()


def signal_class(name: str) -> "type[Signal]":
    """The Signal class registered as ``name`` in the default registry."""
    return default_registry().signal_class(name)
