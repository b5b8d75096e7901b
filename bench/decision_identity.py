"""Do two guards decide alike? Decisions of two trees (or one tree with its start-up caches on and off) on the
development sets and the benign development prompts; counts of differing rows, ids only.

    # this tree, start-up caches as shipped vs all off (the caches must never change a decision)
    .venv/bin/python bench/decision_identity.py --caches
    # this tree vs another checkout (make it yourself, e.g. `git worktree add /tmp/base <commit>`)
    .venv/bin/python bench/decision_identity.py --other /tmp/base
    # fewer rows: some sets, the first N benign prompts of each source
    .venv/bin/python bench/decision_identity.py --caches --sets v23,v22 --rows 1000 --benign 2000

A decision is (action, the categories set true, the sorted reason codes) of ``Guard("ncii").screen_prompt``.
Each side runs in its own fresh process (``PYTHONPATH`` = that tree's ``src``) over the same rows, read by
this tree's bench code: the development sets v11 onwards (bench/heldout.py; never-seen sets are refused) and the
benign prompt sources the lexicon's ``--check-benign`` reads (../shared/data/prompts/benign: COCO, TIFA,
GenEval, Six-CD benign). The two sides run at the same time (one core each).

Writes bench/results/<out>.md: per source, rows compared and rows differing (in action, categories or codes),
and up to 20 ids of differing rows per source. Never a prompt's text.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _common  # noqa: E402  (pins thread pools first)

ROOT = HERE.parent
import heldout as _H  # noqa: E402

#: The development sets: v11 onwards, every one retired from never-seen (round 29: v24-v28 too; v1-v10 are numbers
#: only and the never-seen sets of ``heldout.UNREAD`` are refused).
DEV_SETS = tuple(sorted((h.key for h in _H.SETS if int(h.key[1:]) >= 11 and h.key not in _H.UNREAD),
                        key=lambda k: int(k[1:])))


#: The numbers-only sets (v1-v10): compared with ``--numbers-only`` (ids and counts only; never a row's text).
NUMBERS_ONLY_SETS = tuple(sorted((h.key for h in _H.SETS if int(h.key[1:]) <= 10 and h.key not in _H.UNREAD),
                                 key=lambda k: int(k[1:])))


def dev_rows(keys, limit: int | None = None, numbers_only: bool = False) -> list[tuple[str, str, str]]:
    """(source, id, text) of the development sets ``keys`` (:data:`DEV_SETS` only, and :data:`NUMBERS_ONLY_SETS`
    with ``numbers_only``; the first ``limit`` rows of each)."""
    import heldout as H

    by = {h.key: h for h in H.SETS}
    allowed = DEV_SETS + (NUMBERS_ONLY_SETS if numbers_only else ())
    out = []
    for key in keys:
        if key not in allowed or key in H.UNREAD:
            raise SystemExit(f"refusing {key}: only the development sets {DEV_SETS[0]}-{DEV_SETS[-1]}")
        out += [(key, r.id, r.text) for r in H.load(by[key].tsv)[:limit]]
    return out


def benign_rows(limit: int | None) -> list[tuple[str, str, str]]:
    """(source, id, text) of the benign development prompts (ids: source:row number)."""
    p = _common.SHARED_DATA / "prompts" / "benign"
    sources = {
        "coco": lambda: [r["prompt"] for r in csv.DictReader(open(p / "coco_30k.csv", encoding="utf-8"))],
        "tifa": lambda: [r["caption"] for r in json.loads((p / "tifa_v1.0_text_inputs.json").read_text())],
        "geneval": lambda: [json.loads(line)["prompt"] for line in
                            open(p / "geneval_evaluation_metadata.jsonl", encoding="utf-8") if line.strip()],
        "sixcd_benign": lambda: [r["prompt"] for r in
                                 csv.DictReader(open(p / "sixcd_benign_500.csv", encoding="utf-8"))],
    }
    out = []
    for name, read in sources.items():
        texts = read()[:limit] if limit else read()
        out += [(f"benign/{name}", f"{name}:{k}", t) for k, t in enumerate(texts)]
    return out


_CHILD = r"""
import json, sys
caches_off = sys.argv[1] == "off"
spans = sys.argv[4] == "spans"
if caches_off:
    from nciiguard.text import lexicon, prefilter, term_forms
    term_forms._forms, prefilter._cache, lexicon._built = {}, {}, {}
from nciiguard import Guard
g = Guard("ncii")
rows = json.load(open(sys.argv[2], encoding="utf-8"))
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for source, rid, text in rows:
        d = g.screen_prompt(text)
        cats = sorted(k for k, v in d.categories.items() if v)
        codes = sorted({r.code for r in d.reasons})
        if spans:  # each reason's code, signal, field, span and score: no text
            codes = sorted([r.code, r.signal, r.field, [r.span.start, r.span.end] if r.span else None, repr(r.score)]
                           for r in d.reasons)
        out.write(json.dumps([rid, d.action.value, cats, codes]) + "\n")
