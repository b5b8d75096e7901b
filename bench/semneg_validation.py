#!/usr/bin/env python
"""Semantic-head false positives and recall (issue 10, helper "semneg"): bench/semneg_data.py,
written before the semantic head was retrained.

    PYTHONPATH=src NCIIGUARD_DATA=/work/shared/data .venv/bin/python bench/semneg_validation.py [--tune-only] [--misses]

The measure is the ``sexual`` category of the whole ``ncii`` Guard's decision: a must-flag row
counts when ``decision.categories["sexual"]`` is true, a must-allow row (edit, foreign, describe,
twin) when it is false. Two diagnostic columns: must-allow rows the semantic signal
(``semantic_sexual_text``) fired on, and must-allow rows whose action is ``allow``. Misses are listed
for the ``tune`` half only (``--misses``); the ``check`` half is counted, never listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from nciiguard import Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402
from semneg_data import split  # noqa: E402


def read(g, text: str) -> tuple[bool, bool, bool, str]:
    """(sexual category, semantic signal fired, action allow, signals with findings)."""
    d = g.screen_prompt(text)
    fired = [r.signal for r in d.results if r.findings]
    return (bool(d.categories.get("sexual")), "semantic_sexual_text" in fired, d.action.value == "allow",
            ",".join(fired))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune-only", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the tune half's misses")
    args = ap.parse_args()
    g = Guard("ncii", resources=Resources())
    halves = split()
    if args.tune_only:
        halves = {"tune": halves["tune"]}
    print("| half | class | must-flag sexual | must-allow not sexual | must-allow: semantic fired | must-allow: action allow |")
    print("|---|---|---:|---:|---:|---:|")
    misses = []
    for half, kinds in halves.items():
        agg: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
        for cls, lang, text in kinds["flag"]:
            hit = read(g, text)[0]
            for key in (cls, "all flag"):
                agg[key][0] += 1
                agg[key][1] += hit
            if half == "tune" and not hit:
                misses.append(f"- flag miss {cls}/{lang}: {text}")
        for cls, lang, text in kinds["allow"]:
            sex, sem, allow, fired = read(g, text)
            for key in (cls, "all allow"):
                agg[key][2] += 1
                agg[key][3] += not sex
                agg[key][4] += sem
                agg[key][5] += allow
            if half == "tune" and (sex or sem):
                misses.append(f"- allow flagged {cls}/{lang} [{fired}]: {text}")
        for key in sorted(agg):
            n, h, m, o, s, a = agg[key]
            pct = lambda x, d: f"{x}/{d} ({100 * x / d:.1f}%)" if d else "-"  # noqa: E731
            print(f"| {half} | {key} | {pct(h, n)} | {pct(o, m)} | {pct(s, m)} | {pct(a, m)} |")
    if args.misses:
        print("\n".join(misses))
    g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
