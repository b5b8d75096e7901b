"""The semantic head's operating threshold chosen by authors: leave one training author out, and whole validation authors.

Why: round 26's cold retrain on the authors ranked their rows better than the shipped head, but its threshold was
calibrated on GENERATED twins, and on the independent authors' clean twins it flagged more (in the guard twins rose
2-5 rows per set). Here the threshold is read off authors the head did not see:

- ``folds``: for each training author (scripts/train_semantic_sexual.py AUTHOR_SETS), train the same head on every
  training row except that author's, and score that author's rows (every twin, description, caption and art row; the
  named groups as capped for training). Writes the scores (and the shipped head's on the same rows) to an .npz.
- ``report``: also scores the whole validation authors (AUTHOR_REFUSED, never trained on) with the final head and the
  shipped one, and picks the LOWEST threshold >= 0.5 at which clean twins + descriptions flagged by the head alone are
  at or below the shipped head's count on the same rows, each group on its own (twins alone, descriptions alone), pooled over the
  left-out training authors AND pooled over the validation authors. Per-author recall and FPR at that threshold, old vs new, go to bench/results.
  Since round 29 (``--rows-cache`` with ``--train-hidden-cache``) the held-out GENERATED twin families (the
  training script's validation split: minimal-pair twins and soup twins, never trained on by either head) are held
  too, each kind on its own: they stand for authors unlike v11-v28 (round 28's candidate met the rule on the authors
  and raised the older authors' twins in the guard).

Counts only; no prompt text is written. v1-v10 and the unread sets are refused by scripts/retired_sets.py.

    PYTHONPATH=src .venv/bin/python scripts/semantic_loao.py folds --rows-cache R.pkl --hidden-cache H.npz \
        --old OLD.npz --out folds.npz
    PYTHONPATH=src .venv/bin/python scripts/semantic_loao.py report folds.npz --new NEW.npz --old OLD.npz \
        --hidden-cache V.npz [--write NEW_AT_THRESHOLD.npz] [--name semantic_round28]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

import train_semantic_sexual as T  # noqa: E402

#: Groups the threshold is held on (the brief's "clean twins + descriptions"), and the groups reported.
HOLD = ("clean_twin", "person_description")
FLAG = ("adversarial_disguise", "adversarial_light", "named_sexual", "private_sexual_core", "private_sexual_new",
        "token_soup")
CLEAN = ("clean_twin", "person_description", "benign_caption", "benign_art", "named_benign", "private_benign_edit",
         "celebrity_ordinary")


def _scores(head, X, Hs, Ss, idx) -> np.ndarray:
    return np.array([head.token_score(X[i], Hs[i], Ss[i])[0] for i in idx])


def folds(args) -> int:
    import semantic_token_head
    from retired_sets import read_set

    from nciiguard.text import semantic
    from nciiguard.text.encoder import SentenceEncoder

    rows = [r for r in pickle.loads(args.rows_cache.read_bytes()) if r[3] == "train"]  # the folds train only
    texts = [T.fold(r[0]) for r in rows]
    keep = [i for i, t in enumerate(texts) if t.strip()]
    rows, texts = [rows[i] for i in keep], [texts[i] for i in keep]
    author_of: dict[str, str] = {}
    for key in T.AUTHOR_SETS:  # the first set holding a text owns it (author_rows keeps the first copy)
        for r in read_set(key):
            author_of.setdefault(r["text"].strip(), key)
    author = np.array([author_of.get(r[0], "") if r[2].startswith("auth:") else "" for r in rows])
    X, Hs, Ss = semantic_token_head.hidden_all(texts, SentenceEncoder(), args.hidden_cache)
    y = np.array([r[1] for r in rows])
    w = np.array([r[4] for r in rows], dtype=np.float64)
    group = np.array([r[2] for r in rows])
    train = np.array([r[3] == "train" for r in rows])
    old = semantic.SemanticHead.load(args.old)
    out = {"authors": np.array(T.AUTHOR_SETS)}
    chosen = args.only.split(",") if args.only else T.AUTHOR_SETS
    # --leave k: k consecutive authors left out together (one head per group; each author still scored only by a
    # head that never saw it). k = 1 is leave-one-author-out; k = 2 halves the training time on a loaded machine.
    for gi in range(0, len(chosen), args.leave):
        grp = chosen[gi:gi + args.leave]
        held_any = np.isin(author, grp)
        tr = np.where(train & ~held_any)[0]
        wt, yt = w[tr].copy(), y[tr]
        wt[yt == 1] *= wt[yt == 0].sum() / wt[yt == 1].sum()
        print(f"fold {'+'.join(grp)}: training on {len(tr)} rows, scoring {held_any.sum()}", flush=True)
        head = semantic_token_head.train(X[tr], [Hs[i] for i in tr], [Ss[i] for i in tr], yt, wt,
                                         epochs=args.epochs, units=args.units, seed=T.SEED, lr=args.lr)
        model = semantic.SemanticHead(head, threshold=0.5, model_version="fold", encoder_id=old.encoder_id)
        for a in grp:
            hi = np.where(author == a)[0]
            out[f"{a}_group"] = np.array([g[len("auth:"):] for g in group[hi]])
            out[f"{a}_new"] = _scores(model, X, Hs, Ss, hi)
            out[f"{a}_old"] = _scores(old, X, Hs, Ss, hi)
        np.savez(args.out, **out)  # after every fold: a stopped run keeps its folds
    return 0


def _validation(heads, cache: Path):
    """{author: (groups, [scores per head])} over every row of the validation authors' readable groups."""
    import semantic_token_head
    from retired_sets import read_set

    from nciiguard.text.encoder import SentenceEncoder

    data = {}
    for key in sorted(T.AUTHOR_REFUSED, key=lambda k: int(k[1:])):
        rs = [(r["group"], r["text"].strip()) for r in read_set(key)
              if r["group"] in FLAG + CLEAN and r["text"].strip()]
        data[key] = rs
    texts = [T.fold(t) for k in data for _, t in data[k]]
    X, Hs, Ss = semantic_token_head.hidden_all(texts, SentenceEncoder(), cache)
    out, off = {}, 0
    for k, rs in data.items():
        idx = range(off, off + len(rs))
        out[k] = (np.array([g for g, _ in rs]), [_scores(h, X, Hs, Ss, idx) for h in heads])
        off += len(rs)
    return out


