#!/usr/bin/env python
"""Score a round-12 validation file (id, half, expect, lang, text) with the ncii guard.

    PYTHONPATH=src .venv/bin/python bench/round12_r12lang_score.py --file bench/data/round12/r12lang_validation.tsv

Prints per half: must-block blocked %, must-flag-sexual %, real_person %, must-allow allowed %.
With ``--misses`` it prints the ids (never the text) of the rows that failed, per half.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", choices=("tune", "check", "all"), default="all")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    from nciiguard import Guard
    g = Guard("ncii", preload=True)
    stats: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses = defaultdict(list)
    with open(args.file, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if args.half != "all" and row["half"] != args.half:
                continue
            d = g.screen_prompt(row["text"])
            act, cats = d.action.value, {k for k, v in d.categories.items() if v}
            exp, h = row["expect"], row["half"]
            ok = {"block": act == "block", "sexual": "sexual" in cats,
                  "real_person": "real_person" in cats, "allow": act == "allow"}[exp]
            stats[h][exp][0] += ok
            stats[h][exp][1] += 1
            if exp == "block":
                stats[h]["block:sexual"][0] += "sexual" in cats
                stats[h]["block:sexual"][1] += 1
                stats[h]["block:real_person"][0] += "real_person" in cats
                stats[h]["block:real_person"][1] += 1
            if not ok:
                misses[h].append(f"{row['id']}({row['lang']},{act})")
    for h in sorted(stats):
        parts = [f"{k}: {a}/{b} = {100 * a / b:.1f}%" for k, (a, b) in sorted(stats[h].items())]
        print(f"[{h}] " + " | ".join(parts))
        if args.misses:
            print(f"  misses: {' '.join(misses[h])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
