"""Score a round-12 validation file (branch r12private): per half, the share of rows the guard treats as expected.

Usage: PYTHONPATH=src python bench/round12_r12private_score.py --file bench/data/round12/r12private_validation.tsv
       [--show-misses] (prints ids of missed rows only, never prompt text)

Columns: id, half (tune|check), expect (block|sexual|real_person|allow), lang, text.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", default=None)
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args()
    import nciiguard

    guard = nciiguard.Guard("ncii", preload=True)
    with open(a.file, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for r in rows:
        if a.half and r["half"] != a.half:
            continue
        d = guard.screen_prompt(r["text"])
        cats = {k for k, v in d.categories.items() if v} if isinstance(d.categories, dict) else set(d.categories)
        act = d.action.value
        exp = r["expect"]
        if exp == "block":
            ok = act == "block"
        elif exp == "sexual":
            ok = "sexual" in cats
        elif exp == "real_person":
            ok = "real_person" in cats
        else:
            ok = act != "block"
        t = tally[(r["half"], exp)]
        t[0] += ok
        t[1] += 1
        if not ok:
            misses.append((r["half"], r["id"], exp, r["lang"], act, ",".join(sorted(cats))))
    for (half, exp), (ok, n) in sorted(tally.items()):
        print(f"{half:6s} {exp:12s} {ok:4d}/{n:<4d} {100.0 * ok / n:5.1f}%")
    if a.show_misses:
        for m in misses:
            print("MISS", *m, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
