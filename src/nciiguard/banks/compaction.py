"""Change-log compaction: prune ``bank_changes`` rows that running matchers no longer need.

One job of :class:`~nciiguard.banks.store.BankStore` (``store.compact_changes(...)`` calls
:func:`compact_changes`), kept in its own module because its locking argument is long and
independent of adding and withdrawing entries.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select, update

from ..store.base import utcnow
from .models import BankChangeRow, BankMetaRow
from .types import BankError, CompactionReport


def compact_changes(store, *, keep_revisions: int | None = None, older_than: timedelta | None = None,
                    dry_run: bool = False, batch_size: int = 20_000) -> CompactionReport:
    """Delete change-log rows that matchers no longer need, and raise the horizon first.

    A change is kept if EITHER rule keeps it: it belongs to one of the last ``keep_revisions``
    revisions, or it was logged less than ``older_than`` ago.
    Give at least one rule; ``keep_revisions=0`` prunes everything logged so far.

    The log only serves matchers that are already running (a new matcher builds from
    ``bank_entries``). A matcher that polls every few seconds needs the last few seconds of
    changes; one that was paused or partitioned for longer than the kept window finds its
    revision below the horizon and rebuilds from the entries. So pruning too much costs a
    rebuild, never a missed withdrawal.

    Order of work, which is what keeps it safe without blocking bank writers for long:

    1. One short transaction takes the revision row lock (the same lock every bank writer
       takes, so the horizon is chosen against a revision that is fully committed), chooses
       the horizon H, records ``changes_from_revision = max(old, H)`` and an audit record.
    2. Rows with revision <= H are deleted in batches of ``batch_size`` (20,000), each its own
       transaction, so writers (and on SQLite the single write lock) interleave.

    The horizon is committed before any row is deleted, and matchers re-read it after
    reading the log: a matcher that raced with a deletion sees the new horizon and rebuilds.
    A crash between the steps leaves rows below the horizon, which the next run deletes.
    Concurrent additions get revisions above H and are never touched.

    ``older_than`` is judged by the first recent change: H stays below the oldest revision
    with a change younger than the limit, so clocks that differ between writers can only
    make it keep more, never prune a recent change.
    """
    if keep_revisions is None and older_than is None:
        raise BankError("say what to keep: keep_revisions (the last N revisions) and/or older_than "
                        "(a timedelta: changes younger than it are kept)")
    if keep_revisions is not None:
        if isinstance(keep_revisions, bool) or not isinstance(keep_revisions, int) or keep_revisions < 0:
            raise BankError(f"keep_revisions must be a whole number >= 0, got {keep_revisions!r}")
    if older_than is not None:
        if not isinstance(older_than, timedelta):
            raise BankError(f"older_than must be a datetime.timedelta, got {type(older_than).__name__}")
        if older_than < timedelta(0):
            raise BankError(f"older_than must not be negative, got {older_than}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise BankError(f"batch_size must be a positive whole number, got {batch_size!r}")
    t0 = time.perf_counter()
    meta = BankMetaRow.__table__
    log = BankChangeRow.__table__  # Core statements: no ORM session synchronisation for bulk work
    age_cutoff = None
    if older_than is not None:
        # Read before taking the lock (a scan of the log: no index on ``at``). Revisions commit
        # in order, so every change committed after these reads has a higher revision than
        # ``seen``: all changes up to the first recent one (or up to ``seen`` if none is
        # recent) are old, whatever is committed meanwhile.
        try:
            since = utcnow() - older_than
        except OverflowError:  # further back than datetime can go: every change is younger
            since = datetime.min.replace(tzinfo=timezone.utc)
        with store.db.session() as s:
            seen = int(s.execute(select(meta.c.revision).where(meta.c.id == 1)).scalar_one())
            first_recent = s.execute(select(func.min(log.c.revision)).where(log.c.at >= since)).scalar_one_or_none()
        age_cutoff = seen if first_recent is None else min(seen, int(first_recent) - 1)

    def choose(s) -> tuple[int, int, int]:
        row = s.execute(select(meta.c.revision, meta.c.changes_from_revision).where(meta.c.id == 1)).one()
        rev, before = int(row.revision), int(row.changes_from_revision)
        cutoff = rev
        if keep_revisions is not None:
            cutoff = min(cutoff, rev - keep_revisions)
        if age_cutoff is not None:
            cutoff = min(cutoff, age_cutoff)
        return rev, before, max(before, cutoff, 0)

    if dry_run:
        with store.db.session() as s:
            rev, before, horizon = choose(s)
            below = int(s.execute(select(func.count()).select_from(log).where(log.c.revision <= horizon)).scalar_one())
            total = int(s.execute(select(func.count()).select_from(log)).scalar_one())
        return CompactionReport(rev, before, horizon, below, total - below, keep_revisions, older_than, True,
                                time.perf_counter() - t0)
    with store.db.session() as s:
        # A write first: takes the PostgreSQL row lock / the SQLite write lock, so no bank
        # writer is between its revision bump and its commit while the horizon is chosen.
        # Only indexed single-row reads happen under it: writers wait milliseconds.
        s.execute(update(meta).where(meta.c.id == 1).values(changes_from_revision=meta.c.changes_from_revision))
        rev, before, horizon = choose(s)
        any_below = s.execute(select(log.c.id).where(log.c.revision <= horizon).limit(1)).first() is not None
        if horizon > before:
            s.execute(update(meta).where(meta.c.id == 1).values(changes_from_revision=horizon))
        if horizon > before or any_below:
            store._audit_append(s, "bank.changes.compact", "bank_changes", horizon,
                               {"revision": rev, "horizon_before": before, "horizon": horizon,
                                "keep_revisions": keep_revisions,
                                "older_than_s": None if older_than is None else older_than.total_seconds()})
    deleted = 0
    # DELETE ... WHERE id IN (SELECT id ... LIMIT n): bounded batches on SQLite and PostgreSQL.
    ids_below = select(log.c.id).where(log.c.revision <= horizon).limit(batch_size)
    while any_below:
        with store.db.session() as s:
            n = s.execute(delete(log).where(log.c.id.in_(ids_below))).rowcount
        deleted += max(int(n or 0), 0)
        if not n or n < batch_size:
            break
    with store.db.session() as s:
        remaining = int(s.execute(select(func.count()).select_from(log)).scalar_one())
    return CompactionReport(rev, before, horizon, deleted, remaining, keep_revisions, older_than, False,
                            time.perf_counter() - t0)
