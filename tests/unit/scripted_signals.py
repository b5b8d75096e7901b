"""Signals for testing the engine: they return findings the test injects (or fail on purpose).

These exercise the real runner and policy engine; only the detection is scripted, as the
project's rule for policy tests says (inject findings, never real sexual content).
"""

from __future__ import annotations

import threading
import time

from nciiguard.findings import Finding, Span
from nciiguard.signals.base import Signal, SignalParams
from nciiguard.signals.registry import DEFAULT_REGISTRY


class ScriptedText(Signal):
    name = "scripted_text"
    modalities = frozenset({"text"})
    summary = "returns findings scripted per test"
    script: dict = {}
    lock = threading.Lock()

    class Params(SignalParams):
        word: str = "flagword"
        label: str = "hit"
        score: float = 0.9

    def detect(self, ctx):
        out = []
        for field in ctx.text_fields:
            original = ctx.content.texts[field]
            i = original.find(self.params.word)
            if i >= 0:
                out.append(Finding(self.params.label, self.params.score, field,
                                   span=Span(i, i + len(self.params.word)), text=self.params.word))
        return out


class ScriptedMinor(ScriptedText):
    name = "scripted_minor"

    class Params(SignalParams):
        word: str = "minorword"
        label: str = "age_under_18"
        score: float = 0.95


class Exploding(Signal):
    name = "exploding"
    modalities = frozenset({"text"})

    def detect(self, ctx):
        raise RuntimeError("detector crashed")


class Slow(Signal):
    name = "slow"
    modalities = frozenset({"text"})

    class Params(SignalParams):
        timeout_ms: float = 20.0
        sleep_s: float = 0.1

    def detect(self, ctx):
        time.sleep(self.params.sleep_s)
        return []


class ImageOnly(Signal):
    name = "image_only"
    modalities = frozenset({"image"})
    loaded = 0

    def load(self):
        type(self).loaded += 1

    def detect(self, ctx):
        return []


class ImageDecoder(Signal):
    """Decodes every image through the scan context, as the real image signals do: a corrupt image
    raises InputError there (its result then carries the typed ``input_error``)."""

    name = "image_decoder"
    modalities = frozenset({"image"})

    def detect(self, ctx):
        for i in ctx.image_indices():
            ctx.image(i)
        return []


ALL = {cls.name: f"{__name__}:{cls.__name__}"
       for cls in (ScriptedText, ScriptedMinor, Exploding, Slow, ImageOnly, ImageDecoder)}


class BrokenLoad(Signal):
    name = "broken_load"
    modalities = frozenset({"text"})

    def load(self):
        raise OSError("model file unreadable")

    def detect(self, ctx):  # pragma: no cover - never reached
        return []


ALL[BrokenLoad.name] = f"{__name__}:BrokenLoad"

#: The built-in signals plus these: pass it to the Guard (``Guard(profile, registry=SCRIPTED_REGISTRY)``).
SCRIPTED_REGISTRY = DEFAULT_REGISTRY.extended(ALL)
