"""A learned character model that reads sexual words in disguise, one written word at a time.

Why: the lexicon's readers undo the disguises their authors imagined, one rule each (leetspeak,
stretches, one edit, masks, ciphers, split letters). Someone evading a filter combines them and
invents new ones ("n_4_k3dd", "pr0n0gr4ph", "tiiitt!3s"), and every new style defeats every rule that
did not foresee it. This model was trained on words put through random COMPOSITIONS of disguise
operations (:mod:`scripts.train_disguise_words`), with ordinary words of 36 languages put through the
same operations as the negatives, so it learns which word is written, not whether a word looks odd.
Its held-out check uses disguise operations it never saw in training (docs/training.md).

Input: one written word of the ``plain`` view (NFKC, look-alike letters to ASCII, accents and
invisible characters removed, lower case; digits and symbols kept as typed), as :func:`candidates`
cuts it. Features: hashed character n-grams of three readings of the word (as written; letters and
digits only with runs squeezed; and with the usual digit/symbol-for-letter swaps undone), averaged
in an embedding bag, then one hidden layer: fastText with a small MLP. Output: P(none), P(nudity),
P(explicit). numpy only at run time; the weights are ``data/disguise_words.npz`` with a SHA-256
over its arrays that loading checks.

Cost: about a hundred CRC-32s and a [n, 32] mean per word read; only words that are no known word
of any shipped language, or that mix letters with digits or symbols, are read (:func:`candidates`),
and at most :data:`MAX_WORDS` of them per field, each cut at :data:`MAX_WORD` characters, so a
field costs O(its length).
"""

from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from .._data import as_path
from .semantic import array_digest

__all__ = ["DisguiseModel", "Candidate", "candidates", "features", "load_packaged", "MODEL_FILE",
           "LABELS", "FEATURE_VERSION"]

MODEL_FILE = "disguise_words.npz"
#: Output classes, in the order of the model's last layer.
LABELS = ("none", "nudity", "explicit")
#: Bumped whenever :func:`features` changes; the artifact records the version it was trained on.
FEATURE_VERSION = "2"  # 2: 2**17 buckets
BUCKETS = 1 << 17
#: Width of the n-gram embeddings (stored as int8 with one scale per row: ~3 MB).
DIM = 24
#: Longest word read (characters); longer runs are cut (a glued soup token keeps its first part).
MAX_WORD = 32
#: Fewest letters of a word of plain letters that is read (mixed words: three letters or digits).
MIN_LETTERS = 4
#: Most words read in one field (the cost bound of a hostile field of many odd tokens).
MAX_WORDS = 400

#: Digits and symbols written for letters, undone in the third reading (one guess per character;
#: the first two readings keep what was typed, so the model also sees the raw form).
_LEET = str.maketrans({"0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
                       "8": "b", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e",
                       "£": "l", "¡": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})
