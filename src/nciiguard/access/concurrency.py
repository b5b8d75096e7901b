"""How many screening calls one API key may run at the same time in this process.

Why beside the token buckets: a bucket bounds how many calls a key STARTS per second, not how much
work they hold at once. A 1,000-prompt batch costs about 30 CPU-seconds (bench/results/service.md),
so at the platform default (200/s, burst 400: one full batch per 2 s) a single key could still keep
about 14 cores busy and starve every other key. A cap on calls in flight bounds that to ``limit``
cores per key, whatever the rate limit says.

Per process by design: a slot is held for the length of one request, which a database row could
not release reliably if the worker died. With N workers the cap is N times ``limit`` per key
(docs/service.md says so).
"""

from __future__ import annotations

import threading


class ConcurrencyLimiter:
    """At most ``limit`` slots held at once per key; thread-safe (FastAPI runs sync routes in threads)."""

    def __init__(self, limit: int) -> None:
        if int(limit) < 1:
            raise ValueError("limit must be at least 1")
        self.limit = int(limit)
        self._held: dict[str, int] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> bool:
        """Take a slot for ``key``; False (and nothing taken) when all its slots are in use."""
        with self._lock:
            n = self._held.get(key, 0)
            if n >= self.limit:
                return False
            self._held[key] = n + 1
            return True

    def release(self, key: str) -> None:
        """Give back a slot taken by :meth:`acquire`. Keys with no slot in use are forgotten, so
        the table holds only keys with calls in flight."""
        with self._lock:
            n = self._held.get(key, 0) - 1
            if n > 0:
                self._held[key] = n
            else:
                self._held.pop(key, None)

    def in_use(self, key: str) -> int:
        with self._lock:
            return self._held.get(key, 0)
