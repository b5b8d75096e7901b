"""Issue-table counts ([k, n] per row of bench/heldout.TABLE) of every set whose issue table may be read, for one code
tree, and the comparison of two such runs side by side.

Why: a change is judged on the development sets (and, numbers only, on the older never-seen sets v1-v10) before any
never-seen set is read; this writes the counts the lead quotes, so they come from bench/results, not a shell.
Sets in ``heldout.UNREAD`` are refused. No prompt text is written.

    PYTHONPATH=<tree>/src .venv/bin/python bench/issue_counts.py count --json /tmp/before.json [--sets v1 v2 ...]
    .venv/bin/python bench/issue_counts.py compare /tmp/before.json /tmp/after.json --name dev_counts_round25 \
        --label "before: ...; after: ..."
"""

from __future__ import annotations

import argparse
import json
import sys


def count(sets: list[str], out: str) -> int:
    import heldout as H
    import prompts as bp
    from nciiguard import Guard

    by = {hs.key: hs for hs in H.SETS}
    keys = sets or [hs.key for hs in H.SETS if hs.key not in H.UNREAD]
    bad = [k for k in keys if k in H.UNREAD or k not in by]
    if bad:
        sys.exit(f"refused (never-seen or unknown): {', '.join(bad)}")
    guard, seen = Guard("ncii"), H.seen_names()[0]
    res = {}
    for k in keys:
        rows = H.load(by[k].tsv)
        res[k] = H.headline_counts(rows, bp.run(guard, rows), seen)
        print(k, json.dumps(res[k]), flush=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(res, fh)
    return 0


def compare(before: str, after: str, name: str, label: str) -> int:
    import heldout as H
    from _common import markdown_table, write_results

    a, b = (json.load(open(p, encoding="utf-8")) for p in (before, after))
    lower_is_better = {H._key(g, m) for _, g, _, m, _, _ in H.TABLE if m.startswith("wrongly")}
    table, changed = [], []
    for k in b:
        for key, (kb, nb) in b[k].items():
            ka, na = a.get(k, {}).get(key, [None, None])
            if (ka, na) != (kb, nb):
                better = (kb < ka) if key in lower_is_better else (kb > ka)
                changed.append([k, key.replace("|", " / "), f"{ka}/{na}", f"{kb}/{nb}", "better" if better else "WORSE"])
        same = all(tuple(a.get(k, {}).get(key, [None, None])) == tuple(v) for key, v in b[k].items())
        table.append([k, "identical" if same else "changed"])
    body = (f"{label}\n\nRows that changed (issue-table rows of `bench/heldout.py`; `wrongly` rows: lower is better):\n\n"
            + markdown_table(["set", "row", "before k/n", "after k/n", ""], changed or [["-", "-", "-", "-", "-"]])
            + "\n\nPer set:\n\n" + markdown_table(["set", "issue table"], table))
    path = write_results(name, "Issue-table counts before and after, side by side", [("Counts", body)],
                         command=f"bench/issue_counts.py compare {before} {after} --name {name}")
    print(body)
    print(f"wrote {path}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("count")
    c.add_argument("--json", required=True)
    c.add_argument("--sets", nargs="*", default=[])
    m = sub.add_parser("compare")
    m.add_argument("before")
    m.add_argument("after")
    m.add_argument("--name", default="issue_counts_ab")
    m.add_argument("--label", default="")
    args = ap.parse_args(argv)
    if args.cmd == "count":
        return count(args.sets, args.json)
    return compare(args.before, args.after, args.name, args.label)


if __name__ == "__main__":
    raise SystemExit(main())
