"""The Signal contract.

A signal has a name, a version, the modalities it reads, validated parameters, a lazy
``load()`` for heavy work (models, lexicons) and ``detect(ctx)`` returning findings. It never
decides: the policy does. It must be safe to call ``detect`` from several threads once loaded.

Adding a signal touches its module, one line in :mod:`nciiguard.signals.registry`, its tests
and its docs page (``docs/signals/<name>.md``), nothing else.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError, validation_problems
from ..findings import Finding

#: Modalities a signal may read. ``image`` means any image; the others narrow it by role.
#: ``hashes``: hash values looked up in the banks (``Guard.match``).
MODALITIES = frozenset({"text", "image", "input_image", "output_image", "model_file", "hashes"})


class SignalParams(BaseModel):
    """Parameters every signal accepts. Subclasses add their own; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: A run slower than this is reported as ``timeout`` and the policy fails closed on it.
    timeout_ms: float = Field(default=5000.0, gt=0, le=600_000)


@dataclass
class Resources:
    """Stateful services some signals read: filled by the Guard from its store.

    Each attribute is optional; a signal that needs one that is missing reports an error
    (fail closed) rather than silently finding nothing.

    - ``protected_names``: object with ``aliases() -> Iterable[tuple[person_id, alias]]`` and
      a ``revision`` attribute that changes whenever the set changes (likeness registry).
    - ``banks``: hash-bank matcher (see :mod:`nciiguard.banks`).
    - ``likeness``: face-template registry (see :mod:`nciiguard.registry`).
    """

    protected_names: Any = None
    banks: Any = None
    likeness: Any = None


class Signal(ABC):
    name: ClassVar[str]
    version: ClassVar[str] = "1"
    modalities: ClassVar[frozenset[str]]
    #: The extra (``pip install 'nciiguard[<extra>]'``) providing this signal's dependencies.
    extra: ClassVar[str | None] = None
    #: One line for ``nciiguard signals`` and the docs index.
    summary: ClassVar[str] = ""
    Params: ClassVar[type[SignalParams]] = SignalParams

    def __init__(self, params: Mapping[str, Any] | None = None, resources: Resources | None = None):
        try:
            self.params = self.Params.model_validate(dict(params or {}))
        except ValidationError as exc:
            raise ConfigError(f"invalid parameters for signal {self.name!r}: {'; '.join(validation_problems(exc, '(root)'))}") from None
        self.resources = resources or Resources()
        self._loaded = False
        self._load_lock = threading.Lock()

    def ensure_loaded(self) -> None:
        """Run ``load()`` once, even when several threads ask at the same time."""
        if self._loaded:
            return
        with self._load_lock:
            if not self._loaded:
                self.load()
                self._loaded = True

    def load(self) -> None:
        """Load models, lexicons, indexes. Override when there is heavy work; default: nothing."""

    def applies_to(self, modalities: frozenset[str]) -> bool:
        return bool(self.modalities & modalities)

    @abstractmethod
    def detect(self, ctx) -> Iterable[Finding]:
        """Return the findings for ``ctx`` (a :class:`nciiguard.content.ScanContext`)."""

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "modalities": sorted(self.modalities),
            "extra": self.extra,
            "summary": self.summary,
            "params": self.params.model_dump(),
        }


