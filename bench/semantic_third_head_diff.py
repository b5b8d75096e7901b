"""Per-field readings of the semantic heads on every row of the asked sets, and the candidate ids of a differential
count for a THIRD semantic head (round 34). Ids and numbers only: no prompt text is written.

For each field the semantic signal encodes (the ``ncii`` profile's signal, as shipped: the rows the encoder never reads
cannot move) it keeps the first head's probability p1, the second head's p2, the candidate's pc, whether the shipped
signal reports the field (the union of the first two heads), and, for each threshold of ``THIRD_GRID``, whether the
candidate passes the gate and vetoes there. A row is a candidate id where a field the shipped signal does not report
passes the candidate at the lowest grid threshold (any p2: every ``third_second_floor``), or where the private-reference
gate's reading can change (p1 under the first head's threshold and pc at ``--gate`` or more). Never-seen sets are
refused (bench/_common.readable_sets).

    PYTHONPATH=src .venv/bin/python bench/semantic_third_head_diff.py CAND.npz --sets v1 ... v33 --out readings.pkl \
        --ids ids.txt [--gate 0.99]
"""

from __future__ import annotations

import argparse
import copy
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The candidate's thresholds read per field (vetted: the signal's gate and vetoes at that threshold).
THIRD_GRID = (0.9, 0.93, 0.95, 0.97, 0.976, 0.98, 0.99)


def readings(cand: Path, sets: list[str], out: Path) -> dict:
    import heldout as H
    from _common import readable_sets
    from nciiguard import Guard
    from nciiguard.content import CacheKey, Content, ScanContext
    from nciiguard.text import semantic

    chosen = readable_sets(sets)
    guard = Guard("ncii")
    sig = next(s for s in guard.signals if s.name == "semantic_sexual_text")
    sig.ensure_loaded()
    head = semantic.SemanticHead.load(cand)
    cands = {}
    for t in THIRD_GRID:
        c = copy.copy(sig)
        c._head, c._threshold = head, t
        cands[t] = c
    res_all: dict = {}
    for k, hs in chosen.items():
        t0, rows, recs = time.time(), H.load(hs.tsv), []
        for i in range(0, len(rows), 64):
            chunk = rows[i:i + 64]
            ctxs = [ScanContext(Content.request(r.text, None), limits=guard.limits) for r in chunk]
            sig.prepare(ctxs)
            for r, ctx in zip(chunk, ctxs):
                fields = []
                for field in ctx.text_fields:
                    st = ctx.peek(CacheKey("semantic_tokens", field))
                    if st is None:
                        continue
                    nt = ctx.text(field)
                    res1 = ctx.peek(CacheKey("semantic_sexual_tok", field))
                    p2 = sig._second._token_result(st)[0] if sig._second is not None else 0.0
                    resc = cands[THIRD_GRID[0]]._token_result(st)
                    before = bool(sig.detect_text(nt, field, ctx))
                    ok = {t: bool(cands[t]._vetted(nt, field, ctx, resc)) for t in THIRD_GRID if resc[0] >= t}
                    fields.append((field, float(res1[0]), float(p2), float(resc[0]), before, {}, ok))
                recs.append((r.id, r.group, fields))
        res_all[k] = recs
        print(k, len(rows), sum(1 for x in recs if x[2]), f"{time.time() - t0:.0f}s", flush=True)
        out.write_bytes(pickle.dumps(res_all))
    return res_all


def candidate_ids(res_all: dict, first_threshold: float, gate: float, lowest: float = 0.95) -> list[str]:
    out = []
    for recs in res_all.values():
        for rid, _group, fields in recs:
            before = any(f[4] for f in fields)
            add = not before and any(f[6].get(lowest) for f in fields)
            opens = any(f[1] < first_threshold and f[3] >= gate for f in fields)
            if add or opens:
                out.append(rid)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cand", type=Path)
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--ids", type=Path, required=True)
    ap.add_argument("--gate", type=float, default=0.99)
    a = ap.parse_args(argv)
    from nciiguard.text import semantic

    res_all = readings(a.cand, a.sets, a.out)
    ids = candidate_ids(res_all, semantic.load_packaged().threshold, a.gate)
    a.ids.write_text("".join(i + "\n" for i in ids), encoding="utf-8")
    print(len(ids), "candidate ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
