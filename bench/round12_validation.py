"""The round-12 helpers' own validation sets, before and after the round, side by side.

Each helper of round 12 (issue 10) wrote a validation file of its own rows before its first rule
(bench/data/round12/<branch>_validation.tsv: id, half (tune|check), expect, lang, text), tuned on the tune
half and reported the check half. This scores every file on two code trees (the tree before round 12
and this one), per file and half:

- ``block``: the action is block;
- ``sexual``: flagged sexual and not blocked (a sexual prompt about nobody is reviewed);
- ``real_person``: a real person read and the prompt allowed (ordinary prompts about a public figure);
- ``allow``: allowed; beside it, not blocked (some helpers' must-allow rows are generic sexual prompts,
  reviewed, never blocked), and allowed with no real person read.

    PYTHONPATH=src .venv/bin/python bench/round12_validation.py --before /path/to/old/src [--after src]

Writes bench/results/round12_validation.md. No prompt text is printed or written.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from _common import markdown_table, write_results

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "round12"

_WORKER = r"""
import csv, json, sys
from nciiguard import Guard
g = Guard("ncii", preload=True)
out = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    res = []
    for r in rows:
        d = g.screen_prompt(r["text"])
        c = d.categories
        res.append([r["half"], r["expect"], d.action.value, bool(c.get("sexual")), bool(c.get("real_person"))])
    out[path] = res
print(json.dumps(out))
"""


def passes(expect: str, action: str, sexual: bool, person: bool) -> bool:
    if expect == "block":
        return action == "block"
    if expect == "sexual":
        return sexual and action != "block"
    if expect == "real_person":
        return person and action == "allow"
    return action == "allow"


def run(src: str, files: list[Path]) -> dict:
    env = dict(os.environ, PYTHONPATH=src)
    proc = subprocess.run([sys.executable, "-c", _WORKER, *map(str, files)], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True, help="src/ directory of the tree before round 12")
    ap.add_argument("--after", default=str(ROOT / "src"))
    ap.add_argument("--label", default="")
    a = ap.parse_args(argv)
    files = sorted(DATA.glob("*_validation.tsv"))
    before, after = run(a.before, files), run(a.after, files)
    rows = []
    for path in files:
        key = str(path)
        for half in ("tune", "check"):
            for expect in ("block", "sexual", "real_person", "allow"):
                pairs = [(b, x) for b, x in zip(before[key], after[key]) if b[0] == half and b[1] == expect]
                if not pairs:
                    continue
                n = len(pairs)
                kb = sum(passes(expect, *b[2:]) for b, _ in pairs)
                ka = sum(passes(expect, *x[2:]) for _, x in pairs)
                extra = ""
                if expect == "allow":  # some helpers' "allow" rows are generic sexual prompts: not blocked
                    extra = (f"{sum(x[2] != 'block' for _, x in pairs)}/{n} not blocked (before "
                             f"{sum(b[2] != 'block' for b, _ in pairs)}); {sum(x[2] == 'allow' and not x[4] for _, x in pairs)}/{n} nobody read")
                rows.append([path.stem.replace("_validation", ""), half, expect, n, f"{kb} ({100 * kb / n:.1f}%)",
                             f"{ka} ({100 * ka / n:.1f}%)", extra])
    table = markdown_table(["helper", "half", "expect", "n", "before", "after", "allow rows, after"], rows)
    write_results("round12_validation", "Round 12: the helpers' validation sets before and after the round", [
        ("Per file, half and expectation", table)], notes=[
        f"before: `{a.before}`; after: `{a.after}`. {a.label}".strip(),
        "Tune halves were tuned on by their helper; check halves were not. Each helper measured its own file "
        "against its own branch; here every file runs on the merged round, so one helper's rules can move another's rows.",
        "Each file's rows were written by the helper that built the rules (shared phrasing habits): these are "
        "development numbers, not never-seen ones (bench/results/prompts.md section 3a is)."])
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
