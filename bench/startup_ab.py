"""Start-up cost of two code trees side by side: opening an up-to-date store, and Guard() to its first prompt.

    .venv/bin/python bench/startup_ab.py --before /work/base34/src [--after src] [--runs 9] [--out startup_round34]

Why: every process that screens a prompt opens the store once (the real-person signal reads the likeness registry's
protected names on the first prompt), and before round 34 each open loaded Alembic and walked the revision scripts
even when the database was already at the packaged heads. This measures that open and the whole start-up.

Each run starts one fresh process per tree, alternating the order (the machine's load hits both alike), on one
SQLite file migrated beforehand (so both trees open a database that needs nothing) and one data directory:

- **store open CPU s**: process CPU time of ``open_database(url)`` on the up-to-date file (imports included);
- **guard CPU s**: process CPU from before ``import nciiguard`` to after the first prompt of ``Guard()`` as the
  README writes it (default resources: the first prompt opens the default store in ``NCIIGUARD_DATA_DIR``; the
  speed A/B, bench/prompt_speed_ab.py, loads ``Guard(resources=Resources())``, which opens no store);
- **guard wall s** and **RSS MB** after the first prompt.

Writes bench/results/<out>.md with the medians and the after/before ratios; compare within one run only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _common  # noqa: E402  (pins thread pools first)

ROOT = HERE.parent

_STORE = r"""
import json, sys, time
t0 = time.process_time()
from nciiguard.store import open_database
db = open_database(sys.argv[1])
cpu = time.process_time() - t0
print(json.dumps({"store": cpu, "alembic": "alembic" in sys.modules}))
"""

_GUARD = r"""
import json, sys, time
t0, w0 = time.process_time(), time.perf_counter()
from nciiguard import Guard
g = Guard()
g.screen_prompt("a watercolour of a lighthouse at dawn")
cpu, wall = time.process_time() - t0, time.perf_counter() - w0
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
print(json.dumps({"guard": cpu, "wall": wall, "rss": int(status["VmRSS"].split()[0]) / 1024}))
"""


def child(code: str, src: Path, home: Path, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src), NCIIGUARD_DATA_DIR=str(home))
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=600)
    if out.returncode:
        raise SystemExit(f"child failed ({src}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="the older tree's src directory")
    ap.add_argument("--after", type=Path, default=ROOT / "src", help="the newer tree's src directory")
    ap.add_argument("--runs", type=int, default=9, help="fresh processes per tree and measure")
    ap.add_argument("--out", default="startup_ab", help="bench/results/<out>.md")
    ap.add_argument("--label", default="", help="what the two trees are")
    args = ap.parse_args(argv)
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    with tempfile.TemporaryDirectory(prefix="nciiguard-startup-") as tmp:
        home = Path(tmp) / "home"
        url = f"sqlite:///{Path(tmp) / 'store.db'}"
        child(_STORE, trees["after"], home, url)  # migrate the file once: every measured open finds it current
        child(_GUARD, trees["after"], home)  # and the default store the guard opens
        res: dict[str, list[dict]] = {name: [] for name in trees}
        for run in range(args.runs):
            order = list(trees) if run % 2 == 0 else list(trees)[::-1]
            for name in order:
                res[name].append({**child(_STORE, trees[name], home, url), **child(_GUARD, trees[name], home)})
            print(f"run {run + 1}/{args.runs}: " + ", ".join(
                f"{n} store {res[n][-1]['store']:.2f} s guard {res[n][-1]['guard']:.2f} s" for n in trees),
                file=sys.stderr)
    keys = ("store", "guard", "wall", "rss")
    med = {n: {k: statistics.median(r[k] for r in rs) for k in keys} for n, rs in res.items()}
    alembic = {n: sum(r["alembic"] for r in rs) for n, rs in res.items()}
    table = _common.markdown_table(
        ["tree", "store open CPU s (median)", "guard CPU s (median)", "guard min", "guard max", "guard wall s",
         "RSS MB", "opens that loaded Alembic"],
        [(n, m["store"], m["guard"], min(r["guard"] for r in res[n]), max(r["guard"] for r in res[n]), m["wall"],
          m["rss"], f"{alembic[n]}/{args.runs}") for n, m in med.items()],
        [0, 3, 3, 3, 3, 3, 0, 0])
    ratios = _common.markdown_table(
        ["measure", "after / before"],
        [(k, med["after"][k] / med["before"][k]) for k in ("store", "guard", "wall")], [0, 3])
    path = _common.write_results(
        args.out, "Start-up cost of two trees side by side", [("Median of fresh processes", table),
                                                              ("Ratios", ratios)],
        command=f"python bench/startup_ab.py --before {args.before} --runs {args.runs}"
                + (f" --after {args.after}" if args.after != ROOT / "src" else ""),
        notes=[*([args.label] if args.label else []),
               f"before: `{trees['before']}`; after: `{trees['after']}`; {args.runs} fresh processes per tree and "
               "measure, alternating order; one SQLite file migrated beforehand, one NCIIGUARD_DATA_DIR.",
               f"Load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (compare the two trees "
               "within this run, not across runs)."])
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
