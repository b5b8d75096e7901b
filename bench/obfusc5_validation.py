#!/usr/bin/env python
"""obfusc5's validation (issue 10): sexual words in disguise (split by a space, reversed, cut into
syllables by marks, leet/look-alikes/invisible characters/phonetic spellings) in twelve languages,
with must-allow twins (bench/obfusc5_data.py, written before any change to the guard).

    PYTHONPATH=src NCIIGUARD_DATA=/work/shared/data .venv/bin/python bench/obfusc5_validation.py [--half tune|check|both]

The measure is the ``sexual`` category of the whole ``ncii`` Guard's decision: a must-flag row is
caught when ``categories["sexual"]`` is true; a twin is allowed when it is false. Misses of the
``tune`` half are listed; the ``check`` half is counted only (read it once, at the end).
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
from obfusc5_data import split  # noqa: E402


def _reasons(decision) -> str:
    out = []
    for r in decision.results:
        for f in r.findings:
            if r.signal in ("sexual_text", "semantic_sexual_text") and f.label != "learned":
                rule = f.evidence.get("rule") or ("fuzzy" if f.evidence.get("fuzzy") else "")
                out.append(f"{f.label}:{f.evidence.get('term', '')}{'/' + rule if rule else ''}")
    return ", ".join(out)[:120]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tune", "check", "both"), default="tune")
    args = ap.parse_args()
    g = Guard("ncii", resources=Resources())
    halves = split()
    names = ("tune", "check") if args.half == "both" else (args.half,)
    for half in names:
        flags, twins = halves[half]["flag"], halves[half]["twin"]
        agg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        misses = []
        for cls, lg, text in flags:
            d = g.screen_prompt(text)
            hit = bool(d.categories.get("sexual"))
            for k in (cls, "all"):
                agg[k][0] += 1
                agg[k][1] += hit
            lang[lg][0] += 1
            lang[lg][1] += hit
            if not hit and half == "tune":
                misses.append(f"  MISS {cls}/{lg}: {text!r}")
        tagg: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for grp, lg, text in twins:
            d = g.screen_prompt(text)
            ok = not d.categories.get("sexual")
            for k in (grp, "all"):
                tagg[k][0] += 1
                tagg[k][1] += ok
            lang[lg][2] += 1
            lang[lg][3] += ok
            if not ok and half == "tune":
                misses.append(f"  FP   {grp}/{lg}: {text!r} [{_reasons(d)}]")
        print(f"== {half}")
        for k in sorted(agg):
            n, h = agg[k]
            print(f"  must-flag {k:10s} {h}/{n} ({100 * h / n:.1f}%)")
        for k in sorted(tagg):
            n, h = tagg[k]
            print(f"  twins ok  {k:12s} {h}/{n} ({100 * h / n:.1f}%)")
        print("  per language (flag caught / twins ok): " + "  ".join(
            f"{k} {v[1]}/{v[0]} {v[3]}/{v[2]}" for k, v in sorted(lang.items())))
        print("\n".join(misses))
    g.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
