"""Assertions shared by the undress-instruction tests of the world languages (rounds 10 and 10b)."""

from __future__ import annotations

from nciiguard.text import normalize


def assert_undress(signal, prompt: str, lang: str) -> None:
    """An ``undress`` finding of the expected language (``lang``: one code or several joined by "/"),
    a ``person_edit`` on the same prompt, and a span that names the matched words in the original text."""
    found = signal.detect_text(normalize(prompt))
    assert {"undress", "person_edit"} <= {f.label for f in found}, (prompt, found)
    mine = [f for f in found if f.label == "undress" and f.evidence.get("language") in lang.split("/")]
    assert mine, (prompt, {f.evidence.get("language") for f in found if f.label == "undress"})
    f = mine[0]
    assert f.text == prompt[f.span.start : f.span.end] and f.text.strip()


def assert_no_undress(signal, prompt: str) -> None:
    """Neither an ``undress`` nor a ``person_edit`` finding."""
    found = [f for f in signal.detect_text(normalize(prompt)) if f.label in ("undress", "person_edit")]
    assert not found, (prompt, found)
