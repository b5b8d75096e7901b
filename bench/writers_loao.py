"""writers_sexual_text: leave-one-author-out (LOAO) validation of the writers model's training configurations.

    nice PYTHONPATH=src python bench/writers_loao.py [--configs base,tw6] [--out bench/results/writers_loao.md]

Why (round 24): the writers model was calibrated on ONE author (v19) and kept out of ``ncii`` because it
flagged clean twins of authors it never read. Thirteen authors' sets are now retired (v11-v23, one
independent author each). For each author k, a model is trained on the other twelve authors (plus the
development negatives, as scripts/train_writers_classifier.py does) and scores k's rows: every row of
every author is scored by a model that never saw that author. A configuration (C, must-pass weight) is chosen on these out-of-fold scores only, and so is its threshold: the lowest
at which, pooled over the 13 authors, clean twins are flagged <= 1% and no single author's twins > 2.5%,
every other must-pass group <= 0.3%, and the held-out benign development prompts (scored by every fold's
model) <= 0.05%. Never-seen sets (bench/heldout.py ``UNREAD``) and v1-v10 are not read. Only counts are
written (no rows). The fold models of the chosen configuration are saved (``--save-folds``) for the
whole-guard LOAO check in bench/writers_ab.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import train_writers_classifier as W  # noqa: E402
import train_sexual_classifier as sexual  # noqa: E402

#: name -> (C, must-pass weight). "base" is round 20's shipped configuration. Round 24 also measured twin-pair
#: rows ("diff": pair-difference rows; "upw": matched pairs weighted more) and rejected them
#: (bench/results/writers_loao.md); their code was removed in round 25 and is in git history.
CONFIGS = {
    "base": (4.0, 2.0),
    "tw6": (4.0, 6.0),
}
MAX_TWIN, MAX_TWIN_AUTHOR, MAX_GROUP, MAX_BENIGN = 0.01, 0.025, 0.003, 0.0005


def features(cache: Path, data: Path):
    """Features of the development negatives, the held-out benign prompts and every author's rows (cached)."""
    from scipy import sparse
    import pickle

    meta = cache / "meta.pkl"
    if meta.exists():
        with open(meta, "rb") as fh:
            groups = pickle.load(fh)
        if isinstance(groups, tuple):  # a round-24 cache: (groups, twin pairs)
            groups = groups[0]
        load = lambda name: sparse.load_npz(cache / f"{name}.npz").tocsr()  # noqa: E731
        return load("dev"), load("benign"), {k: (load(f"v{k}"), groups[k]) for k in W.AUTHOR_SETS}
    cache.mkdir(parents=True, exist_ok=True)
    sets, label_of = W.dev_sets(data, Path("/tmp/nciiguard_writers_devsets.pkl"))
    dev, held = W.dev_negatives(sets, label_of)
    X_dev, X_b = sexual.feature_matrix(dev).tocsr(), sexual.feature_matrix(held).tocsr()
    sparse.save_npz(cache / "dev.npz", X_dev); sparse.save_npz(cache / "benign.npz", X_b)
    authors, groups = {}, {}
    for k in W.AUTHOR_SETS:
        texts, g = W.author_rows(k)
        X = sexual.feature_matrix(texts).tocsr()
        sparse.save_npz(cache / f"v{k}.npz", X)
        groups[k] = g
        authors[k] = (X, g)
    with open(meta, "wb") as fh:
        pickle.dump(groups, fh)
    return X_dev, X_b, authors


def rates(p: np.ndarray, g: np.ndarray, t: float) -> dict[str, tuple[int, int]]:
    return {name: (int(np.sum(p[g == name] >= t)), int(np.sum(g == name))) for name in W.POSITIVE + W.NEGATIVE}


def calibrate(oof: dict, bp: np.ndarray) -> float:
    """The lowest threshold meeting the LOAO criteria (module docstring); monotone, so bisect."""
    p = np.concatenate([oof[k][0] for k in oof]); g = np.concatenate([oof[k][1] for k in oof])
    cand = np.unique(np.round(np.concatenate([p[np.isin(g, W.NEGATIVE)], bp, [0.5]]), 5))
    cand = cand[(cand >= 0.5) & (cand < 1.0)]

    def ok(t):
        if np.mean(p[g == "clean_twin"] >= t) > MAX_TWIN:
            return False
        if any(np.mean(oof[k][0][oof[k][1] == "clean_twin"] >= t) > MAX_TWIN_AUTHOR for k in oof):
            return False
        if any(np.mean(p[g == n] >= t) > MAX_GROUP for n in W.NEGATIVE if n != "clean_twin"):
            return False
        return np.mean(bp >= t) <= MAX_BENIGN

    lo, hi = 0, len(cand)  # first index where ok
    while lo < hi:
        mid = (lo + hi) // 2
        if ok(cand[mid]):
            hi = mid
        else:
            lo = mid + 1
    return float(cand[lo]) + 1e-4 if lo < len(cand) else 0.9999


