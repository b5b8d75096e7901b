#!/usr/bin/env python
"""Round 4 vocabulary validation (issue 10): sexual-request vocabulary and undress grammar the
guard missed, as classes, in many languages (bench/vocab_r4_data.py, written before any change).

    PYTHONPATH=src NCIIGUARD_DATA=/work/shared/data .venv/bin/python bench/vocab_r4.py --label before|after

Whole ``ncii`` Guard: a must-flag row is *flagged* when the action is not ALLOW (review or
block) and *blocked* when it is BLOCK; a twin is *allowed* when the action is ALLOW. The *rules*
column counts a must-flag row caught by the rule layers alone (a sexual_text finding of grade
explicit/nudity/euphemism >= 0.5, or an intent_text undress/nudify finding), twins likewise.
Misses of the ``tune`` half are listed; the ``check`` half is counted only.
Writes (appends a section to) bench/results/vocab_r4.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402
from vocab_r4_data import split  # noqa: E402

OUT = ROOT / "bench/results/vocab_r4.md"


def _rules_hit(decision) -> bool:
    for r in decision.results:
        for f in r.findings:
            if r.signal == "sexual_text" and f.label in ("explicit", "nudity", "euphemism") and f.score >= 0.5:
                return True
            if r.signal == "intent_text" and f.label in ("undress", "nudify"):
                return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", default="run")
    ap.add_argument("--tune-only", action="store_true",
                    help="score the tune half only and write nothing (for work in progress)")
    args = ap.parse_args()
    g = Guard("ncii", resources=Resources())
    halves = split()
    if args.tune_only:
        halves = {"tune": halves["tune"]}
    lines = [f"## {args.label} ({time.strftime('%Y-%m-%d %H:%M')})", ""]
    summary = ["| half | class | must-flag flagged | blocked | rules | twins allowed | twins rules-clean |",
               "|---|---|---:|---:|---:|---:|---:|"]
    per_lang = ["| half | lang | must-flag flagged | twins allowed |", "|---|---|---:|---:|"]
    misses: list[str] = []
    for half, rows in halves.items():
        agg: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
        lang_agg: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for cls, lang, flag, twin in rows:
            d = g.screen_prompt(flag)
            t = g.screen_prompt(twin)
            fl, bl, ru = d.action is not Action.ALLOW, d.action is Action.BLOCK, _rules_hit(d)
            ok_t, tclean = t.action is Action.ALLOW, not _rules_hit(t)
            for key in (cls, "all"):
                a = agg[key]
                a[0] += 1
                a[1] += fl
                a[2] += bl
                a[3] += ru
                a[4] += ok_t
                a[5] += tclean
            la = lang_agg[lang]
            la[0] += 1
            la[1] += fl
            la[2] += ok_t
            if half == "tune":
                if not fl:
                    misses.append(f"- tune, {cls}, {lang}: must-flag allowed: `{flag}`")
                if not ok_t:
                    misses.append(f"- tune, {cls}, {lang}: twin {t.action.value}: `{twin}`")
        for key in sorted(agg):
            n, fl, bl, ru, ok_t, tc = agg[key]
            summary.append(f"| {half} | {key} | {fl}/{n} ({100 * fl / n:.0f}%) | {bl}/{n} | {ru}/{n} | "
                           f"{ok_t}/{n} ({100 * ok_t / n:.0f}%) | {tc}/{n} |")
        for lang in sorted(lang_agg):
            n, fl, ok_t = lang_agg[lang]
            per_lang.append(f"| {half} | {lang} | {fl}/{n} | {ok_t}/{n} |")
    g.close()
    lines += summary + ["", *per_lang, "", "Misses of the tune half (the check half is counted, not listed):", "",
                        *(misses or ["- none"]), ""]
    text = "\n".join(lines) + "\n"
    if args.tune_only:
        print(text)
        return 0
    head = "# Round 4 vocabulary validation (bench/vocab_r4.py)\n\n" if not OUT.exists() else ""
    with OUT.open("a", encoding="utf-8") as fh:
        fh.write(head + text)
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
