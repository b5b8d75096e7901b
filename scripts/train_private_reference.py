#!/usr/bin/env python
"""Train the private-reference heads shipped as nciiguard/text/data/private_reference.npz and (round 29, the
second head, read beside the first: the layer flags where either does) private_reference_named.npz.

    NCIIGUARD_DATA=../shared/data PYTHONPATH=src .venv/bin/python scripts/train_private_reference.py [--cache PATH]
    # the second head (round 29):
    ... scripts/train_private_reference.py --split round29 --named --ensemble 5 --seed 0

Reads the generated rows of scripts/private_reference_augment.py (deterministic), folds each text as
the guard does (``nt.folded.text``), encodes it with nciiguard's own all-MiniLM-L6-v2 graph (int8,
the run-time path) and fits a TOKEN-level head on the last hidden states (the architecture of the
semantic sexual head: scripts/semantic_token_head.py; one logit per token, log-sum-exp pooled, plus
a sentence term), with torch (training only; never imported by nciiguard).

Trained on the ``train`` split only: the generated rows' training families, the English rows of
whole authors ``TRAIN_AUTHORS`` (v11-v21 for the shipped head; ``--split round27``: v11-v23; ``--split
round28``: v11-v24) and 70% of I2P by text hash. The threshold is calibrated on the ``val`` split (held-out
template families, the "service" role-noun group, Italian and Dutch; whole authors ``VAL_AUTHORS``, v22-v25 /
v24-v26 / v25-v27, never trained on; 30% of I2P): the lowest threshold, not
under 0.5, at which at most ``--max-fpr`` of the held-out generic subjects score at or above it.

``--ensemble K`` (round 28): trains K heads with seeds ``--seed`` .. ``--seed``+K-1 and ships their average as ONE
token head of K x ``--units`` units (W1 and b1 concatenated, w2 divided by K, b2, u and c averaged): every token's
logit is the mean of the K heads' token logits, so the loader and the run-time cost per token are unchanged in
kind (one [tokens, 384] x [384, K*units] product). Why: round 27's single seeds moved the calibrated threshold
0.78-0.85 and lost different rows in the guard; the calibration is made on the average, not on one draw.
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

MODEL_VERSION = "private-reference-2026.12.26"

#: The SHIPPED head's split (round 26): the independent authors' retired sets (bench/data/heldoutNN), whole
#: authors, read through scripts/retired_sets.py. Trained on: v11-v21. Validation (threshold calibration and the
#: report only, never trained on): v22-v25. v1-v10 are numbers only and the never-seen sets are refused.
TRAIN_AUTHORS = tuple(f"v{i}" for i in range(11, 22))
VAL_AUTHORS = ("v22", "v23", "v24", "v25")
#: Round 27's trial (``--split round27``; written before training, committed before the first run): train on
#: v11-v23 (13 authors), validate on v24, v25, v26 (v26 retired at round 27's start). NOT shipped: in the guard it
#: gained 12 sexual rows and lost 6 and a validation author's private row (bench/results/private_reference_round27.md).
#: Round 28's split (``--split round28``; written before training, committed before the first run): train on
#: v11-v24 (14 authors), validate on v25, v26, v27 (v27 retired at round 28's start; three whole authors never
#: trained on). English rows only, as before: the layer never reports a field written in another language
#: (``private_model_foreign_min`` 1.0, signals/text/private_reference.py), so foreign rows in training could only
#: move the English head and its threshold, for no row the guard would read with it.
#: Round 29's split (``--split round29``; written before training, committed before the first run): train on
#: v11-v25 (15 authors), validate on v26, v27, v28 (v28 retired at round 29's start; three whole authors never
#: trained on); v29 and v30 are never read (retired_sets refuses heldout.UNREAD). English rows only, for round 28's
#: reason. This split trains the SECOND head (``--named``), shipped beside the round-26 one as
#: ``private_reference_named.npz``: the layer flags where either head reaches its own threshold.
SPLITS = {
    "round26": ("private-reference-2026.12.26", TRAIN_AUTHORS, VAL_AUTHORS),
    "round27": ("private-reference-2026.12.27", tuple(f"v{i}" for i in range(11, 24)), ("v24", "v25", "v26")),
    "round28": ("private-reference-2026.12.28", tuple(f"v{i}" for i in range(11, 25)), ("v25", "v26", "v27")),
    "round29": ("private-reference-2026.12.29", tuple(f"v{i}" for i in range(11, 26)), ("v26", "v27", "v28")),
}
#: Groups whose subject is ONE private person the writer points at (label 1, whether the request is sexual
#: or a benign edit: the label is about who), and groups whose subject is nobody in particular (label 0).
#: Named groups are left out (the rules find names; this head is read only where they found nobody).
_PRIVATE_GROUPS = ("private_sexual_core", "private_sexual_new", "private_benign_edit")
_GENERIC_GROUPS = ("person_description", "benign_caption", "benign_art")
#: Sexual prompts about nobody in particular or a public figure (I2P): the head must not read them as a
#: private person (the ncii profile would block them). 30% by text hash go to validation.
I2P = "prompts/unsafe/i2p_4703.csv"
OUT = ROOT / "src/nciiguard/text/data/private_reference.npz"
#: The second head (round 29): ``--named`` writes here by default; the layer reads both (either flags).
OUT_NAMED = ROOT / "src/nciiguard/text/data/private_reference_named.npz"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path("/tmp/private_reference_hidden.npz"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--units", type=int, default=16)
    ap.add_argument("--seed", type=int, default=0, help="torch's and the batch order's seed")
    ap.add_argument("--ensemble", type=int, default=1,
                    help="average K heads (seeds --seed .. --seed+K-1) into one head of K x --units units")
    ap.add_argument("--split", choices=sorted(SPLITS), default="round26",
                    help="whole-author split: round26 reproduces the shipped head; round27 is the unshipped trial; "
                    "round28 the 14-author trial; round29 the 15-author split of the second (--named) head")
    ap.add_argument("--max-fpr", type=float, default=0.03)
    ap.add_argument("--out", type=Path, default=None, help="default: private_reference.npz, or "
                    "private_reference_named.npz (the second head) with --named")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data", help="for the I2P negatives")
    ap.add_argument("--no-authors", action="store_true", help="without the authors' rows and I2P (round 13's head)")
    ap.add_argument("--named", action="store_true",
                    help="the authors' English named rows join as label 1 and I2P rows whose subject the person rules "
                    "already find leave (round 28: see author_rows)")
    ap.add_argument("--dry-run", action="store_true", help="train and report, do not write the artifact")
    ap.add_argument("--report", type=Path, help="write the per-author report (markdown) here, with a "
                    "leave-one-author-out estimate over the training authors (one retrain per author)")
    args = ap.parse_args()
    args.out = args.out or (OUT_NAMED if args.named else OUT)
    global MODEL_VERSION, TRAIN_AUTHORS, VAL_AUTHORS
    MODEL_VERSION, TRAIN_AUTHORS, VAL_AUTHORS = SPLITS[args.split]

    rows = private_reference_augment.rows()
    if not args.no_authors:
        rows += author_rows(args.data, named=args.named)
    texts = [fold(r[0]) for r in rows]
    y = np.array([r[1] for r in rows], dtype=np.float32)
    val = np.array([r[4] == "val" for r in rows])
    fam = np.array([r[2] for r in rows])
    print(f"{len(rows)} rows: train {int((~val).sum())}, val {int(val.sum())}")

    encoder = SentenceEncoder()
    E, H, S = semantic_token_head.hidden_all(texts, encoder, args.cache)
    H = [h.astype(np.float32) for h in H]
    arrays, p = fit_and_score(E, H, S, y, ~val, args, encoder.encoder_id)
    neg, pos = val & (y == 0), val & (y == 1)
    threshold = calibrate(p[neg], args.max_fpr)
    print(f"threshold {threshold:.4f}: val recall {np.mean(p[pos] >= threshold):.3f} of {pos.sum()}, "
          f"val fpr {np.mean(p[neg] >= threshold):.3f} of {neg.sum()}; train recall "
          f"{np.mean(p[~val & (y == 1)] >= threshold):.3f}, train fpr {np.mean(p[~val & (y == 0)] >= threshold):.3f}")
    for f in sorted(set(fam[val])):
        m = val & (fam == f)
        print(f"  val {f:24s} n={m.sum():5d} flagged {np.mean(p[m] >= threshold):.3f} (label {int(y[m][0])})")
    if args.report:
        write_report(args, rows, E, H, S, y, val, p, threshold, encoder.encoder_id)
    if args.dry_run:
        return 0
    out = semantic.SemanticHead(arrays, threshold=threshold, model_version=MODEL_VERSION, encoder_id=encoder.encoder_id)
    out.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes), sha256 {semantic.file_digest(args.out)[:16]}")
    return 0


def fit_and_score(E, H, S, y, train_mask, args, encoder_id):
    """Train on the rows of ``train_mask``; return the head's arrays and its probability for every row."""
    ti = np.flatnonzero(train_mask)
    yt = y[ti]
    wt = np.where(yt == 1, 0.5 / yt.mean(), 0.5 / (1 - yt.mean())).astype(np.float32)
    arrays = average_heads([semantic_token_head.train(E[ti], [H[i] for i in ti], [S[i] for i in ti], yt, wt,
                                                      epochs=args.epochs, units=args.units, seed=args.seed + k)
                            for k in range(args.ensemble)])
    head = semantic.SemanticHead(arrays, threshold=0.5, model_version=MODEL_VERSION, encoder_id=encoder_id)
    return arrays, np.array([head.token_score(E[i], H[i], S[i])[0] for i in range(len(y))])


