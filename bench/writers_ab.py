"""writers_sexual_text side by side: the ncii profile without and with it, on never-seen sets it never trained on.

    PYTHONPATH=src python bench/writers_ab.py [--sets v10,v9,v8,v7,v6] [--out bench/results/writers_ab.md]

The model trains on v11-v18 and calibrates on v19 (scripts/train_writers_classifier.py), so v1-v10 are
out of sample for it; sets in heldout.UNREAD are refused. Only each group's counts are written (no rows).
Why: docs/signals/writers_sexual_text.md ("Measured out of sample") and the decision to ship it in
ncii_strict rest on this table.
"""

from __future__ import annotations

import argparse
import copy
from importlib import resources
from pathlib import Path

import yaml

import _common  # noqa: F401 - pins BLAS pools
import heldout as H
import prompts as bp

from nciiguard import Guard

SIGNAL = "writers_sexual_text"


def profiles() -> tuple[dict, dict]:
    base = yaml.safe_load((resources.files("nciiguard.policy") / "profiles" / "ncii.yaml").read_text("utf-8"))
    base = copy.deepcopy(base)
    base["signals"].pop(SIGNAL, None)
    for c in base["categories"].values():
        if "from" in c:
            c["from"] = [s for s in c["from"] if s["signal"] != SIGNAL]
    with_it = copy.deepcopy(base)
    with_it["name"] = "ncii_with_writers"
    with_it["signals"][SIGNAL] = {}
    with_it["categories"]["sexual"]["from"].append({"signal": SIGNAL, "labels": ["writers_request"], "min_score": 0.5})
    return base, with_it


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="v10,v9,v8,v7,v6")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "writers_ab.md")
    args = ap.parse_args(argv)
    keys = args.sets.split(",")
    if any(k in H.UNREAD for k in keys):
        raise SystemExit(f"refusing never-seen sets {sorted(set(keys) & H.UNREAD)}")
    base, with_it = profiles()
    g0, g1 = Guard(base), Guard(with_it)
    by_key = {s.key: s for s in H.SETS}
    lines = ["# writers_sexual_text: ncii without and with it, on sets it never trained on", "",
             f"Command: `python bench/writers_ab.py --sets {args.sets}`", "",
             "| set | group | measure | n | without | with | change |", "|---|---|---|---:|---:|---:|---:|"]
    for k in keys:
        rows = H.load(by_key[k].tsv)
        o0, o1 = bp.run(g0, rows), bp.run(g1, rows)
        for _, groups, fn, mname, _, _ in H.TABLE:
            idx = [i for i, r in enumerate(rows) if r.group in groups]
            if idx:
                a, b = sum(fn(o0[i]) for i in idx), sum(fn(o1[i]) for i in idx)
                lines.append(f"| {k} | {groups[0]} | {mname} | {len(idx)} | {a} | {b} | {b - a:+d} |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
