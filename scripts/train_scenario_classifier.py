#!/usr/bin/env python
"""Train the scenario classifier shipped as nciiguard/text/data/scenario_classifier.npz (round 13).

    .venv/bin/python scripts/train_scenario_classifier.py [--data ../shared/data] [--out PATH]

What it reads: requests whose sexual meaning is carried by a situation, not by a sexual word ("the
morning after in his hotel room, sheets everywhere"), beside their twins (the same situation, not
sexual) and hard negatives, written by three writers in 17 languages (scripts/semantic_augment_scenario.py);
plus every NEGATIVE of the sexual_text classifier's training split (scripts/train_sexual_classifier.py:
captions, art and Lexica-style prompts, T2I non-sexual prompts, short benign texts, generated twins and
hard negatives) and the semantic head's benign edits of private people in 18 languages, so that the
model learns the situations that make a request sexual, not "a prompt about a person". Positives are
the scenario requests only: the lexicon and the sexual_text classifier already carry the sexual words.

Model: the sexual_text classifier's features and code (hashed word 1-2-grams and byte 3-5-grams,
``nciiguard.text.classifier``), logistic regression (liblinear, L2), twins and hard negatives weighted
``--twin-weight``, classes balanced by weight. Why a model of its own and not more rows for that
classifier: with the scenario rows in its training the shared model flagged 8-10% of held-out twins
at the profile's 0.8 and moved the other learned layers' gates; a model of its own has a threshold of
its own.

Split: whole pairs are held out (``semantic_augment.family_id(pair) < 25``), and the negatives' held-out
30% (``is_heldout``) is never trained on. The threshold is calibrated on the held-out part only: the
lowest at which held-out twins, hard negatives and ordinary prompts are each flagged at most
``--max-twin-fpr`` (in English and in the other languages separately) and the
held-out benign development prompts at most ``--max-benign-fpr``. The validation writer's file
(``sv.tsv``) is never read here: bench/scenario_validation.py measures on it.
Deterministic: the same data and packages give the same artifact.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import semantic_augment  # noqa: E402
import semantic_augment_scenario  # noqa: E402
import train_sexual_classifier as sexual  # noqa: E402

from nciiguard.text.classifier import FEATURE_SCHEME, LinearTextClassifier  # noqa: E402

MODEL_VERSION = "scenario-lr-2026.12.1"
BENIGN_SETS = ("coco", "tifa", "geneval", "sixcd_benign", "t2i_other")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/nciiguard/text/data/scenario_classifier.npz")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--twin-weight", type=float, default=2.0, help="sample weight of twins and hard negatives")
    ap.add_argument("--max-twin-fpr", type=float, default=0.03)
    ap.add_argument("--max-benign-fpr", type=float, default=0.002)
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    base = argparse.Namespace(data=args.data, sixcd_copies="text", generated=1.0, noise=0.0)
    sets, label_of, bx, by, bw = sexual.collect_training(base)
    neg = [(x, w) for x, y, w in zip(bx, by, bw) if y == 0]
    # Benign edits and descriptions of private people in 18 languages ("put a santa hat on my boss", the
    # round-6 hard negatives of the semantic head; training families only): without them "my" and
    # "her" would be scenario words, since the other negatives rarely point at anyone.
    import semantic_augment_neg

    for text, lab, fam, kind in semantic_augment_neg.generate_neg(semantic_augment.SEED):
        if not lab and semantic_augment.family_id(fam) >= semantic_augment.VAL_FAMILY_PERCENT:
            neg.append((sexual.fold(text), args.twin_weight))
    # The scenario writers' rows, and a fifth writer's ordinary prompts about a person in 20 other
    # languages (negatives: the scenario rows alone had ~25 negatives per non-European language, and the
    # first model read Hindi or Portuguese ordinary prompts as scenarios).
    filled = semantic_augment_scenario.filled_rows() + semantic_augment_scenario.ordinary_rows()
    scn = [r[:4] for r in filled]
    val_of = [semantic_augment.family_id(fam) < semantic_augment.VAL_FAMILY_PERCENT for _, _, fam, _ in scn]
    train_scn = [r for r, v in zip(scn, val_of) if not v]
    val_scn = [r for r, v in zip(scn, val_of) if v]
    texts = [x for x, _ in neg] + [sexual.fold(t) for t, _, _, _ in train_scn]
    y = np.array([0] * len(neg) + [lab for _, lab, _, _ in train_scn])
    w = np.array([w for _, w in neg] + [1.0 if lab else args.twin_weight for _, lab, _, _ in train_scn])
    w[y == 1] *= w[y == 0].sum() / w[y == 1].sum()
    print(f"train: {len(y)} texts, {int(y.sum())} scenario requests, {len(train_scn) - int(y.sum())} twins and "
          f"hard negatives, {len(neg)} other negatives ({time.perf_counter() - t0:.0f}s to load)")
    clf = LogisticRegression(C=args.C, max_iter=3000, solver="liblinear").fit(sexual.feature_matrix(texts), y, sample_weight=w)

    # ---- calibration on the held-out part only, with the shipped (float16) weights ----
    weights, bias = clf.coef_[0].astype(np.float16), float(clf.intercept_[0])
    model = LinearTextClassifier(weights, bias, model_version=MODEL_VERSION, scheme=FEATURE_SCHEME)
    vp = np.array([model.score(sexual.fold(t)) for t, _, _, _ in val_scn])
    kind = np.array([k for _, _, _, k in val_scn])
    benign = [t.strip() for name in BENIGN_SETS for t, _ in sets.get(name, [])
              if sexual.is_heldout(t.strip()) and not label_of[t.strip()]]
    bp = np.array([model.score(sexual.fold(t)) for t in benign])
    lang = np.array(["en" if r[4] == "en" else "other" for r, v in zip(filled, val_of) if v])
    # Each negative kind within the limit in English and in the other languages separately: a pooled
    # limit let English twins run to 4.8% while the other languages' sat at 1.1%.
    negatives = [(kind == k) & (lang == lg) for k in ("twin_scn", "hard", "ordinary") for lg in ("en", "other")]
    threshold = 0.99
    for t in np.unique(np.round(np.concatenate([vp[kind != "pair_scn"], [0.5]]), 4)):
        if t < 0.5:
            continue
        if all(np.mean(vp[m] >= t) <= args.max_twin_fpr for m in negatives if m.any()) and np.mean(bp >= t) <= args.max_benign_fpr:
            threshold = float(t) + 1e-4
            break
    print(f"threshold {threshold:.4f} (held out: requests {np.mean(vp[kind == 'pair_scn'] >= threshold):.3f} of "
          f"{int((kind == 'pair_scn').sum())}, twins {np.mean(vp[kind == 'twin_scn'] >= threshold):.3f} of "
          f"{int((kind == 'twin_scn').sum())}, hard negatives {np.mean(vp[kind == 'hard'] >= threshold):.3f} of "
          f"{int((kind == 'hard').sum())}, ordinary prompts in other languages {np.mean(vp[kind == 'ordinary'] >= threshold):.3f} "
          f"of {int((kind == 'ordinary').sum())}, benign development prompts {np.mean(bp >= threshold):.4f} of {bp.size})")
    for lg in ("en", "other"):
        for k in ("pair_scn", "twin_scn", "hard", "ordinary"):
            m = (lang == lg) & (kind == k)
            if not m.any():
                continue
            print(f"  held out {lg:5s} {k:8s} n={int(m.sum()):4d} flagged {np.mean(vp[m] >= threshold):.3f}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=weights, bias=np.float64(bias), model_version=np.str_(MODEL_VERSION),
                        feature_scheme=np.str_(FEATURE_SCHEME), threshold=np.float64(threshold),
                        holdout=np.str_("scenario pairs: crc32(pair) % 100 < 25; negatives: crc32(prompt) % 100 < 30"))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
