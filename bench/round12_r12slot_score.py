"""Score a round-12 validation TSV (id, half, expect, lang, text) per half.

block: action is block; sexual: the sexual category is set and the action is not block;
real_person: the real_person category is set; allow: action is allow. ``--show`` prints the ids
(never the text) of the rows that fail.
"""
from __future__ import annotations

import argparse
import csv
from collections import defaultdict

from nciiguard import Guard


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", default=None)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    guard = Guard("ncii", preload=True)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failed = []
    with open(args.file, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if args.half and row["half"] != args.half:
                continue
            d = guard.screen_prompt(row["text"])
            act, cat = d.action.value, d.categories
            exp = row["expect"]
            ok = {"block": act == "block",
                  "sexual": bool(cat.get("sexual")) and act != "block",
                  "real_person": bool(cat.get("real_person")),
                  "allow": act == "allow"}[exp]
            t = tally[(row["half"], exp)]
            t[0] += ok
            t[1] += 1
            if not ok:
                failed.append((row["id"], row["half"], exp, row["lang"], act))
    for (half, exp), (ok, n) in sorted(tally.items()):
        print(f"{half:6s} {exp:12s} {ok:4d}/{n:<4d} {100.0 * ok / n:5.1f}%")
    if args.show:
        for f in failed:
            print("FAIL", *f)


if __name__ == "__main__":
    main()
