"""Score a round-12 validation file (id, half, expect, lang, text) with the ncii profile.

Prints per half: must-block blocked %, must-flag-sexual %, real_person %, must-allow allowed %.
``--show`` lists the failing row ids (never the prompt text: ids only, as the privacy rule asks).
Usage: PYTHONPATH=src python bench/round12_r12decode_score.py --file bench/data/round12/r12decode_validation.tsv
"""

from __future__ import annotations

import argparse
import csv
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", choices=("tune", "check", "both"), default="both")
    ap.add_argument("--show", action="store_true", help="print ids of failing rows")
    args = ap.parse_args()
    import nciiguard

    guard = nciiguard.Guard("ncii", preload=True)
    with open(args.file, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    halves = ("tune", "check") if args.half == "both" else (args.half,)
    for half in halves:
        n = {"block": [0, 0], "sexual": [0, 0], "real_person": [0, 0], "allow": [0, 0]}
        fails = []
        for r in rows:
            if r["half"] != half:
                continue
            d = guard.screen_prompt(r["text"])
            cats = {k for k, v in d.categories.items() if v}
            act = d.action.value
            exp = r["expect"]
            if exp == "block":
                ok = act == "block"
                n["block"][0] += ok; n["block"][1] += 1
                n["sexual"][0] += "sexual" in cats; n["sexual"][1] += 1
                n["real_person"][0] += "real_person" in cats; n["real_person"][1] += 1
            elif exp == "sexual":
                ok = "sexual" in cats
                n["sexual"][0] += ok; n["sexual"][1] += 1
            elif exp == "real_person":
                ok = "real_person" in cats
                n["real_person"][0] += ok; n["real_person"][1] += 1
            else:
                ok = act == "allow" and "sexual" not in cats
                n["allow"][0] += ok; n["allow"][1] += 1
            if not ok:
                fails.append((r["id"], exp, act, ",".join(sorted(cats)), ",".join(sorted({x.code for x in d.reasons}))))
        print(f"[{half}] " + "  ".join(
            f"{k}: {a}/{b} = {100.0 * a / b:.1f}%" for k, (a, b) in
            (("must-block blocked", n["block"]), ("must-flag sexual", n["sexual"]),
             ("real_person", n["real_person"]), ("must-allow allowed", n["allow"])) if b))
        if args.show:
            for fl in fails:
                print("  FAIL", *fl, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
