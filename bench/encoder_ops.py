"""The encoder graph with GELU as one onnxruntime op against GELU written as five elementwise ops.

Why: a short prompt's encoder call is dominated by per-op overhead (a 4-token call costs ~0.8 ms,
each further token ~0.055 ms), and the graph had 186 nodes after onnxruntime's own optimisation.
This bench checks that the fused graph gives the same numbers and measures what it saves, both
sessions in one process, taking turns call by call, on one core.

    PYTHONPATH=src .venv/bin/python bench/encoder_ops.py [--prompts 300] [--calls 300]

Writes bench/results/encoder_ops.md. No prompt text is written.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import time

import numpy as np

from _common import markdown_table, median, write_results


def session(model, folder):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.add_session_config_entry("session.model_external_initializers_file_folder_path", str(folder))
    return ort.InferenceSession(model.SerializeToString(), sess_options=opts, providers=["CPUExecutionProvider"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--prompts", type=int, default=300)
    ap.add_argument("--calls", type=int, default=300)
    args = ap.parse_args()

    from nciiguard.text import encoder as E
    from prompt_speed import load_prompts

    st = E.model_dir() / "model.safetensors"
    index, folded = E.safetensors_index(st)
    quant = E.quantize_linears(st)
    enc = E.SentenceEncoder()
    prompts = load_prompts(args.prompts)
    ids_list = [np.asarray([enc.token_ids(p)[:E.WINDOW_TOKENS]], np.int64) for p in prompts]

    def run(s, ids):
        return s.run(["embedding", "hidden"], {"input_ids": ids, "attention_mask": np.ones_like(ids)})

    same_rows, speed_rows = [], []
    for precision, q in (("int8", quant), ("fp32", None)):
        old = session(E.build_graph(index, folded, q, gelu_op=False), E.model_dir())
        new = session(E.build_graph(index, folded, q, gelu_op=True), E.model_dir())
        de = dh = 0.0
        for ids in ids_list:
            a, b = run(old, ids), run(new, ids)
            de = max(de, float(np.abs(a[0] - b[0]).max()))
            dh = max(dh, float(np.abs(a[1] - b[1]).max()))
        same_rows.append([precision, len(ids_list), f"{de:.3g}", f"{dh:.3g}"])
        for n in (4, 14, 30, 64):
            ids = np.asarray([[101] + [2160] * (n - 2) + [102]], np.int64)
            for _ in range(20):
                run(old, ids), run(new, ids)
            t_old, t_new = [], []
            for _ in range(args.calls):  # turns: the same load hits both
                for s, acc in ((old, t_old), (new, t_new)):
                    c = time.process_time()
                    run(s, ids)
                    acc.append((time.process_time() - c) * 1e3)
            mo, mn = median(t_old), median(t_new)
            speed_rows.append([precision, n, f"{mo:.3f}", f"{mn:.3f}", f"{mn / mo:.3f}"])

    notes = [
        f"Same numbers: {args.prompts} prompts of bench/prompt_speed.py's mix (first {E.WINDOW_TOKENS} tokens), "
        "largest absolute difference between the two graphs' outputs.",
        f"Cost: median CPU ms of one session call (one text) over {args.calls} calls per graph, the two graphs "
        "taking turns call by call in one process pinned to one core.",
    ]
    sections = [
        ("Same numbers", markdown_table(["precision", "prompts", "max abs diff, embedding", "max abs diff, hidden states"],
                                        same_rows, 3)),
        ("Cost per call", markdown_table(["precision", "tokens", "five ops, CPU ms", "one Gelu op, CPU ms", "ratio"],
                                         speed_rows, 3)),
    ]
    path = write_results("encoder_ops", "Encoder graph: GELU as one op", sections, notes=notes,
                         command=f"python bench/encoder_ops.py --prompts {args.prompts} --calls {args.calls}")
    print(path)
    print(markdown_table(["precision", "prompts", "max abs diff, embedding", "max abs diff, hidden"], same_rows,
                         3))
    print(markdown_table(["precision", "tokens", "five ops", "one op", "ratio"], speed_rows, 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
