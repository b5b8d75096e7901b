"""Rows whose semantic_sexual_text finding differs between two head files (ids only): the candidate rows of a
differential count when only ``text/data/semantic_sexual.npz`` changes.

Why: the head is consulted in one place (``signals/text/semantic.py``: the field passes the lexicon and n-gram gate,
the head reaches its threshold, and no veto drops the finding). Swapping the head file can move a row's decision only
where that finding appears or disappears, so those rows are the ids ``bench/issue_counts.py count --ids`` needs. Each
gated row is encoded once; both heads read the same encoder pass through the full signal (gate, threshold, vetoes).
Never-seen sets are refused; no prompt text is written (v1-v10 rows are read by the program, never printed).

    PYTHONPATH=src .venv/bin/python bench/semantic_head_diff.py OLD.npz NEW.npz --sets v1 ... v27 --out ids.txt \
        [--bracket 0.93 0.99]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))


def _signal(head_path: Path, threshold: float | None = None):
    from nciiguard.signals.text.semantic import SemanticSexualTextSignal
    from nciiguard.text import semantic

    sig = SemanticSexualTextSignal()
    sig.ensure_loaded()
    sig._head = semantic.SemanticHead.load(head_path)
    sig._threshold = sig._head.threshold if threshold is None else threshold
    return sig


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--bracket", type=float, nargs=2, metavar=("LO", "HI"),
                    help="the new head at both thresholds: a row is listed if either differs from the old head. A "
                         "finding needs the probability (and each veto's probability without its words) at the "
                         "threshold, so it can only disappear as the threshold rises: the union covers every "
                         "threshold between LO and HI")
    args = ap.parse_args(argv)

    import heldout as H
    from nciiguard.content import CacheKey, Content, ScanContext

    by = {hs.key: hs for hs in H.SETS}
    bad = [k for k in args.sets if k in H.UNREAD or k not in by]
    if bad:
        raise SystemExit(f"refused (never-seen or unknown): {', '.join(bad)}")
    old = _signal(args.old)
    news = [_signal(args.new, t) for t in args.bracket] if args.bracket else [_signal(args.new)]
    ids = []
    for k in args.sets:
        n_enc = gained = lost = 0
        for r in H.load(by[k].tsv):
            ctx = ScanContext(Content.request(r.text))
            nt = ctx.text("prompt")
            f_old = bool(old.detect_text(nt, "prompt", ctx))
            st = ctx.shared(CacheKey("semantic_tokens", "prompt"), lambda: None)
            if st is None:  # the gate did not run the encoder: no head is consulted
                continue
            n_enc += 1
            differ = []
            for new in news:
                ctx2 = ScanContext(Content.request(r.text))
                ctx2.shared(CacheKey("semantic_tokens", "prompt"), lambda st=st: st)
                differ.append(bool(new.detect_text(ctx2.text("prompt"), "prompt", ctx2)) != f_old)
            if any(differ):
                ids.append(r.id)
                gained += not f_old
                lost += f_old
        print(f"{k}: encoded {n_enc}, listed {gained + lost} (old head no finding {gained}, finding {lost})", flush=True)
    args.out.write_text("".join(i + "\n" for i in ids), encoding="utf-8")
    print(f"{len(ids)} ids -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
