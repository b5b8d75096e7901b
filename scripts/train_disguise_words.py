"""Train the disguised-word character model (nciiguard/text/data/disguise_words.npz).

    pip install torch==2.13.0            # training only; the package runs the model on numpy
    NCIIGUARD_DATA=/work/shared/data PYTHONPATH=src python scripts/train_disguise_words.py [--check-only]

What it learns: which sexual word of the lexicon (grades ``explicit`` and ``nudity``, single words)
a written word is, under random compositions of disguise operations, against ordinary words of the
package's word lists (English words, names, the 36 languages of ``language_words.tsv.gz``) and the
words of benign development prompts put through the same operations. Everything is passed through
:func:`nciiguard.text.normalize.normalize` and cut by :func:`nciiguard.text.disguise_words.candidates`
exactly as at run time.

The split was written before the first training run and is never tuned on:

* **held-out operations** (``HELD_OUT_OPS``): four disguise operations the check model never sees
  (an emoji inside the word, every letter doubled, vowels swapped for other vowels, a letter moved
  two places). The check positives are words put through at least one of them;
* **held-out words**: one in five ordinary words (by a hash of the word) is never a training negative;
  the check negatives are those words, plain and disguised, plus the candidate words of benign prompt
  sets the trainer does not read (TIFA, GenEval, Six-CD benign; COCO's last 10,000 captions);
* **real obfuscations**: the sexual entries of surge-ai/profanity whose written form is in no lexicon
  line (people's own spellings, not generated), a positive check set the generator never imitates.

Calibration: the threshold is the lowest P(sexual) at which at most ``FP_BUDGET`` of the held-out
benign prompt words are read as sexual. The model that ships is this check model: the held-out
operations stay unseen by it, so its check numbers describe what ships (docs/training.md).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import random
import sys
import time
import unicodedata
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nciiguard.text import disguise_words as dw  # noqa: E402
from nciiguard.text.normalize import normalize  # noqa: E402

DATA = Path(os.environ.get("NCIIGUARD_DATA", ROOT.parent / "shared" / "data"))
PKG = ROOT / "src" / "nciiguard" / "text" / "data"
OUT = PKG / dw.MODEL_FILE
REPORT = ROOT / "bench" / "results" / "disguise_words_training.json"
SEED = 20261204
MODEL_VERSION = "disguise-words-2026.12.7"
FP_BUDGET = 0.005
HELD_OUT_OPS = ("emoji_inside", "double_all", "vowel_swap", "move_letter")

# --------------------------------------------------------------------------------------------
# Disguise operations: each takes (word, rng) and returns the written form.
# --------------------------------------------------------------------------------------------
LEET = {"a": "4@^ä", "b": "8ß6", "c": "(<k¢", "e": "3€&ë", "g": "96", "h": "#", "i": "1!|í", "k": "<",
        "l": "1|£", "o": "0°öø", "s": "5$z§", "t": "7+", "u": "vüµ", "x": "×%", "z": "2", "y": "¥j"}
HOMO = {"a": "аα", "c": "сϲ", "e": "еε", "i": "іι", "o": "оο", "p": "рρ", "s": "ѕ", "x": "хχ", "y": "уγ",
        "k": "кκ", "n": "п", "h": "һ", "d": "ԁ", "j": "ј", "b": "Ь", "t": "т"}
SEPS = ".-_*~|/·•'`^+=:"
MASKS = "*#_?%.@"
EMOJI = ["🍑", "🍆", "💦", "🔥", "😈", "👀", "✨", "❤", "💋", "🙈", "⭐", "🌶"]
VOWELS = "aeiou"
PHON = [("ph", "f"), ("f", "ph"), ("ck", "k"), ("ck", "kk"), ("c", "k"), ("k", "c"), ("s", "z"), ("x", "ks"),
        ("x", "cks"), ("er", "a"), ("oo", "u"), ("u", "oo"), ("ee", "i"), ("y", "ie"), ("ie", "y"), ("i", "ee"),
        ("qu", "kw"), ("th", "d"), ("sh", "ch"), ("ss", "s"), ("s", "ss"), ("es", "ez"), ("s", "z")]


def op_leet(w, r):
    idx = [i for i, c in enumerate(w) if c in LEET]
    if not idx:
        return w
    chosen = r.sample(idx, max(1, int(len(idx) * r.uniform(0.2, 1.0))))
    return "".join(r.choice(LEET[c]) if i in chosen else c for i, c in enumerate(w))


def op_homoglyph(w, r):
    return "".join(r.choice(HOMO[c]) if c in HOMO and r.random() < 0.5 else c for c in w)


def op_separate(w, r):
    sep = r.choice(SEPS) * r.choice((1, 1, 1, 2))
    every = r.random() < 0.6
    out = [w[0]]
    for c in w[1:]:
        out.append((sep if every or r.random() < 0.4 else "") + c)
    return "".join(out)


def op_stretch(w, r):
    out = list(w)
    for _ in range(r.randint(1, 2)):
        i = r.randrange(len(out))
        out[i] = out[i] * r.randint(2, 5)
    return "".join(out)


def op_drop_vowels(w, r):
    out = [c for i, c in enumerate(w) if not (i > 0 and c in VOWELS and r.random() < 0.7)]
    return "".join(out) if len(out) >= 2 else w


def op_edit(w, r):
    i = r.randrange(len(w))
    kind = r.randrange(4)
    letter = r.choice("abcdefghijklmnopqrstuvwxyz")
    if kind == 0:
        return w[:i] + letter + w[i:]
    if kind == 1 and len(w) > 3:
        return w[:i] + w[i + 1:]
    if kind == 2:
        return w[:i] + letter + w[i + 1:]
    if i + 1 < len(w):
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w


def op_mask(w, r):
    idx = [i for i, c in enumerate(w) if c in VOWELS and i > 0] or list(range(1, len(w)))
    if not idx:
        return w
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 2))))
    m = r.choice(MASKS)
    return "".join(m if i in chosen else c for i, c in enumerate(w))


def op_glue(w, r):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    junk = lambda: "".join(r.choice(alphabet) for _ in range(r.randint(1, 4)))  # noqa: E731
    side = r.randrange(3)
    return (junk() if side != 1 else "") + w + (junk() if side != 0 else "")


def op_phonetic(w, r):
    options = [(a, b) for a, b in PHON if a in w]
    if not options:
        return w
    a, b = r.choice(options)
    i = w.find(a)
    return w[:i] + b + w[i + len(a):]


def op_surface(w, r):
    """Look-alike surfaces the normaliser undoes: upper/alternating case, accents, full width."""
    k = r.randrange(4)
    if k == 0:
        return w.upper()
    if k == 1:
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(w))
    if k == 2:
        return "".join(unicodedata.normalize("NFC", c + "\u0301") if c in VOWELS and r.random() < 0.5 else c for c in w)
    return "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" else c for c in w)


def op_plural_slang(w, r):
    return w + r.choice(("z", "zz", "s", "ies", "y", "ie", "xx", "69", "18", "4u", "ed"))


# Held out (check only, never in the check model's training):
def op_emoji_inside(w, r):
    i = r.randint(1, max(1, len(w) - 1))
    return w[:i] + r.choice(EMOJI) + w[i:]


def op_double_all(w, r):
    return "".join(c * 2 for c in w)


def op_vowel_swap(w, r):
    idx = [i for i, c in enumerate(w) if c in VOWELS]
    if not idx:
        return w
    i = r.choice(idx)
    return w[:i] + r.choice([v for v in VOWELS + "y" if v != w[i]]) + w[i + 1:]


def op_move_letter(w, r):
    if len(w) < 4:
        return w
    i = r.randrange(len(w) - 2)
    c = w[i]
    rest = w[:i] + w[i + 1:]
    return rest[:i + 2] + c + rest[i + 2:]


OPS = {"leet": op_leet, "homoglyph": op_homoglyph, "separate": op_separate, "stretch": op_stretch,
       "drop_vowels": op_drop_vowels, "edit": op_edit, "mask": op_mask, "glue": op_glue, "phonetic": op_phonetic,
       "surface": op_surface, "plural_slang": op_plural_slang, "emoji_inside": op_emoji_inside,
       "double_all": op_double_all, "vowel_swap": op_vowel_swap, "move_letter": op_move_letter}
# Order matters: spelling changes first, then character swaps, then separators and surfaces.
ORDER = ("phonetic", "plural_slang", "drop_vowels", "edit", "vowel_swap", "move_letter", "stretch", "double_all",
         "leet", "mask", "homoglyph", "emoji_inside", "separate", "glue", "surface")


def disguise(word: str, ops: list[str], r: random.Random) -> str:
    for name in sorted(ops, key=ORDER.index):
        word = OPS[name](word, r)
    return word


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------
def plain_word(text: str) -> str:
    """The written form as the model sees it at run time: the plain view, spaces dropped."""
    return normalize(text).plain.text.replace(" ", "")


def lexicon_terms():
    terms: dict[str, str] = {}
    every: set[str] = set()
    for line in (PKG / "sexual_terms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        term, grade = line.split("\t")[:2]
        p = plain_word(term) if " " not in term else normalize(term).plain.text
        every.add(p)
        every.add(p.replace(" ", ""))
        if grade in ("explicit", "nudity") and " " not in term and p.isalpha() and len(p) >= 3:
            if terms.get(p) != "explicit":
                terms[p] = grade
    return terms, every


def word_lists() -> list[str]:
    words: set[str] = set()
    for name in ("names_words_common.txt.gz", "names_words_other.txt.gz", "names_first.txt.gz", "names_surnames.txt.gz"):
        with gzip.open(PKG / name, "rt", encoding="utf-8") as fh:
            words.update(w.strip().lower() for w in fh if w.strip() and not w.startswith("#"))
    with gzip.open(PKG / "language_words.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                words.update(parts[2].split())
    return sorted(w for w in words if w.isalpha() and 3 <= len(w) <= 24)


def benign_codes(r: random.Random, n: int) -> list[str]:
    """Written words of benign prompts that mix letters with digits or symbols: sizes, model and
    part numbers, units, camera settings, dates, versions, handles, file names, domains, tags."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = lambda: r.choice(("photo", "image", "cat", "city", "art", "studio", "anna", "mike", "sun", "blue",  # noqa: E731
                             "pixel", "dream", "garden", "night", "style", "model", "lens", "canon", "sony", "nikon"))
    makers = [
        lambda: f"{r.randint(1, 99)}x{r.randint(1, 99)}",
        lambda: f"{r.choice(letters).upper() if r.random() < .5 else r.choice(letters)}{r.choice('-') if r.random() < .5 else ''}{r.randint(1, 999)}",
        lambda: f"{r.randint(1, 999)}{r.choice(('mm', 'cm', 'px', 'k', 'p', 'fps', 'hz', 'kg', 'ml', 'gb', 'mp', 'yo', 's', 'th', 'st', 'nd', 'rd'))}",
        lambda: f"f/{r.choice(('1.4', '1.8', '2.8', '4', '5.6', '8', '11'))}",
        lambda: f"{r.choice(('c.', 'ca.', ''))}{r.randint(1400, 2030)}{r.choice(('', 's'))}",
        lambda: f"v{r.randint(1, 9)}{r.choice(('', '.' + str(r.randint(0, 9))))}",
        lambda: f"@{word()}{r.choice(('_', '.', ''))}{r.randint(0, 999)}",
        lambda: f"{word()}_{r.randint(1, 9999)}.{r.choice(('jpg', 'png', 'webp', 'safetensors', 'ckpt'))}",
        lambda: f"{word()}{r.choice(('.com', '.org', '.net', '.io', '.art'))}",
        lambda: f"#{word()}{r.choice(('', str(r.randint(1, 99)), 'art', 'photography'))}",
        lambda: f"{r.choice(letters)}{r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}",
        lambda: "".join(r.choice(letters + "0123456789") for _ in range(r.randint(3, 8))),
        lambda: f"{r.randint(1, 12)}{r.choice(('girl', 'girls', 'boy', 'boys', 'other', 'am', 'pm'))}",
        lambda: f"{word()}-{r.choice(('like', 'style', 'shaped', 'based', 'free', 'ready', 'inspired'))}",
        lambda: f"{r.choice(('iso', 'ar', 'cfg', 'seed', 'steps', 'sdxl', 'sd', 'gpt', 'rtx', 'gtx', 'iphone', 'ps', 'xbox'))}{r.choice(('', '-', ' '))}{r.randint(1, 9999)}".replace(" ", ""),
    ]
    return [r.choice(makers)() for _ in range(n)]


