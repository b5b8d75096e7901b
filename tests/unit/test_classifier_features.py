"""The classifier's feature indices (round 26, cost): sorted unique by sort + neighbour test, the same
array np.unique gives, on texts with repeated features, without any, and of one character."""

import numpy as np

from nciiguard.text import classifier as C


def _reference(text: str, dim: int) -> np.ndarray:
    import zlib

    words = C._WORD.findall(text[: C.MAX_CHARS])
    parts = []
    if words:
        hashes = [zlib.crc32(b"w1:" + w.encode("utf-8")) for w in words]
        hashes += [zlib.crc32(b"w2:" + a.encode("utf-8") + b" " + b.encode("utf-8")) for a, b in zip(words, words[1:])]
        parts.append(np.asarray(hashes, dtype=np.uint64))
    data = np.frombuffer((" " + " ".join(words) + " ").encode("utf-8"), dtype=np.uint8).astype(np.uint64)
    parts += [C._char_ngram_hashes(data, n) for n in (3, 4, 5)]
    return np.unique((np.concatenate(parts) % np.uint64(dim)).astype(np.int64))


def test_feature_indices_are_np_unique():
    texts = ["", "a", "ab", "a a a a a a", "nude nude nude nude", "a photo of a cat on a sofa, 8k, detailed",
             "ÄÖÜ straße façade", "裸体照片", "x" * 5000, "the the the " * 200]
    for dim in (7, 2**20):
        for t in texts:
            got, want = C.feature_indices(t, dim), _reference(t, dim)
            assert got.dtype == want.dtype == np.int64, t
            assert np.array_equal(got, want), t
    # repeated features are counted once (the score divides by their number), in ascending order
    got = C.feature_indices("nude nude nude nude", 2**20)
    assert got.size and bool(np.all(np.diff(got) > 0))
