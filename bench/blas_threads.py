"""CPU per prompt with NumPy's default BLAS pool versus one thread (nciiguard.blas_threads).

The prompt guard's numeric work outside onnxruntime is small matrix products (the semantic model's
token head, the disguised-word model). NumPy's OpenBLAS starts one thread per core by default and
splits even these across them; the CLI and the service now set the pool to one thread at start. This
measures why: the same prompts (bench/prompt_speed.py's fixed mix from ../shared/data/prompts) are
screened in fresh processes, one with the default pool and one after ``limit_blas_threads()``,
alternating A/B, on a quiet machine and with a busy neighbour (one spinning process per core, as a
service host with other work has). Reported: CPU ms per prompt of the screening process (the cost a
host pays) and wall ms per prompt, medians over the rounds, and their ratio.

    .venv/bin/python bench/blas_threads.py [--limit 1200] [--rounds 3]

Unlike the other benchmarks this one must NOT pin thread pools (that is what it measures), so it
does not import _common before NumPy in the children.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS", "NCIIGUARD_BLAS_THREADS")

_CHILD = r"""
import json, sys, time
sys.path.insert(0, {bench!r})
from nciiguard import Guard, limit_blas_threads
import prompt_speed
prompts = prompt_speed.load_prompts({limit})
mode = {mode!r}
note = limit_blas_threads({{"NCIIGUARD_BLAS_THREADS": "1"}}) if mode == "one" else "default pool"
g = Guard()
for p in prompts[:30]:
    g.screen_prompt(p)
c0, t0 = time.process_time(), time.perf_counter()
for p in prompts:
    g.screen_prompt(p)
c1, t1 = time.process_time(), time.perf_counter()
import threadpoolctl
pools = sorted({{i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"}})
print(json.dumps({{"cpu_ms": (c1 - c0) / len(prompts) * 1e3, "wall_ms": (t1 - t0) / len(prompts) * 1e3,
                  "n": len(prompts), "note": note, "pools": pools}}))
"""


def _spin(stop):
    while not stop.is_set():
        sum(i * i for i in range(10_000))


def child(mode: str, limit: int) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in _THREAD_VARS}
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    code = _CHILD.format(bench=str(ROOT / "bench"), limit=limit, mode=mode)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=3600)
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from _common import markdown_table, median, write_results

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1200)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    rows, notes = [], []
    for condition in ("quiet", "busy neighbour"):
        stop, spinners = mp.Event(), []
        if condition != "quiet":
            spinners = [mp.Process(target=_spin, args=(stop,), daemon=True) for _ in range(os.cpu_count() or 1)]
            for s in spinners:
                s.start()
            time.sleep(1)
        res = {"default": [], "one": []}
        try:
            for _ in range(args.rounds):
                for mode in ("default", "one"):
                    res[mode].append(child(mode, args.limit))
        finally:
            stop.set()
            for s in spinners:
                s.join(5)
        d_cpu, o_cpu = median([r["cpu_ms"] for r in res["default"]]), median([r["cpu_ms"] for r in res["one"]])
        d_wall, o_wall = median([r["wall_ms"] for r in res["default"]]), median([r["wall_ms"] for r in res["one"]])
        rows.append([condition, res["default"][0]["n"], f"{d_cpu:.2f}", f"{o_cpu:.2f}", f"x{o_cpu / d_cpu:.3f}",
                     f"{d_wall:.2f}", f"{o_wall:.2f}", f"x{o_wall / d_wall:.3f}"])
        notes.append(f"{condition}: BLAS pool sizes seen, default {res['default'][0]['pools']}, "
                     f"limited {res['one'][0]['pools']} ({res['one'][0]['note']})")
    table = markdown_table(["machine", "prompts", "CPU ms/prompt, default pool", "CPU ms/prompt, 1 thread",
                            "ratio", "wall ms/prompt, default", "wall ms/prompt, 1 thread", "ratio"], rows)
    path = write_results("blas_threads", "BLAS pool: default versus one thread (nciiguard.blas_threads)",
                         [("CPU and wall time per prompt, medians of the rounds", table)],
                         command=f"bench/blas_threads.py --limit {args.limit} --rounds {args.rounds}",
                         notes=[f"{args.rounds} rounds, A/B alternating, fresh process per run; "
                                f"{os.cpu_count()} cores; busy neighbour = one spinning process per core", *notes])
    print(path.read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