def average_heads(heads: list[dict]) -> dict:
    """K token heads as ONE token head whose every token logit is the mean of theirs:
    mean_k (w2_k . relu(W1_k h + b1_k) + b2_k) = [w2_1 .. w2_K]/K . relu([W1_1 .. W1_K] h + [b1_1 .. b1_K]) + mean b2,
    and the sentence term mean_k (u_k . e + c_k) = (mean u) . e + mean c."""
    if len(heads) == 1:
        return heads[0]
    k = len(heads)
    return {"kind": "token", "w1": np.concatenate([h["w1"] for h in heads], axis=1).astype(np.float32),
            "b1": np.concatenate([h["b1"] for h in heads]).astype(np.float32),
            "w2": (np.concatenate([h["w2"] for h in heads]) / k).astype(np.float32),
            "b2": np.float32(np.mean([h["b2"] for h in heads])),
            "u": np.mean([h["u"] for h in heads], axis=0).astype(np.float32),
            "c": np.float32(np.mean([h["c"] for h in heads]))}


def calibrate(p_neg: np.ndarray, max_fpr: float) -> float:
    """The lowest threshold, not under 0.5, at which at most ``max_fpr`` of the negatives score at or above it."""
    for t in np.unique(np.concatenate([p_neg, [0.5]])):
        if t >= 0.5 and np.mean(p_neg >= t) <= max_fpr:
            return float(t) + 1e-4
    return 0.99


