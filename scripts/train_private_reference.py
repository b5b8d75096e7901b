#!/usr/bin/env python
"""Train the private-reference head shipped as nciiguard/text/data/private_reference.npz.

    NCIIGUARD_DATA=../shared/data PYTHONPATH=src .venv/bin/python scripts/train_private_reference.py [--cache PATH]

Reads the generated rows of scripts/private_reference_augment.py (deterministic), folds each text as
the guard does (``nt.folded.text``), encodes it with nciiguard's own all-MiniLM-L6-v2 graph (int8,
the run-time path) and fits a TOKEN-level head on the last hidden states (the architecture of the
semantic sexual head: scripts/semantic_token_head.py; one logit per token, log-sum-exp pooled, plus
a sentence term), with torch (training only; never imported by nciiguard).

Trained on the ``train`` split only. The threshold is calibrated on the ``val`` split (held-out
template families, the "service" role-noun group, Italian and Dutch): the lowest threshold, not
under 0.5, at which at most ``--max-fpr`` of the held-out generic subjects score at or above it.
The branch's hand-written validation rows (bench/privhead_data.py) are never trained or calibrated on
(generated rows containing one of their phrases are dropped by the generator).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import private_reference_augment  # noqa: E402
import semantic_token_head  # noqa: E402
from train_sexual_classifier import fold  # noqa: E402

from nciiguard.text import semantic  # noqa: E402
from nciiguard.text.encoder import SentenceEncoder  # noqa: E402

MODEL_VERSION = "private-reference-2026.12.2"
OUT = ROOT / "src/nciiguard/text/data/private_reference.npz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/private_reference_hidden.npz"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--units", type=int, default=16)
    ap.add_argument("--max-fpr", type=float, default=0.03)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    rows = private_reference_augment.rows()
    texts = [fold(r[0]) for r in rows]
    y = np.array([r[1] for r in rows], dtype=np.float32)
    val = np.array([r[4] == "val" for r in rows])
    fam = np.array([r[2] for r in rows])
    print(f"{len(rows)} rows: train {int((~val).sum())}, val {int(val.sum())}")

    encoder = SentenceEncoder()
    E, H, S = semantic_token_head.hidden_all(texts, encoder, args.cache)
    H = [h.astype(np.float32) for h in H]
    ti = np.flatnonzero(~val)
    yt = y[ti]
    wt = np.where(yt == 1, 0.5 / yt.mean(), 0.5 / (1 - yt.mean())).astype(np.float32)
    arrays = semantic_token_head.train(E[ti], [H[i] for i in ti], [S[i] for i in ti], yt, wt,
                                       epochs=args.epochs, units=args.units, seed=0)
    head = semantic.SemanticHead(arrays, threshold=0.5, model_version=MODEL_VERSION, encoder_id=encoder.encoder_id)
    p = np.array([head.token_score(E[i], H[i], S[i])[0] for i in range(len(rows))])

    neg, pos = val & (y == 0), val & (y == 1)
    threshold = 0.99
    for t in np.unique(np.concatenate([p[neg], [0.5]])):
        if t >= 0.5 and np.mean(p[neg] >= t) <= args.max_fpr:
            threshold = float(t) + 1e-4
            break
    print(f"threshold {threshold:.4f}: val recall {np.mean(p[pos] >= threshold):.3f} of {pos.sum()}, "
          f"val fpr {np.mean(p[neg] >= threshold):.3f} of {neg.sum()}; train recall "
          f"{np.mean(p[~val & (y == 1)] >= threshold):.3f}, train fpr {np.mean(p[~val & (y == 0)] >= threshold):.3f}")
    for f in sorted(set(fam[val])):
        m = val & (fam == f)
        print(f"  val {f:24s} n={m.sum():5d} flagged {np.mean(p[m] >= threshold):.3f} (label {int(y[m][0])})")
    out = semantic.SemanticHead(arrays, threshold=threshold, model_version=MODEL_VERSION, encoder_id=encoder.encoder_id)
    out.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), sha256 {semantic.file_digest(args.out)[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
