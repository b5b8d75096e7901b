"""Span look-ups in O(log n), for loops that would otherwise test every span against every other.

"Is this match inside an exception?", "is this name inside a LoRA tag?": asked once per match
against every exception or tag, the question costs O(matches x spans), quadratic in the prompt
for a prompt made of many tags or many matches (issue 11). :class:`Cover` answers it with a
binary search over spans sorted by start and the running maximum of their ends.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Sequence


class Cover:
    """A fixed set of half-open spans ``[start, end)``; which one contains a given span.

    Built once in O(n log n); :meth:`find` and :meth:`contains` cost O(log n).
    """

    __slots__ = ("_starts", "_best")

    def __init__(self, spans: Iterable[Sequence[int]]):
        order = sorted(((int(s[0]), int(s[1]), k) for k, s in enumerate(spans)), key=lambda t: (t[0], t[2]))
        self._starts = [s for s, _, _ in order]
        # _best[j]: (end, index) of the span reaching furthest among the first j+1 by start;
        # ties keep the span given first, as a linear scan in the caller's order would.
        best: list[tuple[int, int]] = []
        cur: tuple[int, int] | None = None
        for _, e, k in order:
            if cur is None or e > cur[0] or e == cur[0] and k < cur[1]:
                cur = (e, k)
            best.append(cur)
        self._best = best

    def __len__(self) -> int:
        return len(self._starts)

    def find(self, start: int, end: int) -> int:
        """Index (in the order given) of a span with ``s <= start and end <= e``, else -1.

        When several spans contain the range, the one reaching furthest is returned (for
        spans that do not overlap, as prompt-syntax tags do not, there is only one).
        """
        j = bisect_right(self._starts, start) - 1
        if j < 0:
            return -1
        e, k = self._best[j]
        return k if end <= e else -1

    def contains(self, start: int, end: int) -> bool:
        """True when some span contains ``[start, end)``."""
        return self.find(start, end) >= 0
