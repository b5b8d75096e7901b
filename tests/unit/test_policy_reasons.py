"""Every category a decision reports as true carries a reason, whatever rule (or none) acted on it.

The cause of ``suggestive: true`` with ``reasons: []``: the engine gathered reasons only from the
categories a *matched rule* named, so a true category that no rule acted on (suggestive content
of no one, allowed) was reported without a reason. The invariant is checked over many decisions:
real prompts through the shipped profiles, and random combinations of findings of every label the
profiles read.
"""

from __future__ import annotations

import random

import pytest

from nciiguard import Guard, load_policy
from nciiguard.findings import Action, Finding, SignalResult, Span, Status
from nciiguard.policy.schema import positive_names
from nciiguard.signals.base import Resources


def _leaves(profile, name: str) -> set[str]:
    """The categories read from findings whose truth can make ``name`` true."""
    cat = profile.categories[name]
    if cat.from_ is not None:
        return {name}
    out: set[str] = {name}
    for n in positive_names(cat.when):
        out |= _leaves(profile, n)
    return out


def assert_every_true_category_has_a_reason(engine, d) -> None:
    for name, value in d.categories.items():
        if not value:
            continue
        support = {"signal_error"} if name == "signal_error" else _leaves(engine.profile, name)
        assert any(r.category in support for r in d.reasons), (name, d.to_dict())
    for r in d.reasons:  # and no reason without a code naming its category
        assert r.code.startswith(r.category + ".") or r.code.startswith(("signal_error.", "signal_timeout."))


PROMPTS = [
    "a woman in lingerie", "sexy pose, seductive look", "a watercolour of a lighthouse",
    "nude woman on a beach, oil painting", "emma watson in a bikini", "remove her clothes",
    "put a santa hat on my boss", "my coworker in lingerie", "a photo of taylor swift",
    "a 15 year old girl in a swimsuit", "deepfake of my ex", "make him naked", "a cat",
    "topless model, 8k", "the girl from accounting in a bikini", "two women in the living room",
    "faceswap onto a statue", "a man with his shirt off at the beach", "boudoir photo, lace",
    "portrait of barack obama, oil painting", "explicit sex scene", "my neighbour, sexy",
]


@pytest.mark.parametrize("profile", ["ncii", "sfw"])
def test_invariant_on_real_prompts(profile):
    guard = Guard(profile, resources=Resources())
    for p in PROMPTS:
        assert_every_true_category_has_a_reason(guard.policy, guard.screen_prompt(p))


def test_allowed_suggestive_prompt_says_why():
    """Failed before the fix: suggestive was true, the action allow, and ``reasons`` empty."""
    # ("a woman in lingerie" was the example; the semantic model now reads it as a sexual request
    # and holds it for review, a known false positive noted in docs/signals/semantic_sexual_text.md.)
    d = Guard("ncii", resources=Resources()).screen_prompt("sexy red dress at a gala")
    assert d.action is Action.ALLOW and d.categories["suggestive"] is True
    [r] = [r for r in d.reasons if r.category == "suggestive"]
    assert r.code == "suggestive.suggestive" and r.span is not None and r.text.lower() == "sexy"


def _all_selectors(profile):
    for cat in profile.categories.values():
        for sel in cat.from_ or ():
            for label in sel.labels or ["anything"]:
                for field in sel.fields or ["prompt"]:
                    yield sel.signal, label, field.replace("[*]", "[0]")


@pytest.mark.parametrize("profile", ["ncii", "sfw", "models"])
def test_invariant_over_random_findings(profile):
    engine = load_policy(profile)
    options = sorted(set(_all_selectors(engine.profile)))
    rng = random.Random(20261203)
    for _ in range(600):
        picked = rng.sample(options, rng.randint(0, min(6, len(options))))
        by_signal: dict[str, list[Finding]] = {}
        for k, (signal, label, field) in enumerate(picked):
            span = Span(k, k + 1) if not field.startswith(("image", "input_image")) else None
            by_signal.setdefault(signal, []).append(
                Finding(label, rng.choice([0.3, 0.55, 0.85, 1.0]), field, span=span))
        results = [SignalResult(signal=s, version="1", status=Status.OK, findings=tuple(fs))
                   for s, fs in by_signal.items()]
        if rng.random() < 0.1:
            results.append(SignalResult(signal=rng.choice(sorted(engine.profile.signals)), version="1",
                                        status=Status.ERROR, error="boom"))
        assert_every_true_category_has_a_reason(engine, engine.decide(results))


def test_negated_category_gets_the_profile_as_its_reason():
    from helpers.profiles import base_profile
    from scripted_signals import SCRIPTED_REGISTRY

    prof = base_profile()
    prof["categories"]["calm"] = {"when": {"not": "sexual"}}
    engine = load_policy(prof, registry=SCRIPTED_REGISTRY)
    d = Guard(engine, resources=Resources(), registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse")
    assert d.categories["calm"] is True
    [r] = [r for r in d.reasons if r.category == "calm"]
    assert r.code == "calm.derived" and r.signal == "policy"
