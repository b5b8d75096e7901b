"""Where the slowest prompts' time goes in the semantic layer, and what cheaper settings would cost.

Issue 10 item 5 asks p99 <= 15 ms per prompt. The slowest 1-2% of prompts are of two kinds:

1. long prompts the rules leave in doubt: the MiniLM encoder reads up to ``MAX_TOKENS`` (128)
   tokens, ~15 ms on one core at 128, against ~3 ms for a median prompt;
2. prompts the semantic layer flags: the explanation encodes up to 8 candidate words in one padded
   call (the longest words, often garbled token soup of 8-15 word pieces each), 5-11 ms more.

This script measures both on the development prompts that reach the encoder, and prototypes the
cheapest changes: a lower token cap (the head reads the first N tokens; the rules still read
everything), and fewer explanation candidates. For each it reports CPU time and how many decisions
of the semantic layer (probability >= the head's threshold) or explanations (first top word)
change. It does not change the library: the settings are constructed here.

    python bench/encoder_cost.py [--per-set 400]

Prompts: COCO, Six-CD benign, I2P, Six-CD nudity, T2I-RiskyPrompt (../shared/data, seed 0), only
those the signal sends to the encoder; never the held-out set.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import random
import time

import prompt_sets as ps
from _common import markdown_table, median, percentile, write_results


BATCH_NOTE = (
    "A call of one 3-token text costs ~1.3 ms (ORT profile: DynamicQuantizeMatMul is 62-66% of a call at 14 and at "
    "128 tokens), so batching looked like the way to amortise it. Measured, length-sorted batches save little "
    "(the table), because larger calls are compute-bound and padding and attention grow with them. The shipped "
    "int8 graph also quantises activations with one scale per tensor, so in a batch a text's score would depend on "
    "its neighbours (why the signal encodes one text per call); per-row activation scales would remove that, but "
    "for at most the speed-up above it is not worth a graph change and a re-checked head.")


def cpu_ms(fn, *a):
    c = time.process_time()
    out = fn(*a)
    return out, (time.process_time() - c) * 1e3


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-set", type=int, default=400)
    ap.add_argument("--caps", default="96,64")
    args = ap.parse_args(argv)

    from nciiguard.signals.text.semantic import SemanticSexualTextSignal
    from nciiguard.text import encoder as E
    from nciiguard.text.normalize import normalize

    rng = random.Random(0)
    sets = {"COCO": ps.coco(), "Six-CD benign": ps.sixcd_benign(), "I2P": ps.i2p(),
            "Six-CD nudity": ps.sixcd_nudity(), "T2I-RiskyPrompt": ps.t2i_riskyprompt()}
    sem = SemanticSexualTextSignal()
    sem.ensure_loaded()
    enc, head, thr = sem._encoder, sem._head, sem._threshold
    items = []  # (set, normalised text) that reach the encoder
    for name, rows in sets.items():
        rows = list(rows)
        rng.shuffle(rows)
        for p in rows[: args.per_set]:
            nt = normalize(p.text)
            if sem._needs_model(nt, "prompt"):
                items.append((name, nt))
    texts = [nt.folded.text for _, nt in items]
    ntoks = [len(enc.token_ids(t)) for t in texts]

    # -- 1. token cap ------------------------------------------------------------------------
    caps = [E.MAX_TOKENS] + [int(c) for c in args.caps.split(",") if c]
    encoders = {E.MAX_TOKENS: enc}
    for c in caps[1:]:
        encoders[c] = E.SentenceEncoder(max_tokens=c)
    for e in encoders.values():  # warm up
        for t in texts[:10]:
            e.encode_one(t)
    probs, times = {}, {}
    for c, e in encoders.items():
        probs[c], times[c] = [], []
    def score(e, t):
        """One encoder pass and the shipped head's probability (token head: from the hidden states)."""
        if head.token_level:
            st = e.encode_tokens(t)
            return float(head.token_score(st.embedding, st.hidden, st.special)[0])
        return float(head.probabilities(e.encode_one(t))[0])

    for t in texts:  # alternate the encoders text by text (same machine load for each)
        for c, e in encoders.items():
            p, ms = cpu_ms(score, e, t)
            probs[c].append(p)
            times[c].append(ms)
    long_idx = [i for i, n in enumerate(ntoks) if n > min(caps)]
    cap_rows = []
    for c in caps:
        flag = [p >= thr for p in probs[c]]
        base = [p >= thr for p in probs[E.MAX_TOKENS]]
        changed = sum(a != b for a, b in zip(flag, base))
        lost = sum(b and not a for a, b in zip(flag, base))
        cap_rows.append((c, median(times[c]), percentile(times[c], 99), max(times[c]),
                         median([times[c][i] for i in long_idx]) if long_idx else float("nan"),
                         sum(flag), changed, lost))
    per_set = []
    for name in sets:
        idx = [i for i, (s, _) in enumerate(items) if s == name]
        row = [name, len(idx), sum(ntoks[i] > min(caps) for i in idx)]
        for c in caps:
            row.append(sum(probs[c][i] >= thr for i in idx))
        per_set.append(tuple(row))

    # -- 2. explanation candidates (sentence-level heads only: the token head explains from the
    # pass that scored the prompt, with no extra call) -------------------------------------------
    flagged = [i for i, p in enumerate(probs[E.MAX_TOKENS]) if p >= thr] if not head.token_level else []
    variants = {8: sem}
    for k in (4, 2):
        s = SemanticSexualTextSignal({"explain_candidates": k})
        s.ensure_loaded()
        variants[k] = s
    ex_times = {k: [] for k in variants}
    tops = {k: [] for k in variants}
    for i in flagged:
        nt = items[i][1]
        for k, s in variants.items():
            f, ms = cpu_ms(s._finding, "prompt", nt, probs[E.MAX_TOKENS][i])
            ex_times[k].append(ms)
            words = f.evidence["top_words"]
            tops[k].append(words[0]["word"] if words else None)
    # The same 8 candidates, each cut to its first N word pieces ([CLS] + N-2 pieces + [SEP]).
    import numpy as np

    from nciiguard.text import semantic as S

    def capped(nt, cap):
        view = nt.folded
        cands = S.candidates(view.tokens, 8)
        if not cands:
            return None
        encs = enc.tokenize([view.text[c.start:c.end] for c in cands])
        seqs = [e.ids if len(e.ids) <= cap else e.ids[: cap - 1] + [e.ids[-1]] for e in encs]
        n = max(len(q) for q in seqs)
        ids = np.zeros((len(seqs), n), np.int64)
        mask = np.zeros((len(seqs), n), np.int64)
        for r, q in enumerate(seqs):
            ids[r, : len(q)] = q
            mask[r, : len(q)] = 1
        emb = enc._session.run(["embedding"], {"input_ids": ids, "attention_mask": mask})[0]
        ranked = S.rank_contributions(cands, head.probabilities(emb), 3, 0.5)
        if not ranked:
            return None
        os_, oe = view.to_original(ranked[0].start, ranked[0].end)
        return nt.original[os_:oe]

    for cap in (8, 6):
        key = f"8, at most {cap} word pieces each"
        ex_times[key], tops[key] = [], []
        for i in flagged:
            w, ms = cpu_ms(capped, items[i][1], cap)
            ex_times[key].append(ms)
            tops[key].append(w)
    ex_rows = []
    for k in ex_times:
        same = sum(a == b for a, b in zip(tops[k], tops[8]))
        ex_rows.append((k, len(flagged), median(ex_times[k]) if flagged else float("nan"),
                        percentile(ex_times[k], 99) if flagged else float("nan"),
                        same, len(flagged) - same))

    # -- 3. batching (an upper bound: int8 activations are quantised per tensor today) ----------
    order = sorted(range(len(texts)), key=lambda i: ntoks[i])
    batch_rows = []
    for size in (1, 8, 32):
        c = time.process_time()
        if size == 1:
            for t in texts:
                enc.encode_one(t)
        else:
            for s0 in range(0, len(order), size):
                enc.encode_padded([texts[i] for i in order[s0:s0 + size]])
        batch_rows.append((size, (time.process_time() - c) * 1e3 / len(texts)))
    base_ms = batch_rows[0][1]
    batch_rows = [(k, ms, base_ms / ms) for k, ms in batch_rows]

    notes = [
        f"{len(items)} development prompts reach the encoder (of {args.per_set} per set); "
        f"{len(long_idx)} have more than {min(caps)} tokens; median {median(ntoks):.0f} tokens.",
        f"Threshold of the semantic head: {thr:.4f}. CPU time of this process, one thread; the encoders "
        "alternate text by text.",
        "A lower cap changes what the head reads only for prompts longer than the cap; the rules (sexual_text "
        "and the others) still read the whole prompt.",
    ]
    t1 = markdown_table(
        ["max tokens", "encoder p50 CPU ms", "encoder p99 CPU ms", "max CPU ms", f"median CPU ms, prompts > {min(caps)} tokens",
         "flagged", "decisions changed vs 128", "flags lost vs 128"],
        cap_rows, [0, 2, 2, 2, 2, 0, 0, 0])
    t2 = markdown_table(["set", "prompts encoded", f"> {min(caps)} tokens"] + [f"flagged at {c}" for c in caps],
                        per_set, [0] * (3 + len(caps)))
    if head.token_level:
        notes.append(f"The shipped head ({head.model_version}) is token-level: it names its words from the same "
                     "encoder pass, so the explanation-candidate section has no rows.")
    t3 = markdown_table(["explain candidates", "flagged prompts", "explanation p50 CPU ms", "explanation p99 CPU ms",
                         "same first top word as 8", "different"], ex_rows, [0, 0, 2, 2, 0, 0])
    t4 = markdown_table(["texts per session call (length-sorted)", "CPU ms per text", "speed-up"], batch_rows, [0, 3, 2])
    path = write_results("encoder_cost", "Semantic layer: cost of long prompts (and, for sentence-level heads, of explanations)",
                         [("Token cap (encoder input)", t1), ("Per set", t2), ("Explanation candidates", t3),
                          ("Batching the encoder (upper bound)", t4 + "\n\n" + BATCH_NOTE)],
                         command=f"python bench/encoder_cost.py --per-set {args.per_set}", notes=notes)
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