_LEET_CHARS = frozenset(map(chr, _LEET))
_NOT_ALNUM = re.compile(r"[\W_]+")
_NOT_ALPHA = re.compile(r"[^a-z]+")
_RUNS = re.compile(r"(.)\1+")
#: What ends a word for :func:`candidates`: whitespace, and punctuation that never sits inside one.
_WORD = re.compile(r"[^\s,;:\"()\[\]{}<>«»“”„]+")
#: Punctuation cut from the start of a word ("@" and "$" stay: "@ss", "$lut").
_LEAD = re.compile(r"[^\w@$]+")
_HAS_ALPHA = re.compile(r"[^\W\d_]")
#: A letter the plain view kept that is no ASCII letter and no letter the third reading swaps.
_OTHER_SCRIPT = re.compile(r"[^\W\d_a-zøßæœ]")
_APOSTROPHE = re.compile(r"['\u2019]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _grams(text: str, tag: str, lo: int, hi: int, out: list[int]) -> None:
    t = f"<{text}>"
    n = len(t)
    for k in range(lo, hi + 1):
        for i in range(0, n - k + 1):
            out.append(zlib.crc32(f"{tag}{t[i:i + k]}".encode("utf-8")) & (BUCKETS - 1))


def readings(word: str) -> tuple[str, str, str]:
    """The three readings of a written word the features are taken from."""
    word = word[:MAX_WORD]
    squeezed = _RUNS.sub(r"\1", _NOT_ALNUM.sub("", word))
    leet = _RUNS.sub(r"\1", _NOT_ALPHA.sub("", word.translate(_LEET)))
    return word, squeezed, leet


def features(word: str) -> list[int]:
    """Hashed character n-gram ids of ``word`` (a word of the plain view, lower case)."""
    raw, squeezed, leet = readings(word)
    out: list[int] = []
    _grams(raw, "r", 1, 4, out)
    if squeezed:
        _grams(squeezed, "s", 2, 5, out)
    if leet:
        _grams(leet, "l", 2, 5, out)
    return out


def _strip_edges(word: str) -> tuple[int, str]:
    """``(characters cut at the start, the word)`` with edge punctuation cut: at the start all but
    "@" and "$", at the end all but "$". Linear: a regex searched for trailing punctuation
    backtracks through every run of it inside the word (O(n^2) on "a!!!...!a")."""
    lead = _LEAD.match(word)
    cut = lead.end() if lead else 0
    end = len(word)
    while end > cut and not (word[end - 1].isalnum() or word[end - 1] in "_$"):
        end -= 1
    return cut, word[cut:end]


def _spells_ordinary(word: str, ordinary: Callable[[str], bool]) -> bool:
    """Whether the word under the disguise is an ordinary word: its digits and symbols read as
    letters ("P3t3r" -> "peter"), or, when its symbols only separate letters ("E.r.i.c"), its letters."""
    word = word[:MAX_WORD]
    decoded = _NOT_ALPHA.sub("", word.translate(_LEET))
    if len(decoded) >= 3 and ordinary(decoded):
        return True
    if any(ch in _LEET_CHARS for ch in word if not ch.isalpha()):
        return False  # a symbol may stand for a letter ("t!tt!ezz"): its letters alone are not the word
    letters = _NOT_ALPHA.sub("", word)
    return len(letters) >= 3 and ordinary(letters)


@dataclass(frozen=True)
class Candidate:
    """A word of the plain view the model reads: its text and its range in that view."""

    text: str
    start: int
    end: int


def candidates(plain: str, known: Callable[[str], bool],
               ordinary: Callable[[str], bool] | None = None) -> Iterator[Candidate]:
    """Words of ``plain`` worth reading: a letter in them, two or more characters once edge
    punctuation is cut, and either a digit or symbol inside or no known word (``known``: a word of a
    shipped word list, a name or a lexicon term the rules already read). A word with digits or symbols
    whose letters, or whose digits read as letters, spell an ``ordinary`` word ("P3t3r", "E.r.i.c",
    "N4t4l13": names in leetspeak) is not read either. Runs of three or more one-character pieces
    ("n u d 3") are also read joined. At most :data:`MAX_WORDS`."""
    count = 0
    pieces: list[tuple[int, int]] = []

    def flush() -> Iterator[Candidate]:
        if len(pieces) >= 3:
            s, e = pieces[0][0], pieces[-1][1]
            joined = "".join(plain[a:b] for a, b in pieces)
            if sum(c.isalpha() for c in joined) >= 2 and not known(joined):
                yield Candidate(joined, s, e)
        pieces.clear()

    for m in _WORD.finditer(plain):
        if count >= MAX_WORDS:
            return
        s = m.start()
        lead, word = _strip_edges(m.group())
        s += lead
        e = s + len(word)
        if len(word) == 1:
            if pieces and not plain[pieces[-1][1]:s].isspace():  # "8 0 s, 8 k": a comma ends the run
                for c in flush():
                    count += 1
                    yield c
            pieces.append((s, e))
            continue
        for c in flush():
            count += 1
            yield c
        if len(word) == 2:
            continue
        if not _HAS_ALPHA.search(word) or _OTHER_SCRIPT.search(word):
            continue  # no letter, or a letter of another script (the model reads Latin spellings)
        letters = _APOSTROPHE.sub("", word)  # "world's", "don't": a word of letters
        if letters.isalpha():
            # A short word of plain letters is too often an abbreviation ("ipa", "etc"); the rules
            # read the short sexual words and their leet forms ("s3x", "a$$").
            if len(letters) < MIN_LETTERS or known(letters) or (letters != word and known(_POSSESSIVE.sub("", word))):
                continue
        elif sum(c.isalnum() for c in word) < 3:
            continue
        elif ordinary is not None and _spells_ordinary(word, ordinary):
            continue
        count += 1
        yield Candidate(word, s, e)
    for c in flush():
        yield c


_ARRAYS = ("emb", "scale", "w1", "b1", "w2", "b2")


def quantize(emb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows and one float32 scale per row (symmetric): a quarter of float32's size."""
    scale = np.abs(emb).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(emb / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


_META = ("model_version", "feature_version", "threshold")


class DisguiseModel:
    """The character model. Immutable after construction: one instance serves every thread."""

    def __init__(self, arrays: dict[str, np.ndarray], *, model_version: str, threshold: float):
        self.emb = np.asarray(arrays["emb"], dtype=np.int8)
        self.scale = np.asarray(arrays["scale"], dtype=np.float32)
        self.w1 = np.asarray(arrays["w1"], dtype=np.float32)
        self.b1 = np.asarray(arrays["b1"], dtype=np.float32)
        self.w2 = np.asarray(arrays["w2"], dtype=np.float32)
        self.b2 = np.asarray(arrays["b2"], dtype=np.float32)
        if self.emb.shape[0] != BUCKETS or self.scale.shape != (BUCKETS,) or self.w2.shape[1] != len(LABELS):
            raise ValueError(f"disguise model arrays have the wrong shape: emb {self.emb.shape}, w2 {self.w2.shape}")
        self.model_version = model_version
        self.threshold = float(threshold)

    @classmethod
    def load(cls, path: Path) -> "DisguiseModel":
        try:
            with np.load(path, allow_pickle=False) as z:
                arrays = {k: z[k] for k in _ARRAYS}
                meta = {k: str(z[k]) for k in _META}
                stored = str(z["sha256"])
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"{path.name}: not a disguise-word model ({exc})") from None
        if array_digest(arrays, meta) != stored:
            raise ValueError(f"{path.name}: checksum mismatch (corrupt or edited)")
        if meta["feature_version"] != FEATURE_VERSION:
            raise ValueError(f"{path.name}: trained on features v{meta['feature_version']}, "
                             f"this code computes v{FEATURE_VERSION}")
        return cls(arrays, model_version=meta["model_version"], threshold=float(meta["threshold"]))

    @staticmethod
    def save(path: Path, arrays: dict[str, np.ndarray], *, model_version: str, threshold: float) -> None:
        meta = {"model_version": model_version, "feature_version": FEATURE_VERSION, "threshold": repr(float(threshold))}
        arrays = {k: np.asarray(arrays[k]) for k in _ARRAYS}
        np.savez_compressed(path, **arrays, **{k: np.asarray(v) for k, v in meta.items()},
                            sha256=np.asarray(array_digest(arrays, meta)))

    def _bag(self, ids: list[int]) -> np.ndarray:
        rows = self.emb[ids].astype(np.float32) * self.scale[ids, None]
        return rows.mean(axis=0)

    def probabilities(self, words: list[str]) -> np.ndarray:
        """[len(words), 3] class probabilities (:data:`LABELS` order)."""
        if not words:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        bags = np.stack([self._bag(features(w)) for w in words])
        h = np.maximum(bags @ self.w1 + self.b1, 0.0)
        z = h @ self.w2 + self.b2
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


_MODEL: DisguiseModel | None = None
_LOCK = threading.Lock()


def load_packaged() -> DisguiseModel:
    """The shipped model, loaded once per process; a corrupt artifact raises ValueError naming the
    file and the script that retrains it."""
    global _MODEL
    with _LOCK:
        if _MODEL is None:
            with as_path(f"text/data/{MODEL_FILE}") as path:
                try:
                    _MODEL = DisguiseModel.load(path)
                except ValueError as exc:
                    raise ValueError(f"{exc}; retrain with scripts/train_disguise_words.py") from None
        return _MODEL
