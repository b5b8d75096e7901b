"""Issue-table counts ([k, n] per row of bench/heldout.TABLE) of every set whose issue table may be read, for one code
tree, and the comparison of two such runs side by side.

Why: a change is judged on the development sets (and, numbers only, on the older never-seen sets v1-v10) before any
never-seen set is read; this writes the counts the lead quotes, so they come from bench/results, not a shell.
Sets in ``heldout.UNREAD`` are refused. No prompt text is written.

A full count of every development set takes over an hour on a loaded machine. A change that can only move rows its
new reader fires on is measured differentially: ``count --outcomes`` keeps each row's outcome (action, sexual, real
person; ids only), ``count --ids`` runs the new tree on the candidate rows alone, and ``patch`` lays those outcomes
over the stored full run and recounts every set, giving the same counts a full run would if no other row moved.

    PYTHONPATH=<tree>/src .venv/bin/python bench/issue_counts.py count --json /tmp/before.json [--sets v1 v2 ...]
        [--outcomes /tmp/before_rows.json] [--ids /tmp/ids.txt]
    .venv/bin/python bench/issue_counts.py report bench/results/prompts.md --json /tmp/after.json
    PYTHONPATH=<tree>/src .venv/bin/python bench/issue_counts.py patch /tmp/before_rows.json /tmp/new_rows.json \
        --json /tmp/after.json
    .venv/bin/python bench/issue_counts.py compare /tmp/before.json /tmp/after.json --name dev_counts_round25 \
        --label "before: ...; after: ..."
"""

from __future__ import annotations

import argparse
import json
import sys

from _common import markdown_table, readable_sets, write_results


def _read_ids(path: str | None) -> set[str] | None:
    if not path:
        return None
    with open(path, encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip()}


class _Stored:
    """A row outcome read back from ``--outcomes`` (the three fields the issue table measures)."""

    __slots__ = ("action", "sexual", "real_person")

    def __init__(self, triple):
        self.action, self.sexual, self.real_person = triple[0], bool(triple[1]), bool(triple[2])


def count(sets: list[str], out: str, outcomes: str | None = None, ids: str | None = None) -> int:
    import heldout as H
    import prompts as bp
    from nciiguard import Guard

    chosen, only = readable_sets(sets), _read_ids(ids)
    guard, seen = Guard("ncii"), H.seen_names()[0]
    res, per_row = {}, {}
    for k, hs in chosen.items():
        rows = [r for r in H.load(hs.tsv) if only is None or r.id in only]
        outs = bp.run(guard, rows)
        per_row[k] = {r.id: [o.action, o.sexual, o.real_person] for r, o in zip(rows, outs)}
        res[k] = H.headline_counts(rows, outs, seen)
        print(k, len(rows), json.dumps(res[k]), flush=True)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(res, fh)
    if outcomes:
        with open(outcomes, "w", encoding="utf-8") as fh:
            json.dump(per_row, fh)
    return 0


def from_report(report: str, out: str, sets: list[str]) -> int:
    """The issue-table counts of the readable sets as bench/prompts.py reported them (``report``:
    bench/results/prompts.md), matched to the sets by the set key that opens their section heading ("Never
    seen v27 (...)", "v27, retired to development ..."), so a report written before a set was retired still
    reads: a full run's counts without a second hour-long count. Never-seen sets are skipped unread (their
    sections are not parsed)."""
    import re

    import heldout as H

    chosen = readable_sets(sets)
    res: dict[str, dict[str, list[int]]] = {}
    key = None
    with open(report, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("## "):
                title = re.sub(r"^## (?:3\.\d+\.|3[a-z]\.?)\s*", "", line.rstrip("\n"))
                m = re.match(r"(?:Never seen )?(v\d+)\b[ ,]", title)
                key = m.group(1) if m and m.group(1) in chosen else None
                continue
            if key is None or not line.startswith("| ") or line.startswith("| measured"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 5 or not re.fullmatch(r"[\d,]+", cells[3]) or not re.fullmatch(r"[\d,]+", cells[4]):
                continue
            row = f"{cells[1]}|{cells[2]}"
            if row in {H._key(g, m) for _, g, _, m, _, _ in H.TABLE}:
                res.setdefault(key, {}).setdefault(row, [int(cells[4].replace(",", "")), int(cells[3].replace(",", ""))])
    missing = [k for k in chosen if k not in res]
    if missing:
        sys.exit(f"{report}: no issue table for {', '.join(missing)}")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(res, fh)
    print(f"{len(res)} sets' counts written to {out}")
    return 0


def patch(base: str, new: str, out: str) -> int:
    """Lay ``new`` row outcomes over ``base`` (a full run) and recount every set of ``base``."""
    import heldout as H

    a, b = (json.load(open(p, encoding="utf-8")) for p in (base, new))
    chosen, seen = readable_sets(list(a)), H.seen_names()[0]
    res, moved = {}, 0
    for k, hs in chosen.items():
        rows = H.load(hs.tsv)
        missing = [r.id for r in rows if r.id not in a[k]]
        if missing:
            sys.exit(f"{base}: set {k} lacks {len(missing)} rows (not a full run)")
        merged = {**a[k], **b.get(k, {})}
        moved += sum(1 for i, v in b.get(k, {}).items() if a[k].get(i) != v)
        res[k] = H.headline_counts(rows, [_Stored(merged[r.id]) for r in rows], seen)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(res, fh)
    print(f"{moved} row outcomes differ from {base}; counts written to {out}")
    return 0


def compare(before: str, after: str, name: str, label: str) -> int:
    import heldout as H

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
    c.add_argument("--outcomes", help="also write each row's outcome (ids, action, sexual, real person)")
    c.add_argument("--ids", help="file of row ids (one per line): run these rows only")
    r = sub.add_parser("report", help="the counts of a bench/prompts.py report (bench/results/prompts.md)")
    r.add_argument("report")
    r.add_argument("--json", required=True)
    r.add_argument("--sets", nargs="*", default=[])
    p = sub.add_parser("patch")
    p.add_argument("base", help="--outcomes of a full run")
    p.add_argument("new", help="--outcomes of a run on some rows")
    p.add_argument("--json", required=True)
    m = sub.add_parser("compare")
    m.add_argument("before")
    m.add_argument("after")
    m.add_argument("--name", default="issue_counts_ab")
    m.add_argument("--label", default="")
    args = ap.parse_args(argv)
    if args.cmd == "count":
        return count(args.sets, args.json, args.outcomes, args.ids)
    if args.cmd == "report":
        return from_report(args.report, args.json, args.sets)
    if args.cmd == "patch":
        return patch(args.base, args.new, args.json)
    return compare(args.before, args.after, args.name, args.label)


if __name__ == "__main__":
    raise SystemExit(main())
