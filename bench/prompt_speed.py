"""Cost of the prompt guard with the semantic sexual-request model, side by side with rules only.

Targets (issue 10, deliverable 5): p50 <= 5 ms and p99 <= 15 ms per prompt on one core after
loading, batch >= 300 prompts/s on one core, load <= 3 s, RSS <= 400 MB for ``Guard()``.

Prompts: a fixed mix from ../shared/data/prompts (COCO captions, I2P and T2I-RiskyPrompt prompts,
Six-CD nudity and benign prompts; never the held-out evaluation set). Both guards run in ONE process
and alternate prompt by prompt, so machine load hits both alike; latencies are wall time (and CPU
time of the process, which excludes waiting for a core on this shared machine). Load time and
memory are measured in fresh subprocesses, one per guard.

    .venv/bin/python bench/prompt_speed.py [--limit 1500]
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from _common import SHARED_DATA, latencies_ms, markdown_table, median, percentile, write_results

ROOT = Path(__file__).resolve().parents[1]


def rules_only_policy() -> dict:
    """The ncii profile without the semantic signal (the guard as it was before it)."""
    import yaml

    prof = yaml.safe_load((ROOT / "src/nciiguard/policy/profiles/ncii.yaml").read_text())
    prof["signals"].pop("semantic_sexual_text", None)
    for cat in prof["categories"].values():
        if "from" in cat:
            cat["from"] = [s for s in cat["from"] if s.get("signal") != "semantic_sexual_text"]
    prof["name"] = "ncii_rules_only"
    return prof


def load_prompts(limit: int) -> list[str]:
    p = SHARED_DATA / "prompts"
    csv.field_size_limit(sys.maxsize)
    rng = random.Random(0)

    def col(path, column, n):
        with open(path, newline="", encoding="utf-8") as fh:
            rows = [r[column] for r in csv.DictReader(fh) if r.get(column, "").strip()]
        rng.shuffle(rows)
        return rows[:n]

    share = limit // 6
    prompts = (col(p / "benign/coco_30k.csv", "prompt", 2 * share)
               + col(p / "unsafe/i2p_4703.csv", "prompt", share)
               + col(p / "unsafe/t2i_riskyprompt/t2i_riskyprompt_flat.csv", "prompt", share)
               + col(p / "unsafe/sixcd/Nudity.csv", "prompt", share)
               + col(p / "benign/sixcd_benign_500.csv", "prompt", share))
    rng.shuffle(prompts)
    return prompts


_CHILD = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
import _common
t0 = time.perf_counter()
from nciiguard import Guard
from nciiguard.signals.base import Resources
policy = json.loads({policy!r}) if {policy!r} else None
g = Guard(policy, resources=Resources())
g.load(["text"])
g.screen_prompt("a watercolour of a lighthouse")
t1 = time.perf_counter() - t0
mem = _common.memory_mb()
peak = 0.0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM"):
        peak = int(line.split()[1]) / 1024
print(json.dumps({{"load_s": t1, "rss": mem["rss"], "anon": mem["anon"], "file": mem["file"], "peak": peak}}))
"""


