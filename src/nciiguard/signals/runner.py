"""Runs signals on a scan context and turns every failure into a result, never an exception.

A signal that raises gives status ``error``. When signals run in parallel (an executor), one that
has not finished within its ``timeout_ms`` plus a short grace gives ``timeout`` and the scan stops
waiting for it. A signal that did finish is used as it is, even when it ran over its budget: a slow
but finished result is still the evidence, and discarding it held benign requests for review on a
busy machine (issue 11 item 12). Only what has not finished is timed out.

A missing extra or a configuration error is raised instead: that is a broken installation, which
must be fixed, not a verdict on the content. Either way the policy fails closed. Error text in
results names the exception type and message only; it never includes the content being screened.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Sequence

from ..errors import ConfigError, InputError, MissingExtraError
from ..findings import Finding, SignalResult, Status
from .base import Signal

log = logging.getLogger("nciiguard.signals")

#: Seconds a signal may run past its ``timeout_ms`` before the scan stops waiting for it (thread
#: start-up and scheduling on a busy machine are not the signal's fault).
TIMEOUT_GRACE_S = 1.0


def run_signal(signal: Signal, ctx) -> SignalResult:
    # Loading (models, lexicons) happens once per process and is not part of a scan's time
    # budget; a failure to load is still a failed result (fail closed), unless it is a missing
    # extra or a configuration error, which are raised.
    try:
        signal.ensure_loaded()
    except (MissingExtraError, ConfigError):
        raise
    except Exception as exc:  # noqa: BLE001
        log.warning("signal %s failed to load: %s", signal.name, type(exc).__name__)
        return SignalResult(signal.name, signal.version, Status.ERROR, (), 0.0, "failed to load: " + _describe(exc))
    start = time.perf_counter()
    try:
        findings = tuple(signal.detect(ctx))
        for f in findings:
            if not isinstance(f, Finding):
                raise TypeError(f"signal returned {type(f).__name__}, not Finding")
    except (MissingExtraError, ConfigError):
        # Not a screening failure but a broken installation or configuration: say so loudly.
        raise
    except InputError as exc:
        elapsed = (time.perf_counter() - start) * 1000
        return SignalResult.unreadable(signal.name, signal.version, str(exc), elapsed)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a fail-closed result
        elapsed = (time.perf_counter() - start) * 1000
        log.warning("signal %s failed: %s", signal.name, type(exc).__name__)
        return SignalResult(signal.name, signal.version, Status.ERROR, (), elapsed, _describe(exc))
    elapsed = (time.perf_counter() - start) * 1000
    if elapsed > signal.params.timeout_ms:
        # Finished, only late: keep the result (its elapsed time shows the overrun) and say so.
        log.info("signal %s finished over its budget (%.0f ms > %.0f ms)", signal.name, elapsed,
                 signal.params.timeout_ms)
    return SignalResult(signal.name, signal.version, Status.OK, findings, elapsed)


def run_signals(
    signals: Sequence[Signal], ctx, *, executor: ThreadPoolExecutor | None = None
) -> list[SignalResult]:
    """Run ``signals`` on ``ctx``; in parallel with a hard timeout when an executor is given."""
    modalities = ctx.content.modalities
    active = [s for s in signals if s.applies_to(modalities)]
    if executor is None or len(active) <= 1:
        return [run_signal(s, ctx) for s in active]
    futures = [(s, executor.submit(run_signal, s, ctx)) for s in active]
    results = []
    for signal, future in futures:
        # The wait for each signal starts when the previous one is collected, so a signal queued
        # behind others on a busy pool is not charged for their time; one that has finished
        # meanwhile is collected at once, however long it took.
        try:
            results.append(future.result(timeout=signal.params.timeout_ms / 1000.0 + TIMEOUT_GRACE_S))
        except FutureTimeout:
            # The worker thread keeps running (Python cannot kill it), but the decision does
            # not wait for it: it fails closed now.
            results.append(
                SignalResult(signal.name, signal.version, Status.TIMEOUT, (), signal.params.timeout_ms,
                             "did not finish within its time budget")
            )
    return results


def run_signals_many(
    signals: Sequence[Signal], ctxs: Sequence, *, executor: ThreadPoolExecutor | None = None
) -> list[list[SignalResult]]:
    """:func:`run_signals` for many contexts: the results of ``ctxs[i]`` at index ``i``.

    Text-only contexts run signal by signal over the whole batch (each signal's tables stay hot
    in the cache; loading is checked once per signal); every item still gets its own result, time
    budget and failure, exactly as if it had been screened alone. Contexts with images go through
    :func:`run_signals` one by one, so their signals run in parallel on ``executor``.
    """
    out: list[list[SignalResult] | None] = [None] * len(ctxs)
    text_only = [i for i, c in enumerate(ctxs) if c.content.modalities == frozenset({"text"})]
    for i, ctx in enumerate(ctxs):
        if ctx.content.modalities != frozenset({"text"}):
            out[i] = run_signals(signals, ctx, executor=executor)
    if text_only:
        active = [s for s in signals if s.applies_to(frozenset({"text"}))]
        per_item: list[list[SignalResult]] = [[] for _ in text_only]
        for signal in active:
            for slot, i in enumerate(text_only):
                per_item[slot].append(run_signal(signal, ctxs[i]))
        for slot, i in enumerate(text_only):
            out[i] = per_item[slot]
    return out  # type: ignore[return-value]


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__