def _rates(p, y, fam, author, key, threshold):
    """(private recall k/n, generic FPR k/n) of one author's rows at ``threshold``."""
    m = author == key
    pos = m & (y == 1) & np.char.startswith(fam.astype(str), "author_private/")
    gen = m & (y == 0) & np.char.startswith(fam.astype(str), "author_generic/")
    return (int((p[pos] >= threshold).sum()), int(pos.sum())), (int((p[gen] >= threshold).sum()), int(gen.sum()))


def write_report(args, rows, E, H, S, y, val, p, threshold, encoder_id) -> None:
    """Per author at the shipped threshold: the validation authors scored by the shipped head; each training
    author scored by a head retrained on every training row except that author's (leave one author out), with
    that fold's own calibrated threshold beside it. I2P: its held-out 30%."""
    fam = np.array([r[2] for r in rows])
    author = np.array([r[3] for r in rows])
    i2p_val = val & (author == "i2p")
    pct = lambda k, n: f"{k}/{n} ({100 * k / n:.1f}%)" if n else "-"  # noqa: E731
    lines = [f"# Private-reference head {MODEL_VERSION}: per-author report", "",
             f"Shipped threshold {threshold:.4f} (calibrated on the validation split: at most {args.max_fpr:.0%} of its "
             "generic subjects: held-out generated families, the validation authors' descriptions, captions and art, "
             "30% of I2P). Train = whole authors " + ", ".join(TRAIN_AUTHORS) + "; validation = whole authors "
             + ", ".join(VAL_AUTHORS) + " (never trained on). v1-v10 numbers only; the never-seen sets "
             "(bench/heldout.py UNREAD) never read. "
             "Head alone (not the guard): private = the author's private sexual, benign-edit and disguised-private "
             "English rows (label 1); generic = descriptions, captions and art (label 0).", "",
             "## Validation authors (the shipped head)", "",
             "| author | private recall | generic FPR |", "|---|---|---|"]
    for key in VAL_AUTHORS:
        (kp, np_), (kg, ng) = _rates(p, y, fam, author, key, threshold)
        lines.append(f"| {key} | {pct(kp, np_)} | {pct(kg, ng)} |")
    lines += ["", f"I2P held-out 30% at the shipped threshold: {pct(int((p[i2p_val] >= threshold).sum()), int(i2p_val.sum()))}",
              "", "## Training authors, leave one author out", "",
              "Each row: a head trained on the training split without that author, scored on that author's rows, at the "
              "shipped threshold and at the fold's own threshold (calibrated as the shipped one, on the validation split).",
              "", "| left out | private recall @shipped | generic FPR @shipped | I2P val FPR @shipped | fold threshold | "
              "private recall @fold | generic FPR @fold |", "|---|---|---|---|---|---|---|"]
    tot = np.zeros(4, dtype=int)
    for key in TRAIN_AUTHORS:
        _, pf = fit_and_score(E, H, S, y, ~val & (author != key), args, encoder_id)
        tf = calibrate(pf[val & (y == 0)], args.max_fpr)
        (kp, np_), (kg, ng) = _rates(pf, y, fam, author, key, threshold)
        (kpf, _), (kgf, _) = _rates(pf, y, fam, author, key, tf)
        ki = int((pf[i2p_val] >= threshold).sum())
        tot += (kp, np_, kg, ng)
        lines.append(f"| {key} | {pct(kp, np_)} | {pct(kg, ng)} | {pct(ki, int(i2p_val.sum()))} | {tf:.4f} | "
                     f"{pct(kpf, np_)} | {pct(kgf, ng)} |")
        print(f"  loao {key}: private {kp}/{np_}, generic {kg}/{ng}, i2p {ki}, fold threshold {tf:.4f}", flush=True)
    lines.append(f"| all | {pct(tot[0], tot[1])} | {pct(tot[2], tot[3])} | | | | |")
    args.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.report}")


