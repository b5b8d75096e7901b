#!/usr/bin/env python
"""How the learned layers combine, on the semantic model's VALIDATION split (not the eval set).

    .venv/bin/python scripts/semantic_policy_report.py [--data ../shared/data]

For every validation row of scripts/train_semantic_sexual.py: the lexicon's decisive grades
(sexual_text without ``learned``), the hashed n-gram classifier's probability (``learned``) and the
shipped semantic head's probability. Prints the share flagged ``sexual`` under alternative ways of
combining them, so the policy choice in docs/training.md can be checked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from train_semantic_sexual import collect, embed_all, fold  # noqa: E402

from nciiguard.content import Content, ScanContext  # noqa: E402
from nciiguard.signals.text.sexual import SexualTextSignal  # noqa: E402
from nciiguard.text import semantic  # noqa: E402
from nciiguard.text.classifier import LinearTextClassifier, load_packaged  # noqa: E402
from nciiguard.text.encoder import SentenceEncoder  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nciiguard_semantic_emb.npz"))
    ap.add_argument("--ngram", type=Path, default=None, help="a sexual_classifier.npz to use instead of the shipped one")
    ap.add_argument("--sweep", type=float, nargs="*", default=[],
                    help="also print the shipped policy (encoder where learned >= 0.005) at these semantic thresholds")
    args = ap.parse_args(argv)
    rows = [r for r in collect(args.data) if r[3] == "val"]
    texts = [fold(r[0]) for r in rows]
    head = semantic.load_packaged()
    p_sem = head.probabilities(embed_all(texts, SentenceEncoder(), args.cache))
    ngram = LinearTextClassifier.from_npz(args.ngram) if args.ngram else load_packaged("sexual_classifier.npz")
    p_ng = np.array([ngram.score(t) for t in texts])
    lex_sig = SexualTextSignal({"enable_learned": False})
    lex_sig.ensure_loaded()
    lex = np.array([any(f.label in ("explicit", "nudity", "euphemism") and f.score >= 0.5 and f.field == "prompt"
                        for f in lex_sig.detect(ScanContext(Content.request(r[0])))) for r in rows])
    y = np.array([r[1] for r in rows])
    group = np.array([r[2] for r in rows])
    kinds = {
        "dev positives": (y == 1) & np.char.startswith(group.astype(str), "dev:"),
        "generated positives (pairs)": (y == 1) & np.char.startswith(group.astype(str), "gen:pair"),
        "generated soup": (y == 1) & (group == "gen:soup"),
        "twins (generated + soup twins)": (y == 0) & (np.char.startswith(group.astype(str), "gen:twin") | (group == "gen:soup_twin")),
        "hard negatives (generated)": (y == 0) & (group == "gen:hard"),
        "benign dev (COCO, TIFA, GenEval, Six-CD benign, T2I other, I2P)": (y == 0) & np.char.startswith(group.astype(str), "dev:"),
    }
    t = head.threshold
    policies = {
        "rules only (lexicon or learned>=0.8)": lex | (p_ng >= 0.8),
        "rules + semantic": lex | (p_ng >= 0.8) | (p_sem >= t),
        "lexicon + semantic (learned not used)": lex | (p_sem >= t),
    }
    for g in (0.002, 0.005, 0.01):  # the signal's skip_below_ngram gate: no encoder under g
        policies[f"rules + semantic, encoder only where learned >= {g}"] = lex | (p_ng >= 0.8) | ((p_sem >= t) & (p_ng >= g))
    for ts in args.sweep:
        policies[f"rules + semantic at threshold {ts}, encoder where learned >= 0.005"] = lex | (p_ng >= 0.8) | ((p_sem >= ts) & (p_ng >= 0.005))
    for b in (0.2,):
        policies[f"lexicon + semantic + (learned>=0.8 and semantic>={b})"] = lex | (p_sem >= t) | ((p_ng >= 0.8) & (p_sem >= b))
    print(f"semantic threshold {t:.4f}; validation rows {len(rows)}")
    for g in (0.002, 0.005, 0.01):
        print(f"encoder skipped at learned < {g}: {np.mean(p_ng < g):.3f} of rows, {np.mean(p_ng[kinds['benign dev (COCO, TIFA, GenEval, Six-CD benign, T2I other, I2P)']] < g):.3f} of benign dev rows")
    print("| policy | " + " | ".join(f"{k} (n={m.sum()})" for k, m in kinds.items()) + " |")
    print("|---|" + "---:|" * len(kinds))
    for name, flag in policies.items():
        print(f"| {name} | " + " | ".join(f"{flag[m].mean():.3f}" for m in kinds.values()) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
