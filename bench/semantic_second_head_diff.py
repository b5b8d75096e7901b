"""Rows whose semantic_sexual_text finding differs when only the SECOND head changes (ids only): the candidate rows of a
differential count for a new ``second_head`` file (round 30), as bench/semantic_head_diff.py is for the first head.

The old signal is the union as shipped in round 29 (second head semantic_sexual_r29.npz at 0.99, first-head floor
0.5); the new one swaps in NEW.npz at each threshold of ``--bracket`` (a finding can only disappear as the threshold
rises, so the two ends cover every threshold between). The encoder pass is batched (``prepare``) and shared by every
signal. Never-seen sets are refused; no prompt text is written; ids are appended per finished set.

    PYTHONPATH=src .venv/bin/python bench/semantic_second_head_diff.py NEW.npz --sets v1 ... v29 --out ids.txt \
        [--bracket 0.972 0.999]
"""
import argparse, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
ap = argparse.ArgumentParser()
ap.add_argument("new", type=Path)
ap.add_argument("--sets", nargs="+", required=True)
ap.add_argument("--out", type=Path, required=True)
ap.add_argument("--bracket", type=float, nargs="+", default=[0.97, 0.999])
ap.add_argument("--floor", type=float, default=0.5)
a = ap.parse_args()
import heldout as H
from nciiguard.content import CacheKey, Content, ScanContext
from nciiguard.signals.text.semantic import SemanticSexualTextSignal
from nciiguard.text import semantic
by = {hs.key: hs for hs in H.SETS}
bad = [k for k in a.sets if k in H.UNREAD or k not in by]
if bad:
    raise SystemExit(f"refused: {bad}")
old = SemanticSexualTextSignal({"when_missing": "skip", "second_head": "semantic_sexual_r29.npz",
                                "second_min_probability": 0.99, "second_first_floor": 0.5})
old.ensure_loaded()
newhead = semantic.SemanticHead.load(a.new)
news = []
for t in a.bracket:
    s = SemanticSexualTextSignal({"when_missing": "skip", "second_head": "semantic_sexual_r29.npz",
                                  "second_min_probability": 0.99, "second_first_floor": a.floor})
    s.ensure_loaded()
    s._second._head = newhead
    s._second._threshold = t
    news.append(s)
ids = []
for k in a.sets:
    n_enc = g = l = 0
    rows = list(H.load(by[k].tsv))
    ctxs = [ScanContext(Content.request(r.text)) for r in rows]
    for i in range(0, len(ctxs), 64):
        old.prepare(ctxs[i:i + 64])  # one batched encoder pass per 64 rows, shared through the contexts
    for r, ctx in zip(rows, ctxs):
        f_old = bool(old.detect_text(ctx.text("prompt"), "prompt", ctx))
        st = ctx.shared(CacheKey("semantic_tokens", "prompt"), lambda: None)
        if st is None:
            continue
        n_enc += 1
        d = []
        for s in news:
            c2 = ScanContext(Content.request(r.text))
            c2.shared(CacheKey("semantic_tokens", "prompt"), lambda st=st: st)
            d.append(bool(s.detect_text(c2.text("prompt"), "prompt", c2)) != f_old)
        if any(d):
            ids.append(r.id); g += not f_old; l += f_old
    with open(a.out, "a", encoding="utf-8") as fh:  # per set: a stopped run keeps its finished sets
        fh.write("".join(i + "\n" for i in ids[len(ids) - g - l:]))
    print(f"{k}: encoded {n_enc}, listed {g + l} (old union no finding {g}, finding {l})", flush=True)
print(f"{len(ids)} ids -> {a.out}")
