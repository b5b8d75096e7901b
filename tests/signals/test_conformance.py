"""Every registered signal runs the conformance suite (tests/signals/conformance.py).

One class per registered signal; ``test_every_registered_signal_runs_the_suite`` fails when a
signal is registered without one, so a new signal cannot skip the suite silently.
"""

from __future__ import annotations

from conformance import (  # noqa: F401 - conformance_resources: the suite's fixture
    ImageConformance,
    ModelFileConformance,
    SignalConformance,
    TextConformance,
    TextSignalConformance,
    conformance_resources,
)
from nciiguard.signals.base import TextSignal
from nciiguard.signals.registry import DEFAULT_REGISTRY


class TestSexualText(TextSignalConformance):
    signal_name = "sexual_text"
    trigger_texts = ("a naked woman, explicit porn", "n\u200bu\u200bd\u200be photo", "\u0130stanbul nude \ufb01lm")


class TestSemanticSexualText(TextSignalConformance):
    signal_name = "semantic_sexual_text"
    params = {"skip_rule_score": 1.01, "skip_below_ngram": 0.0}  # always run the encoder here
    trigger_texts = ("a naked woman on the beach",)
    needs_module = "onnxruntime"


class TestScenarioSexualText(TextSignalConformance):
    signal_name = "scenario_sexual_text"
    trigger_texts = ("my neighbour in the shower, steam on the glass door, nothing hidden",)


class TestWritersSexualText(TextSignalConformance):
    signal_name = "writers_sexual_text"
    trigger_texts = ("my neighbour posing fully naked on the bed, explicit photo",)


class TestDisguisedSexualText(TextSignalConformance):
    signal_name = "disguised_sexual_text"
    trigger_texts = ("n_4_k3dd photo of my neighbour", "pr0n0gr4ph of a woman")


class TestRealPersonText(TextSignalConformance):
    signal_name = "real_person_text"
    trigger_texts = ("Emma Watson in a bikini", "obama at the beach", "a photo of my coworker Jane",
                     "\u0130stanbul trip with Emma Watson")


class TestIntentText(TextSignalConformance):
    signal_name = "intent_text"
    trigger_texts = ("undress her", "remove her clothes in this photo", "nudify app")


class TestNegatedClothingText(TextSignalConformance):
    signal_name = "negated_clothing_text"
    trigger_texts = ("my roommate at the beach. Negative prompt: clothes, swimsuit, censored",
                     "a woman on a sofa --no clothing --ar 2:3")


class TestMinorText(TextSignalConformance):
    signal_name = "minor_text"
    trigger_texts = ("a 15 year old girl", "schoolgirl in uniform", "\u0130stanbul, her daughter")


class TestModelFile(TextConformance, ModelFileConformance):
    signal_name = "model_file"
    trigger_texts = ("a LoRA trained on photos of Emma Watson", "likeness of my coworker Jane")


class TestNsfwImage(ImageConformance):
    signal_name = "nsfw_image"


class TestNsfwImageNudenet(ImageConformance):
    """The optional NudeNet region detector (the ``nudenet`` extra), when installed."""

    signal_name = "nsfw_image"
    params = {"regions": "nudenet"}
    needs_module = "nudenet"


class TestFaces(ImageConformance):
    signal_name = "faces"


class TestProvenance(ImageConformance):
    signal_name = "provenance"


class TestHashMatch(ImageConformance):
    signal_name = "hash_match"


class TestLikenessMatch(ImageConformance):
    signal_name = "likeness_match"


def _suites() -> list[type]:
    """The signal suites of this module (the conformance classes themselves have no signal)."""
    return [v for v in globals().values()
            if isinstance(v, type) and issubclass(v, SignalConformance) and "signal_name" in vars(v)]


def test_every_registered_signal_runs_the_suite():
    covered = {suite.signal_name for suite in _suites()}
    missing = sorted(set(DEFAULT_REGISTRY) - covered)
    assert not missing, f"registered signals without a conformance class in {__file__}: {missing}"
    assert covered <= set(DEFAULT_REGISTRY), sorted(covered - set(DEFAULT_REGISTRY))


def test_every_suite_checks_everything_its_signal_reads():
    for suite in _suites():
        cls = DEFAULT_REGISTRY.signal_class(suite.signal_name)
        wanted = {
            TextConformance: "text" in cls.modalities,
            TextSignalConformance: issubclass(cls, TextSignal),
            ImageConformance: bool(cls.modalities & {"image", "input_image", "output_image"}),
            ModelFileConformance: "model_file" in cls.modalities,
        }
        for part, needed in wanted.items():
            assert issubclass(suite, part) == needed, f"{suite.__name__} ({suite.signal_name}): {part.__name__}"
