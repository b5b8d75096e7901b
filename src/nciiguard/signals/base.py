"""The Signal contract.

A signal has a name, a version, the modalities it reads, validated parameters, a lazy
``load()`` for heavy work (models, lexicons) and ``detect(ctx)`` returning findings. It never
decides: the policy does. It must be safe to call ``detect`` from several threads once loaded.

Text signals subclass :class:`TextSignal`, which adds the per-field contract (``detect_text``,
``detect_batch``). Signals read stateful services through :class:`SignalResources` (banks,
likeness registry, protected names), typed by the Protocols below.

Adding a signal touches its module, one line in :mod:`nciiguard.signals.registry`, its tests
(which inherit the conformance suite, ``tests/signals/conformance.py``) and its docs page
(``docs/signals/<name>.md``), nothing else.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Mapping, Protocol, Sequence, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ConfigError, validation_problems
from ..findings import Finding

if TYPE_CHECKING:
    import numpy as np

    from ..banks.matcher import MatchReport, QueryHashes
    from ..content import CacheKey, ScanContext
    from ..imaging import DecodedImage
    from ..registry.store import LikenessMatch
    from ..text.normalize import NormalizedText

T = TypeVar("T")

#: Modalities a signal may read. ``image`` means any image; the others narrow it by role.
#: ``hashes``: hash values looked up in the banks (``Guard.match``).
MODALITIES = frozenset({"text", "image", "input_image", "output_image", "model_file", "hashes"})


class SignalParams(BaseModel):
    """Parameters every signal accepts. Subclasses add their own; unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: A run slower than this is reported as ``timeout`` and the policy fails closed on it.
    timeout_ms: float = Field(default=5000.0, gt=0, le=600_000)


class ProtectedNames(Protocol):
    """Names of people in the likeness registry, for the prompt guard's real-person signal."""

    #: Changes whenever the set of names changes (the signal rebuilds its matcher then).
    revision: int

    def aliases(self) -> Iterable[tuple[str, str]]:
        """``(person_id, alias)`` pairs."""


class BankLookup(Protocol):
    """The hash banks as signals query them (:class:`nciiguard.banks.BankMatcher`)."""

    def prepare_image(self, decoded: "DecodedImage") -> "QueryHashes":
        """The hashes of one decoded image, in the form :meth:`query_prepared` reads."""

    def query_prepared(self, q: "QueryHashes", banks: Any = None, max_distance: int = ...) -> "MatchReport":
        """Matches of ``q`` in ``banks`` (a name, names, or None for every non-allow-list bank)."""


class LikenessLookup(Protocol):
    """The face templates of the likeness registry (:class:`nciiguard.registry.LikenessRegistry`)."""

    def has_templates(self) -> bool:
        """Whether any template is enrolled (a scan with none skips the face embedding). Optional:
        a registry without it is treated as having templates."""

    def search(self, embeddings: "np.ndarray", *, k: int = 1,
               threshold: float | None = None) -> "list[list[LikenessMatch]]":
        """For each embedding, its closest enrolled templates within ``threshold``."""


class SignalResources(Protocol):
    """What a signal receives as ``self.resources``: each service, or None when not configured
    (a signal that needs a missing one reports an error, failing closed, never finds nothing).
    :class:`Resources` holds fixed ones; :class:`nciiguard.resources.StoreResources` opens them
    from the configured store on first use."""

    @property
    def banks(self) -> BankLookup | None: ...

    @property
    def likeness(self) -> LikenessLookup | None: ...

    @property
    def protected_names(self) -> ProtectedNames | None: ...


@dataclass
class Resources:
    """Fixed :class:`SignalResources`: the services given, None for the others.

    - ``protected_names``: names and aliases of the likeness registry (:class:`ProtectedNames`).
    - ``banks``: hash-bank matcher (:class:`BankLookup`, see :mod:`nciiguard.banks`).
    - ``likeness``: face-template registry (:class:`LikenessLookup`, see :mod:`nciiguard.registry`).
    """

    protected_names: ProtectedNames | None = None
    banks: BankLookup | None = None
    likeness: LikenessLookup | None = None