def hard_negatives(words: list[str], terms) -> list[str]:
    """Ordinary words that contain a sexual term (3+ letters) inside them: "cocktail", "analysis",
    "therapist", "dicksee". Their disguised forms teach the model the word, not the piece."""
    import re

    pieces = sorted({t for t in terms if len(t) >= 3}, key=len, reverse=True)
    rx = re.compile("|".join(map(re.escape, pieces)))
    return [w for w in words if w not in terms and rx.search(w)]


def held_word(w: str) -> bool:
    return zlib.crc32(w.encode()) % 5 == 0


def prompt_words(texts, known) -> list[str]:
    out = []
    for t in texts:
        nt = normalize(t)
        out.extend(c.text for c in dw.candidates(nt.plain.text, known))
    return out


def benign_prompts():
    b = DATA / "prompts" / "benign"
    with open(b / "coco_30k.csv", encoding="utf-8") as fh:
        coco = [r["prompt"] for r in csv.DictReader(fh)]
    tifa = [x["caption"] if isinstance(x, dict) else str(x)
            for x in json.loads((b / "tifa_v1.0_text_inputs.json").read_text(encoding="utf-8"))]
    geneval = [json.loads(line)["prompt"] for line in (b / "geneval_evaluation_metadata.jsonl").read_text().splitlines() if line.strip()]
    with open(b / "sixcd_benign_500.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    key = next(k for k in rows[0] if "prompt" in k.lower())
    sixcd = [r[key] for r in rows]
    return coco[:20000], coco[20000:] + tifa + geneval + sixcd


def odd_prompts():
    """Prompts full of proper nouns, artists and pop culture that ask for nothing sexual: the I2P
    rows outside the ``sexual`` category, the T2I-RiskyPrompt rows outside pornography and Six-CD's
    benign prompts are read elsewhere. Split by a CRC of the prompt: four in five for training,
    one in five held out."""
    rows = []
    with open(DATA / "prompts" / "unsafe" / "i2p_4703.csv", encoding="utf-8") as fh:
        rows += [r["prompt"] for r in csv.DictReader(fh) if "sexual" not in r["categories"] and r["prompt"]]
    risky = json.loads((DATA / "prompts" / "unsafe" / "t2i_riskyprompt" / "T2I-RiskyPrompt.json").read_text(encoding="utf-8"))
    for item in risky.values():
        labels = " ".join(item.get("label", {}))
        if "Pornography" not in labels and "Sexual" not in labels and "Nud" not in labels:
            rows.append(item["prompt"])
    train = [p for p in rows if zlib.crc32(p.encode()) % 5]
    held = [p for p in rows if not zlib.crc32(p.encode()) % 5]
    return train, held


def lfw_name_parts() -> list[str]:
    parts: set[str] = set()
    for line in (DATA / "names" / "lfw_names.txt").read_text(encoding="utf-8").splitlines():
        for w in line.split("\t")[-1].replace("_", " ").lower().split():
            if w.isalpha() and len(w) >= 3:
                parts.add(w)
    return sorted(parts)


def surge_unlisted(every: set[str]) -> list[tuple[str, str]]:
    out = []
    with open(DATA / "lexicons" / "surge_profanity_en.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if "sexual" not in r["category_1"]:
                continue
            text = r["text"].strip().lower()
            p = plain_word(text)
            if " " in text or p in every or len(p) < 3 or p.isdigit():
                continue
            out.append((text, r["canonical_form_1"]))
    return out


# --------------------------------------------------------------------------------------------
# Data sets
# --------------------------------------------------------------------------------------------
def make_set(terms, negatives, prompt_negs, ops_allowed, n_pos, n_neg, r, *, must_use=None, hard=(), codes=()):
    ops_allowed = list(ops_allowed)
    texts, labels = [], []
    term_list = sorted(terms)

    def pick_ops():
        k = r.choice((1, 1, 2, 2, 3))
        ops = r.sample(ops_allowed, min(k, len(ops_allowed)))
        if must_use and not set(ops) & set(must_use):
            ops[0] = r.choice(must_use)
        return ops

    for _ in range(n_pos):
        t = r.choice(term_list)
        w = t if (must_use is None and r.random() < 0.12) else disguise(t, pick_ops(), r)
        texts.append(plain_word(w))
        labels.append(dw.LABELS.index(terms[t]))
    for i in range(n_neg):
        roll = r.random()
        if codes and roll < 0.15:
            texts.append(plain_word(r.choice(codes)))
            labels.append(0)
            continue
        if hard and roll < 0.35:
            w = r.choice(hard)
            if r.random() < 0.7:
                w = disguise(w, pick_ops(), r)
            texts.append(plain_word(w))
            labels.append(0)
            continue
        if prompt_negs and r.random() < 0.45:
            w = r.choice(prompt_negs)
            if r.random() < 0.3:
                w = disguise(w, pick_ops(), r)
        else:
            w = r.choice(negatives)
            if must_use is not None or r.random() < 0.6:
                w = disguise(w, pick_ops(), r)
        texts.append(plain_word(w))
        labels.append(0)
    return texts, labels


def featurise(texts):
    offsets, flat = [0], []
    for t in texts:
        f = dw.features(t) or [0]
        flat.extend(f)
        offsets.append(len(flat))
    return np.asarray(flat, dtype=np.int64), np.asarray(offsets[:-1], dtype=np.int64)


def train(texts, labels, seed, epochs=6, dim=dw.DIM, hidden=32):
    import torch
    from torch import nn

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    flat, offs = featurise(texts)
    y = torch.tensor(labels)
    lens = np.diff(np.append(offs, len(flat)))

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.EmbeddingBag(dw.BUCKETS, dim, mode="mean")
            nn.init.normal_(self.emb.weight, std=0.1)
            self.l1 = nn.Linear(dim, hidden)
            self.l2 = nn.Linear(hidden, len(dw.LABELS))

        def forward(self, f, o):
            return self.l2(torch.relu(self.l1(self.emb(f, o))))

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    n = len(texts)
    weights = torch.tensor([1.0, 1.0, 1.0])
    for ep in range(epochs):
        perm = np.random.default_rng(seed + ep).permutation(n)
        total = 0.0
        for b in range(0, n, 512):
            idx = perm[b:b + 512]
            fs = [flat[offs[i]:offs[i] + lens[i]] for i in idx]
            o = np.cumsum([0] + [len(f) for f in fs[:-1]])
            logits = net(torch.from_numpy(np.concatenate(fs)), torch.from_numpy(o))
            loss = nn.functional.cross_entropy(logits, y[idx], weight=weights, label_smoothing=0.05)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        print(f"  epoch {ep + 1}: loss {total / n:.4f}", flush=True)
    emb, scale = dw.quantize(net.emb.weight.detach().numpy())
    return {"emb": emb, "scale": scale,
            "w1": net.l1.weight.detach().numpy().T.copy(), "b1": net.l1.bias.detach().numpy(),
            "w2": net.l2.weight.detach().numpy().T.copy(), "b2": net.l2.bias.detach().numpy()}


def sexual_p(model, texts):
    out = []
    for b in range(0, len(texts), 2048):
        p = model.probabilities(texts[b:b + 2048])
        out.append(p[:, 1] + p[:, 2])
    return np.concatenate(out) if out else np.zeros(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-only", action="store_true", help="train and report the check model, do not ship")
    ap.add_argument("--pos", type=int, default=100_000)
    ap.add_argument("--neg", type=int, default=300_000)
    args = ap.parse_args()
    t0 = time.time()
    r = random.Random(SEED)
    terms, every = lexicon_terms()
    from nciiguard.signals.text.disguised import known_words

    known = known_words()
    words = [w for w in word_lists() if w not in every]
    train_words = [w for w in words if not held_word(w)]
    check_words = [w for w in words if held_word(w)]
    dev_prompts, check_prompts = benign_prompts()
    odd_train, odd_held = odd_prompts()
    dev_pw = [w for w in prompt_words(dev_prompts + odd_train, known) if w not in every]
    check_pw = prompt_words(check_prompts, known)
    check_odd = prompt_words(odd_held, known)
    train_words = train_words + [w for w in lfw_name_parts() if w not in every]
    print(f"terms {len(terms)}; words train {len(train_words)} check {len(check_words)}; prompt words dev "
          f"{len(dev_pw)} check {len(check_pw)} ({time.time() - t0:.0f} s)", flush=True)
    train_ops = [o for o in OPS if o not in HELD_OUT_OPS]
    codes = benign_codes(random.Random(SEED + 3), 50_000)
    hard_train = hard_negatives(train_words, terms)
    print(f"hard negatives {len(hard_train)}", flush=True)
    tx, ty = make_set(terms, train_words, dev_pw, train_ops, args.pos, args.neg, r, hard=hard_train, codes=codes)
    # Check sets (the split above; none of it is used for training the check model).
    cr = random.Random(SEED + 1)
    pos_held, _ = make_set(terms, [], [], list(OPS), 6000, 0, cr, must_use=list(HELD_OUT_OPS))
    pos_seen, _ = make_set(terms, [], [], train_ops, 6000, 0, cr)
    neg_words = [plain_word(w) for w in check_words[:20000]]
    neg_dis, _ = make_set(terms, check_words, [], list(OPS), 0, 20000, cr, must_use=list(OPS))
    surge = surge_unlisted(every)
    surge_texts = [plain_word(t) for t, _c in surge]
    print(f"data built ({time.time() - t0:.0f} s); training the check model", flush=True)
    arrays = train(tx, ty, SEED)
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "check.npz"
        dw.DisguiseModel.save(path, arrays, model_version=MODEL_VERSION, threshold=0.5)
        check = dw.DisguiseModel.load(path)
    p_prompt = sexual_p(check, check_pw)
    qs = np.sort(p_prompt)
    threshold = float(max(0.5, qs[int(len(qs) * (1 - FP_BUDGET))] + 1e-4)) if len(qs) else 0.5
    rate = lambda p: round(float((p >= threshold).mean()) * 100, 2) if len(p) else None  # noqa: E731
    report = {
        "model_version": MODEL_VERSION, "seed": SEED, "threshold": round(threshold, 4), "fp_budget": FP_BUDGET,
        "held_out_ops": list(HELD_OUT_OPS), "train_ops": train_ops, "terms": len(terms),
        "train_rows": len(tx),
        "check": {
            "positives_held_out_ops_read_%": rate(sexual_p(check, pos_held)),
            "positives_seen_ops_read_%": rate(sexual_p(check, pos_seen)),
            "surge_unlisted_real_obfuscations_read_%": rate(sexual_p(check, surge_texts)),
            "surge_unlisted_n": len(surge_texts),
            "held_out_words_plain_wrongly_read_%": rate(sexual_p(check, neg_words)),
            "held_out_words_disguised_wrongly_read_%": rate(sexual_p(check, neg_dis)),
            "held_out_prompt_words_wrongly_read_%": rate(p_prompt),
            "held_out_prompt_words_n": len(check_pw),
            "held_out_odd_prompt_words_wrongly_read_%": rate(sexual_p(check, check_odd)),
            "held_out_odd_prompt_words_n": len(check_odd),
        },
    }
    print(json.dumps(report, indent=1), flush=True)
    if args.check_only:
        return
    # The shipped model IS the check model: the held-out operations stay unseen by what ships, so
    # the check numbers above describe it (a retrain on every operation read more benign words).
    dw.DisguiseModel.save(OUT, arrays, model_version=MODEL_VERSION, threshold=threshold)
    shipped = dw.DisguiseModel.load(OUT)
    report["shipped"] = {"file": str(OUT.relative_to(ROOT)), "bytes": OUT.stat().st_size,
                         "held_out_prompt_words_wrongly_read_%": rate(sexual_p(shipped, check_pw))}
    REPORT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} and {REPORT} ({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
