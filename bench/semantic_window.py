"""Long fields: one 64-token window (the n-gram classifier's pick) against truncation at 128 tokens.

Fresh token soup (bench/semantic_validation.py's soup families with a new seed, and their twins:
the same noise around ordinary fragments) placed at the start, middle or end of benign text made
of 1-6 COCO captions (development data; never the held-out set). For each placement the share the
semantic layer flags, with ``window_tokens: 64`` (shipped) and ``0`` (the first 128 tokens, as
before), and the CPU time of the signal. Both signals read every field, so a field the
lexicon already decides is read too (the gate is off here: this measures what the head can see).

    PYTHONPATH=src python bench/semantic_window.py [--n 160] [--seed 90419]
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import csv
import random
import sys
import time

from _common import SHARED_DATA, markdown_table, median, percentile, write_results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=160)
    ap.add_argument("--seed", type=int, default=90419)
    args = ap.parse_args(argv)

    import semantic_validation as sv

    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.text.semantic import SemanticSexualTextSignal

    sv.SEED = args.seed
    sets = sv.build(args.n)
    pos = []
    for name, items in sets.items():
        if name.startswith("soup / noise"):
            pos += [t for t, y in items]
    twins = [t for t, _ in sets["soup twin (negative)"]]
    csv.field_size_limit(sys.maxsize)
    with open(SHARED_DATA / "prompts/benign/coco_30k.csv", newline="", encoding="utf-8") as fh:
        captions = [r["prompt"].strip().rstrip(".") for r in csv.DictReader(fh) if r.get("prompt", "").strip()]
    rng = random.Random(args.seed)

    def place(soup: str, where: str) -> str:
        scene = [rng.choice(captions) for _ in range(rng.randint(1, 6))]
        if where == "start":
            return soup + ", " + ", ".join(scene)
        if where == "end":
            return ", ".join(scene) + ", " + soup
        k = len(scene) // 2
        return ", ".join(scene[:k] + [soup] + scene[k:])

    # The head on every field (no gate): what each way of reading a long field can see.
    sigs = {w: SemanticSexualTextSignal({"window_tokens": w, "skip_rule_score": 1.01, "skip_below_ngram": 0.0})
            for w in (64, 0)}
    for s in sigs.values():
        s.ensure_loaded()
        list(s.detect(ScanContext(Content.request(" ".join(captions[:12])))))  # warm up
    tok = sigs[64]._encoder._tok_full
    rows = []
    for kind, texts in (("soup (positive)", pos), ("twin (negative)", twins)):
        for where in ("start", "middle", "end"):
            state = rng.getstate()
            placed = [place(t, where) for t in texts]
            rng.setstate(state)
            long_ = [p for p in placed if len(tok.encode(p).ids) > 64]
            row = [kind, where, len(long_), median([len(tok.encode(p).ids) for p in long_])]
            for w in (64, 0):
                flagged, ms = 0, []
                for p in long_:
                    ctx = ScanContext(Content.request(p))
                    ctx.text("prompt")
                    c = time.process_time()
                    flagged += bool(list(sigs[w].detect(ctx)))
                    ms.append((time.process_time() - c) * 1000)
                row += [flagged / max(1, len(long_)), median(ms), percentile(ms, 99)]
            rows.append(row)
    table = markdown_table(
        ["soup", "placed at", "fields over 64 tokens", "median tokens",
         "flagged, window 64", "CPU ms p50, window 64", "CPU ms p99, window 64",
         "flagged, first 128 tokens", "CPU ms p50, first 128", "CPU ms p99, first 128"],
        rows, [0, 0, 0, 0, 3, 2, 2, 3, 2, 2])
    notes = [f"Soup: bench/semantic_validation.py families (paths/urls, code/markdown, Latin filler, units/numbers "
             f"noise; all glue styles), seed {args.seed}, {len(pos)} positives and {len(twins)} twins; benign text: "
             "1-6 COCO captions joined with commas. Only fields over 64 tokens are counted (shorter ones read the "
             "same either way). CPU time of semantic_sexual_text.detect after normalisation (window choice, encoder, "
             "head)."]
    path = write_results("semantic_window", "Semantic layer on long fields: one 64-token window vs the first 128 tokens",
                         [("Flagged by the semantic layer", table)],
                         command=f"python bench/semantic_window.py --n {args.n} --seed {args.seed}", notes=notes)
    print(path.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
