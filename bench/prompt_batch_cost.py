"""Where the time of a prompt batch goes, in the library (no HTTP): why ``input`` batches of
/v1/screen/prompt are not 10x faster per item than single calls (issue 13's target).

    .venv/bin/python bench/prompt_batch_cost.py [--n 500]

On one core (pinned, one BLAS/ORT thread), for benign COCO captions and unsafe I2P prompts:

1. CPU time per prompt of ``Guard.screen_prompt`` one at a time vs ``Guard.screen_prompts`` over
   batches of 250, on two disjoint samples measured crosswise (single on X and batch on Y, then
   single on Y and batch on X), so token caches warmed by one path help the other alike;
2. each signal's share of a batch (its ``elapsed_ms`` per item; the semantic encoder's batch
   ``prepare`` is the rest of the batch time and is timed on its own);
3. the sentence encoder (MiniLM) on the texts of the sample: int8 one text per call (what the
   signal does, so a score never depends on the batch), int8 padded batches of 32, fp32
   length-sorted batches of 32.

Writes bench/results/prompt_batch_cost.md. Prompts are read from ../shared/data and never written.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import csv
import os
import random
import sys
import time
from collections import defaultdict

from _common import SHARED_DATA, markdown_table, write_results


def load(path, column: str, n: int, seed: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(dict.fromkeys(r[column] for r in csv.DictReader(fh) if r.get(column, "").strip()))
    random.Random(seed).shuffle(rows)
    return rows[:n]


def cpu_single(guard, texts: list[str], per_signal: dict) -> float:
    c0 = time.thread_time()
    for t in texts:
        d = guard.screen_prompt(t)
        for r in d.results:
            per_signal[r.signal] += r.elapsed_ms
    return time.thread_time() - c0


def cpu_batch(guard, texts: list[str], size: int, per_signal: dict) -> float:
    c0 = time.thread_time()
    for i in range(0, len(texts), size):
        for d in guard.screen_prompts(texts[i:i + size]):
            for r in d.results:
                per_signal[r.signal] += r.elapsed_ms
    return time.thread_time() - c0


def encoder_rows(texts: list[str]) -> list[list]:
    import numpy as np

    from nciiguard.text.encoder import SentenceEncoder

    def per_text(fn) -> tuple[float, np.ndarray]:
        fn(texts[:16])
        c0 = time.thread_time()
        out = fn(texts)
        return 1e3 * (time.thread_time() - c0) / len(texts), out

    int8 = SentenceEncoder(precision="int8")
    one, e_one = per_text(int8.encode)
    padded, e_pad = per_text(lambda x: np.concatenate([int8.encode_padded(x[i:i + 32]) for i in range(0, len(x), 32)]))
    fp32 = SentenceEncoder(precision="fp32")
    batched, e_fp = per_text(fp32.encode)
    tokens = sorted(len(e.ids) for e in int8.tokenize(texts))
    return [["int8, one text per call (the signal's way)", one, 1.0, 0.0, tokens[len(tokens) // 2]],
            ["int8, padded batches of 32", padded, one / padded, float(np.abs(e_one - e_pad).max()), ""],
            ["fp32, length-sorted batches of 32", batched, one / batched, float(np.abs(e_one - e_fp).max()), ""]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500, help="prompts per sample (two samples per set)")
    ap.add_argument("--batch", type=int, default=250)
    args = ap.parse_args()
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        pass
    from nciiguard import Guard

    guard = Guard("ncii")
    sets = {
        "benign COCO captions": load(SHARED_DATA / "prompts/benign/coco_30k.csv", "prompt", 2 * args.n + 100, 1),
        "unsafe I2P prompts": load(SHARED_DATA / "prompts/unsafe/i2p_4703.csv", "prompt", 2 * args.n + 100, 1),
    }
    rows, sig_rows = [], []
    for label, texts in sets.items():
        warm, x, y = texts[:100], texts[100:100 + args.n], texts[100 + args.n:]
        for t in warm:
            guard.screen_prompt(t)
        guard.screen_prompts(warm)
        s_sig: dict = defaultdict(float)
        b_sig: dict = defaultdict(float)
        single = cpu_single(guard, x, s_sig) + cpu_single(guard, y, s_sig)
        batch = cpu_batch(guard, y, args.batch, b_sig) + cpu_batch(guard, x, args.batch, b_sig)
        n = len(x) + len(y)
        rows.append([label, n, 1e3 * single / n, 1e3 * batch / n, single / batch])
        for name in sorted(set(s_sig) | set(b_sig)):
            sig_rows.append([label, name, s_sig[name] / n, b_sig[name] / n,
                             100 * b_sig[name] / 1e3 / batch])
        rest = batch * 1e3 - sum(b_sig.values())
        sig_rows.append([label, "rest of the batch: encoder prepare, policy, records", float("nan"), rest / n,
                         100 * rest / 1e3 / batch])
        print(f"{label}: single {1e3 * single / n:.2f} ms, batch {1e3 * batch / n:.2f} ms CPU per prompt")
    enc = encoder_rows(sets["benign COCO captions"][:300])
    load_avg = " / ".join(f"{v:.2f}" for v in os.getloadavg())
    sections = [
        ("Single calls vs batches, CPU time per prompt (one core)", markdown_table(
            ["prompts", "n", "one per call ms", f"batches of {args.batch} ms", "ratio"], rows, [0, 0, 3, 3, 2])),
        ("Per signal (wall ms per prompt inside the runner; share of the batch's CPU time)", markdown_table(
            ["prompts", "signal", "one per call ms", "in a batch ms", "share of batch %"], sig_rows,
            [0, 0, 3, 3, 1])
         + "\n\nThe per-signal figures are wall time on a pinned core; with load on the machine they can "
           "exceed the CPU time. `semantic_sexual_text` is small inside a batch because its encoder ran "
           "before, in `prepare` (the `rest` row)."),
        ("Sentence encoder (MiniLM-L6) on 300 COCO captions", markdown_table(
            ["mode", "CPU ms per text", "speed-up", "max abs embedding difference vs int8 one per call",
             "median tokens"], enc, [0, 3, 2, 4, 0])
         + "\n\nThe semantic signal encodes one text per call in int8 on purpose: int8 activations are "
           "quantised with one scale per tensor, so inside a padded batch a text's embedding (and a "
           "decision near the threshold) would depend on the other prompts of the batch."),
    ]
    path = write_results("prompt_batch_cost", "Prompt batches in the library: where the time goes", sections,
                         command=f".venv/bin/python bench/prompt_batch_cost.py --n {args.n} --batch {args.batch}",
                         notes=[f"policy {guard.policy.name} {guard.policy.version}; pinned to one core, one "
                                f"BLAS/ORT thread; load average {load_avg} on {os.cpu_count()} cores"])
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
