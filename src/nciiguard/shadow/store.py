"""Shadow counts in the database, and the report of what a candidate policy would change."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..store.base import utcnow
from .models import ShadowCountRow
from .tally import CountKey


def _row_key(day: str, key: CountKey) -> str:
    return hashlib.sha256(json.dumps([day, *key], separators=(",", ":")).encode("utf-8")).hexdigest()


@dataclass
class ShadowReport:
    enforcing: str | None
    candidate: str | None
    since: str
    screened: int = 0
    disagreements: int = 0
    errors: int = 0
    #: (enforced action, candidate action) -> count, disagreements only.
    changes: dict[tuple[str, str], int] = field(default_factory=dict)
    #: The most frequent disagreements with their rules and reason codes.
    top: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"enforcing": self.enforcing, "candidate": self.candidate, "since": self.since,
                "screened": self.screened, "disagreements": self.disagreements, "errors": self.errors,
                "rate": round(self.disagreements / self.screened, 4) if self.screened else 0.0,
                "changes": [{"enforced": a, "candidate": b, "count": n}
                            for (a, b), n in sorted(self.changes.items(), key=lambda x: -x[1])],
                "top": self.top}


class ShadowStore:
    """Adds tallies to ``shadow_counts`` (safe with several processes) and reads reports."""

    def __init__(self, db):
        self.db = db

    def add(self, counts: dict[CountKey, int], *, at: datetime | None = None) -> None:
        day = (at or utcnow()).astimezone(timezone.utc).strftime("%Y-%m-%d")
        now = utcnow()
        for key, n in counts.items():
            rk = _row_key(day, key)
            for attempt in range(3):
                try:
                    with self.db.session() as s:
                        done = s.execute(update(ShadowCountRow).where(ShadowCountRow.key == rk).values(
                            count=ShadowCountRow.count + n, updated_at=now)).rowcount
                        if not done:
                            s.add(ShadowCountRow(key=rk, day=day, count=n, updated_at=now, **key._asdict()))
                    break
                except IntegrityError:
                    if attempt == 2:  # another process inserted it between our update and insert
                        raise

    def report(self, *, days: int = 7, enforcing: str | None = None, candidate: str | None = None,
               top: int = 20) -> list[ShadowReport]:
        """One report per (enforcing, candidate) pair seen in the last ``days`` days."""
        since = (utcnow() - timedelta(days=max(days, 1) - 1)).strftime("%Y-%m-%d")
        q = select(ShadowCountRow).where(ShadowCountRow.day >= since)
        if enforcing:
            q = q.where(ShadowCountRow.enforcing.startswith(enforcing))
        if candidate:
            q = q.where(ShadowCountRow.candidate.startswith(candidate))
        reports: dict[tuple[str, str], ShadowReport] = {}
        groups: dict[tuple[str, str], dict[tuple, int]] = {}
        with self.db.session() as s:
            for r in s.execute(q).scalars():
                pair = (r.enforcing, r.candidate)
                rep = reports.setdefault(pair, ShadowReport(r.enforcing, r.candidate, since))
                rep.screened += r.count
                if r.candidate_action == "error":
                    rep.errors += r.count
                elif r.enforced_action != r.candidate_action:
                    rep.disagreements += r.count
                    ch = (r.enforced_action, r.candidate_action)
                    rep.changes[ch] = rep.changes.get(ch, 0) + r.count
                    g = groups.setdefault(pair, {})
                    gk = (r.enforced_action, r.candidate_action, r.enforced_rules, r.candidate_rules, r.reason_codes)
                    g[gk] = g.get(gk, 0) + r.count
        for pair, rep in reports.items():
            ranked = sorted(groups.get(pair, {}).items(), key=lambda x: (-x[1], x[0]))[:top]
            rep.top = [{"enforced": k[0], "candidate": k[1], "enforced_rules": _split(k[2]),
                        "candidate_rules": _split(k[3]), "reason_codes": _split(k[4]), "count": n}
                       for k, n in ranked]
        return [reports[p] for p in sorted(reports)]


def _split(text: str) -> list[str]:
    return [x for x in text.split(",") if x]


class PeriodicFlush:
    """``guard.on_shadow`` for long-running processes: flush the tally to ``store`` at most every
    ``seconds`` (one thread at a time; others carry on), so the request path rarely writes."""

    def __init__(self, store: ShadowStore, seconds: float = 10.0):
        import threading
        import time

        self.store, self.seconds = store, float(seconds)
        self._clock = time.monotonic
        self._last = self._clock()
        self._lock = threading.Lock()

    def __call__(self, tally) -> None:
        if self._clock() - self._last < self.seconds or not self._lock.acquire(blocking=False):
            return
        try:
            self._last = self._clock()
            tally.flush_to(self.store)
        finally:
            self._lock.release()
