"""Word breaks for a stream of letters with no spaces: one dynamic programme for every reader that cuts one.

A listed word of k letters scores k*k (long words win), a letter in no word costs ``loose``; the cut with the
best score is kept. Runs of letters in no word come back as one chunk. Used by the stream decoders
(:func:`.gated_ciphers.segment_letters`: Bacon's cipher, spelt letters; :mod:`.spaced_streams`: one character
per token with numbered vowels), which differ only in what counts as a word, what a loose letter costs and
which of two equal cuts they keep. Cost: ``len(s) * max_word`` lookups.
"""

from __future__ import annotations

from typing import Callable

#: ``kind(word) -> int``: 0 for no word, else the kind the caller gives it (1 a listed word, 2 a name ...).
WordKind = Callable[[str], int]


def best_cut(s: str, kind: WordKind, *, max_word: int, loose: int, longest_first: bool) -> list[tuple[str, int]]:
    """``s`` cut into ``(piece, kind)`` pairs left to right; kind 0 marks a chunk of letters in no word.
    ``longest_first``: on a tie the longer last word wins ("to the", not "tot he"); else the shorter."""
    n = len(s)
    best: list[tuple[int, int, int]] = [(0, 0, 0)] + [(-10 ** 9, 0, 0)] * n  # (score, cut, kind)
    for i in range(1, n + 1):
        sc, cut, kd = best[i - 1][0] - loose, i - 1, 0
        lengths = range(min(max_word, i), 0, -1) if longest_first else range(1, min(max_word, i) + 1)
        for k in lengths:
            w_kind = kind(s[i - k:i])
            if w_kind:
                v = best[i - k][0] + k * k
                if v > sc:
                    sc, cut, kd = v, i - k, w_kind
        best[i] = (sc, cut, kd)
    out: list[tuple[str, int]] = []
    loose_run: list[str] = []
    i = n
    while i > 0:
        _sc, cut, kd = best[i]
        if kd:
            if loose_run:
                out.append(("".join(reversed(loose_run)), 0))
                loose_run = []
            out.append((s[cut:i], kd))
        else:
            loose_run.append(s[cut:i])
        i = cut
    if loose_run:
        out.append(("".join(reversed(loose_run)), 0))
    out.reverse()
    return out
