#!/usr/bin/env python
"""Train the semantic sexual-request head shipped as nciiguard/text/data/semantic_sexual.npz.

    .venv/bin/python scripts/train_semantic_sexual.py [--data ../shared/data] [--cache PATH] [--head lr|mlp]

The encoder is nciiguard's own all-MiniLM-L6-v2 graph on onnxruntime (int8 linears, exactly the
run-time path: :mod:`nciiguard.text.encoder`); it reads the field's ``folded`` normalised text, as
the signal does. The head is a logistic regression (or, with ``--head mlp``, one hidden layer) over
the 384-d unit embedding, trained with scikit-learn and shipped as float32 numpy weights.

Data (see docs/training.md, section "semantic_sexual_text"):

- the development prompt sets and labels of scripts/train_sexual_classifier.py (``load_sets``), with
  its 30% held-out rule ``is_heldout``; COCO is subsampled (every training caption is not needed to
  learn "ordinary caption") and weighted down;
- generated text (scripts/semantic_augment.py): sexual requests and their clean twins in six
  languages under eight disguises, token-soup attacks and their noise-only twins, hard negatives;
  round 2 (semantic_augment_more.py) and round 6 (semantic_augment_neg.py: editing instructions,
  editor jargon and captions in 18 languages, descriptions of people, undress pairs).
  Whole template families are held out (``family_id < 25``) for validation.

The threshold is calibrated on the VALIDATION part only: the lowest threshold at which held-out
twins are flagged <= ``--max-twin-fpr`` and held-out benign prompts <= ``--max-benign-fpr`` by the
``ncii`` profile as a whole (rules, or the head where the signal runs the encoder; ``--calibrate
head``: by the head alone, as in 2026.12.1).
Deterministic: same data and packages -> same artifact (the embedding cache is keyed by text).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import semantic_augment  # noqa: E402
import semantic_augment_more  # noqa: E402
import semantic_augment_neg  # noqa: E402
import semantic_augment_r16  # noqa: E402
import semantic_augment_r24  # noqa: E402
import semantic_augment_r29  # noqa: E402
import semantic_augment_r31  # noqa: E402
import semantic_augment_r32  # noqa: E402
from retired_sets import readable  # noqa: E402
from train_sexual_classifier import ART_NEGATIVES, fold, is_heldout, load_sets  # noqa: E402

from nciiguard.text import semantic  # noqa: E402
from nciiguard.text.encoder import SentenceEncoder  # noqa: E402

MODEL_VERSION = "semantic-sexual-2026.12.32"
SEED = semantic_augment.SEED
#: Share of generated template families held out for validation.
VAL_FAMILY_PERCENT = semantic_augment.VAL_FAMILY_PERCENT
#: Training COCO captions kept (of ~21k); the held-out part is subsampled the same way for speed.
COCO_TRAIN = 8000
COCO_VAL = 3000
#: Sample weight of the round-6 hard negatives (scripts/semantic_augment_neg.py).
NEG_HARD_WEIGHT = 1.5
BENIGN_SETS = ("coco", "tifa", "geneval", "sixcd_benign", "t2i_other")
#: The retired sets of the independent authors (bench/data/heldoutN/heldoutN.tsv) trained on.
#: Round 29 split, written before training (round 28's was v11-v24 / v25-v27): train = the authors v11-v25 (every
#: group: sexual rows positive, clean twins / descriptions / captions / art / named benign / benign edits / celebrity
#: ordinary negative), with the existing corpus and round 29's generated families (scripts/semantic_augment_r29.py:
#: token soup whose noise is ordinary words, with noise-only twins; ordinary questions about a person); validation =
#: the whole authors v26, v27, v28 (never trained on: the loader refuses them). v1-v10 (numbers only) and the unread
#: sets (v29, v30) are refused by scripts/retired_sets.py, the one reader of the retired sets. The threshold is chosen
#: by authors (scripts/semantic_loao.py): left-out training authors, the validation authors AND the held-out generated
#: twin families (they stand for authors unlike v11-v28), each held group at or below the shipped head's count.
#: Round 30 split, written before training (commit before the run): train = the authors v11-v27 (every group, every
#: twin / description / caption / art row and every token-soup row; the named groups capped per template as before)
#: with the same corpus and generated families (round 29's ordinary-word soup and "still active?" questions
#: included); validation = the whole authors v28 and v29 (never trained on: refused below). v1-v10 never read; v30 and
#: v31 (never seen) refused by scripts/retired_sets.py. The threshold is chosen by round 29's per-group rule on the
#: validation authors and the held-out generated twin families, and single-author folds (one of v22-v27 left out at a
#: time) give its spread. Artifact: text/data/semantic_sexual_r30.npz (a second head, as r29's).
#: NOT shipped: four pinned must-allow tests failed on their merits (docs/signals/semantic_sexual_text.md);
#: the shipped second head is round 29's semantic_sexual_r29.npz (trained on v11-v25, v26-v28 refused).
#: Round 31 split, written before training (commit before the run): train = the authors v11-v28 (every group, every
#: twin / description / caption / art / token-soup row; named groups capped per template as before) + the same corpus
#: and generated families + scripts/semantic_augment_r31.py: the pinned tests' must-allow prompts (AST extraction from
#: tests/signals, tests/unit; only those the ncii guard of the checkout allows; every one in the TRAINING split) and
#: generated negatives of the shapes that failed (code lines, non-English edits and compounds, Thai names holding
#: "porn", "strip <name>'s bed", "<Name> <I>.'s statements", sauna/robe scenes, wiki tokens). Validation = the whole
#: authors v29 and v30 (never trained on: refused below). v1-v10 never read; v31, v32 refused by retired_sets.py.
#: Threshold: round 29's per-group rule on the validation authors and the held-out generated twin families.
#: Artifacts: text/data/semantic_sexual_r31.npz (second head; candidate B: a first head, semantic_sexual_r31a.npz).
#: Round 32 split (helper "sem"), written before training (committed before the run): a retrained FIRST head (the
#: shipped first head is semantic-sexual-2026.12.16). Train = the authors v11-v29 (every group, every twin /
#: description / caption / art / token-soup row; named groups capped per template as before) + the same corpus and
#: generated families + round 31's block (the pinned tests' must-allow prompts, AST extraction, only those the ncii
#: guard of the checkout allows; round 31's generated failed shapes) + scripts/semantic_augment_r32.py: generated
#: negatives of the shapes the first head read as sexual on v30/v31 (an age in an aside, "fully dressed" scenes,
#: "-inspired"/"-style" underwear-named garments in ordinary settings, long compounds of other languages) with minimal
#: pairs on the same frames; no generated text copies a development row, and any text equal to a validation row is
#: left out. Validation = the whole authors v30 and v31 (never trained on: refused below). v1-v10 never read; v32 and
#: v33 (unread / being written) refused by retired_sets.py. Threshold: round 29's per-group rule on the validation
#: authors and the held-out generated twin families (scripts/semantic_loao.py report). Artifact:
#: text/data/semantic_sexual_r32.npz (version semantic-sexual-2026.12.32), a candidate FIRST head.
#: NOT shipped (out of sample sexual +47/-44, token soup lost on older authors, five pinned tests fail): kept as
#: bench/candidates/semantic_sexual_r32_candidate.npz (bench/results/semantic_round32.md).
AUTHOR_SETS = tuple(f"v{i}" for i in range(11, 30))
AUTHOR_REFUSED = frozenset({"v30", "v31"})  # v32, v33: refused by retired_sets.py (UNREAD / no such set)
#: Round 31: sample weight of the pinned tests' must-allow prompts and the round-31 generated negatives.
R31_WEIGHT = 2.0
#: Round 32: sample weight of the round-32 generated rows (hard negatives, pairs and twins).
R32_WEIGHT = 2.0
#: Groups whose rows must be flagged sexual (positive) / must stay clean (negative).
AUTHOR_POSITIVE = frozenset({"named_sexual", "private_sexual_core", "private_sexual_new", "adversarial_disguise",
                             "adversarial_light", "token_soup"})
AUTHOR_NEGATIVE = frozenset({"benign_art", "benign_caption", "celebrity_ordinary", "clean_twin", "named_benign",
                             "person_description", "private_benign_edit"})
#: Rows kept per (group, language, template family, name form) and set: the named groups repeat one template
#: over hundreds of names; the rest are kept nearly whole.
AUTHOR_CAP_NAMED, AUTHOR_CAP = 2, 2
#: Round 29: every token-soup row of the training authors (round 28 kept 20 per set, and its head lost glued soup
#: after ordinary filler words: the authors' many ordinary sentences outweighed their few soup rows).
AUTHOR_CAP_SOUP = 10 ** 6
#: Groups of few templates and many distinct rows: a share of their rows (by text hash), not a cap per template.
AUTHOR_UNCAPPED = frozenset({"clean_twin", "person_description", "benign_caption", "benign_art"})
#: Round 28: every twin / description / caption / art row of the training authors (round 26 kept 30%, and its
#: head flagged more of the authors' twins than the generated ones it was calibrated on).
AUTHOR_UNCAPPED_SHARE = 1.0


def author_rows(sets=AUTHOR_SETS, weight: float = 1.0):
    """(text, label, group, split, weight) of the retired authors' sets, all in the training split."""
    from collections import Counter

    from retired_sets import read_set

    out, seen_text = [], set()
    for key in sets:
        if key in AUTHOR_REFUSED:
            raise SystemExit(f"refusing to train on {key} (validation authors)")
        seen = Counter()
        for r in read_set(key):
            g, text = r["group"], r["text"].strip()
            if g not in AUTHOR_POSITIVE and g not in AUTHOR_NEGATIVE or not text or text in seen_text:
                continue
            named = g in ("named_sexual", "celebrity_ordinary")
            # the named groups: per template (any name form); token soup: per set (long rows, one generator)
            k = ((g, r["lang"], r["family"].split("|")[0]) if named else (g,) if g == "token_soup"
                 else (g, r["lang"], r["family"].split("|")[0], r["form"]))
            seen[k] += 1
            cap = (AUTHOR_CAP_NAMED if named else AUTHOR_CAP_SOUP if g == "token_soup"
                   else 10 ** 6 if g in AUTHOR_UNCAPPED else AUTHOR_CAP)
            if seen[k] > cap or (g in AUTHOR_UNCAPPED
                                 and zlib.crc32(text.encode("utf-8")) % 1000 >= AUTHOR_UNCAPPED_SHARE * 1000):
                continue
            seen_text.add(text)
            out.append((text, int(g in AUTHOR_POSITIVE), f"auth:{g}", "train", weight))
    return out


