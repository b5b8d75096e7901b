"""The token head's MLP runs on a one-thread onnxruntime session and gives NumPy's numbers.

Why it is not NumPy: NumPy's BLAS pool spins when the process shares its cores, and the product took
~23 ms instead of ~0.1 ms (text/semantic.py, SemanticHead.token_logits)."""

from __future__ import annotations

import numpy as np
import pytest

from nciiguard.text import semantic


def _head(rng) -> semantic.SemanticHead:
    arrays = {"kind": "token", "w1": rng.standard_normal((384, 64)), "b1": rng.standard_normal(64),
              "w2": rng.standard_normal(64), "b2": np.float32(0.3), "u": rng.standard_normal(384),
              "c": np.float32(-1.0)}
    return semantic.SemanticHead(arrays, threshold=0.9, model_version="test", encoder_id="test")


def _numpy(head, hidden):
    a = head.arrays
    return np.maximum(hidden @ a["w1"] + a["b1"], 0.0) @ a["w2"] + a["b2"]


@pytest.mark.parametrize("tokens", [1, 2, 16, 33, 64, 128])
def test_onnxruntime_token_mlp_gives_numpys_numbers(tokens):
    pytest.importorskip("onnxruntime")
    rng = np.random.default_rng(tokens)
    head = _head(rng)
    hidden = rng.standard_normal((tokens, 384)).astype(np.float32)
    assert head._session() is not None
    got = head.token_logits(hidden)
    assert got.shape == (tokens,) and got.dtype == np.float32
    assert np.allclose(got, _numpy(head, hidden), rtol=1e-5, atol=1e-4)
    p, z = head.token_score(hidden.mean(axis=0), hidden, [False] * tokens)
    assert 0.0 <= p <= 1.0 and np.array_equal(z, got)


def test_without_onnxruntime_the_head_runs_on_numpy(monkeypatch):
    monkeypatch.setattr(semantic, "_token_mlp_session", lambda arrays: None)
    rng = np.random.default_rng(3)
    head = _head(rng)
    hidden = rng.standard_normal((40, 384)).astype(np.float32)
    assert head._session() is None
    assert np.allclose(head.token_logits(hidden), _numpy(head, hidden), rtol=1e-6, atol=1e-5)


def test_the_session_is_built_once_and_shared_across_threads():
    pytest.importorskip("onnxruntime")
    from concurrent.futures import ThreadPoolExecutor

    head = _head(np.random.default_rng(5))
    hidden = np.random.default_rng(6).standard_normal((20, 384)).astype(np.float32)
    with ThreadPoolExecutor(4) as pool:
        outs = list(pool.map(lambda _: head.token_logits(hidden), range(16)))
    assert all(np.array_equal(o, outs[0]) for o in outs)
    assert head._session() is head._session()
