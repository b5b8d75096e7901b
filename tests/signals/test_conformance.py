"""Every registered signal runs the conformance suite (tests/signals/conformance.py).

One class per registered signal; ``test_every_registered_signal_runs_the_suite`` fails when a
signal is registered without one, so a new signal cannot skip the suite silently.
"""

from __future__ import annotations

from conformance import SignalConformance, conformance_resources  # noqa: F401 - the fixture is used by the suite
from nciiguard.signals.registry import DEFAULT_REGISTRY


class TestSexualText(SignalConformance):
    signal_name = "sexual_text"
    trigger_texts = ("a naked woman, explicit porn", "n\u200bu\u200bd\u200be photo", "\u0130stanbul nude \ufb01lm")


class TestSemanticSexualText(SignalConformance):
    signal_name = "semantic_sexual_text"
    params = {"skip_rule_score": 1.01, "skip_below_ngram": 0.0}  # always run the encoder here
    trigger_texts = ("a naked woman on the beach",)
    needs_module = "onnxruntime"


class TestRealPersonText(SignalConformance):
    signal_name = "real_person_text"
    trigger_texts = ("Emma Watson in a bikini", "obama at the beach", "a photo of my coworker Jane",
                     "\u0130stanbul trip with Emma Watson")


class TestIntentText(SignalConformance):
    signal_name = "intent_text"
    trigger_texts = ("undress her", "remove her clothes in this photo", "nudify app")


class TestMinorText(SignalConformance):
    signal_name = "minor_text"
    trigger_texts = ("a 15 year old girl", "schoolgirl in uniform", "\u0130stanbul, her daughter")


class TestModelFile(SignalConformance):
    signal_name = "model_file"
    trigger_texts = ("a LoRA trained on photos of Emma Watson", "likeness of my coworker Jane")


class TestNsfwImage(SignalConformance):
    signal_name = "nsfw_image"


class TestNsfwImageNudenet(SignalConformance):
    """The optional NudeNet region detector (the ``nudenet`` extra), when installed."""

    signal_name = "nsfw_image"
    params = {"regions": "nudenet"}
    needs_module = "nudenet"


class TestFaces(SignalConformance):
    signal_name = "faces"


class TestProvenance(SignalConformance):
    signal_name = "provenance"


class TestHashMatch(SignalConformance):
    signal_name = "hash_match"


class TestLikenessMatch(SignalConformance):
    signal_name = "likeness_match"


def _suites(cls=SignalConformance):
    for sub in cls.__subclasses__():
        yield sub
        yield from _suites(sub)


def test_every_registered_signal_runs_the_suite():
    covered = {suite.signal_name for suite in _suites()}
    missing = sorted(set(DEFAULT_REGISTRY) - covered)
    assert not missing, f"registered signals without a conformance class in {__file__}: {missing}"
    assert covered <= set(DEFAULT_REGISTRY), sorted(covered - set(DEFAULT_REGISTRY))
