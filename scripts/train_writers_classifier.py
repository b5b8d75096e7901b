#!/usr/bin/env python
"""Train the writers classifier shipped as nciiguard/text/data/writers_classifier.npz (round 20; round 24).

    .venv/bin/python scripts/train_writers_classifier.py [--data ../shared/data] [--out PATH]
        [--features-cache /tmp/nciiguard_writers_loao]   # reuse bench/writers_loao.py's features

Why: every round since 11 an independent author wrote a never-seen prompt set; once its round was over
it was retired to development and its rows read. The rules written from a retired set's rows carried over
to the next author's set by 0-5 points (docs/training.md, rounds 15-23): each author's idioms, codes and
frames are new. This model learns from the authors instead of from their rows one by one: a hashed
n-gram logistic regression over the rows of thirteen retired sets (v11-v23, thirteen authors) and the
development negatives.

Data:
- positives: every row of the retired sets' sexual groups (named_sexual, private_sexual_core,
  private_sexual_new, adversarial_disguise, adversarial_light, token_soup);
- negatives: the same sets' must-pass groups (clean_twin, person_description, private_benign_edit,
  benign_caption, benign_art, named_benign, celebrity_ordinary), weighted ``--twin-weight``, and every
  negative prompt of the development sets (scripts/train_sexual_classifier.py ``load_sets``) outside
  their 30% held-out part (``is_heldout``);
- classes balanced by weight.
(Twin-pair rows, each clean twin matched to the same author's sexual row of highest word overlap, were
tried in round 24 and rejected by leave-one-author-out: bench/results/writers_loao.md. Their code was
removed in round 25; it is in git history before that round's trainer cleanup.)

Configuration and threshold (``CONFIG``) are chosen by leave-one-author-out validation only
(bench/writers_loao.py, bench/results/writers_loao.md): each author's rows scored by a model trained on
the other twelve; the threshold is the lowest at which, pooled over the 13 authors' out-of-fold scores,
clean twins are flagged <= 1% and no single author's > 2.5%, every other must-pass group <= 0.3%, and the
held-out benign development prompts <= 0.05%. The final model trains on all thirteen with that threshold.

Model: the sexual_text classifier's features and code (``nciiguard.text.classifier``), float16 weights
as shipped. Never-seen sets (v24 and later, bench/heldout.py ``UNREAD``) are not read; v1-v10 are not
trained on either (their numbers stay out-of-sample for this model). Deterministic: the same data and
packages give the same weights (liblinear, random_state 0).
"""

from __future__ import annotations

import argparse
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

MODEL_VERSION = "writers-lr-2026.12.24"
#: The retired held-out sets, one independent author each (v11-v23). Never-seen sets (v24 and later,
#: bench/heldout.py ``UNREAD``) and v1-v10 are never read here.
AUTHOR_SETS = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23")
POSITIVE = ("named_sexual", "private_sexual_core", "private_sexual_new", "adversarial_disguise",
            "adversarial_light", "token_soup")
NEGATIVE = ("clean_twin", "person_description", "private_benign_edit", "benign_caption", "benign_art",
            "named_benign", "celebrity_ordinary")
BENIGN_SETS = ("coco", "tifa", "geneval", "sixcd_benign", "t2i_other")
#: The configuration chosen by leave-one-author-out validation (bench/results/writers_loao.md).
CONFIG = {"C": 4.0, "twin_weight": 2.0, "threshold": 0.9727}


def load_set(key: str) -> list[dict]:
    from retired_sets import read_set

    return read_set(key)


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


def dev_negatives(sets, label_of) -> tuple[list[str], list[str]]:
    """(training negatives, held-out benign prompts) of the development sets, folded."""
    train, held = [], []
    for rows in sets.values():
        for text, _ in rows:
            key = text.strip()
            if key and not label_of[key] and not sexual.is_heldout(key):
                train.append(sexual.fold(text))
    held = [sexual.fold(t) for t in dict.fromkeys(t.strip() for name in BENIGN_SETS for t, _ in sets.get(name, []))
            if sexual.is_heldout(t) and not label_of[t]]
    return train, held


def author_rows(key: str) -> tuple[list[str], list[str]]:
    """(folded texts, groups) of one author's set, its positive and must-pass groups only."""
    texts, groups = [], []
    for r in load_set(key):
        if r["group"] in POSITIVE or r["group"] in NEGATIVE:
            texts.append(sexual.fold(r["text"]))
            groups.append(r["group"])
    return texts, groups


