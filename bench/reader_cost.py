"""Where the prompt guard's rule time goes, reader by reader (issue 10, deliverable 5: p99 <= 15 ms).

bench/prompt_speed.py gives the guard's latencies and bench/prompt_batch_cost.py the time of each signal; this
breaks the rules down further: one deterministic profile (cProfile) of ``Guard.screen_prompt`` over the
speed mix (bench/prompt_speed.py's prompts, never a held-out set), on one core with one BLAS thread, and for
every function of nciiguard's text readers (``nciiguard.text``, ``nciiguard.signals.text``) its cumulative
and own CPU ms per prompt, for all prompts and for the slowest 5% (by the guard's own CPU time in an
unprofiled pass). Profiling slows pure-Python code more than C code, so read the shares, not the absolute
figures; the slowest-5% table says what makes the tail.

    PYTHONPATH=src .venv/bin/python bench/reader_cost.py [--limit 1500] [--top 40]

Writes bench/results/reader_cost.md. No prompt text is written.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import cProfile
import pstats
import time

from _common import markdown_table, write_results


def profile(guard, prompts, top: int) -> list[list]:
    pr = cProfile.Profile()
    pr.enable()
    for p in prompts:
        guard.screen_prompt(p)
    pr.disable()
    st = pstats.Stats(pr)
    rows = []
    for (path, line, name), (cc, nc, tt, ct, _callers) in st.stats.items():
        if "/nciiguard/" not in path:
            continue
        mod = path.split("/nciiguard/", 1)[1]
        if not (mod.startswith("text/") or mod.startswith("signals/text/")):
            continue
        rows.append((ct, tt, nc, f"{mod}:{line}({name})"))
    rows.sort(reverse=True)
    n = len(prompts)
    return [[where, f"{1e3 * ct / n:.3f}", f"{1e3 * tt / n:.3f}", f"{nc / n:.1f}"] for ct, tt, nc, where in rows[:top]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()

    from nciiguard import Guard
    from prompt_speed import load_prompts
    from prompts import pin_one_core

    pin = pin_one_core()
    guard = Guard()
    prompts = load_prompts(args.limit)
    for p in prompts[:100]:  # warm the token caches
        guard.screen_prompt(p)
    cpu = []
    for p in prompts:
        c = time.process_time()
        guard.screen_prompt(p)
        cpu.append(time.process_time() - c)
    order = sorted(range(len(prompts)), key=lambda i: cpu[i], reverse=True)
    slow = [prompts[i] for i in order[: max(1, len(prompts) // 20)]]
    head = ["function (module:line)", "cumulative CPU ms / prompt", "own CPU ms / prompt", "calls / prompt"]
    sections = [
        (f"All {len(prompts)} prompts", markdown_table(head, profile(guard, prompts, args.top), 3)),
        (f"The slowest 5% ({len(slow)} prompts)", markdown_table(head, profile(guard, slow, args.top), 3)),
    ]
    srt = sorted(cpu)
    notes = [f"Unprofiled pass: CPU p50 {1e3 * srt[len(srt) // 2]:.2f} ms, p95 {1e3 * srt[int(0.95 * len(srt))]:.2f} ms, "
             f"p99 {1e3 * srt[int(0.99 * len(srt))]:.2f} ms per prompt (default profile, semantic model on).",
             "Cumulative time includes the functions called; a reader's share is its cumulative time over "
             "`Guard.screen_prompt`'s. onnxruntime's own time is under `text/encoder.py`.", str(pin)]
    path = write_results("reader_cost", "Prompt guard: CPU time by reader", sections, notes=[n for n in notes if n],
                         command=f"python bench/reader_cost.py --limit {args.limit} --top {args.top}")
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
