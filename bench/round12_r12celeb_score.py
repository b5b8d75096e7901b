"""Score a round-12 validation file (branch r12celeb): per half, must-block blocked %, must-flag-sexual %
(and not blocked), real_person % (ordinary prompts: real person read and allowed), must-allow allowed %
(and no real person read). Prints no prompt text unless --show-misses.

    PYTHONPATH=src python bench/round12_r12celeb_score.py --file bench/data/round12/r12celeb_validation.tsv
"""

from __future__ import annotations

import argparse
import csv
import sys


def outcome(d) -> dict:
    c = d.categories
    return {"action": d.action.value, "sexual": bool(c.get("sexual")), "real_person": bool(c.get("real_person")),
            "codes": " ".join(sorted({r.code for r in d.reasons}))}


def passes(expect: str, o: dict) -> bool:
    if expect == "block":
        return o["action"] == "block"
    if expect == "sexual":
        return o["sexual"] and o["action"] != "block"
    if expect == "real_person":
        return o["real_person"] and o["action"] == "allow"
    return o["action"] == "allow" and not o["real_person"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", required=True)
    ap.add_argument("--half", choices=("tune", "check", "both"), default="both")
    ap.add_argument("--show-misses", action="store_true", help="print the ids and texts of misses (tune only)")
    a = ap.parse_args(argv)
    import nciiguard

    g = nciiguard.Guard("ncii", preload=True)
    with open(a.file, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    stats: dict = {}
    for r in rows:
        if a.half != "both" and r["half"] != a.half:
            continue
        o = outcome(g.screen_prompt(r["text"]))
        ok = passes(r["expect"], o)
        s = stats.setdefault(r["half"], {}).setdefault(r["expect"], [0, 0])
        s[0] += ok
        s[1] += 1
        if not ok and a.show_misses and r["half"] == "tune":
            print(f"MISS {r['id']} {r['expect']:<11} {o['action']:<6} s={int(o['sexual'])} p={int(o['real_person'])} "
                  f"[{o['codes']}] | {r['text']}")
    g.close()
    names = {"block": "must-block blocked", "sexual": "must-flag sexual (not blocked)",
             "real_person": "real person read, allowed", "allow": "must-allow allowed (no person)"}
    for half in ("tune", "check"):
        if half not in stats:
            continue
        print(f"[{half}]")
        for e in ("block", "sexual", "real_person", "allow"):
            if e in stats[half]:
                k, n = stats[half][e]
                print(f"  {names[e]:<34} {k:>3}/{n:<3} {100 * k / n:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
