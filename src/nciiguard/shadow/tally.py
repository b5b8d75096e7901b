"""Counting agreements and disagreements in memory, cheaply, on the request path.

A count key holds the two profiles, the two actions, the rules that fired on each side and the
sorted reason codes of both decisions: what a reviewer needs to see *why* the candidate would
decide differently, and nothing of the content. ``flush_to`` moves the counts into the database
(:class:`~nciiguard.shadow.store.ShadowStore`); on failure they stay here for the next flush.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import NamedTuple

from ..findings import Decision

#: Longest stored list of reason codes / rule ids (characters); longer lists end in "...".
MAX_CODES_CHARS = 2000
MAX_RULES_CHARS = 1000


class CountKey(NamedTuple):
    surface: str
    enforcing: str
    candidate: str
    enforced_action: str
    candidate_action: str
    enforced_rules: str
    candidate_rules: str
    reason_codes: str

    @property
    def disagrees(self) -> bool:
        return self.enforced_action != self.candidate_action


def _joined(items, limit: int) -> str:
    text = ",".join(sorted(set(items)))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def count_key(surface: str, enforced: Decision, candidate: Decision | None, candidate_label: str) -> CountKey:
    enforcing = f"{enforced.policy}@{enforced.policy_version}"
    if candidate is None:  # the candidate failed: counted, never raised
        return CountKey(surface, enforcing, candidate_label, enforced.action.value, "error",
                        _joined(enforced.rules, MAX_RULES_CHARS), "", "")
    agree = enforced.action is candidate.action
    codes = "" if agree else _joined([r.code for r in enforced.reasons] + [r.code for r in candidate.reasons],
                                     MAX_CODES_CHARS)
    return CountKey(surface, enforcing, candidate_label, enforced.action.value, candidate.action.value,
                    "" if agree else _joined(enforced.rules, MAX_RULES_CHARS),
                    "" if agree else _joined(candidate.rules, MAX_RULES_CHARS), codes)


class ShadowTally:
    """Thread-safe counts of (enforced, candidate) outcomes since the last flush."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[CountKey] = Counter()
        #: Totals since this tally was made (flushes do not reset them): for summaries.
        self.seen = 0
        self.disagreements = 0
        self.errors = 0

    def add(self, key: CountKey, n: int = 1) -> None:
        with self._lock:
            self._counts[key] += n
            self.seen += n
            if key.candidate_action == "error":
                self.errors += n
            elif key.disagrees:
                self.disagreements += n

    def pending(self) -> dict[CountKey, int]:
        with self._lock:
            return dict(self._counts)

    def take(self) -> dict[CountKey, int]:
        with self._lock:
            out, self._counts = dict(self._counts), Counter()
            return out

    def put_back(self, counts: dict[CountKey, int]) -> None:
        with self._lock:
            self._counts.update(counts)

    def flush_to(self, store) -> int:
        """Write the pending counts to ``store``; returns how many observations were written."""
        counts = self.take()
        if not counts:
            return 0
        try:
            store.add(counts)
        except Exception:
            self.put_back(counts)  # nothing lost: the next flush tries again
            raise
        return sum(counts.values())
