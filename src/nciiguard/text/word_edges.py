"""Where a token's core starts and ends once its edge marks are cut.

The decoders read a token's core ("r*m*v*" in "(r*m*v*,", "v!11@" in "'v!11@'") and keep the marks
around it; each names its own edge characters (a mask symbol or a leet symbol must not be cut).
"""

from __future__ import annotations

__all__ = ["core_bounds"]


def core_bounds(word: str, left: str, right: str | None = None) -> tuple[int, int]:
    """``(i, j)`` with ``word[i:j]`` the core: characters of ``left`` cut at the start, of ``right``
    (``left`` when not given) at the end. Two pointer walks: linear."""
    right = left if right is None else right
    i, j = 0, len(word)
    while i < j and word[i] in left:
        i += 1
    while j > i and word[j - 1] in right:
        j -= 1
    return i, j