def embed_all(texts: list[str], encoder, cache_path: Path | None) -> np.ndarray:
    """Embeddings of ``texts`` (folded already), reusing a cache file keyed by SHA-1 of the text."""
    cache: dict[bytes, np.ndarray] = {}
    if cache_path and cache_path.exists():
        with np.load(cache_path, allow_pickle=False) as z:
            if str(z["encoder"]) == encoder.encoder_id:
                for k, v in zip(z["keys"], z["emb"]):
                    cache[bytes(k)] = v
    keys = [hashlib.sha1(t.encode("utf-8")).digest() for t in texts]
    todo = sorted({t for t, k in zip(texts, keys) if k not in cache})
    if todo:
        t0 = time.perf_counter()
        emb = encoder.encode(todo, batch_size=32)
        for t, e in zip(todo, emb):
            cache[hashlib.sha1(t.encode("utf-8")).digest()] = e
        print(f"encoded {len(todo)} texts in {time.perf_counter() - t0:.0f}s")
        if cache_path:
            ks = list(cache)
            np.savez(cache_path, keys=np.array([np.frombuffer(k, dtype=np.uint8) for k in ks]),
                     emb=np.stack([cache[k] for k in ks]), encoder=np.str_(encoder.encoder_id))
    return np.stack([cache[k] for k in keys]).astype(np.float32)


