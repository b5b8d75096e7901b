"""The int8 encoder with uint8 weights (zero point 128) against the same weights as int8.

Why: onnxruntime runs DynamicQuantizeMatMul with its u8s8 kernel when the weights are int8. On x86
CPUs with AVX2 but no VNNI that kernel multiplies with vpmaddubsw, whose 16-bit sum of two products
saturates, so the embeddings depend on the CPU: the semantic head, trained on a VNNI CPU (exact),
read slightly different numbers elsewhere and changed a few decisions in a hundred. With uint8
weights onnxruntime runs u8u8, exact everywhere. This bench, in one process pinned to one core:
- one linear layer (384 -> 1536, full-scale weights) against an exact integer product, both ways;
- the whole encoder on the speed mix's prompts: each way against the other and against fp32;
- the median CPU ms of one call at 4-64 tokens, the two graphs taking turns call by call.

    PYTHONPATH=src .venv/bin/python bench/encoder_exactness.py [--prompts 300] [--calls 200]

Writes bench/results/encoder_exactness.md. No prompt text is written.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import time

import numpy as np

from _common import markdown_table, median, write_results
from encoder_ops import session


def cpu_flags() -> str:
    try:
        text = open("/proc/cpuinfo", encoding="ascii", errors="replace").read()
    except OSError:
        return "unknown (no /proc/cpuinfo)"
    flags = set()
    for line in text.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[1].split())
            break
    keep = [f for f in ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8") if f in flags]
    return " ".join(keep) or "none of avx2/avx512f/avx512_vnni/avx_vnni/amx_int8"


def one_layer(signed: bool) -> float:
    """Largest error of one quantised linear layer against the exact integer product, relative to
    the largest output."""
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    from nciiguard.text import encoder as E

    rng = np.random.default_rng(0)
    k, n, m = 384, 1536, 64
    w = rng.standard_normal((k, n)).astype(np.float32)
    scale = (np.abs(w).max(axis=0) / 127).astype(np.float32)
    q = np.clip(np.rint(w / scale), -127, 127).astype(np.int8)
    x = (rng.standard_normal((m, k)) * 3).astype(np.float32)
    wb, zp = (q, np.zeros(n, np.int8)) if signed else E.unsigned_weights(q)
    node = helper.make_node("DynamicQuantizeMatMul", ["X", "B", "S", "Z"], ["Y"], domain="com.microsoft")
    graph = helper.make_graph([node], "g", [helper.make_tensor_value_info("X", TensorProto.FLOAT, [m, k])],
                              [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [m, n])],
                              [numpy_helper.from_array(wb, "B"), numpy_helper.from_array(scale, "S"),
                               numpy_helper.from_array(zp, "Z")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", E.OPSET),
                                                    helper.make_opsetid("com.microsoft", 1)])
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    got = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"]).run(
        None, {"X": x})[0]
    lo, hi = min(0.0, float(x.min())), max(0.0, float(x.max()))
    xs = (hi - lo) / 255
    xz = np.clip(np.rint(-lo / xs), 0, 255)
    ref = ((np.clip(np.rint(x / xs) + xz, 0, 255) - xz) @ q.astype(np.float64)) * xs * scale
    return float(np.abs(got - ref).max() / np.abs(ref).max())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prompts", type=int, default=300)
    ap.add_argument("--calls", type=int, default=200)
    args = ap.parse_args()

    import onnxruntime as ort

    from nciiguard.text import encoder as E
    from prompt_speed import load_prompts

    st = E.model_dir() / "model.safetensors"
    index, folded = E.safetensors_index(st)
    quant = E.quantize_linears(st)
    u8 = session(E.build_graph(index, folded, quant), E.model_dir())
    unsigned = E.unsigned_weights
    E.unsigned_weights = lambda q: (q, np.zeros(q.shape[1], np.int8))  # the old graph: int8 weights
    try:
        s8 = session(E.build_graph(index, folded, quant), E.model_dir())
    finally:
        E.unsigned_weights = unsigned
    f32 = session(E.build_graph(index, folded, None), E.model_dir())
    tok = E.SentenceEncoder()
    prompts = load_prompts(args.prompts)
    ids_list = [np.asarray([tok.token_ids(p)[:E.WINDOW_TOKENS]], np.int64) for p in prompts]

    def emb(s, ids):
        return s.run(["embedding"], {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]

    cos = {"u8-s8": [], "u8-fp32": [], "s8-fp32": []}
    dmax = 0.0
    for ids in ids_list:
        a, b, c = emb(u8, ids), emb(s8, ids), emb(f32, ids)
        dmax = max(dmax, float(np.abs(a - b).max()))
        cos["u8-s8"].append(float(a @ b))
        cos["u8-fp32"].append(float(a @ c))
        cos["s8-fp32"].append(float(b @ c))
    same_rows = [[k, len(v), f"{min(v):.5f}", f"{median(v):.5f}"] for k, v in cos.items()]

    speed_rows = []
    for n in (4, 14, 30, 64):
        ids = np.asarray([[101] + [2160] * (n - 2) + [102]], np.int64)
        for _ in range(20):
            emb(s8, ids), emb(u8, ids)
        t_s8, t_u8 = [], []
        for _ in range(args.calls):
            for s, acc in ((s8, t_s8), (u8, t_u8)):
                c = time.process_time()
                emb(s, ids)
                acc.append((time.process_time() - c) * 1e3)
        speed_rows.append([n, f"{median(t_s8):.3f}", f"{median(t_u8):.3f}", f"{median(t_u8) / median(t_s8):.3f}"])

    layer_rows = [["int8 weights (u8s8 kernel)", f"{one_layer(True):.2e}"],
                  ["uint8 weights, zero point 128 (u8u8 kernel, shipped)", f"{one_layer(False):.2e}"]]
    notes = [f"CPU flags that pick onnxruntime's integer kernel: {cpu_flags()}; onnxruntime {ort.__version__}.",
             f"Whole encoder: {args.prompts} prompts of bench/prompt_speed.py's mix (first {E.WINDOW_TOKENS} "
             f"tokens); largest absolute difference between the int8-weight and uint8-weight embeddings: {dmax:.3g}.",
             f"Cost: median CPU ms of one call over {args.calls} calls per graph, taking turns call by call."]
    sections = [
        ("One linear layer against the exact integer product",
         markdown_table(["weights", "largest error / largest output"], layer_rows, 3)),
        ("Whole encoder: cosine between embeddings", markdown_table(["pair", "prompts", "min", "median"], same_rows, 5)),
        ("Cost per call", markdown_table(["tokens", "int8 weights, CPU ms", "uint8 weights, CPU ms", "ratio"],
                                         speed_rows, 3)),
    ]
    path = write_results("encoder_exactness", "Encoder int8 layers: exact on every CPU", sections, notes=notes,
                         command=f"python bench/encoder_exactness.py --prompts {args.prompts} --calls {args.calls}")
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