class Signal(ABC):
    name: ClassVar[str]
    version: ClassVar[str] = "1"
    modalities: ClassVar[frozenset[str]]
    #: The extra (``pip install 'nciiguard[<extra>]'``) providing this signal's dependencies.
    extra: ClassVar[str | None] = None
    #: One line for ``nciiguard signals`` and the docs index.
    summary: ClassVar[str] = ""
    Params: ClassVar[type[SignalParams]] = SignalParams

    def __init__(self, params: Mapping[str, Any] | None = None, resources: SignalResources | None = None):
        try:
            self.params = self.Params.model_validate(dict(params or {}))
        except ValidationError as exc:
            raise ConfigError(f"invalid parameters for signal {self.name!r}: {'; '.join(validation_problems(exc, '(root)'))}") from None
        self.resources: SignalResources = resources if resources is not None else Resources()
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
    def detect(self, ctx: "ScanContext") -> Iterable[Finding]:
        """Return the findings for ``ctx``. Raising is allowed: the runner turns any exception into
        an ``error`` result and the policy fails closed on it (``signal_error.<name>``)."""

    def prepare(self, ctxs: Sequence["ScanContext"]) -> None:
        """Optional batch hook: before ``detect`` runs on each of ``ctxs`` (one batch of scans the
        signal applies to), do shared work once (e.g. run a model over every text) and leave the
        results in each context's cache. Default: nothing. A failure here is not fatal: ``detect``
        must still compute each scan on its own."""

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "modalities": sorted(self.modalities),
            "extra": self.extra,
            "summary": self.summary,
            "params": self.params.model_dump(),
        }




class TextSignal(Signal):
    """A signal that reads text fields, each field on its own.

    The contract, on top of :class:`Signal`'s:

    - :meth:`detect_text` ``(nt, field, ctx=None)``: the findings for one normalised field
      (:func:`nciiguard.text.normalize.normalize` of the field's text). Spans are in the field's
      original characters (``nt.original``) and ``Finding.text``, when set, is exactly
      ``nt.original[span.start:span.end]``. It may be called from several threads. ``ctx``, when
      given, is the scan ``nt`` came from (``nt is ctx.text(field)``): the signal may share
      derived work with other signals through ``ctx.shared``; without it, it computes that work
      itself. The findings are the same either way.
    - :meth:`detect` (default): :meth:`detect_text` on every text field of the scan.
    - :meth:`detect_batch` ``(texts, field)``: :meth:`detect_text` for many texts, one list of
      findings per text, in order. The default loops; a signal whose model is faster on batches
      overrides it with the same results.
    """

    modalities: ClassVar[frozenset[str]] = frozenset({"text"})

    def detect(self, ctx: "ScanContext") -> list[Finding]:
        self.ensure_loaded()
        findings: list[Finding] = []
        for field in ctx.text_fields:
            findings.extend(self.detect_text(ctx.text(field), field, ctx))
        return findings

    @abstractmethod
    def detect_text(self, nt: "NormalizedText", field: str = "prompt",
                    ctx: "ScanContext | None" = None) -> list[Finding]:
        """The findings for one normalised text field (see the class docstring)."""

    def detect_batch(self, texts: Sequence["NormalizedText"], field: str = "prompt") -> list[list[Finding]]:
        """:meth:`detect_text` for each of ``texts`` (as field ``field``), in order."""
        self.ensure_loaded()
        return [self.detect_text(nt, field) for nt in texts]


def shared(ctx: "ScanContext | None", key: "CacheKey", factory: Callable[[], T]) -> T:
    """``ctx.shared(key, factory)`` inside a scan, ``factory()`` outside one (``detect_text``
    called without a scan context)."""
    return factory() if ctx is None else ctx.shared(key, factory)