def collect(data: Path, more: bool = True, neg: bool = True, neg_weight: float = None, r16: bool = True,
            r24: bool = True, r29: bool = True, authors=AUTHOR_SETS, author_weight: float = 1.0, r31: bool = True,
            r32: bool = True):
    """Rows (text, label, group, split, weight); split is 'train' or 'val'."""
    import random

    rng = random.Random(SEED)
    sets = load_sets(data)
    label_of: dict[str, int] = {}
    for rows in sets.values():
        for text, y in rows:
            key = text.strip()
            label_of[key] = max(label_of.get(key, 0), y)
    rows = []
    seen = set()
    for name, rowset in sets.items():
        items = [t.strip() for t, _ in rowset]
        if name == "coco":
            tr = [t for t in items if not is_heldout(t)]
            va = [t for t in items if is_heldout(t)]
            items = rng.sample(tr, min(COCO_TRAIN, len(tr))) + rng.sample(va, min(COCO_VAL, len(va)))
        for key in items:
            if not key or key in seen:
                continue
            seen.add(key)
            w = 0.5 if name == "coco" else 0.5 if key in ART_NEGATIVES else 1.0
            rows.append((key, label_of[key], f"dev:{name}", "val" if is_heldout(key) else "train", w))
    gen = semantic_augment.generate(SEED) + semantic_augment.generate_extra(SEED)
    if more:
        gen += semantic_augment_more.generate_more(SEED)
    if neg:  # round 6: editing instructions, foreign captions, descriptions of people; undress pairs
        gen += semantic_augment_neg.generate_neg(SEED)
    if r16:  # round 16: role/place edits, leisure bodies, "adult" senses, names holding sexual pieces
        gen += semantic_augment_r16.generate_r16(SEED)
    if r24:  # round 24: minimal pairs for the vetoed classes, sex-scene compounds, garments made to disappear
        gen += semantic_augment_r24.generate_r24(SEED)
    if r29:  # round 29: token soup of ordinary words with noise-only twins; ordinary questions about a person
        gen += semantic_augment_r29.generate_r29(SEED)
    for text, y, fam, kind in gen:
        split = "val" if semantic_augment.family_id(fam) < VAL_FAMILY_PERCENT else "train"
        # Round-6 hard negatives (~1,300 among ~51k rows) count 1.5 times: each stands for a
        # shape (an edit instruction, a caption in another language) the head had never seen as benign.
        w = ((NEG_HARD_WEIGHT if neg_weight is None else neg_weight)
             if fam.startswith(("neg-", "r16-", "r24-", "r29-")) and kind == "hard" else 1.0)
        rows.append((text, y, f"gen:{kind}" + ("_r24" if kind == "hard" and fam.startswith("r24-") else ""), split, w))
    if r31:  # round 31: the pinned tests' must-allow prompts and the failed shapes, all in the training split
        have = {r[0] for r in rows}
        extra = [t for t, _ in semantic_augment_r31.pinned_pool()] + [t for t, *_ in semantic_augment_r31.generate_r31(SEED)]
        from retired_sets import read_set

        # a pinned test may quote a validation author's row: such a text stays out (validation stays unseen)
        held = {r["text"].strip() for k in AUTHOR_REFUSED if readable(k) for r in read_set(k)}
        for t in dict.fromkeys(extra):
            if t not in have and t not in held:
                rows.append((t, 0, "r31:must_allow", "train", R31_WEIGHT))
    if r32:  # round 32: the first head's false-read shapes, with pairs; all in the training split
        from retired_sets import read_set

        have = {r[0] for r in rows}
        held = {r["text"].strip() for k in AUTHOR_REFUSED if readable(k) for r in read_set(k)}
        for t, y, fam, kind in semantic_augment_r32.generate_r32(SEED):
            if t not in have and t not in held:
                have.add(t)
                rows.append((t, y, f"r32:{kind}", "train", R32_WEIGHT))
    if authors:
        have = {r[0] for r in rows}
        rows += [r for r in author_rows(authors, author_weight) if r[0] not in have]
    return rows


