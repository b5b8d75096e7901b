"""The multilingual development set: the prompt guard per group and language, with its errors.

bench/data/devml/devml.tsv (made by bench/build_devml.py from bench/devml_data.py) was written by an
author other than the trainer, in about 30 languages and several scripts, for the trainer to read and
tune against (it is NOT a never-seen set: its rows, errors included, are meant to be read). Same
columns and groups as the never-seen sets, so the issue-10 table of bench/heldout.py scores it.

    PYTHONPATH=src .venv/bin/python bench/devml.py [--set devml|dev10] [--text-only] [--save-baseline]

Writes bench/results/devml.md (the table, per group, per group and language) and
bench/results/devml_errors.md (every wrong row with its text, reason codes and matched spans).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _common import RESULTS_DIR, markdown_table, write_results

import heldout as ho
import prompts as bp

DEVML_TSV = Path(__file__).resolve().parent / "data" / "devml" / "devml.tsv"
DEVML = ho.HeldoutSet(
    "devml", DEVML_TSV, "bench/build_devml.py", "bench/data/devml/README.md", RESULTS_DIR / "devml_errors.md",
    RESULTS_DIR / "devml_baseline.json", "Multilingual development set (readable; not a never-seen set)",
    "written by an author other than the trainer for development: the trainer reads its rows and errors", True)
#: Round 10's second development set: private people and invented names in the sixteen languages
#: round 9 added to the word table (cs sk hu fi id ms tl hr sl lt lv ca vi et sq az) and six
#: code-switched pairs, written by another author (bench/build_dev10.py from bench/dev10_data.py).
DEV10_TSV = Path(__file__).resolve().parent / "data" / "dev10" / "dev10.tsv"
DEV10 = ho.HeldoutSet(
    "dev10", DEV10_TSV, "bench/build_dev10.py", "bench/data/dev10/README.md", RESULTS_DIR / "dev10_errors.md",
    RESULTS_DIR / "dev10_baseline.json", "Development set dev10 (readable; not a never-seen set)",
    "written by an author other than the trainer for round 10's development (private people and invented "
    "names in 16 languages and 6 code-switched pairs): the trainer reads its rows and errors", True)
SETS = {"devml": DEVML, "dev10": DEV10}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text-only", action="store_true")
    ap.add_argument("--save-baseline", action="store_true", help="store this run's counts as the reference")
    ap.add_argument("--set", choices=sorted(SETS), default="devml")
    args = ap.parse_args(argv)
    hs = SETS[args.set]
    pin = bp.pin_one_core()
    guard, _, notes = bp.make_guard(args.text_only)
    note = f"{guard.policy.name} {guard.policy.version}, commit {bp.git_commit()}"
    rows = ho.load(hs.tsv)
    t0 = time.perf_counter()
    outs = bp.run(guard, rows)
    secs = time.perf_counter() - t0
    ho.write_errors(rows, outs, guard_note=note, hs=hs)
    if args.save_baseline:
        ho.save_baseline(rows, outs, guard_note=note, hs=hs)
    base = ho.load_baseline(hs)
    seen, _ = ho.seen_names()
    head = ["measure", "group", "measure", "n", "k", "%", "95% CI"] + (["baseline %", "change"] if base else [])
    table = markdown_table(head + ["target", ""], ho._headline(rows, outs, seen, base),
                           [0, 0, 0, 0, 0, 1, 0] + ([1, 1] if base else []) + [0, 0])
    by_group = ho._breakdown(rows, outs, lambda r: r.group)
    by_lang = ho._breakdown(rows, outs, lambda r: f"{r.group} / {r.lang}")
    body = (f"`{hs.tsv.relative_to(hs.tsv.parents[3]).as_posix()}` ({len(rows):,} prompts, sha256 "
            f"`{ho.sha256(hs.tsv)[:16]}`), {hs.about}. Errors with text: `bench/results/{hs.errors.name}`.\n\n"
            + table + "\n\nPer group:\n\n"
            + markdown_table(["group"] + ho._BREAK_HEAD[1:], by_group, ho._BREAK_PREC)
            + "\n\nPer group and language:\n\n"
            + markdown_table(["group / language"] + ho._BREAK_HEAD[1:], by_lang, ho._BREAK_PREC))
    cmd = "bench/devml.py" + (f" --set {args.set}" if args.set != "devml" else "") + (" --text-only" if args.text_only else "")
    path = write_results(args.set, f"Prompt guard on the development set {args.set}", [(hs.heading, body)],
                         command=cmd, notes=[pin, f"policy {note}", f"run time {secs:.0f} s", *notes])
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