def child_load(policy: dict | None) -> dict:
    code = _CHILD.format(bench=str(Path(__file__).resolve().parent), policy=json.dumps(policy) if policy else "")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3, help="repeat the single and batch runs; report the median round")
    args = ap.parse_args(argv)

    # One core for the whole run (the children that measure load and RSS inherit it): the last
    # one, as bench/prompts.py pins.
    core = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})

    from nciiguard import Guard
    from nciiguard.signals.base import Resources
    from nciiguard.text.normalize import normalize

    prompts = load_prompts(args.limit)
    rules = Guard(rules_only_policy(), resources=Resources()).load(["text"])
    full = Guard(resources=Resources()).load(["text"])
    for g in (rules, full):  # warm up caches and the ORT session
        for p in prompts[:20]:
            g.screen_prompt(p)

    # -- one prompt at a time, then batches; alternating guards; --rounds times ----------------
    sem = next(s for s in full.signals if s.name == "semantic_sexual_text")
    ran = 0
    why = []  # per prompt of the full guard, round 1: (CPU ms, encoded, encoder tokens, flagged by the semantic layer)
    per_round = []  # per round and guard: p50, p99 (wall, CPU), batch prompts/s (wall, CPU)
    lat = {"rules": [], "full": []}
    cpu = {"rules": [], "full": []}
    for rnd in range(args.rounds):
        lat_r = {"rules": [], "full": []}
        cpu_r = {"rules": [], "full": []}
        for p in prompts:
            for name, g in (("rules", rules), ("full", full)):
                out, t = latencies_ms(g.screen_prompt, [p], cpu=cpu_r[name])
                lat_r[name] += t
            if rnd == 0:
                encoded = sem._needs_model(normalize(p), "prompt")
                ran += encoded
                flagged = any(r.signal == "semantic_sexual_text" and r.findings for r in out[0].results)
                # tokens of the whole field (the encoder reads at most one window of them)
                ntok = len(sem._encoder._tok_full.encode(normalize(p).folded.text).ids) if encoded else 0
                why.append((cpu_r["full"][-1], encoded, ntok, flagged))
        # Batches alternate chunk by chunk too, so the machine's load hits both guards alike.
        wall = {"rules": 0.0, "full": 0.0}
        proc = {"rules": 0.0, "full": 0.0}
        for i in range(0, len(prompts), args.batch):
            for name, g in (("rules", rules), ("full", full)):
                c0, t0 = time.process_time(), time.perf_counter()
                g.screen_prompts(prompts[i:i + args.batch])
                wall[name] += time.perf_counter() - t0
                proc[name] += time.process_time() - c0
        for name in ("rules", "full"):
            per_round.append((rnd + 1, name, median(lat_r[name]), percentile(lat_r[name], 99), median(cpu_r[name]),
                              percentile(cpu_r[name], 99), len(prompts) / wall[name], len(prompts) / proc[name]))
            lat[name] += lat_r[name]
            cpu[name] += cpu_r[name]
    # The figures reported: the median over rounds of each round's figure.
    stat = {name: [median([r[k] for r in per_round if r[1] == name]) for k in range(2, 8)] for name in ("rules", "full")}
    # -- decisions agree between single and batch paths ----------------------------------------
    single = [full.screen_prompt(p).action.value for p in prompts[:300]]
    batch = [d.action.value for d in full.screen_prompts(prompts[:300])]
    agree = sum(a == b for a, b in zip(single, batch)) / len(single)

    loads = {"rules": child_load(rules_only_policy()), "full": child_load(None)}

    rows = []
    for name, label in (("rules", "rules only (ncii without semantic_sexual_text)"),
                        ("full", "ncii with semantic_sexual_text")):
        rows.append((label, *stat[name], loads[name]["load_s"], loads[name]["rss"], loads[name]["peak"]))
    table = markdown_table(
        ["guard", "p50 ms", "p99 ms", "p50 CPU ms", "p99 CPU ms", "batch prompts/s (wall)", "batch prompts/s (CPU)",
         "load s", "RSS MB", "peak RSS MB"],
        rows, [0, 2, 2, 2, 2, 0, 0, 2, 0, 0])
    ratio = markdown_table(
        ["measure", "full / rules"],
        [("p50 latency (CPU)", stat["full"][2] / stat["rules"][2]),
         ("p99 latency (CPU)", stat["full"][3] / stat["rules"][3]),
         ("batch throughput (CPU)", stat["full"][5] / stat["rules"][5])], 2)
    rounds = markdown_table(
        ["round", "guard", "p50 ms", "p99 ms", "p50 CPU ms", "p99 CPU ms", "batch prompts/s (wall)",
         "batch prompts/s (CPU)"], per_round, [0, 0, 2, 2, 2, 2, 0, 0])
    # -- why the slowest prompts are slow ----------------------------------------------------------
    why.sort(key=lambda w: -w[0])
    cap = sem._window or sem._encoder.max_tokens
    slow_rows = []
    for label, part in (("slowest 1%", why[: max(1, len(why) // 100)]), ("slowest 5%", why[: max(1, len(why) // 20)]),
                        ("all", why)):
        slow_rows.append((label, len(part), median([w[0] for w in part]),
                          sum(w[1] for w in part) / len(part) * 100,
                          sum(w[2] > cap for w in part) / len(part) * 100,
                          sum(w[2] > 32 for w in part) / len(part) * 100,
                          sum(w[3] for w in part) / len(part) * 100))
    slow = markdown_table(
        ["prompts (full guard, single path)", "n", "median CPU ms", "encoder ran %", f"over {cap} tokens (read by one window) %",
         "over 32 tokens %", "flagged by the semantic layer (explanation ran) %"],
        slow_rows, [0, 0, 2, 0, 0, 0, 0])
    notes = [
        f"{len(prompts)} prompts: COCO captions 2/6, I2P, T2I-RiskyPrompt, Six-CD nudity, Six-CD benign 1/6 each "
        "(../shared/data/prompts, shuffled with seed 0); the held-out evaluation set is not used.",
        f"The encoder ran on {ran} of {len(prompts)} prompts ({ran / len(prompts):.0%}); on the others the lexicon "
        "had already found explicit, nudity or euphemism terms (skip_rule_score 0.5) or the n-gram classifier "
        "scored the prompt below 0.005 (skip_below_ngram).",
        f"{args.rounds} rounds over the same prompts (rounds 2+ find the token caches warm); each figure of the "
        "side-by-side table is the median of the rounds' figures (all rounds below): on this shared machine one "
        "round's CPU time moved by up to ~50% with the other processes' load (the L3 cache and memory bandwidth are shared; in this VM perhaps the physical core too).",
        f"Batch path: Guard.screen_prompts in chunks of {args.batch}, alternating guards chunk by chunk; its decisions equal the single-prompt path on "
        f"{agree:.1%} of 300 prompts.",
        f"One core: the process is pinned to core {core} (sched_setaffinity), onnxruntime intra-op threads = 1, "
        "BLAS pools pinned to 1 thread. Wall time on a shared 2-core machine includes waiting for a core; CPU time "
        "does not.",
        "Load and RSS: fresh process, Guard(resources=Resources()) loaded for text and one prompt screened.",
    ]
    path = write_results("prompt_speed", "Prompt guard cost: rules only vs with the semantic model",
                         [("Side by side", table), ("Ratios", ratio), ("Each round", rounds),
                          ("Why the slowest prompts are slow (round 1)", slow)],
                         command="python bench/prompt_speed.py --limit %d --rounds %d" % (args.limit, args.rounds), notes=notes)
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
