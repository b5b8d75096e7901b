"""The sexual_text rule layers (no learned classifier) and a reader of their sexual findings, shared
by the lexicon test modules (disguises, morphology, round-4 vocabulary)."""

from __future__ import annotations

from nciiguard.content import Content, ScanContext
from nciiguard.signals.text.sexual import SexualTextSignal

SEXUAL = ("explicit", "nudity", "euphemism")


def rules_signal() -> SexualTextSignal:
    s = SexualTextSignal({"enable_learned": False})
    s.ensure_loaded()
    return s


def sexual(sig, prompt):
    """The findings of ``sig`` on ``prompt`` graded sexual and scoring >= 0.5; every span is exact."""
    fs = [f for f in sig.detect(ScanContext(Content.request(prompt=prompt))) if f.label in SEXUAL and f.score >= 0.5]
    for f in fs:
        assert prompt[f.span.start:f.span.end] == f.text, (prompt, f)
    return fs


def flagged_sexual(guard, text: str) -> bool:
    """Whether ``guard`` puts ``text`` in the sexual category (the whole decision, every signal)."""
    return bool(guard.screen_prompt(text).categories.get("sexual"))