def training_matrix(X_dev, authors: list[tuple], *, twin_weight: float):
    """(X, y, w) of one training run.

    ``X_dev``: features of the development negatives (weight 1). ``authors``: (X, groups) per author set;
    positives weight 1, must-pass rows ``twin_weight``. Classes balanced by weight.
    """
    from scipy import sparse

    blocks, ys, ws = [X_dev], [np.zeros(X_dev.shape[0])], [np.ones(X_dev.shape[0])]
    for X, groups in authors:
        g = np.array(groups)
        y = np.isin(g, POSITIVE).astype(float)
        w = np.where(y == 1, 1.0, twin_weight)
        blocks.append(X); ys.append(y); ws.append(w)
    X = sparse.vstack(blocks).tocsr()
    y, w = np.concatenate(ys), np.concatenate(ws)
    w[y == 1] *= w[y == 0].sum() / w[y == 1].sum()
    return X, y, w


def fit(X, y, w, C: float):
    """(float16 weights, bias) as shipped: liblinear logistic regression, deterministic."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=3000, solver="liblinear", random_state=0)
    clf.fit(X, y, sample_weight=w)
    return clf.coef_[0].astype(np.float16), float(clf.intercept_[0])


def scores(X, weights, bias) -> np.ndarray:
    """The runtime's probabilities (float16 weights, 1/sqrt(n) scaled binary features) of rows of X."""
    z = X @ weights.astype(np.float32) + bias
    return 1.0 / (1.0 + np.exp(-z))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/nciiguard/text/data/writers_classifier.npz")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nciiguard_writers_devsets.pkl"),
                    help="cache of the loaded development sets (not part of the artifact)")
    ap.add_argument("--C", type=float, default=CONFIG["C"])
    ap.add_argument("--twin-weight", type=float, default=CONFIG["twin_weight"],
                    help="sample weight of the retired sets' must-pass rows")
    ap.add_argument("--features-cache", type=Path, default=None,
                    help="reuse bench/writers_loao.py's feature cache (dev.npz, benign.npz, vNN.npz, texts.pkl)")
    ap.add_argument("--threshold", type=float, default=CONFIG["threshold"],
                    help="the threshold calibrated by leave-one-author-out (bench/writers_loao.py)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    authors = []
    if args.features_cache:  # bench/writers_loao.py's cache: the same features, computed once
        from scipy import sparse

        load = lambda name: sparse.load_npz(args.features_cache / f"{name}.npz").tocsr()  # noqa: E731
        with open(args.features_cache / "texts.pkl", "rb") as fh:
            folded = pickle.load(fh)
        X_dev, X_held = load("dev"), load("benign")
        for key in AUTHOR_SETS:
            authors.append((load(f"v{key}"), folded[key][1]))
    else:
        sets, label_of = dev_sets(args.data, args.cache)
        dev, held = dev_negatives(sets, label_of)
        X_dev, X_held = sexual.feature_matrix(dev).tocsr(), sexual.feature_matrix(held).tocsr()
        for key in AUTHOR_SETS:
            texts, groups = author_rows(key)
            authors.append((sexual.feature_matrix(texts).tocsr(), groups))
    X, y, w = training_matrix(X_dev, authors, twin_weight=args.twin_weight)
    print(f"train: {X.shape[0]} rows: v{', v'.join(AUTHOR_SETS)} ({sum(len(a[1]) for a in authors)} rows), {X_dev.shape[0]} development negatives "
          f"({time.perf_counter() - t0:.0f}s to load)")
    weights, bias = fit(X, y, w, args.C)
    threshold = args.threshold
    bp = scores(X_held, weights, bias)
    print(f"threshold {threshold:.4f} (leave-one-author-out); held-out benign development prompts n={bp.size} "
          f"flagged {np.mean(bp >= threshold):.4f}; in-sample (trained on) flag rates:")
    for X_a, groups in authors[-1:]:
        p, g = scores(X_a, weights, bias), np.array(groups)
        for name in POSITIVE + NEGATIVE:
            print(f"  v{AUTHOR_SETS[-1]} {name:22s} n={int(np.sum(g == name)):4d} {np.mean(p[g == name] >= threshold):.3f}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights, bias=np.float64(bias), model_version=np.str_(MODEL_VERSION),
                        feature_scheme=np.str_(FEATURE_SCHEME), threshold=np.float64(threshold),
                        holdout=np.str_(f"trained on v{',v'.join(AUTHOR_SETS)} (13 authors); threshold from "
                                        "leave-one-author-out out-of-fold scores (bench/writers_loao.py); "
                                        "development negatives: crc32(prompt) % 100 < 30 held out"))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
