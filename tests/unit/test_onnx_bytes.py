"""text/onnx_bytes.py: the token head's graph written without the onnx package runs exactly as the graph
onnx.helper builds (the bytes differ only in the IR version written), and building it imports no onnx."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from nciiguard.text import onnx_bytes

ort = pytest.importorskip("onnxruntime")


def _session(model: bytes):
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    return ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"])


def _arrays(rng, dim=24, hidden=8):
    return {"w1": rng.standard_normal((dim, hidden)).astype(np.float32),
            "b1": rng.standard_normal(hidden).astype(np.float32),
            "w2": rng.standard_normal(hidden).astype(np.float32),
            "b2": np.float32(rng.standard_normal())}


def test_mlp_matches_numpy():
    rng = np.random.default_rng(1)
    a = _arrays(rng)
    sess = _session(onnx_bytes.mlp_model(a["w1"], a["b1"], a["w2"], a["b2"]))
    for n in (1, 3, 50):
        x = rng.standard_normal((n, 24)).astype(np.float32)
        z = sess.run(None, {"hidden": x})[0]
        assert z.shape == (n,)
        np.testing.assert_allclose(z, np.maximum(x @ a["w1"] + a["b1"], 0) @ a["w2"] + a["b2"], rtol=1e-5, atol=1e-5)


def test_same_outputs_as_the_onnx_helper_graph():
    helper_mod = pytest.importorskip("onnx.helper")
    from onnx import TensorProto, numpy_helper

    rng = np.random.default_rng(2)
    a = _arrays(rng)
    nodes = [helper_mod.make_node("MatMul", ["hidden", "w1"], ["h1"]), helper_mod.make_node("Add", ["h1", "b1"], ["h2"]),
             helper_mod.make_node("Relu", ["h2"], ["h3"]), helper_mod.make_node("MatMul", ["h3", "w2"], ["h4"]),
             helper_mod.make_node("Add", ["h4", "b2"], ["z"])]
    inits = [numpy_helper.from_array(np.ascontiguousarray(a[k], dtype=np.float32), k) for k in ("w1", "b1", "w2", "b2")]
    graph = helper_mod.make_graph(nodes, "token_head",
                                  [helper_mod.make_tensor_value_info("hidden", TensorProto.FLOAT, ["tokens", 24])],
                                  [helper_mod.make_tensor_value_info("z", TensorProto.FLOAT, ["tokens"])], inits)
    ref = helper_mod.make_model(graph, opset_imports=[helper_mod.make_opsetid("", 17)])
    ref.ir_version = onnx_bytes.IR_VERSION
    # byte for byte the message onnx writes, once the IR version is the same
    assert ref.SerializeToString() == onnx_bytes.mlp_model(a["w1"], a["b1"], a["w2"], a["b2"])
    s1, s2 = _session(ref.SerializeToString()), _session(onnx_bytes.mlp_model(a["w1"], a["b1"], a["w2"], a["b2"]))
    for n in (1, 9, 128):
        x = rng.standard_normal((n, 24)).astype(np.float32)
        assert np.array_equal(s1.run(None, {"hidden": x})[0], s2.run(None, {"hidden": x})[0])


def test_varint_edges():
    assert onnx_bytes._varint(0) == b"\x00"
    assert onnx_bytes._varint(127) == b"\x7f"
    assert onnx_bytes._varint(128) == b"\x80\x01"
    assert onnx_bytes._varint(300) == b"\xac\x02"
    assert len(onnx_bytes._varint(-1)) == 10


def test_token_session_imports_no_onnx():
    code = ("import sys\n"
            "from nciiguard.text import semantic as S\n"
            "h = S.load_head(S.HEAD_FILE, 'scripts/train_semantic_head.py', token_level=True)\n"
            "assert h._session() is not None\n"
            "print('onnx' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"
