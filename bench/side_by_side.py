"""Speed of two source trees side by side: bench/prompts.py, bench/images.py and bench/service.py.

    .venv/bin/python bench/side_by_side.py --base /path/to/A/src --candidate /path/to/B/src [--rounds 3]

Issue 12's "Done when" asks that the measured speed of the three benchmarks is unchanged or better
after the refactor. On a shared machine two runs minutes apart differ by more than most code changes,
so the trees are measured in one run, alternating over ``--rounds`` (A, B, then B, A, ...: whatever
load the machine has in a round hits both trees alike, and neither always goes first; an A-against-A
run with A always first had the second run of a pair slower in every round for some figures).

Each measurement is a fresh subprocess of the shared venv's Python with ``PYTHONPATH`` set to one
tree's ``src`` (it wins over the editable install's .pth path; every run reports the
``nciiguard.__file__`` it imported and a run that imported the wrong tree stops the comparison).
The benchmark scripts themselves come from the candidate checkout (``<candidate>/../bench``, or
``--bench``), in their speed-only modes, which write JSON instead of their markdown results:

- ``prompts.py --speed-only``: per-prompt latency (wall and CPU) on a fixed sample of the prompt sets,
  the batch path (``Guard.screen_prompts``), start-up in a fresh process, per-signal time;
- ``images.py --speed-only``: per-image CPU time of each stage at 512 px;
- ``service.py --json``: loopback HTTP load (req/s, p50, items per server CPU-second; single and
  batch calls); not its worst-case calls (half a minute of CPU each), which it runs on its own.

Writes bench/results/side_by_side.md: per metric the median of each tree over the rounds, the ratio
B/A and a verdict. Noise is read from the rounds themselves: a metric's noise is the larger relative
spread ((max - min) / median) of its two trees' rounds, and at least ``--min-noise`` (default 10%);
B is "better" or "worse" only when it differs from A by more than that, else "unchanged (within
noise)"; beyond it, the verdict needs B ahead (or behind) in every round, paired by round, else it
is "unclear (rounds disagree)". With one round there is no spread: the floor alone decides, and the
run only proves the tooling (an A-against-A run of one round under load 7 on two cores differed by
up to 25% in CPU time per prompt). A full run (3 rounds, default durations) takes 12-25 minutes on
the shared two cores, depending on their load; ``--short`` (small samples, 2-s load scenarios) about
4 minutes per round. ``--from-logs DIR`` writes the results again from an earlier run's JSON files.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import RESULTS_DIR, SHARED_DATA, markdown_table, write_results  # noqa: E402

SCRIPTS = ("prompts", "images", "service")
#: Arguments of each script: (default, --short). The JSON path is added after them.
ARGS = {
    "prompts": (["--speed-only", "--speed-prompts", "2000", "--startup-runs", "3"],
                ["--speed-only", "--speed-prompts", "600", "--startup-runs", "1"]),
    "images": (["--speed-only", "--rounds", "2"], ["--speed-only", "--rounds", "1"]),
    # No worst-case calls: one 1-MiB prompt batch costs ~30 server CPU-seconds (bench/results/service.md);
    # the per-prompt cost they scale is measured by prompts.py and the batch scenario here.
    "service": (["--seconds", "8", "--clients", "4", "--bank-size", "20000", "--worst-calls", "0"],
                ["--seconds", "2", "--clients", "4", "--bank-size", "5000", "--worst-calls", "0"]),
}
#: The figures a reader checks first; the others (per-signal and per-stage parts, before/after
#: configurations) explain a change in these.
HEADLINE = {
    "prompts": ("prompt p50 ms (CPU)", "prompt p99 ms (CPU)", "prompt p50 ms (wall)",
                "batch of 250: prompts per CPU-s", "start-up total ms (wall, median)"),
    "images": ("total: CPU p50 ms", "total: CPU p99 ms", "total: wall p50 ms"),
    "service": ("screen prompt: req/s", "screen prompt: items per server CPU-s", "match 1 PDQ hash: req/s",
                "match 1 PDQ hash: items per server CPU-s", "screen prompt, batch of 250: items per server CPU-s",
                "match 1000 PDQ hashes: items per server CPU-s"),
}
TIMEOUT_S = 1200


def tree_info(src: Path) -> str:
    """``path (commit, dirty?)`` of a tree, read with git when it is a checkout."""
    try:
        head = subprocess.run(["git", "-C", str(src), "rev-parse", "--short=12", "HEAD"], capture_output=True,
                              text=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(src), "status", "--porcelain", "--", "."], capture_output=True,
                               text=True, timeout=60).stdout.strip()
        branch = subprocess.run(["git", "-C", str(src), "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True,
                                text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return str(src)
    if not head:
        return f"{src} (not a git checkout)"
    return f"{src} (commit {head} on {branch}" + (", uncommitted changes in src" if dirty else "") + ")"


def env_for(src: Path, data: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src), NCIIGUARD_DATA=str(data), PYTHONDONTWRITEBYTECODE="1")
    return env


def check_import(python: str, src: Path, data: Path) -> str:
    """The nciiguard a subprocess with this tree's PYTHONPATH imports; it must be the tree's own."""
    with tempfile.TemporaryDirectory() as cwd:  # not a checkout: the cwd must not shadow anything
        res = subprocess.run([python, "-c", "import nciiguard; print(nciiguard.__file__)"], env=env_for(src, data),
                             cwd=cwd, capture_output=True, text=True, timeout=120)
    if res.returncode != 0:
        raise SystemExit(f"{src}: import nciiguard failed: {res.stderr.strip().splitlines()[-1:]}")
    got = Path(res.stdout.strip()).resolve()
    if not got.is_relative_to(src.resolve()):
        raise SystemExit(f"{src}: the subprocess imported {got}, not this tree (PYTHONPATH did not win)")
    return str(got)


def run_one(python: str, bench: Path, script: str, src: Path, data: Path, short: bool, out: Path,
            log: Path) -> tuple[dict | None, float, str]:
    """One script on one tree: (its JSON or None, seconds, error text)."""
    cmd = [python, str(bench / f"{script}.py"), *ARGS[script][1 if short else 0], "--json", str(out)]
    t0 = time.monotonic()
    try:
        res = subprocess.run(cmd, env=env_for(src, data), cwd=str(bench.parent), capture_output=True, text=True,
                             timeout=TIMEOUT_S)
        rc, stdout, stderr = res.returncode, res.stdout, res.stderr
    except subprocess.TimeoutExpired as exc:
        rc, stdout, stderr = -1, str(exc.stdout or ""), f"timed out after {TIMEOUT_S} s"
    took = time.monotonic() - t0
    log.write_text(f"$ PYTHONPATH={src} {' '.join(cmd)}\n\n{stdout}\n--- stderr ---\n{stderr}")
    if rc != 0 or not out.exists():
        tail = (stderr.strip().splitlines() or ["(no output)"])[-1]
        return None, took, f"exit {rc}: {tail[:300]}"
    body = json.loads(out.read_text())
    for key in ("nciiguard_file", "server_nciiguard_file"):
        if key not in body and key == "server_nciiguard_file":
            continue
        imported = Path(body.get(key) or "/").resolve()
        if not imported.is_relative_to(src.resolve()):
            raise SystemExit(f"{script} on {src}: {key} is {imported}, not the tree under test (log: {log})")
    if body.get("stray_modules"):
        raise SystemExit(f"{script} on {src} loaded nciiguard modules from another tree: "
                         f"{', '.join(body['stray_modules'][:5])} (log: {log})")
    return body, took, ""


def spread(values: list[float]) -> float:
    """(max - min) / median of a tree's rounds; 0 for one round."""
    if len(values) < 2:
        return 0.0
    mid = statistics.median(values)
    return (max(values) - min(values)) / abs(mid) if mid else float("inf")


