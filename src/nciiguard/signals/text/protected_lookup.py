"""The protected-names matcher of ``real_person_text``, kept through a store outage.

The names come from the likeness registry (``resources.protected_names``), which lives in the
database. When the database cannot be reached, the rest of the real-person signal (names in the
gazetteer, "my ex", handles, phrases) does not need it and must keep running: before, the whole
signal failed on the lookup, and a prompt that its text patterns block ("my ex naked") became a mere
review (issue 11 item 11). Protection must never get weaker because a store is down, so:

* the matcher last built from the registry is kept and still used (a registry that was read once
  keeps protecting those people while the store is down);
* the failure is returned separately, and the signal reports it as its own finding
  (``registry_unavailable``), so the policy can fail closed for that part only;
* after a failure the store is not asked again for ``retry_seconds``: every prompt during an
  outage would otherwise wait for a connection attempt (bounded cost per request).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable, Iterable

log = logging.getLogger("nciiguard.signals")

#: Seconds between attempts to reach the registry after a failure.
RETRY_SECONDS = 5.0


class ProtectedNames:
    """``get(resources) -> (matcher or None, failure or None)``; ``build(aliases)`` makes a matcher."""

    def __init__(self, build: Callable[[Iterable[tuple[str, str]]], Any], *, retry_seconds: float = RETRY_SECONDS,
                 clock: Callable[[], float] = time.monotonic):
        self._build = build
        self.retry_seconds = float(retry_seconds)
        self._clock = clock
        self._lock = threading.Lock()
        self._revision: Any = object()
        self._matcher: Any = None
        self._failure: str | None = None
        self._failed_at: float | None = None

    @property
    def revision(self) -> Any:
        """The registry revision the kept matcher was built from."""
        return self._revision

    def get(self, resources) -> tuple[Any, str | None]:
        failed_at = self._failed_at
        if failed_at is not None and self._clock() - failed_at < self.retry_seconds:
            return self._matcher, self._failure
        try:
            provider = resources.protected_names if resources is not None else None
            if provider is None:
                return None, None  # no likeness registry configured: nothing to match, not an error
            revision = provider.revision
            if self._matcher is not None and self._revision == revision and self._failed_at is None:
                return self._matcher, None
            with self._lock:
                if self._matcher is None or self._revision != revision:
                    # Read the revision before the aliases: a change in between makes the next scan
                    # rebuild again, never keeps a stale matcher.
                    matcher = self._build(provider.aliases())
                    self._matcher, self._revision = matcher, revision
                self._failure, self._failed_at = None, None
                return self._matcher, None
        except Exception as exc:  # noqa: BLE001 - a store that is down: keep the last names, report it
            reason = f"the likeness registry could not be read ({type(exc).__name__})"
            with self._lock:
                self._failure, self._failed_at = reason, self._clock()
            log.warning("real_person_text: %s; using the names loaded before", reason)
            return self._matcher, reason


#: Scan-cache key of the registry lookup (see :func:`scan_protected_names`).
SCAN_KEY = "real_person.protected_names"


def scan_protected_names(ctx, names: ProtectedNames, resources) -> tuple[Any, str | None]:
    """``names.get(resources)``, asked once per scan: every signal of the scan that reads persons
    (``real_person_text``, ``model_file``) sees the same matcher, so they share one reading of
    each text field (``nciiguard.text.persons.PersonReader.read_scan``) and one store query."""
    return ctx.shared(SCAN_KEY, lambda: names.get(resources))