def rules_flags(originals: list[str], folded: list[str], gate: float = 0.005, learned: float = 0.8):
    """(flagged by the rules, encoder runs) per text, as the ncii profile reads them: a lexicon
    explicit/nudity/euphemism finding >= 0.5 or the n-gram classifier >= ``learned``; the semantic
    signal runs the encoder only where the lexicon left doubt and the n-gram score >= ``gate``."""
    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.text.sexual import SexualTextSignal
    from nciiguard.text.classifier import load_packaged

    lex_sig = SexualTextSignal({"enable_learned": False})
    lex_sig.ensure_loaded()
    ngram = load_packaged("sexual_classifier.npz")
    p_ng = np.array([ngram.score(t) for t in folded])
    lex = np.array([any(f.label in ("explicit", "nudity", "euphemism") and f.score >= 0.5 and f.field == "prompt"
                        for f in lex_sig.detect(ScanContext(Content.request(o)))) for o in originals])
    return lex | (p_ng >= learned), ~lex & (p_ng >= gate)


def fit_head(X, y, w, kind: str, C: float):
    if kind == "lr":
        from sklearn.linear_model import LogisticRegression

        clf = LogisticRegression(C=C, max_iter=5000)
        clf.fit(X, y, sample_weight=w)
        return {"kind": "lr", "w1": clf.coef_[0].astype(np.float32), "b1": np.float32(clf.intercept_[0])}
    from sklearn.neural_network import MLPClassifier

    clf = MLPClassifier(hidden_layer_sizes=(64,), alpha=1.0 / C, max_iter=40, random_state=SEED,
                        early_stopping=False, batch_size=256)
    clf.fit(X, y, sample_weight=w / w.mean())
    return {"kind": "mlp", "w1": clf.coefs_[0].astype(np.float32), "b1": clf.intercepts_[0].astype(np.float32),
            "w2": clf.coefs_[1][:, 0].astype(np.float32), "b2": np.float32(clf.intercepts_[1][0])}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/nciiguard/text/data" / semantic.HEAD_FILE)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nciiguard_semantic_emb.npz"),
                    help="embedding cache (speeds up re-runs; not part of the artifact)")
    ap.add_argument("--head", choices=("token", "lr", "mlp"), default="token")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--pair-weight", type=float, default=0.0,
                    help="weight of the ranking loss on generated minimal pairs (request above its twin)")
    ap.add_argument("--units", type=int, default=64, help="hidden units of the token head's per-token MLP")
    ap.add_argument("--no-more", action="store_true", help="without the round-2 families (semantic_augment_more)")
    ap.add_argument("--no-neg", action="store_true", help="without the round-6 families (semantic_augment_neg)")
    ap.add_argument("--no-r16", action="store_true", help="without the round-16 families (semantic_augment_r16)")
    ap.add_argument("--no-r24", action="store_true", help="without the round-24 families (semantic_augment_r24)")
    ap.add_argument("--no-r29", action="store_true", help="without the round-29 families (semantic_augment_r29)")
    ap.add_argument("--no-r31", action="store_true", help="without round 31's pinned must-allow pool and failed shapes")
    ap.add_argument("--no-r32", action="store_true", help="without round 32's generated shapes (semantic_augment_r32)")
    ap.add_argument("--authors", default=",".join(AUTHOR_SETS),
                    help="retired authors' sets trained on (comma list; '' for none); the AUTHOR_REFUSED sets are refused (validation)")
    ap.add_argument("--author-weight", type=float, default=1.0, help="sample weight of the authors' rows")
    ap.add_argument("--init", type=Path, help="start from this token head (.npz) instead of random weights (fine-tune)")
    ap.add_argument("--lr", type=float, default=2e-3, help="token head: peak learning rate (cosine schedule)")
    ap.add_argument("--base-keep", type=float, default=1.0,
                    help="share of the older TRAINING rows (dev sets, generated rounds 1-16) kept, chosen by text hash "
                         "(a replay sample when fine-tuning with --init); round-24 and authors' rows are always kept")
    ap.add_argument("--val-keep", type=float, default=1.0, help="share of the validation rows kept (by text hash)")
    ap.add_argument("--rows-cache", type=Path, help="pickle of the collected rows (collect() reads the lexicon: slow)")
    ap.add_argument("--neg-weight", type=float, default=NEG_HARD_WEIGHT, help="sample weight of the round-6 hard negatives")
    ap.add_argument("--hidden-cache", type=Path, default=Path("/tmp/nciiguard_semantic_hidden.npz"),
                    help="hidden-state cache of the token head (speeds up re-runs; not part of the artifact)")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--gate", type=float, default=0.005,
                    help="the signal's skip_below_ngram: the encoder runs only where the n-gram score >= this")
    ap.add_argument("--max-twin-fpr", type=float, default=0.03)
    ap.add_argument("--max-benign-fpr", type=float, default=0.01)
    ap.add_argument("--calibrate", choices=("combined", "head"), default="combined",
                    help="twin/benign limits on the ncii profile's flags (rules or head) or on the head alone")
    ap.add_argument("--compare-head", type=Path, help="an older head (.npz; a token head needs --head token): its ncii-profile "
                    "column at its own threshold, on the same validation split, side by side")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--dry-run", action="store_true", help="train and report, do not write the artifact")
    ap.add_argument("--dump", type=Path, help="write the split's scores (texts, groups, labels, p, rules) to this .npz")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    if args.rows_cache and args.rows_cache.exists():
        import pickle

        rows = pickle.loads(args.rows_cache.read_bytes())
    else:
        rows = collect(args.data, more=not args.no_more, neg=not args.no_neg, neg_weight=args.neg_weight, r16=not args.no_r16,
                   r24=not args.no_r24, r29=not args.no_r29, authors=tuple(filter(None, args.authors.split(","))),
                       author_weight=args.author_weight, r31=not args.no_r31,
                       r32=not args.no_r32)
        if args.rows_cache:
            import pickle

            args.rows_cache.write_bytes(pickle.dumps(rows))
    if args.base_keep < 1 or args.val_keep < 1:
        def _keep(text, share):
            return zlib.crc32(text.encode("utf-8")) % 10000 < share * 10000

        rows = [r for r in rows if (_keep(r[0], args.val_keep) if r[3] == "val" else
                                    r[2].startswith(("auth:", "gen:pair_r24", "gen:twin_r24")) or "r24" in r[2]
                                    or _keep(r[0], args.base_keep))]
        # a pair whose twin was dropped is no pair: the ranking loss pairs adjacent rows only
    texts = [fold(r[0]) for r in rows]
    keep = [i for i, t in enumerate(texts) if t.strip()]  # the signal never encodes an empty field
    rows, texts = [rows[i] for i in keep], [texts[i] for i in keep]
    print(f"{len(rows)} rows ({sum(r[1] for r in rows)} positive) collected in {time.perf_counter() - t0:.0f}s")
    encoder = SentenceEncoder()
    if args.head == "token":
        import semantic_token_head

        X, Hs, Ss = semantic_token_head.hidden_all(texts, encoder, args.hidden_cache)
    else:
        X = embed_all(texts, encoder, args.cache)
    y = np.array([r[1] for r in rows])
    w = np.array([r[4] for r in rows], dtype=np.float64)
    group = np.array([r[2] for r in rows])
    train = np.array([r[3] == "train" for r in rows])
    wt = w[train].copy()
    yt = y[train]
    wt[yt == 1] *= wt[yt == 0].sum() / wt[yt == 1].sum()
    if args.head == "token":
        ti = np.where(train)[0]
        pos_of = {int(i): k for k, i in enumerate(ti)}
        pairs = np.array([(pos_of[i], pos_of[i + 1]) for i in ti[:-1]
                          if group[i].startswith("gen:pair_") and i + 1 in pos_of
                          and group[i + 1] == "gen:twin_" + group[i][len("gen:pair_"):]])
        print(f"{len(pairs)} training minimal pairs (ranking loss weight {args.pair_weight})")
        head = semantic_token_head.train(X[ti], [Hs[i] for i in ti], [Ss[i] for i in ti], yt, wt,
                                         epochs=args.epochs, units=args.units, seed=SEED,
                                         pairs=pairs if len(pairs) else None, pair_weight=args.pair_weight,
                                         lr=args.lr, init=semantic.SemanticHead.load(args.init).arrays if args.init else None)
    else:
        head = fit_head(X[train], yt, wt, args.head, args.C)
    model = semantic.SemanticHead(head, threshold=0.5, model_version=MODEL_VERSION, encoder_id=encoder.encoder_id)
    if args.head == "token":  # the run-time numpy path, row by row
        p = np.array([model.token_score(X[i], Hs[i], Ss[i])[0] for i in range(len(rows))])
    else:
        p = model.probabilities(X)

    # ---- calibration on the validation split only ----
    val = ~train
    twin = val & (y == 0) & np.array([g.startswith("gen:twin") or g == "gen:soup_twin" for g in group])
    benign = val & (y == 0) & ~twin
    cands = np.unique(np.round(np.concatenate([p[twin], p[benign], [0.5]]), 4))
    # --calibrate combined: the twin and benign limits hold for what the ncii profile flags (the rules
    # OR the head where the signal runs the encoder), not for the head alone: each learned layer near
    # 3% alone gave 4.3% together (docs/training.md).
    rules, ran = np.zeros(len(rows), bool), np.ones(len(rows), bool)
    if args.calibrate == "combined":
        rules[val], ran[val] = rules_flags([rows[i][0] for i in np.where(val)[0]], [texts[i] for i in np.where(val)[0]],
                                           gate=args.gate)
    threshold = None
    for t in np.sort(cands):
        if t < 0.5:  # the policy reads findings at >= 0.5
            continue
        f = rules | ((p >= t) & ran)
        if np.mean(f[twin]) <= args.max_twin_fpr and np.mean(f[benign]) <= args.max_benign_fpr:
            threshold = float(t) + 1e-4
            break
    if threshold is None:
        threshold = 0.99
    f = rules | ((p >= threshold) & ran)
    print(f"threshold {threshold:.4f} ({args.calibrate}; validation: twins {np.mean(f[twin]):.3%} of {twin.sum()}, "
          f"benign {np.mean(f[benign]):.3%} of {benign.sum()}; head alone: twins {np.mean(p[twin] >= threshold):.3%}, "
          f"benign {np.mean(p[benign] >= threshold):.3%})")

    print(f"\nVALIDATION split (held-out dev prompts + held-out generated template families), {args.head} head")
    comb = rules | ((p >= threshold) & ran)
    old = comb
    if args.compare_head:
        prev = semantic.SemanticHead.load(args.compare_head)
        if prev.token_level:  # a token head reads the hidden states (needs --head token)
            p_prev = np.array([prev.token_score(X[i], Hs[i], Ss[i])[0] for i in range(len(rows))])
        else:
            p_prev = prev.probabilities(X)
        old = rules | ((p_prev >= prev.threshold) & ran)
        print(f"compared with {prev.model_version} at {prev.threshold:.4f}: twins {np.mean(old[twin]):.3%}, "
              f"benign {np.mean(old[benign]):.3%}")
    print("| group | n | positives | flagged (positives) | negatives | flagged (negatives) | ncii profile: flagged "
          "| ncii profile with --compare-head |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for g in sorted(set(group)):
        m = val & (group == g)
        if not m.any():
            continue
        pos, neg = m & (y == 1), m & (y == 0)
        cell = lambda mm: f"{np.mean(p[mm] >= threshold):.3f}" if mm.any() else "-"  # noqa: E731
        print(f"| {g} | {m.sum()} | {pos.sum()} | {cell(pos)} | {neg.sum()} | {cell(neg)} | "
              f"{np.mean(comb[m]) if args.calibrate == 'combined' else float('nan'):.3f} | "
              f"{np.mean(old[m]) if args.compare_head else float('nan'):.3f} |")
    if args.dump:
        np.savez(args.dump, group=group, y=y, val=val, p=p, rules=rules, ran=ran,
                 old=old, threshold=np.float64(threshold))
    if args.show_errors:
        for lab, name in ((1, "FN"), (0, "FP")):
            m = val & (y == lab) & ((p >= threshold) != bool(lab))
            idx = np.where(m)[0]
            idx = idx[np.argsort(p[idx])][:: (1 if lab else -1)][: args.show_errors]
            for i in idx:
                print(f"  {name} {p[i]:.2f} [{group[i]}] {rows[i][0][:120]!r}")
    if args.dry_run:
        return 0
    model = semantic.SemanticHead(head, threshold=threshold, model_version=MODEL_VERSION,
                                  encoder_id=encoder.encoder_id)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, sha256 {semantic.file_digest(args.out)[:16]}) "
          f"in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
