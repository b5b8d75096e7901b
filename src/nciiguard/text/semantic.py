"""The semantic sexual-request model: a small head over all-MiniLM-L6-v2 states.

Why: a lexicon finds the words people use; optimised attacks ("larkgenital cowxxx stockings"),
glued and misspelt fragments, leetspeak in other languages and descriptions without a keyword
("x-ray vision through her clothes") defeat it while their meaning survives.

Since ``semantic-sexual-2026.12.3`` the shipped head is TOKEN-level (``kind="token"``): a small MLP
gives each token of the encoder's last hidden states a logit z_t, pooled by log-sum-exp (the prompt's
odds are the sum of its tokens' odds) plus a linear term on the sentence embedding. A linear head on
the mean-pooled embedding (``kind="lr"``/``"mlp"``, 2026.12.1-2, still loadable) reads the topic of a
prompt rather than the one word that makes it sexual, so it had to sit at a 0.97 threshold to keep
clean twins low; the token head separates minimal pairs better and its top tokens are the
explanation, from the same encoder pass (:func:`token_words`). Trained by
``scripts/train_semantic_sexual.py`` (torch, training only), shipped as ``data/semantic_sexual.npz``
(~95 KB since 2026.12.6, numpy only at run time) with its model version, encoder id, calibrated threshold and a
SHA-256 over its arrays that loading checks.

Sentence-level heads explain a finding by scoring a few candidate words on their own in one padded
encoder call (:func:`candidates`, :func:`rank_contributions`).
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .._data import as_path

HEAD_FILE = "semantic_sexual.npz"
_ARRAYS = ("w1", "b1", "w2", "b2", "u", "c")


def array_digest(arrays: dict[str, np.ndarray], meta: dict[str, str]) -> str:
    """SHA-256 over named arrays (dtype, shape, bytes) and metadata: the checksum a shipped model
    artifact stores and loading checks (the semantic and private-reference heads, the disguise model)."""
    h = hashlib.sha256()
    for k in sorted(arrays):
        a = np.ascontiguousarray(arrays[k])
        h.update(k.encode() + str(a.dtype).encode() + str(a.shape).encode() + a.tobytes())
    for k in sorted(meta):
        h.update(f"{k}={meta[k]}".encode("utf-8"))
    return h.hexdigest()


def file_digest(path: Path) -> str:
    with np.load(path, allow_pickle=False) as z:
        return str(z["sha256"])


class SemanticHead:
    """P(sexual request) from unit embeddings. Immutable after construction: safe across threads."""

    def __init__(self, arrays: dict, *, threshold: float, model_version: str, encoder_id: str):
        self.kind = str(arrays["kind"])
        if self.kind not in ("lr", "mlp", "token"):
            raise ValueError(f"unknown semantic head kind {self.kind!r}")
        self.arrays = {k: np.asarray(arrays[k], dtype=np.float32) for k in _ARRAYS if k in arrays}
        for a in self.arrays.values():
            a.setflags(write=False)
        self.threshold = float(threshold)
        self.model_version = model_version
        self.encoder_id = encoder_id

    def meta(self) -> dict[str, str]:
        return {"kind": self.kind, "threshold": f"{self.threshold:.6f}", "model_version": self.model_version,
                "encoder_id": self.encoder_id}

    @property
    def token_level(self) -> bool:
        return self.kind == "token"

    def token_logits(self, hidden: np.ndarray) -> np.ndarray:
        """z_t per token of one text ([tokens, 384] -> [tokens]); token head only.

        Run by onnxruntime on one thread where it is installed (it is wherever the encoder is). Why: NumPy
        hands the [tokens x 384] @ [384 x 64] product to its BLAS, whose default pool has a thread per core;
        in a process that shares its cores (a web worker, a batch job, a pinned benchmark) those threads
        spin, and the product took ~23 ms instead of ~0.1 ms from 32 tokens up on a 2-core machine
        (bench/results/reader_cost.md). The answer is the same to float rounding (~1e-6).
        """
        session = self._session()
        x = np.ascontiguousarray(hidden, dtype=np.float32)
        if session is not None:
            return session.run(None, {"hidden": x})[0]
        a = self.arrays
        return np.maximum(x @ a["w1"] + a["b1"], 0.0) @ a["w2"] + a["b2"]

    def _session(self):
        """A one-thread onnxruntime session of the token MLP, built once; None without onnxruntime."""
        cached = self.__dict__.get("_ort")
        if cached is not None or "_ort" in self.__dict__:
            return cached
        with _LOCK:
            if "_ort" not in self.__dict__:
                self.__dict__["_ort"] = _token_mlp_session(self.arrays)
        return self.__dict__["_ort"]

    def token_score(self, embedding: np.ndarray, hidden: np.ndarray, special) -> tuple[float, np.ndarray]:
        """(P(sexual request), z_t per token) of one text from one encoder pass; token head only.

        logit = log sum_t exp(z_t) + u . e + c over the non-special tokens: the prompt's odds are the
        sum of its tokens' odds (times a sentence-level factor), so one glued fragment among noise
        can carry the decision and its z_t names it. Special tokens get z = -inf.
        """
        z = self.token_logits(hidden)
        keep = ~np.asarray(special, dtype=bool)
        z = np.where(keep, z, -np.inf) if keep.any() else z
        zmax = float(np.max(z))
        logit = zmax + float(np.log(np.sum(np.exp(z - zmax)))) + float(embedding @ self.arrays["u"] + self.arrays["c"])
        return 1.0 / (1.0 + float(np.exp(-np.clip(logit, -40, 40)))), z

    def token_probability(self, embedding: np.ndarray, z_t: float) -> float:
        """P(sexual request) if token ``z_t`` alone carried the odds (for listing contributing words)."""
        logit = z_t + float(embedding @ self.arrays["u"] + self.arrays["c"])
        return 1.0 / (1.0 + float(np.exp(-np.clip(logit, -40, 40))))

    def logits(self, X: np.ndarray) -> np.ndarray:
        a = self.arrays
        if self.kind == "token":
            raise ValueError("the token-level head scores hidden states: use token_score")
        if self.kind == "lr":
            return X @ a["w1"] + a["b1"]
        hidden = np.maximum(X @ a["w1"] + a["b1"], 0.0)
        return hidden @ a["w2"] + a["b2"]

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        z = np.clip(self.logits(np.atleast_2d(X).astype(np.float32)), -40, 40)
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path) -> None:
        meta = self.meta()
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **self.arrays, **{k: np.str_(v) for k, v in meta.items()},
                            sha256=np.str_(array_digest(self.arrays, meta)))

    @classmethod
    def load(cls, path_or_file) -> "SemanticHead":
        with np.load(path_or_file, allow_pickle=False) as z:
            arrays = {k: z[k] for k in _ARRAYS if k in z.files}
            meta = {k: str(z[k]) for k in ("kind", "threshold", "model_version", "encoder_id")}
            stored = str(z["sha256"])
        arrays32 = {k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}
        if array_digest(arrays32, meta) != stored:
            name = getattr(path_or_file, "name", None) or HEAD_FILE
            raise ValueError(f"{Path(str(name)).name}: checksum mismatch (corrupt or edited artifact)")
        return cls({"kind": meta["kind"], **arrays32}, threshold=float(meta["threshold"]),
                   model_version=meta["model_version"], encoder_id=meta["encoder_id"])


_HEADS: dict[str, SemanticHead] = {}
_LOCK = threading.Lock()


def _token_mlp_session(arrays: dict):
    """relu(hidden @ w1 + b1) @ w2 + b2 as a one-thread onnxruntime session, or None if onnxruntime is missing
    (the head then runs on NumPy). The graph's bytes are written by :mod:`nciiguard.text.onnx_bytes`: building
    it with ``onnx.helper`` imported ``onnx`` on the first prompt that reached the encoder (~1.3 s)."""
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    from .onnx_bytes import mlp_model

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(mlp_model(arrays["w1"], arrays["b1"], arrays["w2"], arrays["b2"]),
                                sess_options=opts, providers=["CPUExecutionProvider"])


def load_head(file: str, retrain: str, *, token_level: bool = False) -> SemanticHead:
    """A head shipped as ``nciiguard/text/data/<file>``, loaded once per process (the semantic
    sexual-request head, the private-reference head); a corrupt artifact raises ValueError naming
    the file and the script that retrains it."""
    with _LOCK:
        head = _HEADS.get(file)
        if head is None:
            with as_path(f"text/data/{file}") as path:
                try:
                    head = SemanticHead.load(path)
                except ValueError as exc:
                    raise ValueError(f"{exc}; retrain with {retrain}") from None
            if token_level and not head.token_level:
                raise ValueError(f"{file}: expected a token-level head, got {head.kind!r}")
            _HEADS[file] = head
        return head


def load_packaged() -> SemanticHead:
    """The shipped semantic sexual-request head, loaded once per process."""
    return load_head(HEAD_FILE, "scripts/train_semantic_sexual.py")


@dataclass(frozen=True)
class Contribution:
    """A word of the field and the head's probability for that word read on its own."""

    start: int  # offsets in the view the model read
    end: int
    word: str
    score: float


