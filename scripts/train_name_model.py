#!/usr/bin/env python
"""Train the name-likeness model shipped as src/nciiguard/text/data/name_likeness.npz.

    .venv/bin/python scripts/train_name_model.py [--out PATH]

A token-level classifier: does this lower-case token look like a personal name or like an
English word / prompt jargon / a typo? (see ``nciiguard.text.persons.namelike`` for why and how it is used).

Data: only the package data that ``scripts/build_name_data.py`` already built, nothing new, and
never the benchmark's person names (``shared/data/names``):

positive  US Census 1990 first names and surnames (public domain) that are no English word
          (SCOWL levels 10-50), no jargon or slang, and no capitalised dictionary entry.
negative  English words (SCOWL 10-50) that are no census name; slang and prompt jargon
          (``names_not_surname``); and two synthetic kinds made from those words, because the
          tokens the model must reject in prompts are mostly not dictionary words:
          run-together word pairs ("darkforest", "placingthe") and one-edit typos of words of
          6+ letters ("thrhandssed"-like). Tokens of both classes with 3+ letters.

Split: crc32 of the token, 20% held out (never trained on); metrics below are on that part.
scikit-learn's LogisticRegression (L2, C=1, class-balanced) on binary hashed n-grams, rows
L2-normalised as at inference. Deterministic: fixed seeds, sorted inputs.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import zlib
from importlib import resources
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nciiguard.text.persons.namelike import FEATURE_SCHEME, ngram_hashes  # noqa: E402

DIM = 1 << 15
VERSION = "namelike-lr-2026.11.1"
HOLDOUT_PERCENT = 20
SEED = 20261121


def _lines(name: str) -> list[str]:
    raw = resources.files("nciiguard.text.data").joinpath(name).read_bytes()
    return gzip.decompress(raw).decode("utf-8").split()


def is_heldout(token: str) -> bool:
    return zlib.crc32(token.encode("utf-8")) % 100 < HOLDOUT_PERCENT


def build_sets() -> tuple[list[str], list[str]]:
    words = set(_lines("names_words_common.txt.gz")) | set(_lines("names_words_other.txt.gz"))
    jargon = set(_lines("names_not_surname.txt.gz"))
    proper = set(_lines("names_proper_other.txt.gz"))
    census = set(_lines("names_first.txt.gz")) | set(_lines("names_surnames.txt.gz"))

    def ok(t: str) -> bool:
        return len(t) >= 3 and t.isalpha() and t.isascii()

    pos = sorted(t for t in census if ok(t) and t not in words and t not in jargon and t not in proper)
    neg_words = sorted(t for t in (words | jargon) if ok(t) and t not in census)
    rng = random.Random(SEED)
    common = sorted(t for t in _lines("names_words_common.txt.gz") if 2 <= len(t) <= 8 and t.isalpha())
    compounds = set()
    while len(compounds) < 25000:
        t = rng.choice(common) + rng.choice(common)
        if t not in census and t not in words:
            compounds.add(t)
    typos = set()
    long_words = [t for t in neg_words if len(t) >= 6]
    letters = "abcdefghijklmnopqrstuvwxyz"
    while len(typos) < 15000:
        w = rng.choice(long_words)
        k = rng.randrange(1, len(w) - 1)
        op = rng.randrange(3)
        if op == 0:
            t = w[:k] + rng.choice(letters) + w[k:]
        elif op == 1:
            t = w[:k] + w[k + 1:]
        else:
            t = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        if t not in census and t not in words:
            typos.add(t)
    neg = sorted(set(neg_words) | compounds | typos)
    return pos, neg


def features(tokens: list[str]):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, t in enumerate(tokens):
        hs = sorted({h % DIM for h in ngram_hashes(t)})
        rows.extend([i] * len(hs))
        cols.extend(hs)
    data = np.ones(len(rows), dtype=np.float32)
    x = csr_matrix((data, (rows, cols)), shape=(len(tokens), DIM))
    # Binary, L2-normalised rows. Inference divides by sqrt(number of distinct n-gram hashes),
    # which equals this unless two n-grams collide in the table (rare; documented approximation).
    norms = np.sqrt(np.asarray(x.sum(axis=1)).ravel())
    x = x.multiply(1.0 / norms[:, None]).tocsr()
    return x


def main(argv=None) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "nciiguard" / "text" / "data" / "name_likeness.npz")
    args = ap.parse_args(argv)
    pos, neg = build_sets()
    toks = pos + neg
    y = np.array([1] * len(pos) + [0] * len(neg))
    held = np.array([is_heldout(t) for t in toks])
    x = features(toks)
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000, random_state=SEED)
    clf.fit(x[~held], y[~held])
    p = clf.predict_proba(x[held])[:, 1]
    yh = y[held]
    print(f"positives {len(pos)}, negatives {len(neg)}; held out {held.sum()} ({HOLDOUT_PERCENT}%)")
    print(f"held-out ROC AUC {roc_auc_score(yh, p):.4f}")
    for t in (0.5, 0.7, 0.8, 0.9):
        tp = ((p >= t) & (yh == 1)).sum()
        fp = ((p >= t) & (yh == 0)).sum()
        print(f"  threshold {t}: names kept {tp / max(1, (yh == 1).sum()):.3f}, "
              f"non-names passing {fp / max(1, (yh == 0).sum()):.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, weights=clf.coef_[0].astype(np.float16), bias=np.float32(clf.intercept_[0]),
                        dim=np.int64(DIM), scheme=np.str_(FEATURE_SCHEME), version=np.str_(VERSION))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
