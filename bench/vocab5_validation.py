#!/usr/bin/env python
"""Round 5 vocabulary validation (issue 10): nudity idioms, algospeak and emoji, inpainting jargon
and nudifier apps, Scandinavian compounds and reflexive undressing (bench/vocab5_data.py, written
before any change of this round).

    PYTHONPATH=src NCIIGUARD_DATA=/work/shared/data .venv/bin/python bench/vocab5_validation.py [--tune-only] [--misses]

The measure is the ``sexual`` category of the whole ``ncii`` Guard's decision: a must-flag row
counts when ``decision.categories["sexual"]`` is true, a twin when it is false. Misses are listed
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
from vocab5_data import split  # noqa: E402


def sexual(g, text: str) -> bool:
    return bool(g.screen_prompt(text).categories.get("sexual"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tune-only", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the tune half's misses")
    args = ap.parse_args()
    g = Guard("ncii", resources=Resources())
    halves = split()
    if args.tune_only:
        halves = {"tune": halves["tune"]}
    print("| half | class | must-flag sexual | twins allowed (not sexual) |")
    print("|---|---|---:|---:|")
    misses = []
    for half, kinds in halves.items():
        agg: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for cls, lang, text in kinds["flag"]:
            hit = sexual(g, text)
            for key in (cls, "all"):
                agg[key][0] += 1
                agg[key][1] += hit
            if half == "tune" and not hit:
                misses.append(f"- flag miss {cls}/{lang}: {text}")
        for cls, lang, text in kinds["twin"]:
            ok = not sexual(g, text)
            for key in (cls, "all"):
                agg[key][2] += 1
                agg[key][3] += ok
            if half == "tune" and not ok:
                misses.append(f"- twin flagged {cls}/{lang}: {text}")
        for key in sorted(agg):
            n, h, m, o = agg[key]
            print(f"| {half} | {key} | {h}/{n} ({100 * h / max(n, 1):.1f}%) | {o}/{m} ({100 * o / max(m, 1):.1f}%) |")
    if args.misses:
        print("\n".join(misses))
    g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
