"""Guard() load cost with and without the start-up caches: process CPU time and RSS, median of N fresh processes.

    .venv/bin/python bench/load_cost.py [--runs 7] [--out load_cost]

Each run starts one fresh Python process per configuration, in alternating order (so the machine's load hits
every configuration alike), that imports nciiguard, loads ``Guard(resources=Resources())`` for text and
screens one prompt, then reports:

- **load CPU s**: process CPU time (user + system, ``time.process_time``) from before ``import nciiguard`` to
  after the first prompt; **process CPU s** the same from the process start (interpreter start-up included);
- **wall s**: the same span in wall time (waits for a core included: the CPU figure is the one to compare);
- **RSS MB** and **peak RSS MB** after the first prompt (``/proc/self/status``);
- **caches used**: how many entries each cache gave (0: the cache was off, stale or missing): the terms'
  forms (``text/data/term_forms.tsv.gz``), the rules' literals (``text/data/regex_literals.json.gz``) and
  the built lexicons (``text/data/lexicons_built.pickle.gz``).

Configurations: ``shipped`` (the caches as shipped, each used where current), ``no built lexicon`` (the
round-23 built lexicon off, the older caches on), ``no caches`` (all three off: every term normalised and
every lexicon built at load, as before round 18). A cache is turned off in the child by emptying it before
the guard loads, exactly as ``scripts/build_load_caches.py`` does to record what a load hands over.

Writes bench/results/<out>.md. Times are of this machine under its current load (the header says which);
compare configurations within one run, not across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _common  # noqa: E402  (pins thread pools first)

ROOT = HERE.parent

CONFIGS = {
    "shipped": (),
    "no built lexicon": ("built",),
    "no caches": ("built", "forms", "literals"),
}

_CHILD = r"""
import json, sys, time
t_proc0 = time.process_time()
t0, w0 = time.process_time(), time.perf_counter()
off = set(sys.argv[1].split(",")) - {""}
from nciiguard.text import lexicon, prefilter, term_forms
if "forms" in off:
    term_forms._forms = {}
if "literals" in off:
    prefilter._cache = {}
if "built" in off:
    lexicon._built = {}
from nciiguard import Guard
from nciiguard.signals.base import Resources
g = Guard(resources=Resources())
g.load(["text"])
g.screen_prompt("a watercolour of a lighthouse at dawn")
cpu, wall = time.process_time() - t0, time.perf_counter() - w0
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
mb = lambda key: int(status[key].split()[0]) / 1024
print(json.dumps({"cpu": cpu, "proc_cpu": time.process_time(), "wall": wall, "rss": mb("VmRSS"),
                  "peak": mb("VmHWM"), "forms": len(term_forms._forms or {}),
                  "literals": len(prefilter._cache or {}), "built": len(lexicon._built or {})}))
"""


def child(off: tuple[str, ...], src: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", _CHILD, ",".join(off)], capture_output=True, text=True,
                         env=env, timeout=600)
    if out.returncode:
        raise SystemExit(f"child failed ({off}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per configuration")
    ap.add_argument("--src", type=Path, default=ROOT / "src", help="the package's parent directory")
    ap.add_argument("--out", default="load_cost", help="bench/results/<out>.md")
    args = ap.parse_args(argv)
    results: dict[str, list[dict]] = {name: [] for name in CONFIGS}
    names = list(CONFIGS)
    for run in range(args.runs):
        order = names if run % 2 == 0 else names[::-1]
        for name in order:
            results[name].append(child(CONFIGS[name], args.src))
        print(f"run {run + 1}/{args.runs}: " + ", ".join(f"{n} {results[n][-1]['cpu']:.2f} s" for n in names),
              file=sys.stderr)
    med = {n: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for n, rs in results.items()}
    rows = [(n, m["cpu"], min(r["cpu"] for r in results[n]), max(r["cpu"] for r in results[n]), m["proc_cpu"],
             m["wall"], m["rss"], m["peak"], int(m["forms"]), int(m["literals"]), int(m["built"]))
            for n, m in med.items()]
    table = _common.markdown_table(
        ["configuration", "load CPU s (median)", "min", "max", "process CPU s", "wall s", "RSS MB", "peak RSS MB",
         "term forms used", "rule literals used", "built lexicons used"],
        rows, [0, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0])
    base = med["no caches"]["cpu"]
    saved = [f"{n}: {base - m['cpu']:+.2f} s CPU against no caches ({100 * (base - m['cpu']) / base:.0f}%)"
             for n, m in med.items() if n != "no caches"]
    path = _common.write_results(
        args.out, "Guard() load cost with and without the start-up caches",
        [("Median of fresh processes", table), ("Saved", "\n".join(f"- {s}" for s in saved))],
        command=f"python bench/load_cost.py --runs {args.runs}"
                + (f" --src {args.src}" if args.src != ROOT / "src" else ""),
        notes=[f"{args.runs} fresh processes per configuration, alternating; load CPU = process CPU from before "
               "`import nciiguard` to after the first prompt (Guard(resources=Resources()), text signals).",
               "Used counts: entries each cache gave. The term forms are read only when a lexicon is built at "
               "load, so with the built lexicon used they show 0; a 0 for the built lexicons or rule literals on "
               "the shipped row means that cache is stale or missing in this tree (run "
               "scripts/build_load_caches.py): the guard then computes it at load (slower, same decisions).",
               f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other processes' "
               "load moves CPU times too, by sharing caches and memory bandwidth)."])
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
