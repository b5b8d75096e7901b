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


class Marks:
    """Original positions covered by spans already taken; does a new span overlap any of them?

    A bytearray over positions: marking and testing a span cost O(its length), and the spans
    marked here are matches (a few words), so a whole pass stays linear where comparing each
    new span with every taken one was quadratic (issue 11). Empty spans cover no position.
    """

    __slots__ = ("_taken",)

    def __init__(self, spans: Iterable[Sequence[int]] = ()):
        self._taken = bytearray()
        for s in spans:
            self.add(int(s[0]), int(s[1]))

    def add(self, start: int, end: int) -> None:
        if end > len(self._taken):
            self._taken.extend(bytes(end - len(self._taken)))
        if end > start:
            self._taken[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a position with a marked span."""
        return self._taken.find(1, max(0, start), min(end, len(self._taken))) >= 0 if end > start else False


class PrefixMax:
    """Fenwick tree of maxima over positions 0..n-1: raise one, ask the maximum of a prefix.

    Both in O(log n); used to find spans inside other spans among many (issue 11).
    """

    __slots__ = ("_tree",)

    def __init__(self, n: int):
        self._tree = [-1] * (n + 1)

    def raise_to(self, i: int, value: int) -> None:
        """Position ``i`` holds at least ``value`` from now on."""
        i += 1
        tree = self._tree
        while i < len(tree):
            if tree[i] < value:
                tree[i] = value
            i += i & -i

    def max_below(self, k: int) -> int:
        """Maximum over positions 0..k-1 (-1 when none was raised)."""
        best, tree = -1, self._tree
        while k > 0:
            if tree[k] > best:
                best = tree[k]
            k -= k & -k
        return best
