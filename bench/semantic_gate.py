"""Recall and cost of the semantic layer's gate (which fields the MiniLM encoder reads at all).

The encoder runs on a field only where the rules leave doubt: no decisive lexicon term
(``skip_rule_score``) and an n-gram score of sexual_text at or above ``skip_below_ngram``. This
bench asks what the n-gram part of that gate costs in recall and saves in encoder calls:

- recall: FRESH sexual requests the rules do not decide, generated with a new seed
  (``--seed``, never used by a training script or an earlier bench) from two generators:
  bench/semantic_validation.py's validation families and scripts/semantic_augment.py's training
  families (new rows of families the head was trained on). For each gate threshold: the share the
  gate skips, and the share the head WOULD flag but cannot because it never runs (recall lost);
- cost: the share of development prompts (COCO captions, I2P, T2I-RiskyPrompt, Six-CD nudity and
  benign, as bench/prompt_speed.py; never the held-out set) the encoder reads at each threshold.

    PYTHONPATH=src python bench/semantic_gate.py [--n 240] [--seed 90417]
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import sys
from pathlib import Path

from _common import markdown_table, write_results

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

THRESHOLDS = (0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0)


def fresh_positives(n: int, seed: int) -> dict[str, list[str]]:
    import semantic_augment
    import semantic_validation as sv

    sv.SEED = seed  # the validation families, new rows
    sets: dict[str, list[str]] = {}
    for name, items in sv.build(n).items():
        if name.endswith("(positive)"):
            sets["validation families: " + name.replace(" (positive)", "")] = [t for t, y in items if y == 1]
    for text, label, family, kind in semantic_augment.generate(seed, per_pair=2, n_soup=n, per_hard=0):
        if label == 1:
            sets.setdefault(f"training families, new rows: {kind}", []).append(text)
    return sets


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--seed", type=int, default=90417)
    ap.add_argument("--dev", type=int, default=1500, help="development prompts for the cost side")
    args = ap.parse_args(argv)

    from prompt_speed import load_prompts

    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.text.semantic import SemanticSexualTextSignal

    sig = SemanticSexualTextSignal({"skip_below_ngram": 0.0})  # the gate's lexicon part only
    sig.ensure_loaded()
    ngram = sig._window_ngram

    def look(text: str) -> tuple[bool, float, bool]:
        """(the rules decide, n-gram score, the head flags it when it runs)."""
        ctx = ScanContext(Content.request(text))
        nt = ctx.text("prompt")
        if not sig._needs_model(nt, "prompt", ctx):
            return True, 1.0, False
        return False, ngram.score(nt.folded.text), bool(list(sig.detect(ctx)))

    rows, every = [], []
    for name, texts in fresh_positives(args.n, args.seed).items():
        seen = [look(t) for t in texts]
        every += seen
        doubt = [(p, f) for rules, p, f in seen if not rules]
        row = [name, len(texts), sum(r for r, _, _ in seen) / len(texts), len(doubt),
               sum(f for _, f in doubt) / max(1, len(doubt))]
        for thr in THRESHOLDS[:-1]:
            row.append(sum(f and p < thr for p, f in doubt) / max(1, len(doubt)))
        rows.append(row)
    doubt = [(p, f) for rules, p, f in every if not rules]
    head_flags = sum(f for _, f in doubt)
    rows.append(["**all**", len(every), sum(r for r, _, _ in every) / len(every), len(doubt), head_flags / len(doubt)]
                + [sum(f and p < t for p, f in doubt) / len(doubt) for t in THRESHOLDS[:-1]])
    lost = {t: sum(f and p < t for p, f in doubt) for t in THRESHOLDS[:-1]}
    recall = markdown_table(
        ["fresh positives", "n", "rules decide", "left in doubt", "head flags when run (of doubt)"]
        + [f"lost at gate {t}" for t in THRESHOLDS[:-1]], rows, [0, 0, 3, 0, 3] + [3] * (len(THRESHOLDS) - 1))

    dev = load_prompts(args.dev)
    scores = []
    for p in dev:
        ctx = ScanContext(Content.request(p))
        nt = ctx.text("prompt")
        scores.append(ngram.score(nt.folded.text) if sig._needs_model(nt, "prompt", ctx) else None)
    cost = markdown_table(["gate (skip_below_ngram)", "development prompts encoded"],
                          [(t, sum(s is not None and s >= t for s in scores) / len(scores)) for t in THRESHOLDS],
                          [4, 3])
    notes = [
        f"Fresh positives: seed {args.seed} (bench/semantic_validation.py families and "
        "scripts/semantic_augment.py families; neither run has used this seed). The head runs with the shipped "
        "threshold and the 64-token window. 'lost at gate t': the head would flag the prompt but the n-gram "
        "score is below t, so the encoder never reads it (share of the prompts left in doubt by the rules).",
        f"All sets: the head flags {head_flags} of the {len(doubt)} prompts the rules leave in doubt when it reads "
        "them all; the gate keeps it from " + ", ".join(f"{lost[t]} at {t}" for t in THRESHOLDS[:-1]) + ".",
        f"Cost: {len(dev)} development prompts of bench/prompt_speed.py's mix; encoded = no decisive lexicon term "
        "and n-gram score >= the gate.",
    ]
    path = write_results("semantic_gate", "Semantic layer: recall lost and encoder calls saved by the n-gram gate",
                         [("Recall on fresh positives", recall), ("Cost on development prompts", cost)],
                         command=f"python bench/semantic_gate.py --n {args.n} --seed {args.seed}", notes=notes)
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
