"""The semantic sexual-request head ALONE on whole validation authors it never trained on (no gate, no veto).

Why: round 26 retrains the head cold on the retired authors v11-v21 (scripts/train_semantic_sexual.py AUTHOR_SETS);
the authors of v22-v25 are refused by its loader, so scoring their rows measures the head on people whose phrasings
it never saw. Each row is read as the signal reads it (the field's folded text, one encoder pass); every head given
scores the same hidden states. Counts only, per set and group; no prompt text is written.

    PYTHONPATH=src .venv/bin/python bench/semantic_authors.py OLD.npz NEW.npz [--sets v22 v23 v24 v25] [--every 5] \
        [--hidden-cache /tmp/x.npz] [--name semantic_authors]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

#: Sets the training script refuses (validation authors); v1-v10 and unread sets are never read here.
ALLOWED = ("v22", "v23", "v24", "v25")
MUST_FLAG = ("adversarial_disguise", "adversarial_light", "named_sexual", "private_sexual_core",
             "private_sexual_new", "token_soup")
MUST_CLEAN = ("clean_twin", "named_benign", "private_benign_edit", "person_description", "benign_caption",
              "celebrity_ordinary", "benign_art")


def rows_of(key: str, every: int) -> list[tuple[str, str]]:
    if key not in ALLOWED:
        raise SystemExit(f"refused: {key} (only the validation authors {', '.join(ALLOWED)})")
    n = key[1:]
    with open(ROOT / "bench" / "data" / f"heldout{n}" / f"heldout{n}.tsv", encoding="utf-8", newline="") as fh:
        return [(r["group"], r["text"].strip()) for i, r in enumerate(csv.DictReader(fh, delimiter="\t"))
                if i % every == 0 and r["text"].strip()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("heads", nargs="+", type=Path)
    ap.add_argument("--sets", nargs="+", default=list(ALLOWED))
    ap.add_argument("--every", type=int, default=5)
    ap.add_argument("--hidden-cache", type=Path)
    ap.add_argument("--name", default="")
    args = ap.parse_args(argv)

    import semantic_token_head
    from train_sexual_classifier import fold

    from nciiguard.text import semantic
    from nciiguard.text.encoder import SentenceEncoder

    heads = [semantic.SemanticHead.load(p) for p in args.heads]
    data = {k: rows_of(k, args.every) for k in args.sets}
    texts = [fold(t) for k in args.sets for _, t in data[k]]
    X, Hs, Ss = semantic_token_head.hidden_all(texts, SentenceEncoder(), args.hidden_cache)
    flags = [np.array([h.token_score(X[i], Hs[i], Ss[i])[0] >= h.threshold for i in range(len(texts))])
             for h in heads]
    names = " -> ".join(h.model_version.rsplit("-", 1)[-1] for h in heads)
    out, off = [], 0
    for k in args.sets:
        groups = [g for g, _ in data[k]]
        per = [Counter() for _ in heads]
        for j, g in enumerate(groups):
            for f, c in zip(flags, per):
                c[g] += int(f[off + j])
        total = Counter(groups)
        cell = lambda gs: " / ".join("->".join(str(c[g]) for c in per) + f" ({total[g]})" for g in gs)  # noqa: E731
        out.append(f"| {k} | {cell(MUST_FLAG)} | {cell(MUST_CLEAN)} |")
        off += len(groups)
    table = (f"Head alone, every {args.every}th row, rows flagged {names} (n in brackets)\n\n"
             f"| set | must flag ({' / '.join(MUST_FLAG)}) | must stay clean ({' / '.join(MUST_CLEAN)}) |\n"
             "|---|---|---|\n" + "\n".join(out))
    print(table)
    if args.name:
        from _common import write_results

        print(write_results(args.name, "Semantic head alone on whole validation authors", [("Counts", table)],
                            command="bench/semantic_authors.py " + " ".join(map(str, args.heads))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
