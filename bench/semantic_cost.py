#!/usr/bin/env python
"""Cost of the semantic layer alone, side by side: the sentence-level head (encode_one + logistic
regression + the padded explanation call of a flagged field) against the token-level head
(encode_tokens + numpy token MLP + word ranking from the same pass), interleaved prompt by prompt
so both see the same machine load.

    PYTHONPATH=src .venv/bin/python bench/semantic_cost.py --old-head OLD.npz [--limit 1200]

Prompts: the same mix as bench/prompt_speed.py (../shared/data prompt sets, seed 0), every prompt
encoded (the worst case: no rule skips the encoder). CPU time per prompt (time.thread_time), one
thread. Writes bench/results/semantic_cost.md.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old-head", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=1200)
    args = ap.parse_args(argv)
    from _common import markdown_table, percentile, write_results
    from prompt_speed import load_prompts

    from nciiguard.content import Content, ScanContext
    from nciiguard.text import semantic
    from nciiguard.text.encoder import shared_encoder

    prompts = load_prompts(args.limit)
    enc = shared_encoder()
    old = semantic.SemanticHead.load(args.old_head)
    new = semantic.load_packaged()
    views = [ScanContext(Content.request(p)).text("prompt").folded for p in prompts]
    views = [v for v in views if v.text.strip()]

    def run_old(v):
        p = float(old.probabilities(enc.encode_one(v.text))[0])
        if p >= old.threshold:
            cands = semantic.candidates(v.tokens, 8)
            if cands:
                old.probabilities(enc.encode_padded([v.text[c.start:c.end] for c in cands]))
        return p >= old.threshold

    def run_new(v):
        st = enc.encode_tokens(v.text)
        p, z = new.token_score(st.embedding, st.hidden, st.special)
        if p >= new.threshold:
            semantic.token_words(v.tokens, z, st.offsets, st.special)
        return p >= new.threshold

    for v in views[:20]:  # warm-up
        run_old(v), run_new(v)
    t_old, t_new, f_old, f_new = [], [], 0, 0
    for v in views:
        t0 = time.thread_time()
        f_old += run_old(v)
        t1 = time.thread_time()
        f_new += run_new(v)
        t2 = time.thread_time()
        t_old.append((t1 - t0) * 1000)
        t_new.append((t2 - t1) * 1000)
    rows = [[f"sentence-level head {old.model_version}", f"{percentile(t_old, 50):.2f}", f"{percentile(t_old, 99):.2f}",
             f"{sum(t_old) / len(t_old):.2f}", f"{f_old / len(views):.3f}"],
            [f"token-level head {new.model_version}", f"{percentile(t_new, 50):.2f}", f"{percentile(t_new, 99):.2f}",
             f"{sum(t_new) / len(t_new):.2f}", f"{f_new / len(views):.3f}"]]
    table = markdown_table(["semantic layer (every prompt encoded)", "p50 CPU ms", "p99 CPU ms", "mean CPU ms",
                            "share flagged"], rows)
    print(table)
    write_results("semantic_cost", "Semantic layer cost: sentence-level vs token-level head",
                  [("Side by side, interleaved", table)], command=f"python bench/semantic_cost.py --limit {args.limit}",
                  notes=[f"{len(views)} prompts of bench/prompt_speed.py's mix; each encoded by both heads in turn.",
                         "The encoder pass is the same; the old head adds a padded explanation call for flagged prompts, "
                         "the token head reads the hidden states of the same pass."])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