def candidates(tokens, max_candidates: int) -> list:
    """The distinct word tokens worth scoring, longest first, at most ``max_candidates``.

    Short function words rarely carry the meaning; long glued or disguised tokens ("nakedwoman")
    usually do. Returned in text order.
    """
    seen, out = set(), []
    for tok in sorted(tokens, key=lambda t: (-(t.end - t.start), t.start)):
        if tok.text in seen or len(tok.text) < 3:
            continue
        seen.add(tok.text)
        out.append(tok)
        if len(out) >= max_candidates:
            break
    out.sort(key=lambda t: t.start)
    return out


def rank_contributions(cands, probs: np.ndarray, k: int, floor: float) -> list[Contribution]:
    """The ``k`` candidates whose own probability is highest and at least ``floor``."""
    out = [Contribution(t.start, t.end, t.text, float(p)) for t, p in zip(cands, probs) if p >= floor]
    out.sort(key=lambda c: -c.score)
    return out[:k]


def probability_without(head, embedding: np.ndarray, z: np.ndarray, offsets, special, spans) -> float:
    """P(sexual request) of the token head with the tokens inside ``spans`` ((start, end) in the text
    the encoder read) left out of the log-sum-exp; the sentence term is kept. 0 if no token is left."""
    keep = []
    for (s, e), zt, sp in zip(offsets, z, special):
        if sp or e <= s or not np.isfinite(zt):
            continue
        if any(a <= s and e <= b for a, b in spans):
            continue
        keep.append(float(zt))
    if not keep:
        return 0.0
    zs = np.asarray(keep)
    zmax = float(np.max(zs))
    logit = zmax + float(np.log(np.sum(np.exp(zs - zmax)))) + float(embedding @ head.arrays["u"] + head.arrays["c"])
    return 1.0 / (1.0 + float(np.exp(-np.clip(logit, -40, 40))))


def token_words(words, z: np.ndarray, offsets, special) -> list[tuple[int, int, float]]:
    """(start, end, z) per word of the view, best first: each encoder token (a word piece) is given
    to the view token ``words`` that contains it, and a word scores its best piece. A piece outside
    every word (an emoji, punctuation) stands for itself. Offsets are in the text the encoder read."""
    best: dict[tuple[int, int], float] = {}
    spans = sorted((w.start, w.end) for w in words)
    starts = [s for s, _ in spans]
    for (s, e), zt, sp in zip(offsets, z, special):
        if sp or e <= s or not np.isfinite(zt):
            continue
        i = bisect.bisect_right(starts, s) - 1
        key = spans[i] if i >= 0 and spans[i][0] <= s and e <= spans[i][1] else (s, e)
        if key not in best or zt > best[key]:
            best[key] = float(zt)
    return sorted(((s, e, v) for (s, e), v in best.items()), key=lambda t: -t[2])