def table(oof: dict, bp: np.ndarray, t: float) -> list[str]:
    cols = W.POSITIVE + W.NEGATIVE
    out = ["| author | " + " | ".join(cols) + " |", "|---|" + "---:|" * len(cols)]
    pooled = {c: [0, 0] for c in cols}
    for k in oof:
        r = rates(oof[k][0], oof[k][1], t)
        cells = []
        for c in cols:
            a, n = r[c]
            pooled[c][0] += a; pooled[c][1] += n
            cells.append(f"{100 * a / n:.1f}" if n else "-")
        out.append(f"| v{k} | " + " | ".join(cells) + " |")
    out.append("| **pooled** | " + " | ".join(f"**{100 * a / n:.2f}**" for a, n in pooled.values()) + " |")
    out.append("")
    out.append(f"Held-out benign development prompts (each scored by the 13 fold models): "
               f"{int(np.sum(bp >= t))} of {bp.size} ({100 * np.mean(bp >= t):.3f}%).")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--configs", default="base")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nciiguard_writers_loao"))
    ap.add_argument("--save-folds", type=Path, default=None, help="directory for the fold models' npz")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "writers_loao.md")
    ap.add_argument("--report-only", action="store_true",
                    help="rebuild the report from the out-of-fold scores saved in --cache (oof_NAME.npz)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    X_dev, X_b, authors = features(args.cache, args.data)
    print(f"features in {time.perf_counter() - t0:.0f}s; dev negatives {X_dev.shape[0]}, held-out benign {X_b.shape[0]}",
          flush=True)
    lines = ["# writers_sexual_text: leave-one-author-out validation", "",
             f"Command: `python bench/writers_loao.py --configs {args.configs}`", "",
             "Each author's rows scored by a model trained on the other twelve authors (v11-v23) and the development",
             "negatives; threshold per configuration from these out-of-fold scores only (twins <= 1% pooled, <= 2.5% per",
             "author; other must-pass groups <= 0.3% pooled; held-out benign development prompts <= 0.05%).",
             "Figures are % of the group flagged by the model alone at the threshold.", ""]
    summary = ["| config | C | must-pass weight | threshold | positives flagged (pooled) | twins | worst author's twins |",
               "|---|---:|---:|---:|---:|---:|---:|"]
    for name in args.configs.split(","):
        C, tw = CONFIGS[name]
        oof, bps = {}, []
        if args.report_only:
            z = np.load(args.cache / f"oof_{name}.npz")
            off = 0
            for k in authors:
                n = len(authors[k][1])
                oof[k] = (z["p"][off:off + n], z["g"][off:off + n]); off += n
            bps = [z["bp"]]
        for k in ([] if args.report_only else authors):
            others = [authors[j] for j in authors if j != k]
            X, y, w = W.training_matrix(X_dev, others, twin_weight=tw)
            wt, b = W.fit(X, y, w, C)
            oof[k] = (W.scores(authors[k][0], wt, b), np.array(authors[k][1]))
            bps.append(W.scores(X_b, wt, b))
            if args.save_folds:
                args.save_folds.mkdir(parents=True, exist_ok=True)
                np.savez_compressed(args.save_folds / f"{name}_without_v{k}.npz", weights=wt, bias=np.float64(b))
            print(f"  {name} fold v{k} {time.perf_counter() - t0:.0f}s", flush=True)
        bp = np.concatenate(bps)
        t = calibrate(oof, bp)
        p = np.concatenate([oof[k][0] for k in oof]); g = np.concatenate([oof[k][1] for k in oof])
        pos = np.mean(p[np.isin(g, W.POSITIVE)] >= t)
        tw_rate = np.mean(p[g == "clean_twin"] >= t)
        worst = max(np.mean(oof[k][0][oof[k][1] == "clean_twin"] >= t) for k in oof)
        summary.append(f"| {name} | {C:g} | {tw:g} | {t:.4f} | {100 * pos:.1f}% | {100 * tw_rate:.2f}% | {100 * worst:.2f}% |")
        lines += [f"## {name}: C={C:g}, must-pass weight {tw:g}; threshold {t:.4f}", ""]
        lines += table(oof, bp, t) + [""]
        np.savez_compressed(args.cache / f"oof_{name}.npz", p=p, g=g, bp=bp, t=t)
        print("\n".join(summary), flush=True)
    text = "\n".join(lines[:9] + ["## Summary", ""] + summary + [""] + lines[9:]) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(args.out, f"{time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
