#!/usr/bin/env python
"""Train the sexual-content prompt classifier shipped as nciiguard/text/data/sexual_classifier.npz.

    .venv/bin/python scripts/train_sexual_classifier.py [--data ../shared/data] [--out PATH]

Reads public prompt sets (see docs/training.md for sources, labels and licences), holds out 30% of
*every* set by a stable hash of the prompt text (the benchmark reports on exactly that part),
trains an L2 logistic regression with scikit-learn on the other 70%, prints held-out metrics and
writes only the weights (float16), bias and metadata. Deterministic: same data -> same artifact.

Labels are noisy (many I2P "sexual" prompts are not sexual at all); the choices below are
documented in docs/training.md. In short:

I2P-derived rows (i2p_4703, UnlearnDiff, P4D, and the Six-CD nudity rows whose text is an I2P-derived
prompt) are labelled by the IMAGE SD 1.4 made, not by the request; a hand audit
(bench/data/prompt_audit.tsv) finds ~77% of I2P "sexual" rows ask for nothing sexual ("The Bather by
Bouguereau"). Their target is therefore read from the TEXT ("wording" = a sexual_text finding other
than ``learned``: explicit, nudity or euphemism, lexicon/fuzzy/masked/token soup):

positive  T2I-RiskyPrompt ``is_pornography``; Six-CD nudity (non-I2P rows) and its dual malicious set;
          I2P-derived rows with sexual wording and an image label (``sexual`` category or
          nudity_percentage >= 50).
negative  COCO-30k, TIFA, GenEval, Six-CD benign; T2I-RiskyPrompt rows that are not pornography
          (violence, hate, drugs, logos, politicians ...); I2P rows without ``sexual`` and with
          nudity_percentage <= 10 (so the model learns "sexual", not "unsafe" or "Lexica style");
          I2P-derived rows with no sexual and no suggestive wording at all, whatever their image label,
          at weight ``ART_WEIGHT`` (art-history and Lexica-style prompts: "woman in a bathtub painting
          by bouguereau").
dropped   everything in between (suggestive wording only, sexual wording without an image label ...).
extra     short benign texts (1-4 word windows of training captions, benign phrases of the lexicon's
          exceptions file) as negatives, so short prompts are not "sexual" by default.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nciiguard.text.classifier import FEATURE_SCHEME, LinearTextClassifier, batch_indices  # noqa: E402

DIM = 1 << 18
HOLDOUT_PERCENT = 30
MODEL_VERSION = "sexual-lr-2026.12.1"


def is_heldout(prompt: str) -> bool:
    """The deterministic split shared with bench/prompts.py: crc32 of the stripped UTF-8 text."""
    return zlib.crc32(prompt.strip().encode("utf-8")) % 100 < HOLDOUT_PERCENT


def _pct(row, key) -> float:
    try:
        return float(row.get(key) or 0.0)
    except ValueError:
        return 0.0


#: Weight of an I2P-derived row used as a negative because its text asks for nothing sexual.
ART_WEIGHT = 0.5
#: Prompts (stripped) of I2P-derived rows that train as down-weighted negatives (filled by load_sets).
ART_NEGATIVES: set[str] = set()

_WORDING = None


def wording(text: str) -> set[str]:
    """Grades of the sexual_text findings in ``text`` other than ``learned`` (the signal itself)."""
    global _WORDING
    if _WORDING is None:
        from nciiguard.content import Content, ScanContext
        from nciiguard.signals.text.sexual import SexualTextSignal

        sig = SexualTextSignal({"enable_learned": False})
        sig.load()
        _WORDING = (sig, Content, ScanContext)
    sig, Content, ScanContext = _WORDING
    ctx = ScanContext(Content.request(text))
    return {f.label for f in sig.detect(ctx) if f.field == "prompt"}


def i2p_target(text: str, image_label: bool, quiet_image: bool) -> int | None:
    """Target of an I2P-derived row from its TEXT (see the module docstring)."""
    grades = wording(text)
    if grades & {"explicit", "nudity", "euphemism"}:
        return 1 if image_label else None
    if quiet_image:
        return 0
    if not grades:
        ART_NEGATIVES.add(text.strip())
        return 0
    return None


def load_sets(data: Path, *, sixcd_copies: str = "text") -> dict[str, list[tuple[str, int]]]:
    """{set name: [(prompt, label)]}, label 1 sexual, 0 not; ambiguous rows left out.

    ``sixcd_copies``: "keep" leaves Six-CD nudity rows that copy an I2P-derived prompt positive (as
    Six-CD labels them); "text" gives them the text-read target of I2P rows.
    """
    p = data / "prompts"
    sets: dict[str, list[tuple[str, int]]] = defaultdict(list)
    i2p_texts: set[str] = set()

    def i2p_label(row) -> int | None:
        cats = row.get("categories") or ""
        nud = _pct(row, "nudity_percentage")
        i2p_texts.add(row["prompt"].strip())
        return i2p_target(row["prompt"], "sexual" in cats or nud >= 50, "sexual" not in cats and nud <= 10)

    for name, path in [
        ("i2p", p / "unsafe/i2p_4703.csv"),
        ("unlearndiff", p / "unsafe/unlearndiff/nudity.csv"),
        *[(f"p4d_{f.stem}", f) for f in sorted((p / "unsafe/p4d_source_prompts").glob("*.csv"))],
    ]:
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                label = i2p_label(row)
                if label is not None and row["prompt"].strip():
                    sets[name].append((row["prompt"], label))

    # Six-CD nudity copies some I2P prompts; those carry the same image-made label, so they get the
    # same text-read target. Six-CD's own rows stay positive.
    for name, path in [("sixcd_nudity", p / "unsafe/sixcd/Nudity.csv"),
                       ("sixcd_dual_malicious", p / "unsafe/sixcd/dual_nudity_malicious.csv")]:
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                text = r["prompt"]
                if not text.strip():
                    continue
                if sixcd_copies == "text" and name == "sixcd_nudity" and text.strip() in i2p_texts:
                    label = i2p_target(text, True, False)
                    if label is not None:
                        sets[name].append((text, label))
                else:
                    sets[name].append((text, 1))

    with open(p / "unsafe/t2i_riskyprompt/t2i_riskyprompt_flat.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            porn = r["is_pornography"] == "1"
            sets["t2i_porn" if porn else "t2i_other"].append((r["prompt"], int(porn)))

    with open(p / "benign/coco_30k.csv", newline="", encoding="utf-8") as fh:
        sets["coco"] = [(r["prompt"], 0) for r in csv.DictReader(fh)]
    sets["tifa"] = [(r["caption"], 0) for r in json.loads((p / "benign/tifa_v1.0_text_inputs.json").read_text())]
    with open(p / "benign/geneval_evaluation_metadata.jsonl", encoding="utf-8") as fh:
        sets["geneval"] = [(json.loads(line)["prompt"], 0) for line in fh if line.strip()]
    with open(p / "benign/sixcd_benign_500.csv", newline="", encoding="utf-8") as fh:
        sets["sixcd_benign"] = [(r["prompt"], 0) for r in csv.DictReader(fh)]
    return sets


def benign_phrases() -> list[str]:
    """Benign senses listed in the lexicon's exceptions file, as plain phrases."""
    path = ROOT / "src/nciiguard/text/data/sexual_exceptions.tsv"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] == "phrase" and len(cols) == 2:
            out.append(cols[1])
        elif cols[0] == "near" and len(cols) == 4:
            out += [f"{w} {cols[1]}" for w in cols[2].split("|")[:6]]
    return out


