"""Two small helpers shared by the cipher readers (classic_ciphers.py, gated_ciphers.py, keyed_ciphers.py).

Why a module of its own: classic_ciphers.py calls the gated and keyed readers, and they need these two helpers;
holding them here keeps the three modules free of an import cycle (round 22).
"""

from __future__ import annotations

__all__ = ["_alternatives", "_row_lengths"]


def _row_lengths(n: int, length: int) -> list[int]:
    """How many characters each of ``n`` rails holds in a fence of ``length`` characters."""
    cycle = 2 * (n - 1)
    full, rem = divmod(length, cycle)
    out = []
    for r in range(n):
        edge = r in (0, n - 1)
        out.append(full * (1 if edge else 2) + (r < rem) + (not edge and cycle - r < rem))
    return out


def _alternatives(word: str, alt: dict[str, str], known) -> str:
    """The word as decoded or, when it is no listed word, the first reading with some of the letters
    the cipher shares (``alt``) swapped that is one (at most 16 readings)."""
    if word in known:
        return word
    pos = [i for i, c in enumerate(word) if c in alt][:4]
    for mask in range(1, 1 << len(pos)):
        chars = list(word)
        for k, i in enumerate(pos):
            if mask >> k & 1:
                chars[i] = alt[chars[i]]
        cand = "".join(chars)
        if cand in known:
            return cand
    return word
