"""Prompt guard cost before and after a change, side by side: two code trees, one prompt stream.

Why: on a shared 2-core machine, two runs minutes apart differ by 10-20% from the load of other
processes alone (CPU time included: caches and memory bandwidth are shared too). Here both trees
run at once, each in its own process pinned to the same core, and take turns chunk by chunk (a
batch of 64, or 16 single prompts), so the same load hits both within a fraction of a second.

    python bench/prompt_speed_ab.py --before /path/to/old/src [--after src] [--limit 1500] [--rounds 3]

Prompts: the mix of bench/prompt_speed.py (COCO 2/6, I2P, T2I-RiskyPrompt, Six-CD nudity and
benign 1/6 each; never the held-out set). Figures are CPU time of each worker process
(time.process_time) per prompt: the batch path (``Guard.screen_prompts``, chunks of 64) and the
single path (``Guard.screen_prompt``; p50, p99). Both guards use the full ncii profile.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _common import markdown_table, median, percentile, write_results

ROOT = Path(__file__).resolve().parents[1]

_WORKER = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
import _common
from prompt_speed import load_prompts
t0 = time.perf_counter()
from nciiguard import Guard
from nciiguard.signals.base import Resources
g = Guard(resources=Resources()).load(["text"])
g.screen_prompt("a watercolour of a lighthouse")
load_s = time.perf_counter() - t0
prompts = load_prompts({limit})
for p in prompts[:{warm}]:
    g.screen_prompt(p)
print(json.dumps({{"ready": True, "load_s": load_s, "rss": _common.memory_mb()["rss"]}}), flush=True)
for line in sys.stdin:
    kind, i, j = line.split()
    i, j = int(i), int(j)
    if kind == "batch":
        c = time.process_time()
        g.screen_prompts(prompts[i:j])
        print(json.dumps({{"cpu": [(time.process_time() - c) * 1e3]}}), flush=True)
    else:
        out = []
        for p in prompts[i:j]:
            c = time.process_time()
            g.screen_prompt(p)
            out.append((time.process_time() - c) * 1e3)
        print(json.dumps({{"cpu": out}}), flush=True)
"""


class Worker:
    def __init__(self, src: str, limit: int, warm: int, cpu: str):
        code = _WORKER.format(bench=str(Path(__file__).resolve().parent), limit=limit, warm=warm)
        env = dict(os.environ, PYTHONPATH=src)
        cmd = ["taskset", "-c", cpu, sys.executable, "-c", code] if cpu else [sys.executable, "-c", code]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        self.info = json.loads(self.proc.stdout.readline())

    def ask(self, kind: str, i: int, j: int) -> list[float]:
        self.proc.stdin.write(f"{kind} {i} {j}\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())["cpu"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="src/ directory of the old tree")
    ap.add_argument("--after", default=str(ROOT / "src"))
    ap.add_argument("--limit", type=int, default=3100)
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--cpu", default="1", help="the core both workers are pinned to ('' = not pinned)")
    ap.add_argument("--name", default="prompt_speed_ab")
    ap.add_argument("--label", default="", help="what the two trees are (for the results file)")
    args = ap.parse_args(argv)

    workers = {"before": Worker(args.before, args.limit, args.warm, args.cpu),
               "after": Worker(args.after, args.limit, args.warm, args.cpu)}
    batch = {k: [] for k in workers}
    single = {k: [] for k in workers}
    per_round = (args.limit - args.warm) // args.rounds
    for r in range(args.rounds):
        # Each round screens prompts neither worker has seen (no caches warmed by an earlier
        # round); which tree goes first alternates, so neither always follows the other.
        order = ["before", "after"] if r % 2 == 0 else ["after", "before"]
        start = args.warm + r * per_round
        mid, end = start + per_round // 2, start + per_round
        # The batch path on the first half of the round's prompts, the single path on the second.
        for i in range(start, mid, args.batch):
            j = min(i + args.batch, mid)
            for k in order:
                batch[k].append((sum(workers[k].ask("batch", i, j)), j - i))
        for i in range(mid, end, 16):
            for k in order:
                single[k] += workers[k].ask("single", i, min(i + 16, end))
    for w in workers.values():
        w.close()

    n = per_round * args.rounds
    rows = []
    for k in ("before", "after"):
        total_ms = sum(ms for ms, _ in batch[k]) / sum(m for _, m in batch[k])  # CPU ms per prompt
        rows.append((k, 1000.0 / total_ms, total_ms, median(single[k]), percentile(single[k], 99),
                     sum(single[k]) / len(single[k]), workers[k].info["load_s"], workers[k].info["rss"]))
    table = markdown_table(
        ["tree", "batch prompts/s (CPU)", "batch CPU ms/prompt", "single p50 CPU ms", "single p99 CPU ms",
         "single mean CPU ms", "load s (wall)", "RSS MB"], rows, [0, 0, 3, 2, 2, 2, 2, 0])
    ratio = markdown_table(["measure", "after / before"], [
        ("batch CPU ms per prompt", rows[1][2] / rows[0][2]),
        ("single p50", rows[1][3] / rows[0][3]),
        ("single p99", rows[1][4] / rows[0][4]),
        ("single mean", rows[1][5] / rows[0][5])], 3)
    notes = [
        (args.label + "; " if args.label else "") + f"before: `{args.before}`; after: `{args.after}`; {n} prompts in {args.rounds} rounds of new prompts, "
        f"in each round the batch path (chunks of {args.batch}) on one half and the single path (turns of 16) on the other, alternating trees chunk by chunk.",
        "CPU time of each worker process; both workers pinned to core %s." % (args.cpu or "(none)"),
        "Load: wall seconds from import to the first screened prompt in each worker (they start together, "
        "so this is an upper bound); RSS after loading and warming up.",
    ]
    path = write_results(args.name, "Prompt guard cost before and after, side by side",
                         [("Side by side", table), ("Ratios", ratio)],
                         command=f"python bench/prompt_speed_ab.py --before {args.before} --rounds {args.rounds} "
                                 f"--limit {args.limit}" + (f" --label '{args.label}'" if args.label else ""), notes=notes)
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
