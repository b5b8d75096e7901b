"""The partner side: a local read-only bank that mirrors a bank of another instance.

Entries arrive through :class:`~nciiguard.banks.BankStore` with the owner
``exchange:<origin URL>#<remote bank>``, so they are independent of local owners (a local case
never holds a mirrored entry: local writes to a mirror bank are refused) and the banks' usual
machinery (revision, change log, matchers, audit) sees them like any other change.

Each page is validated whole by the client before anything here runs, then applied: removals
first, then upserts, then the cursor. A crash in between replays the page on the next pull,
which is harmless (adding a held value and releasing a released one change nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import delete, select

from ..banks.models import BankRow
from ..banks.store import BankError, BankStore, NewEntry
from ..store.base import as_utc, utcnow
from .errors import ExchangeError
from .models import MirrorEntryRow, MirrorRow

#: Upstream ids released per transaction: large enough that a page of withdrawals is one or two
#: commits, small enough to bound the transaction (its IN lists, the bank lock's hold time).
RELEASE_BATCH = 500


@dataclass(frozen=True)
class Upsert:
    remote_id: int
    value: str
    variants: dict[str, str] | None = None


@dataclass
class PullReport:
    """Counts of one pull (what the audit log records too: never a hash value)."""

    bank: str
    origin: str
    added: int = 0
    removed: int = 0
    pages: int = 0
    resynced: bool = False
    revoked: bool = False
    cursor: str | None = None
    remote_revision: int = 0
    caught_up: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"bank": self.bank, "origin": self.origin, "added": self.added, "removed": self.removed,
                "pages": self.pages, "resynced": self.resynced, "revoked": self.revoked, "cursor": self.cursor,
                "remote_revision": self.remote_revision, "caught_up": self.caught_up}


@dataclass(frozen=True)
class MirrorStatus:
    bank: str
    origin_url: str
    remote_bank: str
    cursor: str | None
    remote_revision: int
    last_pull_at: datetime | None
    last_error: str
    resyncs: int
    entries: int

    @property
    def lag(self) -> int | None:
        """Upstream revisions not applied yet, as of the last pull (None before the first)."""
        if self.cursor is None:
            return None
        return max(0, self.remote_revision - int(self.cursor.split(":")[0]))

    def to_dict(self) -> dict[str, Any]:
        return {"bank": self.bank, "origin_url": self.origin_url, "remote_bank": self.remote_bank,
                "cursor": self.cursor, "remote_revision": self.remote_revision, "lag": self.lag,
                "last_pull_at": self.last_pull_at.isoformat() if self.last_pull_at else None,
                "last_error": self.last_error, "resyncs": self.resyncs, "entries": self.entries}


def snapshot_cursor(revision: int) -> str:
    """The cursor after a snapshot read at ``revision``: past every change of that revision."""
    return f"{int(revision)}:{10 ** 18 - 1}"


def owner_for(origin_url: str, remote_bank: str) -> str:
    """The owner of a mirror's entries: ``exchange:<URL>#<bank>`` (a digest of it when too long,
    so two long origins never share an owner by truncation)."""
    key = f"exchange:{origin_url}#{remote_bank}"
    if len(key) <= 256:
        return key
    import hashlib

    return "exchange:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


class MirrorStore:
    """Create mirrors and apply validated pages to them."""

    def __init__(self, db, *, actor: str = "exchange"):
        from ..audit import AuditLog

        self.db = db
        self.banks = BankStore(db, actor=actor)
        self.actor = actor
        self._audit = AuditLog()

    # -- mirrors -------------------------------------------------------------------------------
    def ensure(self, local: str, origin_url: str, remote_bank: str, signal_type: str, purpose: str) -> int:
        """The mirror id of local bank ``local`` (created with the upstream bank's type and
        purpose if missing). Refuses a local bank that is not this mirror."""
        try:
            bank = self.banks.get_bank(local)
        except BankError:
            bank = self.banks.create_bank(local, signal_type, purpose,
                                          f"Mirror of bank {remote_bank!r} at {origin_url} (read-only here).")
            with self.db.session() as s:
                row = MirrorRow(bank_id=bank.id, origin_url=origin_url, remote_bank=remote_bank, cursor=None,
                                remote_revision=0, last_error="", resyncs=0, created_at=utcnow())
                s.add(row)
                s.flush()
                self._audit.append(s, actor=self.actor, action="exchange.mirror.create", object_type="bank",
                                   object_id=local, details={"origin": origin_url, "remote_bank": remote_bank})
                return int(row.id)
        with self.db.session() as s:
            row = s.execute(select(MirrorRow).where(MirrorRow.bank_id == bank.id)).scalar_one_or_none()
        if row is None:
            raise ExchangeError(f"bank {local!r} exists and is not a mirror: pull into a new bank name")
        if row.origin_url != origin_url or row.remote_bank != remote_bank:
            raise ExchangeError(f"bank {local!r} mirrors bank {row.remote_bank!r} at {row.origin_url}, "
                                f"not {remote_bank!r} at {origin_url}")
        if bank.signal_type != signal_type or bank.purpose != purpose:
            raise ExchangeError(f"upstream bank {remote_bank!r} is now {signal_type}/{purpose}; the mirror {local!r} "
                                f"is {bank.signal_type}/{bank.purpose}: delete the mirror bank and pull again")
        return int(row.id)

    def find(self, local: str) -> MirrorRow | None:
        with self.db.session() as s:
            row = s.execute(select(MirrorRow).join(BankRow, BankRow.id == MirrorRow.bank_id)
                            .where(BankRow.name == local)).scalar_one_or_none()
            if row is not None:
                s.expunge(row)
            return row

    def status(self) -> list[MirrorStatus]:
        from sqlalchemy import func

        from ..banks.models import BankEntryRow

        with self.db.session() as s:
            rows = s.execute(select(MirrorRow, BankRow.name).join(BankRow, BankRow.id == MirrorRow.bank_id)
                             .order_by(BankRow.name)).all()
            counts = dict(s.execute(select(BankEntryRow.bank_id, func.count()).group_by(BankEntryRow.bank_id)).all())
            return [MirrorStatus(name, r.origin_url, r.remote_bank, r.cursor, int(r.remote_revision),
                                 as_utc(r.last_pull_at), r.last_error, int(r.resyncs), int(counts.get(r.bank_id, 0)))
                    for r, name in rows]

    # -- applying pages ------------------------------------------------------------------------
    def _ctx(self, mirror_id: int) -> tuple[MirrorRow, str, str]:
        with self.db.session() as s:
            row = s.get(MirrorRow, mirror_id)
            if row is None:
                raise ExchangeError("the mirror was deleted during the pull")
            name = s.execute(select(BankRow.name).where(BankRow.id == row.bank_id)).scalar_one()
            s.expunge(row)
        return row, name, owner_for(row.origin_url, row.remote_bank)

    def _release(self, mirror_id: int, local: str, owner: str, remote_ids: Iterable[int]) -> int:
        """Stop holding these upstream ids; returns how many local entries were deleted.

        One transaction per batch of :data:`RELEASE_BATCH` ids: the mapping rows, the bank entries,
        the revision and change log, and the audit record commit together or not at all, so a
        failure part-way leaves the batch as it was (the next pull releases it again)."""
        ids = sorted(set(remote_ids))
        deleted = 0
        for i in range(0, len(ids), RELEASE_BATCH):
            deleted += self._release_batch(mirror_id, local, owner, ids[i:i + RELEASE_BATCH])
        return deleted

    def _release_batch(self, mirror_id: int, local: str, owner: str, ids: list[int]) -> int:
        with self.db.session() as s:
            BankStore._lock(s)  # first, as every bank writer: one lock order, no deadlock
            eids = set(s.execute(select(MirrorEntryRow.entry_id).where(
                MirrorEntryRow.mirror_id == mirror_id, MirrorEntryRow.remote_id.in_(ids))).scalars())
            if not eids:
                return 0
            s.execute(delete(MirrorEntryRow).where(MirrorEntryRow.mirror_id == mirror_id,
                                                   MirrorEntryRow.remote_id.in_(ids)))
            # Another upstream id of this mirror on the same local entry (an upstream id reused
            # for the same value): keep holding it.
            shared = set(s.execute(select(MirrorEntryRow.entry_id).where(
                MirrorEntryRow.mirror_id == mirror_id, MirrorEntryRow.entry_id.in_(eids))).scalars())
            return self.banks.withdraw_report(entry_ids=sorted(eids - shared), bank=local, owners=[owner],
                                              session=s).deleted

    def _upsert(self, mirror_id: int, local: str, owner: str, items: Sequence[Upsert]) -> int:
        if not items:
            return 0
        with self.db.session() as s:
            known = dict(s.execute(select(MirrorEntryRow.remote_id, MirrorEntryRow.entry_id).where(
                MirrorEntryRow.mirror_id == mirror_id,
                MirrorEntryRow.remote_id.in_([u.remote_id for u in items]))).all()) if len(items) <= 900 else None
        report = self.banks.add_entries(local, [NewEntry(u.value, None, local, "active", None, owner, u.variants, "",
                                                         f"upstream entry {u.remote_id}", owner) for u in items],
                                        strict=True, label="exchange pull")
        new_map = {u.remote_id: r.entry_id for u, r in zip(items, report.items)}
        if known is None:
            with self.db.session() as s:
                known = dict(s.execute(select(MirrorEntryRow.remote_id, MirrorEntryRow.entry_id).where(
                    MirrorEntryRow.mirror_id == mirror_id)).all())
        stale = [rid for rid, eid in new_map.items() if rid in known and known[rid] != eid]
        if stale:  # an upstream id now names another value: drop the old mapping first
            self._release(mirror_id, local, owner, stale)
        fresh = [{"mirror_id": mirror_id, "remote_id": rid, "entry_id": eid} for rid, eid in new_map.items()
                 if eid is not None and known.get(rid) != eid]
        with self.db.session() as s:
            for i in range(0, len(fresh), 500):
                chunk = fresh[i:i + 500]
                s.execute(delete(MirrorEntryRow).where(MirrorEntryRow.mirror_id == mirror_id,
                                                       MirrorEntryRow.remote_id.in_([r["remote_id"] for r in chunk])))
                s.execute(MirrorEntryRow.__table__.insert(), chunk)
        return report.added

    def apply_changes(self, mirror_id: int, changes: Sequence[Upsert | int], cursor: str, remote_revision: int,
                      report: PullReport) -> None:
        """Apply one validated changes page (``int`` = a removed upstream id) and store the cursor.

        Changes are folded per upstream id to their last state in the page (the page is in log
        order), so removals and upserts can run as two batches."""
        _, local, owner = self._ctx(mirror_id)
        last: dict[int, Upsert | int] = {}
        for c in changes:
            rid = c if isinstance(c, int) else c.remote_id
            last.pop(rid, None)
            last[rid] = c
        removes = [rid for rid, c in last.items() if isinstance(c, int)]
        ups = [c for c in last.values() if not isinstance(c, int)]
        report.removed += self._release(mirror_id, local, owner, removes)
        report.added += self._upsert(mirror_id, local, owner, ups)
        self._save_cursor(mirror_id, cursor, remote_revision)
        if removes:
            self.banks._after_delete()

    def apply_snapshot(self, mirror_id: int, entries: Sequence[Upsert], revision: int, report: PullReport) -> None:
        """Replace the mirror's content with a validated full snapshot and set the cursor after it:
        local entries of this mirror that are absent upstream are withdrawn."""
        _, local, owner = self._ctx(mirror_id)
        report.resynced = True
        report.added += self._upsert(mirror_id, local, owner, entries)
        present = {u.remote_id for u in entries}
        with self.db.session() as s:
            mapped = s.execute(select(MirrorEntryRow.remote_id).where(MirrorEntryRow.mirror_id == mirror_id)).scalars()
            gone = [int(r) for r in mapped if int(r) not in present]
        report.removed += self._release(mirror_id, local, owner, gone)
        # Entries this mirror holds without a mapping (a crash between add and map): withdraw.
        keep = set()
        with self.db.session() as s:
            keep = set(s.execute(select(MirrorEntryRow.entry_id).where(MirrorEntryRow.mirror_id == mirror_id)).scalars())
        orphans = [e.id for e in self.banks.entries(local, owner=owner) if e.id not in keep]
        for i in range(0, len(orphans), RELEASE_BATCH):
            report.removed += self.banks.withdraw_report(entry_ids=orphans[i:i + RELEASE_BATCH], bank=local,
                                                         owners=[owner], checkpoint=False).deleted
        with self.db.session() as s:
            s.get(MirrorRow, mirror_id).resyncs += 1
        # Every change up to the snapshot's revision is in the snapshot: continue after all of them.
        self._save_cursor(mirror_id, snapshot_cursor(revision), revision)
        self.banks._after_delete()

    def drop_all(self, mirror_id: int, report: PullReport) -> None:
        """The share was revoked: release everything this mirror holds (no more withdrawals would come)."""
        _, local, owner = self._ctx(mirror_id)
        with self.db.session() as s:
            mapped = list(s.execute(select(MirrorEntryRow.remote_id).where(MirrorEntryRow.mirror_id == mirror_id)).scalars())
        report.removed += self._release(mirror_id, local, owner, mapped)
        report.revoked = True
        with self.db.session() as s:
            row = s.get(MirrorRow, mirror_id)
            row.cursor = None
        self.banks._after_delete()

    def _save_cursor(self, mirror_id: int, cursor: str, remote_revision: int) -> None:
        with self.db.session() as s:
            row = s.get(MirrorRow, mirror_id)
            row.cursor = cursor
            row.remote_revision = int(remote_revision)

    def finish(self, mirror_id: int, report: PullReport, error: str = "") -> None:
        """Record the pull on the mirror and in the audit log (counts only)."""
        with self.db.session() as s:
            row = s.get(MirrorRow, mirror_id)
            if row is None:
                return
            row.last_pull_at = utcnow()
            row.last_error = error[:500]
            report.cursor = row.cursor
            report.remote_revision = int(row.remote_revision)
            self._audit.append(s, actor=self.actor, action="exchange.pull", object_type="bank", object_id=report.bank,
                               details={"origin": report.origin, "added": report.added, "removed": report.removed,
                                        "pages": report.pages, "resynced": report.resynced, "revoked": report.revoked,
                                        "error": error[:200] or None})
