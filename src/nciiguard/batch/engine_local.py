"""The local engine: worker processes on this machine, one Guard per worker, built once.

Workers are started with the ``spawn`` context (no forked copies of onnxruntime / dlib / SQLite
state) through :class:`concurrent.futures.ProcessPoolExecutor`; each builds its Guard in the pool
initializer and screens chunks of items. The parent is the only writer: it journals every
finished chunk (flush + fsync) as it arrives, keeps at most ``2 x workers`` chunks in flight so
memory stays bounded on large datasets, and never sends an item that is already done.

``workers=0`` screens in the calling process (debugging, tiny datasets, the test suite).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator

from ..errors import NciiguardError
from ._screen import GuardSpec, error_record, screen_item, watch_parent
from ._shadow import record_shadow
from .checkpoint import Journal
from .sources import Item

_GUARD: Any = None


def _init_worker(spec: GuardSpec) -> None:
    global _GUARD
    watch_parent()
    _GUARD = spec.build()


def _screen_chunk(items: list[Item]) -> list[dict[str, Any]]:
    records = [screen_item(_GUARD, item) for item in items]
    record_shadow(_GUARD)
    return records


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_local(items: Iterable[Item], journal: Journal, spec: GuardSpec, *, workers: int = 2,
              chunk_size: int = 16, on_progress: Callable[[int], None] | None = None) -> int:
    """Screen ``items`` (those not yet in the journal) and journal their records.

    Returns the number of records written. Items already known to be bad are journaled by the
    parent without a round trip to a worker.
    """
    progress = on_progress or (lambda n: None)
    written = 0

    def pending() -> Iterator[Item]:
        nonlocal written
        bad: list[dict[str, Any]] = []
        for item in items:
            if journal.done(item.id):
                continue
            if item.error is not None:
                bad.append(error_record(item, *item.error))
                if len(bad) >= chunk_size:
                    written += journal.append(bad)
                    progress(len(bad))
                    bad = []
                continue
            yield item
        if bad:
            written += journal.append(bad)
            progress(len(bad))

    if workers <= 0:
        guard = spec.build()
        try:
            for chunk in _chunks(pending(), chunk_size):
                records = [screen_item(guard, it) for it in chunk]
                record_shadow(guard)
                written += journal.append(records)
                progress(len(chunk))
        finally:
            guard.close()
        return written

    ctx = multiprocessing.get_context("spawn")
    max_in_flight = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(spec,)) as pool:
        in_flight: set[Future] = set()
        try:
            for chunk in _chunks(pending(), chunk_size):
                in_flight.add(pool.submit(_screen_chunk, chunk))
                if len(in_flight) >= max_in_flight:
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    written += _collect(done, journal, progress)
            while in_flight:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                written += _collect(done, journal, progress)
        except BrokenProcessPool as exc:
            for f in in_flight:
                f.cancel()
            raise NciiguardError(
                "a worker process died (crashed, killed or failed to start; see messages above). "
                "Finished items are saved: rerun the same command to resume") from exc
    return written


def _collect(done: set[Future], journal: Journal, progress: Callable[[int], None]) -> int:
    n = 0
    for f in done:
        records = f.result()
        n += journal.append(records)
        progress(len(records))
    return n