def verdict(a: list[float], b: list[float], better: str, floor: float
            ) -> tuple[float, float, float, float, str, str]:
    """(median A, median B, B/A, noise, verdict, rounds won by B) for one metric."""
    ma, mb = statistics.median(a), statistics.median(b)
    ratio = mb / ma if ma else float("nan")
    noise = max(spread(a), spread(b), floor)
    gain = ratio if better == "higher" else (1 / ratio if ratio else float("nan"))
    won = sum((y > x) if better == "higher" else (y < x) for x, y in zip(a, b))
    paired = min(len(a), len(b))
    if gain != gain:
        word = "n/a"
    elif abs(gain - 1) <= noise:
        word = "unchanged (within noise)"
    elif won not in (0, paired):
        word = "unclear (rounds disagree)"
    elif gain > 1:
        word = "**better**"
    else:
        word = "**WORSE**"
    return ma, mb, ratio, noise, word, f"{won}/{paired}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, type=Path, help="tree A: the src dir of a nciiguard checkout")
    ap.add_argument("--candidate", required=True, type=Path, help="tree B: the src dir of a nciiguard checkout")
    ap.add_argument("--rounds", type=int, default=3, help="A,B alternations (default 3)")
    ap.add_argument("--order", choices=("abba", "abab"), default="abba",
                    help="abba (default): A,B in odd rounds, B,A in even ones; abab: always A then B")
    ap.add_argument("--scripts", default=",".join(SCRIPTS), help=f"comma-separated subset of {','.join(SCRIPTS)}")
    ap.add_argument("--short", action="store_true", help="small samples and 2-s load scenarios (tooling check)")
    ap.add_argument("--bench", type=Path, help="the bench dir whose scripts run (default: <candidate>/../bench)")
    ap.add_argument("--python", default=sys.executable, help="the interpreter (default: this one)")
    ap.add_argument("--data", type=Path, help="shared data folder (default: $NCIIGUARD_DATA, ../shared/data, "
                                              "/work/shared/data)")
    ap.add_argument("--min-noise", type=float, default=0.10, help="smallest noise band, as a fraction (default 0.10)")
    ap.add_argument("--out", type=Path, default=RESULTS_DIR / "side_by_side.md", help="the markdown results file")
    ap.add_argument("--from-logs", type=Path, metavar="DIR",
                    help="write the results from the JSON files of an earlier run's log dir instead of running")
    args = ap.parse_args(argv)

    base, cand = args.base.resolve(), args.candidate.resolve()
    for src in (base, cand):
        if not (src / "nciiguard" / "__init__.py").is_file():
            ap.error(f"{src} is not a src dir holding nciiguard/")
    bench = (args.bench or cand.parent / "bench").resolve()
    scripts = [s.strip() for s in args.scripts.split(",") if s.strip()]
    if unknown := [s for s in scripts if s not in SCRIPTS]:
        ap.error(f"unknown scripts: {', '.join(unknown)}")
    data = args.data or (Path(os.environ["NCIIGUARD_DATA"]) if os.environ.get("NCIIGUARD_DATA") else None)
    for cand_data in ([data] if data else []) + [SHARED_DATA, Path("/work/shared/data")]:
        if cand_data and (cand_data / "prompts").is_dir():
            data = cand_data.resolve()
            break
    else:
        ap.error("no shared data folder found: pass --data")

    trees = {"A": base, "B": cand}
    imported = {k: check_import(args.python, v, data) for k, v in trees.items()}
    for k, v in imported.items():
        print(f"{k}: {trees[k]} -> imports {v}", flush=True)

    logs = args.from_logs.resolve() if args.from_logs else Path(tempfile.mkdtemp(prefix="nciiguard-side-by-side-"))
    values: dict[str, dict[str, dict[str, list[float]]]] = {s: {} for s in scripts}
    better: dict[str, dict[str, str]] = {s: {} for s in scripts}
    units: dict[str, dict[str, str]] = {s: {} for s in scripts}
    took: dict[str, dict[str, list[float]]] = {s: {"A": [], "B": []} for s in scripts}
    loads: list[float] = []
    failures: list[str] = []
    started = time.monotonic()
    for rnd in range(1, args.rounds + 1):
        for script in scripts:
            # abba: A first in odd rounds, B first in even ones, so going first or second (a
            # machine busier at one moment, a warm page cache) does not always favour one tree.
            sides = ("B", "A") if args.order == "abba" and rnd % 2 == 0 else ("A", "B")
            for side in sides:
                out = logs / f"{script}-{side}-{rnd}.json"
                if args.from_logs:  # re-render an earlier run's figures
                    body, secs, err = (json.loads(out.read_text()), 0.0, "") if out.exists() else \
                        (None, 0.0, f"no {out.name} in {logs}")
                else:
                    body, secs, err = run_one(args.python, bench, script, trees[side], data, args.short, out,
                                              logs / f"{script}-{side}-{rnd}.log")
                took[script][side].append(secs)
                if body is None:
                    failures.append(f"round {rnd}, {script}, tree {side}: {err} (log: {logs}/{script}-{side}-{rnd}.log)")
                    print(f"round {rnd} {script} {side}: FAILED {err}", flush=True)
                    continue
                if body.get("errors"):
                    failures.append(f"round {rnd}, {script}, tree {side}: {body['errors']} request errors")
                if body.get("load_average"):
                    loads.append(body["load_average"][0])
                for name, m in body["metrics"].items():
                    values[script].setdefault(name, {"A": [], "B": []})[side].append(m["value"])
                    better[script][name], units[script][name] = m["better"], m["unit"]
                print(f"round {rnd} {script} {side}: {secs:.0f} s", flush=True)
    elapsed = time.monotonic() - started

    sections, worse, worse_head, head_rows = [], [], [], []
    for script in scripts:
        rows = []
        order = [n for n in HEADLINE[script] if n in values[script]] + \
                [n for n in values[script] if n not in HEADLINE[script]]
        for name in order:
            a, b = values[script][name]["A"], values[script][name]["B"]
            if not a or not b:
                continue
            ma, mb, ratio, noise, word, won = verdict(a, b, better[script][name], args.min_noise)
            label = f"**{name}**" if name in HEADLINE[script] else name
            row = (label, units[script][name], better[script][name], ma, mb, ratio, 100 * noise, word, won)
            rows.append(row)
            if name in HEADLINE[script]:
                head_rows.append((f"{script}: {name}",) + row[1:])
            if "WORSE" in word:
                worse.append(f"{script}: {name} (B/A {ratio:.3f}, noise {100 * noise:.0f}%)")
                if name in HEADLINE[script]:
                    worse_head.append(worse[-1])
        raw = [(name, " / ".join(f"{v:,.3g}" for v in values[script][name]["A"]),
                " / ".join(f"{v:,.3g}" for v in values[script][name]["B"])) for name in order]
        took_line = (f"Run time per round: A {' / '.join(f'{t:.0f}' for t in took[script]['A'])} s, "
                     f"B {' / '.join(f'{t:.0f}' for t in took[script]['B'])} s.")
        sections.append((f"bench/{script}.py", took_line + "\n\n" + markdown_table(
            ["metric", "unit", "better", "median A", "median B", "B/A", "noise %", "verdict", "B ahead in rounds"],
            rows, [0, 0, 0, 3, 3, 3, 0, 0, 0]) + "\n\nEvery round (A, then B):\n\n"
            + markdown_table(["metric", "A rounds", "B rounds"], raw, 0)))
    if worse_head:
        summary = "Issue 12's speed condition (unchanged or better): **not met**. "
    elif worse:
        summary = "Issue 12's speed condition (unchanged or better): **met for the headline figures**. "
    else:
        summary = "Issue 12's speed condition (unchanged or better): **met**. "
    summary += ("No headline or diagnostic figure is worse beyond its noise." if not worse else
                "Worse beyond noise in every round: " + "; ".join(worse) + ".")
    if failures:
        summary += " Failed runs: " + "; ".join(failures) + "."
    sections.insert(0, ("Summary (headline figures)", summary + "\n\n" + markdown_table(
        ["metric", "unit", "better", "median A", "median B", "B/A", "noise %", "verdict", "B ahead in rounds"],
        head_rows, [0, 0, 0, 3, 3, 3, 0, 0, 0])))
    argv_text = " ".join(sys.argv[1:]) if argv is None else " ".join(argv)
    notes = [f"A (base): {tree_info(base)}; imports {imported['A']}",
             f"B (candidate): {tree_info(cand)}; imports {imported['B']}",
             f"bench scripts: {bench} ({', '.join(f'{s}.py' for s in scripts)} with "
             + "; ".join(f"{s}: `{' '.join(ARGS[s][1 if args.short else 0])}`" for s in scripts) + ")",
             f"{args.rounds} round(s), " + ("A then B in odd rounds, B then A in even ones" if args.order == "abba"
                                            else "A then B in every round")
             + " for each script, each run a fresh process; "
             f"total {elapsed / 60:.1f} min; load average (1 min) during the runs "
             + (f"{min(loads):.1f}-{max(loads):.1f}" if loads else "-") + f" on {os.cpu_count()} cores",
             "median = median over the rounds; noise = larger relative spread of the two trees' rounds, at least "
             f"{100 * args.min_noise:.0f}%; verdict compares B with A in the metric's better direction: within "
             "noise = unchanged; beyond it, better/WORSE only when B is ahead/behind in every round (paired by "
             "round), else unclear; `B ahead in rounds` counts the rounds where B beat A",
             "CPU-time figures are the fair ones on a shared machine (wall time includes waiting for a core)",
             f"logs of every run: {logs}"]
    if args.rounds < 2:
        notes.append("**one round: no spread between rounds, the noise floor alone decides; a tooling check, "
                     "not a measurement to quote**")
    if args.short:
        notes.append("**--short: small samples and short load scenarios**")
    if args.from_logs:
        notes.append(f"re-rendered from the JSON files in {logs} (the arguments above are today's; the run "
                     "times are not known)")
    write_results(args.out.stem, "Speed side by side: two source trees", sections,
                  command=f".venv/bin/python bench/side_by_side.py {argv_text}", notes=notes)
    if args.out.resolve() != (RESULTS_DIR / f"{args.out.stem}.md").resolve():
        (RESULTS_DIR / f"{args.out.stem}.md").replace(args.out)
    print(summary)
    print(f"wrote {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