def _generated_twins(heads, rows_cache: Path, cache: Path, val_keep: float):
    """{"generated": (kinds, [scores per head])} over the held-out generated twins (the training split's 'val'
    rows: minimal-pair twins -> 'gen_twin', soup twins -> 'gen_soup_twin'), sampled as the training run did."""
    import zlib

    import semantic_token_head

    from nciiguard.text.encoder import SentenceEncoder

    rows = [r for r in pickle.loads(rows_cache.read_bytes()) if r[3] == "val" and r[1] == 0
            and (r[2].startswith("gen:twin") or r[2] == "gen:soup_twin")
            and zlib.crc32(r[0].encode("utf-8")) % 10000 < val_keep * 10000]
    texts = [T.fold(r[0]) for r in rows]
    keep = [i for i, t in enumerate(texts) if t.strip()]
    kinds = np.array(["gen_soup_twin" if rows[i][2] == "gen:soup_twin" else "gen_twin" for i in keep])
    X, Hs, Ss = semantic_token_head.hidden_all([texts[i] for i in keep], SentenceEncoder(), cache)
    return {"generated": (kinds, [_scores(h, X, Hs, Ss, range(len(keep))) for h in heads])}


def report(args) -> int:
    from nciiguard.text import semantic

    old, new = semantic.SemanticHead.load(args.old), semantic.SemanticHead.load(args.new)
    loao = {}
    if args.folds:  # without folds (round 29: a loaded machine), the validation authors and generated twins only
        z = np.load(args.folds)
        loao = {a: (z[f"{a}_group"], [z[f"{a}_old"], z[f"{a}_new"]]) for a in z["authors"] if f"{a}_group" in z}
    val = _validation([old, new], args.hidden_cache)
    gen = (_generated_twins([old, new], args.rows_cache, args.train_hidden_cache, args.val_keep)
           if args.rows_cache else {})
    GEN_HOLD = ("gen_twin", "gen_soup_twin")

    def held(block, t, groups=HOLD):  # (old count at its threshold, new count at t, n) on the held groups
        o = n = k = 0
        for g, (p_old, p_new) in block.values():
            m = np.isin(g, groups)
            o += int((p_old[m] >= old.threshold).sum())
            k += int((p_new[m] >= t).sum())
            n += int(m.sum())
        return o, k, n

    cands = np.unique(np.round(np.concatenate(
        [s[1][1][np.isin(s[0], HOLD + GEN_HOLD)] for blk in (loao, val, gen) for s in blk.values()] + [[0.5]]), 5))
    threshold = None
    for t in np.sort(cands):
        if t < 0.5:
            continue
        t = float(t) + 1e-5
        # each held group on its own (twins alone, descriptions alone), on both blocks: a pooled count let the
        # twins rise where descriptions fell (first run: left-out twins 150 -> 168 at a pooled 189 -> 189)
        if (all(k <= o for blk in (loao, val) for grp in HOLD for o, k, _ in [held(blk, t, (grp,))])
                and all(k <= o for grp in GEN_HOLD for o, k, _ in [held(gen, t, (grp,))] if gen)):
            threshold = t
            break
    threshold = args.threshold if args.threshold is not None else (threshold or 0.999)

    def table(block, title):
        lines = [f"### {title}", "",
                 "| author | " + " | ".join(FLAG) + " | " + " | ".join(CLEAN) + " |",
                 "|---" * (1 + len(FLAG) + len(CLEAN)) + "|"]
        tot = {}
        for a, (g, (p_old, p_new)) in block.items():
            cells = []
            for grp in FLAG + CLEAN:
                m = g == grp
                ko, kn, n = int((p_old[m] >= old.threshold).sum()), int((p_new[m] >= threshold).sum()), int(m.sum())
                t = tot.setdefault(grp, [0, 0, 0])
                t[0] += ko
                t[1] += kn
                t[2] += n
                cells.append(f"{ko}->{kn} ({n})" if n else "-")
            lines.append(f"| {a} | " + " | ".join(cells) + " |")
        lines.append("| **all** | " + " | ".join(f"{t[0]}->{t[1]} ({t[2]})" if t[2] else "-"
                                               for t in (tot.get(grp, [0, 0, 0]) for grp in FLAG + CLEAN)) + " |")
        return "\n".join(lines)

    o1, k1, n1 = held(loao, threshold)
    o2, k2, n2 = held(val, threshold)
    head_line = (f"Threshold {threshold:.5f} (shipped {old.model_version} at {old.threshold:.4f}). Clean twins + "
                 f"descriptions flagged by the head alone, shipped -> new: left-out training authors {o1} -> {k1} of "
                 f"{n1}; validation authors {o2} -> {k2} of {n2}.")
    if gen:
        head_line += " Held-out generated twins, shipped -> new: " + "; ".join(
            f"{grp} {o} -> {k} of {n}" for grp in GEN_HOLD for o, k, n in [held(gen, threshold, (grp,))]) + "."
    print(head_line)
    tables = ([table(loao, "Left-out training authors (each scored by a head trained without it; named groups "
                           "capped as for training)")] if loao else [])
    tables.append(table(val, "Validation authors (never trained on; every row; the final head)"))
    body = [("Threshold", head_line),
            ("Per author (rows flagged by the head alone, shipped -> new, n in brackets)", "\n\n".join(tables))]
    text = "\n\n".join(f"## {h}\n\n{b}" for h, b in body)
    print(text)
    if args.write:
        semantic.SemanticHead({"kind": new.kind, **new.arrays}, threshold=threshold, model_version=new.model_version,
                              encoder_id=new.encoder_id).save(args.write)
        print(f"wrote {args.write} (threshold {threshold:.5f})")
    if args.name:
        from _common import write_results

        print(write_results(args.name, "Semantic head: threshold by authors", body,
                            command="scripts/semantic_loao.py report"))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("folds")
    f.add_argument("--rows-cache", type=Path, required=True)
    f.add_argument("--hidden-cache", type=Path, required=True)
    f.add_argument("--old", type=Path, required=True)
    f.add_argument("--out", type=Path, required=True)
    f.add_argument("--only", default="", help="comma list of training authors (default: all)")
    f.add_argument("--leave", type=int, default=1, help="authors left out together per fold (1: leave one out)")
    f.add_argument("--epochs", type=int, default=12)
    f.add_argument("--units", type=int, default=64)
    f.add_argument("--lr", type=float, default=2e-3)
    r = sub.add_parser("report")
    r.add_argument("folds", type=Path, nargs="?", help="the folds' scores (omit: no left-out training authors)")
    r.add_argument("--new", type=Path, required=True)
    r.add_argument("--old", type=Path, required=True)
    r.add_argument("--hidden-cache", type=Path, required=True)
    r.add_argument("--rows-cache", type=Path, help="the training run's rows (pickle): hold its held-out generated twins too")
    r.add_argument("--train-hidden-cache", type=Path, help="hidden-state cache holding those rows")
    r.add_argument("--val-keep", type=float, default=1.0, help="the training run's --val-keep (the same sample)")
    r.add_argument("--threshold", type=float, help="report at this threshold instead of choosing one")
    r.add_argument("--write", type=Path, help="write the new head with the chosen threshold here")
    r.add_argument("--name", default="")
    args = ap.parse_args(argv)
    return folds(args) if args.cmd == "folds" else report(args)


if __name__ == "__main__":
    raise SystemExit(main())
