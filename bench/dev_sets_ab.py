"""The development sets (devml, dev10, and v11 since it was retired to development) on two code trees.

Per set and group, the issue-10 measure of the group (`bench/heldout.py`: blocked for sexual requests
about a person, flagged sexual for soup and adversarial rows, wrongly flagged for every must-pass group)
and the share of rows where a real person was read, for the tree before and the tree after, under one
profile on both. These sets are development data (read and tuned on); this is where a change's false
flags are looked for before any never-seen set is read.

    PYTHONPATH=src .venv/bin/python bench/dev_sets_ab.py --before /path/to/old/src [--after src] [--profile ncii_strict] [--retired]

``--retired`` adds every held-out set whose issue table has been read (all of bench/heldout.py's sets but
those in ``heldout.UNREAD``, the never-seen sets): v1-v14 during round 15, v1-v15 after it.

Writes bench/results/<name>.md (default dev_sets_ab). No prompt text is written.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from _common import markdown_table, readable_sets, write_results
from tree_worker import screen_in_tree

ROOT = Path(__file__).resolve().parents[1]
SETS = {"v11": "heldout11/heldout11.tsv", "devml": "devml/devml.tsv", "dev10": "dev10/dev10.tsv"}


def retired_sets() -> dict[str, str]:
    """The held-out sets whose issue tables have been read (every set of bench/heldout.py but those in
    ``heldout.UNREAD``, the never-seen sets no one reads while tuning), keyed as there."""
    return {k: hs.tsv.relative_to(ROOT / "bench" / "data").as_posix() for k, hs in readable_sets().items()}


def run(src: str, profile: str, sets: dict[str, str] = SETS) -> dict:
    """Per set, ``[group, expect_sexual, expect_action, action, sexual, real_person]`` of each row."""
    rows = {}
    for key, rel in sets.items():
        with open(ROOT / "bench" / "data" / rel, encoding="utf-8", newline="") as fh:
            rows[key] = list(csv.DictReader(fh, delimiter="\t"))
    res = iter(screen_in_tree(src, [r["text"] for key in sets for r in rows[key]], profile))  # one guard load
    # dev10 writes its labels "yes"/"no", the held-out sets "1"/"0": one spelling here (dev10's sexual
    # requests were counted as must-pass rows before round 14).
    return {key: [[r["group"], "1" if r["expect_sexual"] in ("1", "yes") else "0", r["expect_action"], *next(res)]
                  for r in rows[key]] for key in sets}


def hit(expect_sexual: str, expect_action: str, action: str, sexual: bool) -> bool:
    """The group's measure (see the module docstring)."""
    if expect_sexual == "1":
        return action == "block" if expect_action == "block" else sexual
    return sexual or action != "allow"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="src/ of the tree before the change")
    ap.add_argument("--after", default=str(ROOT / "src"))
    ap.add_argument("--profile", default="ncii")
    ap.add_argument("--name", default="dev_sets_ab")
    ap.add_argument("--retired", action="store_true",
                    help="also every held-out set whose issue table has been read (not heldout.UNREAD)")
    args = ap.parse_args(argv)
    sets = {**SETS, **retired_sets()} if args.retired else SETS
    before, after = run(args.before, args.profile, sets), run(args.after, args.profile, sets)
    table = []
    for key in sets:
        groups = sorted({r[0] for r in before[key]})
        for g in groups:
            idx = [i for i, r in enumerate(before[key]) if r[0] == g]
            first = before[key][idx[0]]
            measure = ("blocked" if first[2] == "block" else "flagged sexual") if first[1] == "1" else "wrongly flagged"
            cells = []
            for side in (before, after):
                rows = [side[key][i] for i in idx]
                k = sum(hit(r[1], r[2], r[3], r[4]) for r in rows)
                cells += [k, f"{100 * k / len(rows):.1f}", f"{100 * sum(r[5] for r in rows) / len(rows):.1f}"]
            table.append([key, g, measure, len(idx), *cells])
    body = (f"Profile `{args.profile}` on both trees. Before: `{args.before}`; after: `{args.after}`.\n\n"
            + markdown_table(["set", "group", "measure", "n", "before k", "before %", "before real person %",
                              "after k", "after %", "after real person %"], table))
    path = write_results(args.name, "Development sets before and after, side by side", [("Per group", body)],
                         command=f"PYTHONPATH=src .venv/bin/python bench/dev_sets_ab.py --before <old src> "
                                 f"--profile {args.profile}" + (" --retired" if args.retired else ""))
    print(body)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
