"""Run a function on several threads at once, for the thread-safety tests.

An exception in a plain ``threading.Thread`` is printed and lost; here every one is collected and
returned, so a test asserts that the list is empty instead of writing its own try/except.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Iterator


@contextmanager
def threads_running(target: Callable[[int], object], n: int) -> Iterator[list[BaseException]]:
    """Start ``n`` threads calling ``target(k)`` for k in 0..n-1, run the body while they run, join
    them on exit. Yields the list that receives whatever the threads raise (filled by the join)."""
    errors: list[BaseException] = []

    def run(k: int) -> None:
        try:
            target(k)
        except BaseException as exc:  # noqa: BLE001 - handed to the test, which asserts there are none
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    try:
        yield errors
    finally:
        for t in threads:
            t.join()


def run_in_threads(target: Callable[[int], object], n: int) -> list[BaseException]:
    """Call ``target(k)`` on ``n`` threads at once, wait for all; returns what they raised."""
    with threads_running(target, n) as errors:
        pass
    return errors
