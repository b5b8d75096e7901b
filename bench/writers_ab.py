"""writers_sexual_text side by side: the ncii profile without and with it, on never-seen sets it never trained on.

    PYTHONPATH=src python bench/writers_ab.py [--sets v10,v9,v8,v7,v6] [--out bench/results/writers_ab.md]
    PYTHONPATH=src python bench/writers_ab.py --loao v23,v22 --folds DIR --config NAME --threshold T --out ...

The model trains on v11-v23 (scripts/train_writers_classifier.py), so v1-v10 are out of sample for it;
sets in heldout.UNREAD are refused. ``--loao``: a development author's set, scored with the fold model
trained without that author (bench/writers_loao.py ``--save-folds``: DIR/NAME_without_vK.npz) at the
leave-one-author-out threshold, so that the whole-guard figure is out of sample there too. Only each
group's counts are written (no rows). Why: docs/signals/writers_sexual_text.md ("Measured out of sample")
and the decision on the ncii profile rest on these tables.
"""

from __future__ import annotations

import argparse
import copy
from importlib import resources
from pathlib import Path

import numpy as np
import yaml

import _common  # noqa: F401 - pins BLAS pools
import heldout as H
import prompts as bp

from nciiguard import Guard
from nciiguard.text import classifier
from nciiguard.signals.text.writers import MODEL_FILE
from nciiguard.text.normalize import normalize

SIGNAL = "writers_sexual_text"
#: Rows scored below this (whole prompt) cannot be changed by the signal (threshold 0.97, margin for fields).
GATE = 0.9


def profiles() -> tuple[dict, dict]:
    base = yaml.safe_load((resources.files("nciiguard.policy") / "profiles" / "ncii.yaml").read_text("utf-8"))
    base = copy.deepcopy(base)
    base["signals"].pop(SIGNAL, None)
    for c in base["categories"].values():
        if "from" in c:
            c["from"] = [s for s in c["from"] if s["signal"] != SIGNAL]
    with_it = copy.deepcopy(base)
    with_it["name"] = "ncii_with_writers"
    with_it["signals"][SIGNAL] = {}
    with_it["categories"]["sexual"]["from"].append({"signal": SIGNAL, "labels": ["writers_request"], "min_score": 0.5})
    return base, with_it


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="v10,v9,v8,v7,v6")
    ap.add_argument("--loao", default="", help="development sets scored by the fold model trained without them")
    ap.add_argument("--folds", type=Path, default=None)
    ap.add_argument("--config", default="")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--groups", default="", help="only these groups' rows (default: all)")
    ap.add_argument("--full-groups", default="",
                    help="with --groups: groups measured in full; in the others both guards run only on the rows the "
                         "model scores >= GATE (the only rows the signal can change), so only the change is exact")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "writers_ab.md")
    args = ap.parse_args(argv)
    keys = (args.loao or args.sets).split(",")
    if any(k in H.UNREAD for k in keys):
        raise SystemExit(f"refusing never-seen sets {sorted(set(keys) & H.UNREAD)}")
    base, with_it = profiles()
    g0, g1 = Guard(base), Guard(with_it)
    by_key = {s.key: s for s in H.SETS}
    cmd = (f"--loao {args.loao} --config {args.config} --threshold {args.threshold}" if args.loao
           else f"--sets {args.sets}") + (f" --groups {args.groups} --full-groups {args.full_groups}" if args.groups else "")
    lines = ["# writers_sexual_text: ncii without and with it, on sets it never trained on", "",
             f"Command: `python bench/writers_ab.py {cmd}`", "",
             "| set | group | measure | n | without | with | change |", "|---|---|---|---:|---:|---:|---:|"]
    for k in keys:
        if args.loao:
            if k not in {f"v{i}" for i in range(11, 24)}:
                raise SystemExit(f"--loao takes development authors v11-v23, not {k}")
            with np.load(args.folds / f"{args.config}_without_{k}.npz") as z:
                fold = classifier.LinearTextClassifier(
                    z["weights"], float(z["bias"]), model_version=f"loao-without-{k}",
                    scheme=classifier.FEATURE_SCHEME, threshold=args.threshold)
            classifier._CACHE[MODEL_FILE] = fold  # the next Guard's writers signal loads the fold model
            g1 = Guard(with_it)
        rows = H.load(by_key[k].tsv)
        if args.groups:
            rows = [r for r in rows if r.group in args.groups.split(",")]
        model = classifier.load_packaged(MODEL_FILE)
        gate = [model.score(normalize(r.text).folded.text) >= GATE or "neg" in r.text.lower() or "--" in r.text
                for r in rows]
        if args.full_groups:
            full = set(args.full_groups.split(","))
            keep = [r.group in full or g for r, g in zip(rows, gate)]
            rows = [r for r, k_ in zip(rows, keep) if k_]
            gate = [g for g, k_ in zip(gate, keep) if k_]
        o0 = bp.run(g0, rows)
        # The signal adds nothing below its threshold (0.97), so the second guard only runs where the
        # model scores the whole prompt >= GATE or a field may be split off it (an inline negative prompt);
        # elsewhere the outcome is the first guard's. Halves the run on a shared machine.
        redo = [i for i, g in enumerate(gate) if g]
        o1 = list(o0)
        for i, o in zip(redo, bp.run(g1, [rows[i] for i in redo])):
            o1[i] = o
        for _, groups, fn, mname, _, _ in H.TABLE:
            idx = [i for i, r in enumerate(rows) if r.group in groups]
            if idx:
                a, b = sum(fn(o0[i]) for i in idx), sum(fn(o1[i]) for i in idx)
                part = "" if not args.full_groups or groups[0] in full else f" (rows the model scores >= {GATE})"
                lines.append(f"| {k} | {groups[0]}{part} | {mname} | {len(idx)} | {a} | {b} | {b - a:+d} |")
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
