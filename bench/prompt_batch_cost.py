"""Where the time of a prompt batch goes, in the library (no HTTP): why ``input`` batches of
/v1/screen/prompt are not 10x faster per item than single calls (issue 13's target).

    .venv/bin/python bench/prompt_batch_cost.py [--n 500]

On one core (pinned, one BLAS/ORT thread), for benign COCO captions and unsafe I2P prompts:

1. CPU time per prompt of ``Guard.screen_prompt`` one at a time vs ``Guard.screen_prompts`` over
   batches of 250, on two disjoint samples measured crosswise (single on X and batch on Y, then
   single on Y and batch on X), so token caches warmed by one path help the other alike;
2. each signal's CPU time per prompt in both paths, and the batch ``prepare`` (semantic encoder);
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


def cpu_single(guard, texts: list[str]) -> float:
    c0 = time.thread_time()
    for t in texts:
        guard.screen_prompt(t)
    return time.thread_time() - c0


def cpu_batch(guard, texts: list[str], size: int) -> float:
    c0 = time.thread_time()
    for i in range(0, len(texts), size):
        guard.screen_prompts(texts[i:i + size])
    return time.thread_time() - c0


def per_signal_cpu(guard, texts: list[str], size: int | None) -> dict[str, float]:
    """CPU ms per prompt of each step, replaying the guard's two paths with the library's own parts
    (``run_signal``, the batch ``prepare``, the policy): ``size`` None = one prompt per scan as
    ``screen_prompt``, else batches as ``screen_many``. Work two signals share (the normalised
    text, the lexicon match) is counted where it is first computed."""
    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.runner import run_signal

    out: dict[str, float] = defaultdict(float)
    clock = time.thread_time
    signals = [s for s in guard.signals if s.applies_to(frozenset({"text"}))]
    step = size or 1
    for i in range(0, len(texts), step):
        ctxs = [ScanContext(Content.request(t), limits=guard.limits) for t in texts[i:i + step]]
        if size:
            c0 = clock()
            guard._prepare(ctxs)
            out["batch prepare (semantic encoder over the batch)"] += clock() - c0
        results = [[] for _ in ctxs]
        for signal in signals:
            c0 = clock()
            for k, ctx in enumerate(ctxs):
                results[k].append(run_signal(signal, ctx))
            out[signal.name] += clock() - c0
        c0 = clock()
        for r in results:
            guard.policy.decide(r)
        out["policy"] += clock() - c0
    return {k: 1e3 * v / len(texts) for k, v in out.items()}


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
        single = cpu_single(guard, x) + cpu_single(guard, y)
        batch = cpu_batch(guard, y, args.batch) + cpu_batch(guard, x, args.batch)
        n = len(x) + len(y)
        rows.append([label, n, 1e3 * single / n, 1e3 * batch / n, single / batch])
        s_sig = per_signal_cpu(guard, x, None)
        b_sig = per_signal_cpu(guard, x, args.batch)
        b_total = sum(b_sig.values())
        for name in list(dict.fromkeys([*b_sig, *s_sig])):
            sig_rows.append([label, name, s_sig.get(name, 0.0), b_sig.get(name, 0.0),
                             100 * b_sig.get(name, 0.0) / b_total])
        sig_rows.append([label, "**sum**", sum(s_sig.values()), b_total, 100.0])
        print(f"{label}: single {1e3 * single / n:.2f} ms, batch {1e3 * batch / n:.2f} ms CPU per prompt")
    enc = encoder_rows(sets["benign COCO captions"][:300])
    load_avg = " / ".join(f"{v:.2f}" for v in os.getloadavg())
    sections = [
        ("Single calls vs batches, CPU time per prompt (one core)", markdown_table(
            ["prompts", "n", "one per call ms", f"batches of {args.batch} ms", "ratio"], rows, [0, 0, 3, 3, 2])),
        ("Per step, CPU ms per prompt (the first sample of each set, both paths replayed)", markdown_table(
            ["prompts", "step", "one per call ms", "in a batch ms", "share of batch %"], sig_rows,
            [0, 0, 3, 3, 1])
         + "\n\nReplayed with the library's parts (`run_signal`, the guard's batch `prepare`, the policy), "
           "CPU time of this thread. Work two signals share (normalised text, the sexual lexicon match, "
           "the n-gram score) is counted where it is first computed: in a batch that is `prepare`, which "
           "reads them to decide which prompts need the encoder, so `sexual_text` looks cheaper there. "
           "Inside a batch `semantic_sexual_text` only reads the score `prepare` left in the scan."),
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