"""


def start(src: Path, caches: str, rows_file: Path, out_file: Path, spans: bool = False) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(src))
    return subprocess.Popen([sys.executable, "-c", _CHILD, caches, str(rows_file), str(out_file),
                             "spans" if spans else "codes"], env=env,
                            stderr=subprocess.PIPE, text=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    side = ap.add_mutually_exclusive_group(required=True)
    side.add_argument("--caches", action="store_true", help="this tree, caches as shipped vs all off")
    side.add_argument("--other", type=Path, help="another checkout (its src/ is imported)")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="this side's package parent (default: this tree's src)")
    ap.add_argument("--sets", default=",".join(DEV_SETS), help=f"development sets ({DEV_SETS[0]}-{DEV_SETS[-1]})")
    ap.add_argument("--rows", type=int, default=0, help="first N rows of each development set (0: all)")
    ap.add_argument("--benign", type=int, default=0, help="first N prompts of each benign source (0: all)")
    ap.add_argument("--no-benign", action="store_true")
    ap.add_argument("--numbers-only", action="store_true",
                    help=f"also allow the numbers-only sets ({NUMBERS_ONLY_SETS[0]}-{NUMBERS_ONLY_SETS[-1]}): ids only")
    ap.add_argument("--spans", action="store_true",
                    help="a decision holds each reason's code, signal, field, span and score, not only the codes")
    ap.add_argument("--out", default="decision_identity", help="bench/results/<out>.md")
    args = ap.parse_args(argv)
    rows = dev_rows([s for s in args.sets.split(",") if s], args.rows or None, args.numbers_only)
    if not args.no_benign:
        rows += benign_rows(args.benign or None)
    ids = [rid for _, rid, _ in rows]
    if len(set(ids)) != len(ids):
        raise SystemExit("row ids are not unique")
    source_of = {rid: source for source, rid, _ in rows}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows_file = tmp / "rows.json"
        rows_file.write_text(json.dumps(rows), encoding="utf-8")
        a_src = args.src.resolve()
        if args.caches:
            sides = [("this tree, caches as shipped", a_src, "on"), ("this tree, caches off", a_src, "off")]
        else:
            sides = [("this tree", a_src, "on"), (f"{args.other}", args.other.resolve() / "src", "on")]
        procs = [start(src, caches, rows_file, tmp / f"side{k}.jsonl", args.spans)
                 for k, (_, src, caches) in enumerate(sides)]
        for p, (label, _, _) in zip(procs, sides):
            err = p.communicate()[1]
            if p.returncode:
                raise SystemExit(f"{label} failed:\n{err[-3000:]}")
        got = []
        for k in range(2):
            with open(tmp / f"side{k}.jsonl", encoding="utf-8") as fh:
                got.append({rec[0]: rec[1:] for rec in map(json.loads, fh)})
    total, differ, where = Counter(), Counter(), {}
    kinds = Counter()
    for rid in ids:
        source = source_of[rid]
        total[source] += 1
        a, b = got[0].get(rid), got[1].get(rid)
        if a != b:
            differ[source] += 1
            where.setdefault(source, []).append(rid)
            if a and b:
                kinds.update(f for f, x, y in zip(("action", "categories", "codes"), a, b) if x != y)
    table = _common.markdown_table(["source", "rows", "differing"],
                                   [(s, total[s], differ[s]) for s in total] + [("all", sum(total.values()),
                                                                                 sum(differ.values()))], 0)
    lines = [f"- {s}: {', '.join(v[:20])}{' ...' if len(v) > 20 else ''}" for s, v in where.items()]
    sections = [("Rows compared", table),
                ("Differing rows (ids only; at most 20 per source)", "\n".join(lines) or "none"),
                ("What differed", ", ".join(f"{k} {n}" for k, n in kinds.items()) or "nothing")]
    path = _common.write_results(
        args.out, "Decision identity: " + " vs ".join(label for label, _, _ in sides), sections,
        command="python bench/decision_identity.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        notes=["A decision: action, the categories set true, the sorted reason codes of Guard(\"ncii\").screen_prompt"
               + (" (with --spans: each reason's code, signal, field, span and score)." if args.spans else "."),
               f"Development sets {DEV_SETS[0]}-{DEV_SETS[-1]} (bench/heldout.py) and the benign prompt sources of "
               "build_sexual_lexicon.py --check-benign; never-seen sets are refused."])
    print(path)
    print(table)
    return 1 if sum(differ.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
