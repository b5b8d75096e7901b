"""Training helpers of the TOKEN-level semantic head (scripts/train_semantic_sexual.py --head token).

Why: a linear head on the mean-pooled embedding reads the topic of a prompt ("a woman on her bed"),
not the one word that makes it sexual; its threshold had to sit at 0.97 to keep clean twins under 3%.
This head reads the encoder's last hidden states (the same pass, no extra cost): one logit per token
from a small MLP, pooled by log-sum-exp (multiple-instance learning: the prompt's odds are the sum of
its tokens' odds), plus a linear term on the sentence embedding:

    logit = log sum_t exp(z_t) + u . e + c,   z_t = w2 . relu(W1 h_t + b1) + b2

over the non-special tokens. The tokens with the largest z_t are the ones that drove the score (the
finding's span). Trained with torch on CACHED hidden states (torch is a training-time tool, never
imported by nciiguard), shipped as float32 numpy arrays run by :class:`nciiguard.text.semantic.SemanticHead`.

    pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu   # training only
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np

HIDDEN_UNITS = 32


def hidden_all(texts: list[str], encoder, cache_path: Path | None):
    """(embeddings [N, 384] f32, hidden states per text (float16 [tokens, 384]), special masks),
    reusing a cache keyed by SHA-1 of the text and the encoder id."""
    cache: dict[bytes, tuple] = {}
    if cache_path and cache_path.exists():
        with np.load(cache_path, allow_pickle=False) as z:
            if str(z["encoder"]) == encoder.encoder_id:
                keys, lens, emb, hid, spec = z["keys"], z["lens"], z["emb"], z["hid"], z["spec"]
                off = np.concatenate([[0], np.cumsum(lens)])
                for i, k in enumerate(keys):
                    cache[bytes(k)] = (emb[i], hid[off[i]:off[i + 1]], spec[off[i]:off[i + 1]])
    keys = [hashlib.sha1(t.encode("utf-8")).digest() for t in texts]
    todo = sorted({t for t, k in zip(texts, keys) if k not in cache})
    if todo:
        t0 = time.perf_counter()
        for i in range(0, len(todo), 2000):
            for t, st in zip(todo[i:i + 2000], encoder.encode_tokens_many(todo[i:i + 2000])):
                cache[hashlib.sha1(t.encode("utf-8")).digest()] = (
                    st.embedding, st.hidden.astype(np.float16), np.asarray(st.special, dtype=bool))
            print(f"  encoded {min(i + 2000, len(todo))}/{len(todo)} in {time.perf_counter() - t0:.0f}s", flush=True)
        if cache_path:
            ks = list(cache)
            np.savez(cache_path, keys=np.array([np.frombuffer(k, dtype=np.uint8) for k in ks]),
                     lens=np.array([len(cache[k][1]) for k in ks]), emb=np.stack([cache[k][0] for k in ks]),
                     hid=np.concatenate([cache[k][1] for k in ks]), spec=np.concatenate([cache[k][2] for k in ks]),
                     encoder=np.str_(encoder.encoder_id))
    E = np.stack([cache[k][0] for k in keys]).astype(np.float32)
    return E, [cache[k][1] for k in keys], [cache[k][2] for k in keys]


def train(E, H, S, y, w, *, epochs: int = 8, units: int = HIDDEN_UNITS, lr: float = 2e-3, wd: float = 1e-4,
          seed: int = 0, batch: int = 128, pairs=None, pair_weight: float = 0.0, margin: float = 2.0,
          init: dict | None = None):
    """Fit the token head; returns the arrays SemanticHead(kind="token") reads.

    ``pairs``: [(i_request, i_twin)] indices of generated minimal pairs; with ``pair_weight`` > 0 each
    step adds a ranking loss softplus(margin - (logit_request - logit_twin)) on 64 random pairs:
    the one word that differs must move the score, whatever the topic.

    ``init``: the arrays of a shipped token head (same ``units``) to start from (round 24: fine-tuning the
    shipped head on new rows plus a replay sample of its old data, instead of a cold retrain)."""
    try:
        import torch
    except ImportError:
        raise SystemExit("the token head trains with torch (training only): "
                         "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu") from None

    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = np.random.default_rng(seed)
    n = len(y)
    lens = np.array([len(h) for h in H])

    class Head(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = torch.nn.Linear(384, units)
            self.l2 = torch.nn.Linear(units, 1)
            self.u = torch.nn.Linear(384, 1)

        def forward(self, h, mask, e):
            z = self.l2(torch.relu(self.l1(h))).squeeze(-1).masked_fill(~mask, -1e4)
            return torch.logsumexp(z, 1) + self.u(e).squeeze(-1)

    m = Head()
    if init is not None:
        with torch.no_grad():
            m.l1.weight.copy_(torch.tensor(np.asarray(init["w1"]).T))
            m.l1.bias.copy_(torch.tensor(np.asarray(init["b1"])))
            m.l2.weight.copy_(torch.tensor(np.asarray(init["w2"])[None, :]))
            m.l2.bias.copy_(torch.tensor(np.asarray(init["b2"]).reshape(1)))
            m.u.weight.copy_(torch.tensor(np.asarray(init["u"])[None, :]))
            m.u.bias.copy_(torch.tensor(np.asarray(init["c"]).reshape(1)))
    opt = torch.optim.AdamW(m.parameters(), lr=lr, weight_decay=wd)
    yw = torch.tensor(y, dtype=torch.float32)
    ww = torch.tensor(w / w.mean(), dtype=torch.float32)
    Et = torch.tensor(E)
    for ep in range(epochs):
        t0 = time.perf_counter()
        # Length-bucketed batches (less padding), shuffled.
        order = np.argsort(lens + rng.random(n) * 8)
        batches = [order[i:i + batch] for i in range(0, n, batch)]
        rng.shuffle(batches)
        total = 0.0
        for g in (ep / epochs, ):
            for pg in opt.param_groups:
                pg["lr"] = lr * (0.5 * (1 + np.cos(np.pi * g)))
        def forward(idx):
            T = int(lens[idx].max())
            h = np.zeros((len(idx), T, 384), dtype=np.float32)
            mk = np.zeros((len(idx), T), dtype=bool)
            for j, i in enumerate(idx):
                h[j, : lens[i]] = H[i]
                mk[j, : lens[i]] = ~S[i]
            return m(torch.from_numpy(h), torch.from_numpy(mk), Et[idx])

        for idx in batches:
            logit = forward(idx)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logit, yw[idx], reduction="none") * ww[idx]).mean()
            if pairs is not None and pair_weight > 0:
                pk = pairs[rng.integers(0, len(pairs), 64)]
                lp = forward(np.concatenate([pk[:, 0], pk[:, 1]]))
                loss = loss + pair_weight * torch.nn.functional.softplus(margin - (lp[:64] - lp[64:])).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        print(f"  epoch {ep + 1}/{epochs}: loss {total / n:.4f} ({time.perf_counter() - t0:.0f}s)", flush=True)
    sd = {k: v.detach().numpy() for k, v in m.state_dict().items()}
    return {"kind": "token", "w1": sd["l1.weight"].T.astype(np.float32), "b1": sd["l1.bias"].astype(np.float32),
            "w2": sd["l2.weight"][0].astype(np.float32), "b2": np.float32(sd["l2.bias"][0]),
            "u": sd["u.weight"][0].astype(np.float32), "c": np.float32(sd["u.bias"][0])}
