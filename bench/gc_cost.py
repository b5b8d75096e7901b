"""What Python's cyclic garbage collector costs the prompt guard's batch path, with and without
``gc.freeze()`` after loading.

Why: the guard loads ~120,000 container objects (lexicons, name tables, model caches) that live as
long as the process. Each full collection walks them all; ``gc.freeze()`` moves them out of the
collector's reach. It is a process-wide setting (the host application's objects move too), so the
library does not call it; this measures what a service that owns its process would save.

    PYTHONPATH=src .venv/bin/python bench/gc_cost.py [--limit 1500]

Each variant runs in a fresh process pinned to one core: the guard is loaded, one prompt screened,
then (or not) ``gc.freeze()``, then bench/prompt_speed.py's prompts in batches of 64, with
``gc.callbacks`` counting the collections of each generation and their time.
Writes bench/results/gc_cost.md.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _common import markdown_table, write_results

_WORKER = r"""
import gc, json, sys, time
sys.path.insert(0, {bench!r})
import _common
from prompt_speed import load_prompts
from nciiguard import Guard
from nciiguard.signals.base import Resources
g = Guard(resources=Resources()).load(["text"])
g.screen_prompt("a watercolour of a lighthouse")
prompts = load_prompts({limit})
if {freeze}:
    gc.freeze()
tracked = len(gc.get_objects())
count, ms, start = [0, 0, 0], [0.0, 0.0, 0.0], [0.0]
def cb(phase, info):
    if phase == "start":
        start[0] = time.perf_counter()
    else:
        count[info["generation"]] += 1
        ms[info["generation"]] += (time.perf_counter() - start[0]) * 1e3
gc.callbacks.append(cb)
c = time.process_time()
for i in range(0, len(prompts), 64):
    g.screen_prompts(prompts[i:i + 64])
cpu = time.process_time() - c
print(json.dumps({{"cpu_s": cpu, "count": count, "ms": ms, "tracked": tracked, "n": len(prompts)}}))
"""


def run(freeze: bool, limit: int) -> dict:
    code = _WORKER.format(bench=str(Path(__file__).resolve().parent), limit=limit, freeze=freeze)
    cmd = ["taskset", "-c", "1", sys.executable, "-c", code]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True, env=dict(os.environ))
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1500)
    args = ap.parse_args()
    rows = []
    for freeze in (False, True):
        r = run(freeze, args.limit)
        total = sum(r["ms"])
        rows.append(["gc.freeze() after loading" if freeze else "as loaded", r["tracked"], r["n"],
                     f"{r['cpu_s']:.2f}", *(f"{c} / {m:.1f}" for c, m in zip(r["count"], r["ms"])),
                     f"{total:.1f}", f"{100 * total / 1e3 / r['cpu_s']:.1f}"])
    table = markdown_table(["process", "objects the collector walks", "prompts", "batch CPU s", "gen 0: n / ms", "gen 1: n / ms",
                            "gen 2: n / ms", "collector ms", "% of batch"], rows, 1)
    path = write_results("gc_cost", "The garbage collector's share of the batch path", [("Collections", table)],
                         command=f"PYTHONPATH=src .venv/bin/python bench/gc_cost.py --limit {args.limit}",
                         notes=["Collector time is wall time inside gc.callbacks; batch CPU s is the process's CPU "
                                "time over the whole batch run."])
    print(table)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