def author_rows(data: Path, named: bool = False) -> list[tuple[str, int, str, str, str]]:
    """(text, label, family, group, split) of the retired authors' English rows (whole authors: ``TRAIN_AUTHORS``
    train, ``VAL_AUTHORS`` validation) and of the I2P prompts (sexual, nobody private: label 0).

    ``named`` (round 28): the head was never shown a named person. Its only named rows were I2P's, labelled 0
    ("emma watson nude, artstation": the rules find the name, so the head is never read on them in the guard),
    so it read a bare proper name as nobody or somebody by chance, and each retrain moved the named rows whose
    name the rules miss ("Sampa the Great", "faride raful") across the threshold (round 27: 3 of its 6 lost
    sexual rows, named rows of v16/v17). With ``named`` the authors' English named rows (sexual and benign:
    the label is about who) are label 1, and the I2P rows whose subject the person rules already find (the
    rows the head is never read on, whose label 0 said "a name is nobody") are left out."""
    import csv
    import zlib

    from retired_sets import read_set

    out = []
    subject = _rules_subject() if named else None
    for key in TRAIN_AUTHORS + VAL_AUTHORS:
        split = "val" if key in VAL_AUTHORS else "train"
        for r in read_set(key):
            if r["lang"] != "en":
                continue
            if r["group"] in _PRIVATE_GROUPS:
                out.append((r["text"], 1, f"author_private/{r['group']}", key, split))
            elif r["group"] in _GENERIC_GROUPS:
                out.append((r["text"], 0, f"author_generic/{r['group']}", key, split))
            elif r["group"] in ("adversarial_disguise", "adversarial_light") and r["family"].endswith("|private"):
                out.append((r["text"], 1, "author_private/adversarial", key, split))
            elif named and r["group"] in ("named_sexual", "named_benign"):
                out.append((r["text"], 1, f"author_named/{r['group']}", key, split))
    with open(data / I2P, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            t = (r.get("prompt") or "").strip()
            if t and not (subject and subject(t)):
                split = "val" if zlib.crc32(t.encode("utf-8")) % 100 < 30 else "train"
                out.append((t, 0, "i2p", "i2p", split))
    return out


def _rules_subject():
    """text -> whether the person rules (real_person_text without this head) find a subject scoring 0.5+:
    the layer's own test for "the rules already decided" (signals/text/private_reference.py)."""
    from nciiguard.signals.text.real_person import RealPersonTextSignal
    from nciiguard.text.normalize import normalize
    from nciiguard.text.persons.reader import SUBJECT_LABELS

    sig = RealPersonTextSignal({"private_model": False})
    return lambda t: any(f.score >= 0.5 and f.label in SUBJECT_LABELS for f in sig.detect_text(normalize(t)))


if __name__ == "__main__":
    raise SystemExit(main())
