#!/usr/bin/env python
"""Train the writers classifier shipped as nciiguard/text/data/writers_classifier.npz (round 20).

    .venv/bin/python scripts/train_writers_classifier.py [--data ../shared/data] [--out PATH]

Why: every round since 11 an independent author wrote a never-seen prompt set; once its round was over
it was retired to development and its rows read. The rules written from a retired set's rows carried over
to the next author's set by 0-3 points (docs/training.md, rounds 15-19): each author's idioms, codes and
frames are new. This model learns from the authors instead of from their rows one by one: a hashed
n-gram logistic regression over the rows of eight retired sets (v11-v18, eight authors) and the
development negatives, calibrated on a ninth author's set (v19) that it never trains on.

Data:
- positives: every row of the retired sets' sexual groups (named_sexual, private_sexual_core,
  private_sexual_new, adversarial_disguise, adversarial_light, token_soup);
- negatives: the same sets' must-pass groups (clean_twin, person_description, private_benign_edit,
  benign_caption, benign_art, named_benign, celebrity_ordinary), weighted ``--twin-weight``, and every
  negative prompt of the development sets (scripts/train_sexual_classifier.py ``load_sets``) outside
  their 30% held-out part (``is_heldout``);
- classes balanced by weight.

Calibration (v19 only, never trained on): the lowest threshold >= 0.5 at which v19's clean twins are
flagged at most ``--max-twin-fpr`` (1%: the rules flag some twins too, and the issue's limit is 3% for
both together), each other must-pass group of v19 at most ``--max-group-fpr`` (0.3%), and the held-out
benign development prompts at most ``--max-benign-fpr`` (0.05%).

Model: the sexual_text classifier's features and code (``nciiguard.text.classifier``), float16 weights
as shipped. Never-seen sets v20 and later are not read (bench/heldout.py ``UNREAD``); v1-v10 are not
trained on either (their numbers stay out-of-sample for this model). Deterministic: the same data and
packages give the same artifact.
"""

from __future__ import annotations

import argparse
import csv
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_sexual_classifier as sexual  # noqa: E402

from nciiguard.text.classifier import FEATURE_SCHEME, LinearTextClassifier  # noqa: E402

MODEL_VERSION = "writers-lr-2026.12.20"
TRAIN_SETS = ("11", "12", "13", "14", "15", "16", "17", "18")
CALIBRATION_SET = "19"
POSITIVE = ("named_sexual", "private_sexual_core", "private_sexual_new", "adversarial_disguise",
            "adversarial_light", "token_soup")
NEGATIVE = ("clean_twin", "person_description", "private_benign_edit", "benign_caption", "benign_art",
            "named_benign", "celebrity_ordinary")
BENIGN_SETS = ("coco", "tifa", "geneval", "sixcd_benign", "t2i_other")


def load_set(key: str) -> list[dict]:
    path = ROOT / "bench" / "data" / f"heldout{key}" / f"heldout{key}.tsv"
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def dev_sets(data: Path, cache: Path | None):
    """(sets, label_of) of the development prompt sets; cached because loading them takes minutes."""
    if cache and cache.exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    sets = sexual.load_sets(data)
    label_of: dict[str, int] = {}
    for rows in sets.values():
        for text, y in rows:
            label_of[text.strip()] = max(label_of.get(text.strip(), 0), y)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump((sets, label_of), fh)
    return sets, label_of


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/nciiguard/text/data/writers_classifier.npz")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nciiguard_writers_devsets.pkl"),
                    help="cache of the loaded development sets (not part of the artifact)")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--twin-weight", type=float, default=2.0, help="sample weight of the retired sets' must-pass rows")
    ap.add_argument("--max-twin-fpr", type=float, default=0.01)
    ap.add_argument("--max-group-fpr", type=float, default=0.003)
    ap.add_argument("--max-benign-fpr", type=float, default=0.0005)
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    sets, label_of = dev_sets(args.data, args.cache)
    texts, y, w = [], [], []
    for rows in sets.values():
        for text, _ in rows:
            key = text.strip()
            if key and not label_of[key] and not sexual.is_heldout(key):
                texts.append(sexual.fold(text)); y.append(0); w.append(1.0)
    n_dev = len(texts)
    for key in TRAIN_SETS:
        for r in load_set(key):
            if r["group"] in POSITIVE:
                texts.append(sexual.fold(r["text"])); y.append(1); w.append(1.0)
            elif r["group"] in NEGATIVE:
                texts.append(sexual.fold(r["text"])); y.append(0); w.append(args.twin_weight)
    y, w = np.array(y), np.array(w)
    w[y == 1] *= w[y == 0].sum() / w[y == 1].sum()
    print(f"train: {len(y)} texts, {int(y.sum())} sexual rows of v{', v'.join(TRAIN_SETS)}, "
          f"{len(y) - n_dev - int(y.sum())} must-pass rows, {n_dev} development negatives "
          f"({time.perf_counter() - t0:.0f}s to load)")
    clf = LogisticRegression(C=args.C, max_iter=3000, solver="liblinear", random_state=0)
    clf.fit(sexual.feature_matrix(texts), y, sample_weight=w)

    # ---- calibration on v19 (never trained on) and the held-out benign prompts, float16 weights ----
    weights, bias = clf.coef_[0].astype(np.float16), float(clf.intercept_[0])
    model = LinearTextClassifier(weights, bias, model_version=MODEL_VERSION, scheme=FEATURE_SCHEME)
    cal = load_set(CALIBRATION_SET)
    p = np.array([model.score(sexual.fold(r["text"])) for r in cal])
    group = np.array([r["group"] for r in cal])
    benign = [t.strip() for name in BENIGN_SETS for t, _ in sets.get(name, [])
              if sexual.is_heldout(t.strip()) and not label_of[t.strip()]]
    bp = np.array([model.score(sexual.fold(t)) for t in benign])
    threshold = 0.99
    for t in np.unique(np.round(np.concatenate([p[np.isin(group, NEGATIVE)], bp, [0.5]]), 4)):
        if t < 0.5:
            continue
        if (np.mean(p[group == "clean_twin"] >= t) <= args.max_twin_fpr
                and all(np.mean(p[group == g] >= t) <= args.max_group_fpr for g in NEGATIVE if g != "clean_twin")
                and np.mean(bp >= t) <= args.max_benign_fpr):
            threshold = float(t) + 1e-4
            break
    print(f"threshold {threshold:.4f}; v{CALIBRATION_SET} (calibration, never trained on), flagged at it:")
    for g in POSITIVE + NEGATIVE:
        m = group == g
        print(f"  {g:22s} n={int(m.sum()):4d} {np.mean(p[m] >= threshold):.3f}")
    print(f"  held-out benign development prompts n={bp.size} {np.mean(bp >= threshold):.4f}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights, bias=np.float64(bias), model_version=np.str_(MODEL_VERSION),
                        feature_scheme=np.str_(FEATURE_SCHEME), threshold=np.float64(threshold),
                        holdout=np.str_(f"trained on v{',v'.join(TRAIN_SETS)}; calibrated on v{CALIBRATION_SET}; "
                                        "development negatives: crc32(prompt) % 100 < 30 held out"))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
