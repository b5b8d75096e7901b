"""How much a single lower-case token looks like a personal name rather than an English word.

Why: in lower case, a name of someone on no list ("kavish dharwan", "adeyemi okonkwo")
is two tokens that no gazetteer holds. The gazetteer can say "this is no English word", but so
are typos, run-together words and jargon of image prompts ("bjplacing", "thrhandssed",
"enormoral", "ultradetailed"). Names and English words differ in their letter patterns
(endings like -ov, -ez, -ian, -oglu, -ski versus -ing, -ed, -ness, -ful; clusters like "kh",
"dz", "aa" versus "ght", "tch"), so a small character n-gram model tells them apart well enough
to admit an unknown pair when BOTH tokens look like names.

The model: character 2-, 3- and 4-grams of ``"^" + token + "$"``, hashed with ``zlib.crc32``
(stable across processes; Python's ``hash()`` is salted) into a table of ``dim`` weights, binary
features, logistic regression. Trained offline by ``scripts/train_name_model.py`` on census
first names and surnames (public domain) against English words, prompt jargon and slang, and
run-together word pairs (see that script for the split and the numbers). Only the weights ship
(``data/name_likeness.npz``, float16, ~64 KB); inference is a sum over ~30 weights in plain
Python, cached per token.
"""

from __future__ import annotations

import math
import threading
import zlib
from functools import lru_cache

from ..._data import read_bytes

__all__ = ["NameLikeness", "load_name_likeness", "ngram_hashes", "FEATURE_SCHEME"]

FEATURE_SCHEME = "c234-crc32-caret-dollar-bin:v1"
_FILE = "name_likeness.npz"


def ngram_hashes(token: str) -> list[int]:
    """crc32 of every character 2-, 3- and 4-gram of ``^token$`` (duplicates kept once).

    Shared by training and inference: changing it invalidates the artifact (``FEATURE_SCHEME``).
    """
    s = "^" + token + "$"
    out = set()
    if s.isascii():
        # crc32(salt + gram) continues crc32(salt) over the gram's bytes (no concatenation; for
        # ASCII a byte slice is the character slice): the same hashes, about twice as fast.
        b = s.encode("ascii")
        crc = zlib.crc32
        for n, salt_crc in _SALT_CRC:
            out.update([crc(b[k : k + n], salt_crc) for k in range(len(b) - n + 1)])
        return sorted(out)
    for n in (2, 3, 4):
        salt = b"%d:" % n
        for k in range(len(s) - n + 1):
            out.add(zlib.crc32(salt + s[k : k + n].encode("utf-8")))
    return sorted(out)


_SALT_CRC = tuple((n, zlib.crc32(b"%d:" % n)) for n in (2, 3, 4))


class NameLikeness:
    """P(name) of one token. Immutable after construction; thread-safe (the cache is)."""

    def __init__(self, weights, bias: float, dim: int, meta: dict):
        # A plain list: indexing it is faster than numpy scalar access for ~30 lookups.
        self._w = [float(x) for x in weights] if not isinstance(weights, list) else weights
        self._b = float(bias)
        self._dim = int(dim)
        self.meta = dict(meta)
        self.prob = lru_cache(maxsize=16384)(self._prob)

    def _prob(self, token: str) -> float:
        """Probability in [0, 1] that ``token`` (lower case, letters) is a personal name."""
        if not token:
            return 0.0
        w, dim = self._w, self._dim
        hs = ngram_hashes(token)
        # Features are binary and L2-normalised, as in training.
        z = self._b + sum(w[h % dim] for h in hs) / math.sqrt(len(hs))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


_LOCK = threading.Lock()
_MODEL: list[NameLikeness] = []


def load_name_likeness() -> NameLikeness:
    """The shipped model, loaded once per process."""
    with _LOCK:
        if _MODEL:
            return _MODEL[0]
        import io

        import numpy as np

        raw = read_bytes(f"text/data/{_FILE}")
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            scheme = str(z["scheme"])
            if scheme != FEATURE_SCHEME:
                raise ValueError(f"{_FILE}: feature scheme {scheme!r}, expected {FEATURE_SCHEME!r}: retrain it")
            model = NameLikeness(z["weights"].astype("float64").tolist(), float(z["bias"]), int(z["dim"]),
                                 {"version": str(z["version"])})
        _MODEL.append(model)
        return model
