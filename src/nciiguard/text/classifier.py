"""A small linear text classifier (hashed n-grams + logistic regression), inference in numpy only.

Why this shape: the lexicon catches the words everyone uses; the classifier catches phrasings the
lexicon has never seen ("her body fully exposed", "intimate scene on the bed"). A hashed linear
model is tiny (a few hundred KB), loads in milliseconds, runs in well under a millisecond and
needs no runtime dependency beyond numpy. It is trained offline by
``scripts/train_sexual_classifier.py`` with scikit-learn; only the weights ship.

Features (must be identical at training and inference, so both call :func:`feature_indices`):

- word unigrams and bigrams of the text's word tokens, hashed with ``zlib.crc32`` (stable across
  processes and platforms; Python's ``hash()`` is salted per process and must never be used);
- character 3-, 4- and 5-grams of the UTF-8 bytes of ``" " + text + " "``, hashed with a fixed
  polynomial rolling hash computed in numpy (vectorised: the whole text at once).

The feature vector is binary (presence) scaled by ``1/sqrt(number of active features)`` so long
prompts do not win by length alone.
"""

from __future__ import annotations

import re
import threading
import zlib
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .._data import as_path

#: Word tokens: runs of letters/digits/apostrophes (same notion as View.tokens).
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)

# Constants of the byte-level rolling hash. Fixed forever for a given feature scheme: changing
# any of them invalidates every trained artifact (the artifact records FEATURE_SCHEME).
_MULT = np.uint64(0x01000193)  # FNV-1 32-bit prime
_MASK = np.uint64(0xFFFFFFFF)
_NGRAM_SALT = {3: 0x9E3779B1, 4: 0x85EBCA77, 5: 0xC2B2AE3D}
FEATURE_SCHEME = "w12-crc32+c345-fnvpoly-bin-l2:v1"

#: Longest text (characters) fed to the classifier; longer fields are truncated, which only
#: costs recall at the tail of very long model cards (the lexicon still reads all of it).
MAX_CHARS = 4000


def _char_ngram_hashes(data: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every n-byte window of ``data`` (uint8 array), as uint64 in [0, 2**32)."""
    if data.size < n:
        return np.empty(0, dtype=np.uint64)
    count = data.size - n + 1
    h = np.full(count, _NGRAM_SALT[n], dtype=np.uint64)
    for k in range(n):
        h = ((h * _MULT) & _MASK) ^ data[k : k + count]
    # final avalanche so nearby n-grams spread over the table
    h ^= h >> np.uint64(15)
    h = (h * np.uint64(0x2C1B3C6D)) & _MASK
    h ^= h >> np.uint64(12)
    return h


def feature_indices(text: str, dim: int) -> np.ndarray:
    """Sorted unique feature indices (int64) of ``text`` in a table of size ``dim``."""
    text = text[:MAX_CHARS]
    words = _WORD.findall(text)
    parts: list[np.ndarray] = []
    if words:
        hashes = [zlib.crc32(b"w1:" + w.encode("utf-8")) for w in words]
        hashes += [
            zlib.crc32(b"w2:" + a.encode("utf-8") + b" " + b.encode("utf-8"))
            for a, b in zip(words, words[1:])
        ]
        parts.append(np.asarray(hashes, dtype=np.uint64))
    data = np.frombuffer((" " + " ".join(words) + " ").encode("utf-8"), dtype=np.uint8).astype(np.uint64)
    for n in (3, 4, 5):
        parts.append(_char_ngram_hashes(data, n))
    if not parts:
        return np.empty(0, dtype=np.int64)
    allh = np.sort((np.concatenate(parts) % np.uint64(dim)).astype(np.int64))
    # Sorted unique by sort + neighbour test: the same array as np.unique, whose hash-based path
    # (numpy >= 2.3) costs ~6x more on a prompt's few hundred features (round 26, cost).
    if allh.size > 1:
        allh = allh[np.concatenate(([True], allh[1:] != allh[:-1]))]
    return allh


@dataclass(frozen=True)
class Prediction:
    probability: float
    top_features: tuple[str, ...]  # the words/bigrams of the text that pushed the score up most


class LinearTextClassifier:
    """Logistic regression over hashed features. Immutable after load: safe across threads."""

    def __init__(self, weights: np.ndarray, bias: float, *, model_version: str, scheme: str,
                 threshold: float | None = None):
        if scheme != FEATURE_SCHEME:
            raise ValueError(
                f"classifier artifact uses feature scheme {scheme!r}, this code computes "
                f"{FEATURE_SCHEME!r}; retrain with scripts/train_sexual_classifier.py"
            )
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.weights.setflags(write=False)
        self.bias = float(bias)
        self.dim = int(self.weights.shape[0])
        self.model_version = model_version
        #: The calibrated threshold stored with the artifact (None: the policy's min_score decides).
        self.threshold = threshold

    @classmethod
    def from_npz(cls, path_or_file) -> "LinearTextClassifier":
        with np.load(path_or_file, allow_pickle=False) as z:
            return cls(
                z["weights"],
                float(z["bias"]),
                model_version=str(z["model_version"]),
                scheme=str(z["feature_scheme"]),
                threshold=float(z["threshold"]) if "threshold" in z.files else None,
            )

    @classmethod
    def from_package(cls, name: str) -> "LinearTextClassifier":
        """Load ``nciiguard/text/data/<name>`` shipped with the package."""
        with as_path(f"text/data/{name}") as path:
            return cls.from_npz(path)

    def score(self, text: str) -> float:
        idx = feature_indices(text, self.dim)
        if idx.size == 0:
            return _sigmoid(self.bias)
        z = float(self.weights[idx].sum()) / np.sqrt(idx.size) + self.bias
        return _sigmoid(z)

    def predict(self, text: str, *, explain: int = 5) -> Prediction:
        """Probability plus the words/bigrams with the largest positive weight (for evidence)."""
        p = self.score(text)
        return Prediction(p, self.explain(text, explain) if explain else ())

    def explain(self, text: str, k: int = 5) -> tuple[str, ...]:
        words = _WORD.findall(text[:MAX_CHARS])
        cands: dict[str, float] = {}
        for w in words:
            cands[w] = float(self.weights[zlib.crc32(b"w1:" + w.encode("utf-8")) % self.dim])
        for a, b in zip(words, words[1:]):
            key = f"{a} {b}"
            h = zlib.crc32(b"w2:" + a.encode("utf-8") + b" " + b.encode("utf-8")) % self.dim
            cands[key] = float(self.weights[h])
        ranked = sorted((v, k_) for k_, v in cands.items() if v > 0)
        return tuple(k_ for _, k_ in reversed(ranked[-k:]))


def _sigmoid(z: float) -> float:
    if z >= 0:
        return float(1.0 / (1.0 + np.exp(-z)))
    e = np.exp(z)
    return float(e / (1.0 + e))


_CACHE: dict[str, LinearTextClassifier] = {}
_CACHE_LOCK = threading.Lock()


def load_packaged(name: str) -> LinearTextClassifier:
    """Load a packaged classifier once per process (the arrays are read-only and shared)."""
    with _CACHE_LOCK:
        model = _CACHE.get(name)
        if model is None:
            model = _CACHE[name] = LinearTextClassifier.from_package(name)
        return model


def batch_indices(texts: Sequence[str], dim: int):
    """(row, col) index arrays of the binary feature matrix, for training scripts."""
    rows, cols = [], []
    for i, t in enumerate(texts):
        idx = feature_indices(t, dim)
        rows.append(np.full(idx.size, i, dtype=np.int64))
        cols.append(idx)
    return np.concatenate(rows), np.concatenate(cols)
