"""Peak memory of ``screen-prompts`` on a JSONL file with one huge line (issue 11, item 13).

The progress bar's line counter used to read every line whole (``for raw in open(path, "rb")``): a
1.2 GB line cost 2.5 GB of RSS before the first prompt was screened. It now counts in 1 MiB chunks,
and the reader refuses an oversized line in 1 MiB pieces. Measured side by side in one run, each in
its own process (peak RSS from ``getrusage`` of the child):

- the old counter alone (inlined here, as it was),
- the new counter alone (``nciiguard.cli._records.count_nonblank_lines``),
- the whole ``nciiguard screen-prompts`` run on the file (the huge line becomes an error record and
  the good line after it is screened).

Run: ``.venv/bin/python bench/cli_huge_line.py [--gb 1.2]``. Writes bench/results/cli_huge_line.md.
The file is written to a temporary directory and deleted afterwards.
"""

from __future__ import annotations

import _common  # noqa: F401 - first: single-thread setup

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OLD_COUNTER = "import sys; print(sum(1 for raw in open(sys.argv[1], 'rb') if raw.strip()))"
NEW_COUNTER = "import sys; from nciiguard.cli._records import count_nonblank_lines; print(count_nonblank_lines(sys.argv[1]))"


def _child(argv: list[str]) -> tuple[float, float, str]:
    """(peak RSS MiB, seconds, stdout) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv[:4]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: run the small ones first.
    return (peak if peak > before else float("nan")) / 1024, elapsed, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.2, help="size of the huge line in GB (default 1.2)")
    args = ap.parse_args()
    size = int(args.gb * 1e9)
    with tempfile.TemporaryDirectory(prefix="nciiguard-bench-") as tmp:
        path = Path(tmp) / "huge.jsonl"
        chunk = b"a" * (1 << 24)
        with open(path, "wb") as f:
            f.write(b'{"id": "huge", "prompt": "')
            written = 0
            while written < size:
                n = min(len(chunk), size - written)
                f.write(chunk[:n])
                written += n
            f.write(b'"}\n{"id": "after", "prompt": "a lighthouse at dusk"}\n')
        policy = Path(tmp) / "profile.yaml"
        policy.write_text(json.dumps({
            "name": "bench", "version": "1", "signals": {"sexual_text": {}, "minor_text": {}},
            "categories": {"sexual": {"from": [{"signal": "sexual_text", "min_score": 0.5}]},
                           "minor": {"from": [{"signal": "minor_text", "min_score": 0.5}]}},
            "rules": [{"id": "minor_sexual", "when": {"all": ["minor", "sexual"]}, "action": "block", "message": "no"}],
        }))
        py = sys.executable
        rows = []
        # Smallest first: RUSAGE_CHILDREN reports the largest child so far.
        new_mb, new_s, new_out = _child([py, "-c", NEW_COUNTER, str(path)])
        rows.append(("new counter (1 MiB chunks)", new_mb, new_s, new_out.strip()))
        out = Path(tmp) / "out.jsonl"
        run_mb, run_s, _ = _child([py, "-c", "from nciiguard.cli import run; run()", "--data-dir", str(Path(tmp) / "d"),
                                   "screen-prompts", str(path), "-o", str(out), "--policy", str(policy)])
        records = [json.loads(line) for line in out.read_text().splitlines()]
        outcome = ", ".join(r.get("action") or r["error"]["code"] for r in records)
        rows.append(("screen-prompts, whole run", run_mb, run_s, outcome))
        old_mb, old_s, old_out = _child([py, "-c", OLD_COUNTER, str(path)])
        rows.append(("old counter (whole lines)", old_mb, old_s, old_out.strip()))
    table = _common.markdown_table(["what", "peak RSS MiB", "seconds", "result"],
                                   [(w, _common.fmt(m, 0), _common.fmt(s, 1), r) for w, m, s, r in rows], 0)
    path = _common.write_results(
        "cli_huge_line", "screen-prompts on a file with one huge line",
        [(f"One {args.gb:g} GB line, then one normal line", table)],
        command=f"python bench/cli_huge_line.py --gb {args.gb:g}",
        notes=["Each row is its own child process; peak RSS is the child's ru_maxrss.",
               "The old counter is the pre-fix progress-bar line count, inlined for comparison.",
               f"ratio old/new counter peak RSS: {old_mb / new_mb:.0f}x" if new_mb == new_mb and new_mb else ""])
    print(path.read_text())


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