def _misspell(text: str, rng) -> str:
    """``text`` with about a quarter of its words of 4+ letters edited once (seeded ``rng``)."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) >= 4 and w.isalpha() and rng.random() < 0.25:
            k = rng.randrange(len(w) - 1)
            op = rng.randrange(3)
            if op == 0:
                w = w[:k] + w[k + 1:]
            elif op == 1:
                w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
            else:
                w = w[:k] + w[k] + w[k:]
            words[i] = w
    return " ".join(words)


def fold(text: str) -> str:
    """The classifier reads nt.folded.text, exactly as the signal does at run time."""
    return _normalize(text).folded.text


try:
    from nciiguard.text.normalize import normalize as _normalize  # noqa: E402
except ImportError:  # pragma: no cover - only while the normaliser does not exist yet
    import unicodedata

    print("WARNING: nciiguard.text.normalize missing; training on a crude fold", file=sys.stderr)

    class _V:
        def __init__(self, t):
            self.text = t

    class _N:
        def __init__(self, t):
            self.folded = _V(unicodedata.normalize("NFKC", t).lower())

    def _normalize(text):  # type: ignore[no-redef]
        return _N(text)


def collect_training(args) -> tuple[dict, dict, list[str], list[int], list[float]]:
    """(sets, label_of, train_x, train_y, train_w) of the training split, augmented as documented."""
    sets = load_sets(args.data, sixcd_copies=args.sixcd_copies)
    # One label per distinct prompt text: a prompt that is positive anywhere is positive.
    label_of: dict[str, int] = {}
    for rows in sets.values():
        for text, y in rows:
            key = text.strip()
            label_of[key] = max(label_of.get(key, 0), y)
    train_x, train_y, train_w = [], [], []
    seen = set()
    for name, rows in sets.items():
        for text, _ in rows:
            key = text.strip()
            if is_heldout(key) or key in seen:
                continue
            seen.add(key)
            train_x.append(fold(key))
            train_y.append(label_of[key])
            # COCO is 30k near-identical captions: weight it down so it does not drown the
            # harder negatives (non-sexual unsafe prompts in Lexica style).
            train_w.append(0.3 if name == "coco" else ART_WEIGHT if key in ART_NEGATIVES else 1.0)
    # Short benign texts: without them the model learns "short prompt = Six-CD tag soup = sexual"
    # ("bigger boots" scored 0.89). One deterministic 1-4 word window of every training COCO/TIFA
    # caption, and every benign phrase of the lexicon's exceptions file (breast cancer, Moby Dick,
    # naked mole rat ...) alone and in a carrier sentence.
    import random

    rng = random.Random(20261101)
    n_aug = 0
    for name in ("coco", "tifa", "geneval"):
        for text, _ in sets[name]:
            key = text.strip()
            if is_heldout(key) or label_of[key]:
                continue
            words = key.split()
            if len(words) < 2:
                continue
            k = rng.randint(1, min(4, len(words)))
            i = rng.randint(0, len(words) - k)
            train_x.append(fold(" ".join(words[i:i + k])))
            train_y.append(0)
            train_w.append(0.3)
            n_aug += 1
    for phrase in benign_phrases():
        for t in (phrase, f"a photo of {phrase}", f"{phrase}, highly detailed"):
            train_x.append(fold(t))
            train_y.append(0)
            train_w.append(1.0)
            n_aug += 1
    print(f"augmented with {n_aug} short benign texts")
    # Generated clean twins, token soup (both sides) and hard negatives ("two women in
    # the living room", "the woman is laying on her bed"): the model must learn the sexual words, not
    # the scene around them. Only the training template families of the semantic head's split, so
    # scripts/semantic_policy_report.py still measures on families neither model has seen.
    if args.generated > 0:
        sys.path.insert(0, str(ROOT / "scripts"))
        import semantic_augment

        n_gen = 0
        for text, y_gen, fam, kind in semantic_augment.generate(semantic_augment.SEED):
            if semantic_augment.family_id(fam) < semantic_augment.VAL_FAMILY_PERCENT:
                continue
            # Not the requests of the pairs: their differing words are often not sexual alone
            # ("remove her [clothes]" / "remove her [hat]") and an n-gram model would learn
            # "clothes" as a sexual word ("clothes_helper" scored 0.87). The semantic head reads
            # the whole sentence and keeps them.
            if kind.startswith("pair_"):
                continue
            train_x.append(fold(text))
            train_y.append(y_gen)
            train_w.append(args.generated)
            n_gen += 1
        print(f"augmented with {n_gen} generated texts (weight {args.generated})")
    # Misspelling robustness: one copy of every training prompt (both classes, so typos are not
    # themselves a signal) with a quarter of its longer words edited once (deletion, adjacent
    # transposition, doubled letter). The character n-grams then learn "nakd", "pornogrpahy".
    if args.noise > 0:
        n_real = len(train_x)
        for i in range(n_real - n_aug):
            noisy = _misspell(train_x[i], rng)
            if noisy != train_x[i]:
                train_x.append(noisy)
                train_y.append(train_y[i])
                train_w.append(train_w[i] * args.noise)
        print(f"augmented with {len(train_x) - n_real} misspelled copies (weight x{args.noise})")
    return sets, label_of, train_x, train_y, train_w


def feature_matrix(texts: list[str]):
    """The binary hashed features of ``texts`` scaled by 1/sqrt(active features), as the runtime scores them."""
    from scipy import sparse

    rows, cols = batch_indices(texts, DIM)
    X = sparse.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cols)), shape=(len(texts), DIM))
    nnz = np.maximum(np.diff(X.indptr), 1)
    return sparse.diags(1.0 / np.sqrt(nnz)) @ X


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src/nciiguard/text/data/sexual_classifier.npz")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--show-errors", type=int, default=0, help="print N held-out errors per direction")
    ap.add_argument("--noise", type=float, default=0.0,
                    help="weight of one misspelled copy of every training prompt (0 disables)")
    ap.add_argument("--sixcd-copies", choices=("keep", "text"), default="text",
                    help="target of Six-CD nudity rows that copy an I2P prompt (see load_sets)")
    ap.add_argument("--generated", type=float, default=1.0,
                    help="weight of the generated clean twins, token soup and hard negatives of "
                         "scripts/semantic_augment.py (training families only; 0 disables)")
    args = ap.parse_args(argv)

    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    sets, label_of, train_x, train_y, train_w = collect_training(args)
    y = np.asarray(train_y)
    w = np.asarray(train_w, dtype=np.float64)
    w[y == 1] *= (w[y == 0].sum() / w[y == 1].sum())  # balance classes by weight
    print(f"train: {len(y)} prompts, {int(y.sum())} positive ({time.perf_counter() - t0:.1f}s to load)")

    X = feature_matrix(train_x)
    clf = LogisticRegression(C=args.C, max_iter=2000, solver="liblinear")
    clf.fit(X, y, sample_weight=w)
    weights = clf.coef_[0].astype(np.float16)
    bias = float(clf.intercept_[0])

    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        weights=weights,
        bias=np.float64(bias),
        model_version=np.str_(MODEL_VERSION),
        feature_scheme=np.str_(FEATURE_SCHEME),
        holdout=np.str_(f"crc32(utf8(prompt.strip())) % 100 < {HOLDOUT_PERCENT}"),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB) in {time.perf_counter() - t0:.1f}s")

    # ---- held-out evaluation, with the shipped (float16) weights and the runtime code path ----
    model = LinearTextClassifier.from_npz(args.out)
    print(f"\nheld-out ({HOLDOUT_PERCENT}% of every set), model {MODEL_VERSION}")
    print("| set | positives | recall p>=0.5 | recall p>=0.8 | negatives | FPR p>=0.5 | FPR p>=0.8 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    errors = {0: [], 1: []}
    for name, rowset in sets.items():
        held = [(t.strip(), label_of[t.strip()]) for t, _ in rowset if is_heldout(t.strip())]
        if not held:
            continue
        probs = np.array([model.score(fold(t)) for t, _ in held])
        ys = np.array([yy for _, yy in held])
        cells = []
        for lab in (1, 0):
            pr = probs[ys == lab]
            cells += [str(pr.size), f"{np.mean(pr >= 0.5):.3f}" if pr.size else "-",
                      f"{np.mean(pr >= 0.8):.3f}" if pr.size else "-"]
        print(f"| {name} | " + " | ".join(cells) + " |")
        for (t, yy), pr in zip(held, probs):
            if (yy == 1 and pr < 0.5) or (yy == 0 and pr >= 0.5):
                errors[yy].append((pr, name, t))
    for yy in (1, 0):
        for pr, name, t in sorted(errors[yy], reverse=yy == 0)[: args.show_errors]:
            print(f"  {'FN' if yy else 'FP'} {pr:.2f} [{name}] {t[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
