"""Score a round-12 validation file (r12scene helper): per half, must-block blocked %, must-flag
sexual %, real_person %, must-allow allowed %. No prompt text is printed unless --show is given."""

from __future__ import annotations

import argparse
import csv
import sys

from nciiguard import Guard


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", choices=["tune", "check", "both"], default="both")
    ap.add_argument("--show", action="store_true", help="print failing rows (tune half only)")
    a = ap.parse_args()
    g = Guard("ncii", preload=True)
    with open(a.file, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    halves = ["tune", "check"] if a.half == "both" else [a.half]
    for half in halves:
        st = {"block": [0, 0], "sexual": [0, 0], "real_person": [0, 0], "allow": [0, 0]}
        for r in rows:
            if r["half"] != half:
                continue
            d = g.screen_prompt(r["text"])
            cats = {k for k, v in d.categories.items() if v}
            exp = r["expect"]
            if exp == "allow":
                ok = d.action.value == "allow"
                st["allow"][0] += ok
                st["allow"][1] += 1
            else:
                blocked = d.action.value == "block"
                if exp == "block":
                    st["block"][0] += blocked
                    st["block"][1] += 1
                ok = blocked if exp == "block" else (exp in cats)
                st["sexual"][0] += "sexual" in cats
                st["sexual"][1] += 1
                st["real_person"][0] += "real_person" in cats
                st["real_person"][1] += 1
            if a.show and half == "tune" and not ok:
                print("  FAIL", r["id"], r["expect"], d.action.value, sorted(cats), r["lang"], r["text"], file=sys.stderr)
        parts = [f"{k} {v[0]}/{v[1]} ({100 * v[0] / max(v[1], 1):.1f}%)" for k, v in st.items()]
        print(f"[{half}] must-block blocked: {parts[0]} | flag sexual: {parts[1]} | real_person: {parts[2]} | must-allow allowed: {parts[3]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
