"""Cost checks without a wall-clock limit: the CPU time of one step at two sizes, measured side by side.

Why: a test that asserts "this finishes in under N seconds" fails on a loaded machine and passes a
quadratic step on a fast one. What we want to pin down is the shape: the work of a step on hostile
input must grow in proportion to the input. Both sizes run in the same process, one after the other,
and the ratio of their CPU times (``time.process_time``, so waiting for a busy core does not count) is
compared with the ratio of the sizes. Speed targets themselves are measured in ``bench/``.
"""

from __future__ import annotations

import time
from typing import Callable


def cpu_seconds(fn: Callable[[], object], repeats: int = 1) -> float:
    """The least CPU time of ``repeats`` calls of ``fn``."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def assert_linear(run: Callable[[object], object], make: Callable[[int], object], small: int, large: int, *,
                  slack: float = 3.0, floor: float = 2e-3, label: str = "") -> None:
    """``run(make(large))`` costs at most ``slack`` times ``large / small`` the CPU of ``run(make(small))``.

    The small size is timed three times (least kept) and never counted below ``floor`` seconds, so a step too
    quick to time at the small size is judged by the large size alone (``large / small * floor * slack``)."""
    a, b = make(small), make(large)
    run(a)  # first-use work (lazy regex compiles, caches) outside the count
    ts = max(cpu_seconds(lambda: run(a), repeats=3), floor)
    tl = cpu_seconds(lambda: run(b))
    bound = slack * large / small
    if tl / ts > bound:
        # measured once more before failing: on a loaded machine one run's CPU time can be inflated by cache and
        # frequency effects (seen: x29 for a bound of x24 at load ~10, x8 when run alone); a quadratic step fails
        # both times, since its ratio grows with the sizes, not with the load
        ts = max(min(ts, cpu_seconds(lambda: run(a), repeats=3)), floor)
        tl = min(tl, cpu_seconds(lambda: run(b)))
    assert tl / ts <= bound, (f"{label}: {tl:.3f}s CPU at {large} vs {ts:.4f}s at {small}: "
                              f"x{tl / ts:.1f} for x{large / small:.0f} the input (bound x{bound:.0f})")
