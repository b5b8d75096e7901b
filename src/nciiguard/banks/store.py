"""BankStore: create banks, add, import, export and withdraw entries, manage the allow-list.

Every change is one database transaction that also bumps the bank revision, appends to the
change log (so matchers in other processes update their index) and writes an audit record. Either
all of it commits or none of it does: a failed import leaves the banks exactly as they were.

Privacy: audit records and the change log carry entry ids, banks, case ids and counts, never hash
values, so a withdrawn hash leaves no copy behind.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InputError
from ..hashing.signal_types import normalize_signal_type, validate_signal_value
from ..store.base import as_utc, utcnow
from .models import PURPOSES, STATUSES, BankChangeRow, BankEntryRow, BankMetaRow, BankRow

#: Name of the allow-list bank created on demand by :meth:`BankStore.allow`.
DEFAULT_ALLOW_BANK = "allow-list"

_PURPOSE_ALIASES = {
    "survivor": "survivor", "survivor_submissions": "survivor", "submissions": "survivor",
    "confirmed": "confirmed", "confirmed_ncii": "confirmed", "ncii": "confirmed",
    "allow": "allow", "allow_list": "allow", "allow-list": "allow", "allowlist": "allow",
    "nudify_model": "nudify_model", "nudify-model": "nudify_model", "nudify_models": "nudify_model",
}


class BankError(InputError):
    """A bank operation was refused (unknown bank, duplicate name, bad value...)."""


def normalize_purpose(purpose: str) -> str:
    key = str(purpose).strip().lower()
    try:
        return _PURPOSE_ALIASES[key]
    except KeyError:
        raise BankError(f"unknown bank purpose {purpose!r}; known: {', '.join(PURPOSES)}") from None


def _status(status: str) -> str:
    s = str(status or "active").strip().lower()
    if s not in STATUSES:
        raise BankError(f"unknown entry status {status!r}; known: {', '.join(STATUSES)}")
    return s


@dataclass(frozen=True)
class Bank:
    id: int
    name: str
    signal_type: str
    purpose: str
    description: str
    created_at: datetime
    updated_at: datetime
    entries: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "signal_type": self.signal_type, "purpose": self.purpose,
                "description": self.description, "entries": self.entries,
                "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat()}


@dataclass(frozen=True)
class Entry:
    id: int
    bank: str
    purpose: str
    signal_type: str
    value: str
    variants: dict[str, str]
    source: str
    case_id: str | None
    status: str
    note: str
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "bank": self.bank, "purpose": self.purpose, "signal_type": self.signal_type,
                "signal_value": self.value, "pdq_variants": dict(self.variants), "source": self.source,
                "case": self.case_id, "status": self.status, "note": self.note,
                "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat()}


@dataclass
class ItemResult:
    """What happened to one item of a batch (a file, an import row)."""

    item: str
    ok: bool
    entry_id: int | None = None
    error: str | None = None
    duplicate: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.item, "ok": self.ok}
        if self.entry_id is not None:
            out["entry_id"] = self.entry_id
        if self.duplicate:
            out["duplicate"] = True
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class ImportReport:
    source: str
    added: int = 0
    duplicates: int = 0
    errors: int = 0
    items: list[ItemResult] = field(default_factory=list)
    committed: bool = True

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "added": self.added, "duplicates": self.duplicates,
                "errors": self.errors, "committed": self.committed,
                "problems": [i.to_dict() for i in self.items if not i.ok or i.duplicate]}


@dataclass(frozen=True)
class CompactionReport:
    """What :meth:`BankStore.compact_changes` did (or, with ``dry_run``, would do)."""

    #: Bank revision when the horizon was chosen.
    revision: int
    #: ``changes_from_revision`` before and after: matchers that last saw a revision below
    #: ``horizon`` rebuild from the entries on their next poll.
    horizon_before: int
    horizon: int
    #: Change rows deleted (with ``dry_run``: that would be deleted).
    deleted: int
    #: Change rows left in the log.
    remaining: int
    keep_revisions: int | None
    older_than: timedelta | None
    dry_run: bool
    elapsed_s: float

    def to_dict(self) -> dict[str, Any]:
        return {"revision": self.revision, "horizon_before": self.horizon_before, "horizon": self.horizon,
                "deleted": self.deleted, "remaining": self.remaining, "keep_revisions": self.keep_revisions,
                "older_than_days": None if self.older_than is None else self.older_than.total_seconds() / 86400,
                "dry_run": self.dry_run, "elapsed_s": round(self.elapsed_s, 3)}


@dataclass(frozen=True)
class NewEntry:
    """One entry to add: the parsed, not yet validated form used by add_entries and imports."""

    value: str
    signal_type: str | None = None
    bank: str | None = None
    status: str = "active"
    case_id: str | None = None
    source: str | None = None
    variants: dict[str, str] | None = None
    note: str = ""
    label: str = ""  # where it came from, for error messages ("line 7")


class BankStore:
    """Hash banks in a database (SQLite by default, PostgreSQL by URL).

    >>> store = BankStore.open("sqlite:///:memory:")  # doctest: +SKIP
    """

    def __init__(self, db, *, actor: str = "nciiguard"):
        self.db = db
        self.actor = actor
        from ..audit import AuditLog

        self._audit = AuditLog()

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, actor: str = "nciiguard") -> "BankStore":
        from ..store import open_database

        return cls(open_database(url, migrate=migrate), actor=actor)

    # -- internals -----------------------------------------------------------------------------
    def _bump(self, session: Session, ops: Iterable[tuple[str, int | None]]) -> int:
        """Increment the revision (row lock: serialises bank writers) and log the changes."""
        session.execute(update(BankMetaRow).where(BankMetaRow.id == 1).values(revision=BankMetaRow.revision + 1))
        rev = session.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one()
        now = utcnow()
        rows = [{"revision": rev, "op": op, "entry_id": eid, "at": now} for op, eid in ops]
        if rows:
            session.execute(BankChangeRow.__table__.insert(), rows)
        return rev

    def _audit_append(self, session: Session, action: str, object_type: str, object_id, details: dict) -> None:
        self._audit.append(session, actor=self.actor, action=action, object_type=object_type,
                           object_id=object_id, details=details)

    @staticmethod
    def _bank_row(session: Session, name: str) -> BankRow:
        row = session.execute(select(BankRow).where(BankRow.name == name)).scalar_one_or_none()
        if row is None:
            raise BankError(f"no bank named {name!r}")
        return row

    @staticmethod
    def _to_bank(row: BankRow, entries: int = 0) -> Bank:
        return Bank(row.id, row.name, row.signal_type, row.purpose, row.description,
                    as_utc(row.created_at), as_utc(row.updated_at), entries)

    @staticmethod
    def _to_entry(row: BankEntryRow, bank: BankRow) -> Entry:
        return Entry(row.id, bank.name, bank.purpose, row.signal_type, row.value,
                     json.loads(row.variants) if row.variants else {}, row.source, row.case_id, row.status,
                     row.note, as_utc(row.created_at), as_utc(row.updated_at))

    def revision(self) -> int:
        with self.db.session() as s:
            return int(s.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one())

    def changes_horizon(self) -> int:
        """``changes_from_revision``: the change log is complete for every revision above it."""
        with self.db.session() as s:
            return int(s.execute(select(BankMetaRow.changes_from_revision).where(BankMetaRow.id == 1)).scalar_one())

    # -- change-log compaction -------------------------------------------------------------------
    def compact_changes(self, *, keep_revisions: int | None = None, older_than: timedelta | None = None,
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
            with self.db.session() as s:
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
            with self.db.session() as s:
                rev, before, horizon = choose(s)
                below = int(s.execute(select(func.count()).select_from(log).where(log.c.revision <= horizon)).scalar_one())
                total = int(s.execute(select(func.count()).select_from(log)).scalar_one())
            return CompactionReport(rev, before, horizon, below, total - below, keep_revisions, older_than, True,
                                    time.perf_counter() - t0)
        with self.db.session() as s:
            # A write first: takes the PostgreSQL row lock / the SQLite write lock, so no bank
            # writer is between its revision bump and its commit while the horizon is chosen.
            # Only indexed single-row reads happen under it: writers wait milliseconds.
            s.execute(update(meta).where(meta.c.id == 1).values(changes_from_revision=meta.c.changes_from_revision))
            rev, before, horizon = choose(s)
            any_below = s.execute(select(log.c.id).where(log.c.revision <= horizon).limit(1)).first() is not None
            if horizon > before:
                s.execute(update(meta).where(meta.c.id == 1).values(changes_from_revision=horizon))
            if horizon > before or any_below:
                self._audit_append(s, "bank.changes.compact", "bank_changes", horizon,
                                   {"revision": rev, "horizon_before": before, "horizon": horizon,
                                    "keep_revisions": keep_revisions,
                                    "older_than_s": None if older_than is None else older_than.total_seconds()})
        deleted = 0
        # DELETE ... WHERE id IN (SELECT id ... LIMIT n): bounded batches on SQLite and PostgreSQL.
        ids_below = select(log.c.id).where(log.c.revision <= horizon).limit(batch_size)
        while any_below:
            with self.db.session() as s:
                n = s.execute(delete(log).where(log.c.id.in_(ids_below))).rowcount
            deleted += max(int(n or 0), 0)
            if not n or n < batch_size:
                break
        with self.db.session() as s:
            remaining = int(s.execute(select(func.count()).select_from(log)).scalar_one())
        return CompactionReport(rev, before, horizon, deleted, remaining, keep_revisions, older_than, False,
                                time.perf_counter() - t0)

    # -- banks ---------------------------------------------------------------------------------
    def create_bank(self, name: str, signal_type: str, purpose: str, description: str = "") -> Bank:
        name = (name or "").strip()
        if not name or len(name) > 128 or any(c in name for c in "\n\r\t,"):
            raise BankError("bank name must be 1-128 characters without commas, tabs or newlines")
        st = normalize_signal_type(signal_type)
        purpose = normalize_purpose(purpose)
        try:
            with self.db.session() as s:
                if s.execute(select(BankRow.id).where(BankRow.name == name)).first():
                    raise BankError(f"a bank named {name!r} already exists")
                now = utcnow()
                row = BankRow(name=name, signal_type=st, purpose=purpose, description=description or "",
                              created_at=now, updated_at=now)
                s.add(row)
                s.flush()
                self._bump(s, [("bank_create", None)])  # no entries yet: matchers need not rebuild
                self._audit_append(s, "bank.create", "bank", name, {"signal_type": st, "purpose": purpose})
                return self._to_bank(row)
        except IntegrityError:
            raise BankError(f"a bank named {name!r} already exists") from None

    def ensure_bank(self, name: str, signal_type: str, purpose: str, description: str = "") -> Bank:
        try:
            bank = self.get_bank(name)
        except BankError:
            try:
                return self.create_bank(name, signal_type, purpose, description)
            except BankError:
                bank = self.get_bank(name)  # created concurrently
        if bank.signal_type != normalize_signal_type(signal_type) or bank.purpose != normalize_purpose(purpose):
            raise BankError(f"bank {name!r} exists with signal type {bank.signal_type} and purpose {bank.purpose}")
        return bank

    def get_bank(self, name: str) -> Bank:
        with self.db.session() as s:
            row = self._bank_row(s, name)
            n = s.execute(select(func.count()).select_from(BankEntryRow).where(BankEntryRow.bank_id == row.id)).scalar_one()
            return self._to_bank(row, int(n))

    def list_banks(self) -> list[Bank]:
        with self.db.session() as s:
            counts = dict(s.execute(select(BankEntryRow.bank_id, func.count()).group_by(BankEntryRow.bank_id)).all())
            rows = s.execute(select(BankRow).order_by(BankRow.name)).scalars().all()
            return [self._to_bank(r, int(counts.get(r.id, 0))) for r in rows]

    def delete_bank(self, name: str) -> int:
        """Delete a bank and every entry in it. Returns the number of entries deleted."""
        with self.db.session() as s:
            row = self._bank_row(s, name)
            ids = s.execute(select(BankEntryRow.id).where(BankEntryRow.bank_id == row.id)).scalars().all()
            s.execute(delete(BankEntryRow).where(BankEntryRow.bank_id == row.id))
            s.delete(row)
            self._bump(s, [("bank_delete", None)] + [("remove", i) for i in ids])
            self._audit_append(s, "bank.delete", "bank", name, {"entries_deleted": len(ids)})
            return len(ids)

    # -- entries -------------------------------------------------------------------------------
    def add_entry(self, bank: str, value: str, *, source: str = "", case_id: str | None = None,
                  status: str = "active", variants: dict[str, str] | None = None, note: str = "") -> Entry:
        """Add one hash. Raises BankError for a bad value or a duplicate."""
        report = self.add_entries(bank, [NewEntry(value, None, bank, status, case_id, source, variants, note, "entry")],
                                  strict=True)
        item = report.items[0]
        if item.duplicate:
            raise BankError(f"this {self.get_bank(bank).signal_type} hash is already in bank {bank!r} (entry {item.entry_id})")
        return self.get_entry(item.entry_id)

    def add_record(self, bank: str, record, *, source: str = "", case_id: str | None = None,
                   status: str = "active", note: str = "") -> Entry:
        """Add the hash of a :class:`~nciiguard.hashing.HashRecord` that fits the bank's signal type."""
        b = self.get_bank(bank)
        values = dict(record.signals())
        if b.signal_type not in values:
            raise BankError(f"bank {bank!r} holds {b.signal_type} hashes; {record.name or 'this file'} has none")
        if b.signal_type == "pdq" and record.low_quality:
            raise BankError(f"{record.name or 'image'} has PDQ quality {record.quality}, below the floor "
                            f"{record.quality_floor}: too flat to match reliably; bank its md5/sha256 instead")
        variants = dict(record.pdq_variants) if b.signal_type == "pdq" else None
        return self.add_entry(bank, values[b.signal_type], source=source, case_id=case_id, status=status,
                              variants=variants or None, note=note)

    def add_entries(self, bank: str | None, items: Sequence[NewEntry], *, strict: bool = False,
                    source: str = "", label: str = "batch") -> ImportReport:
        """Add many entries in ONE transaction.

        Each item is validated on its own; a bad item is reported with its reason and skipped
        (``strict=False``) or makes the whole batch roll back (``strict=True``). Duplicates (in
        the bank already or repeated in the batch) are reported and skipped, never errors. No
        item is ever half-written: each is one row.
        """
        report = ImportReport(label)
        with self.db.session() as s:
            banks: dict[str, BankRow] = {}
            for r in s.execute(select(BankRow)).scalars():
                banks[r.name] = r
            prepared: list[tuple[NewEntry, BankRow, str, str | None, str, str | None, ItemResult]] = []
            seen: dict[tuple[int, str], str] = {}
            for it in items:
                tag = it.label or f"item {len(report.items) + 1}"
                try:
                    bname = (it.bank or bank or "").strip()
                    if not bname:
                        raise BankError("no bank given (name one, or give a 'bank' column)")
                    brow = banks.get(bname)
                    if brow is None:
                        raise BankError(f"no bank named {bname!r}")
                    st = normalize_signal_type(it.signal_type) if it.signal_type else brow.signal_type
                    if st != brow.signal_type:
                        raise BankError(f"bank {bname!r} holds {brow.signal_type} hashes, not {st}")
                    value = validate_signal_value(st, it.value)
                    variants = None
                    if it.variants:
                        if st != "pdq" or not isinstance(it.variants, dict):
                            raise BankError("pdq_variants are only for pdq entries and must be an object")
                        variants = json.dumps({str(k): validate_signal_value("pdq", v) for k, v in it.variants.items()},
                                              sort_keys=True)
                    status = _status(it.status)
                    case = (str(it.case_id).strip() or None) if it.case_id is not None else None
                    if case is not None and len(case) > 128:
                        raise BankError("case id is longer than 128 characters")
                except InputError as exc:
                    report.errors += 1
                    report.items.append(ItemResult(tag, False, error=str(exc)))
                    continue
                key = (brow.id, value)
                if key in seen:
                    report.duplicates += 1
                    report.items.append(ItemResult(tag, True, error=f"duplicate of {seen[key]}", duplicate=True))
                    continue
                seen[key] = tag
                res = ItemResult(tag, True)
                prepared.append((it, brow, value, variants, status, case, res))
                report.items.append(res)
            if strict and report.errors:
                bad = next(i for i in report.items if not i.ok)
                raise BankError(f"{bad.item}: {bad.error}")
            # Existing values: one query per bank, not per row.
            existing: dict[tuple[int, str], int] = {}
            by_bank: dict[int, list[str]] = {}
            for _, brow, value, *_ in prepared:
                by_bank.setdefault(brow.id, []).append(value)
            for bid, values in by_bank.items():
                for chunk in _chunks(values, 500):
                    for eid, v in s.execute(select(BankEntryRow.id, BankEntryRow.value).where(
                            BankEntryRow.bank_id == bid, BankEntryRow.value.in_(chunk))).all():
                        existing[(bid, v)] = eid
            now = utcnow()
            new_rows = []
            for it, brow, value, variants, status, case, res in prepared:
                if (brow.id, value) in existing:
                    res.duplicate = True
                    res.entry_id = existing[(brow.id, value)]
                    res.error = f"already in bank {brow.name!r} as entry {res.entry_id}"
                    report.duplicates += 1
                    continue
                row = BankEntryRow(bank_id=brow.id, signal_type=brow.signal_type, value=value, variants=variants,
                                   source=(it.source or source or "")[:200], case_id=case,
                                   status=status, note=it.note or "", created_at=now, updated_at=now)
                s.add(row)
                new_rows.append((row, res, brow))
            if new_rows:
                s.flush()
                for row, res, _ in new_rows:
                    res.entry_id = row.id
                report.added = len(new_rows)
                self._bump(s, [("add", row.id) for row, _, _ in new_rows])
                per_bank: dict[str, int] = {}
                for _, _, brow in new_rows:
                    per_bank[brow.name] = per_bank.get(brow.name, 0) + 1
                if len(new_rows) == 1:
                    row, _, brow = new_rows[0]
                    self._audit_append(s, "bank.entry.add", "bank_entry", row.id,
                                       {"bank": brow.name, "signal_type": brow.signal_type, "case": row.case_id,
                                        "source": row.source, "status": row.status})
                else:
                    self._audit_append(s, "bank.import", "bank", ",".join(sorted(per_bank)),
                                       {"source": label, "added": per_bank, "duplicates": report.duplicates,
                                        "errors": report.errors})
        return report

    def get_entry(self, entry_id: int) -> Entry:
        with self.db.session() as s:
            row = s.get(BankEntryRow, int(entry_id))
            if row is None:
                raise BankError(f"no entry {entry_id}")
            return self._to_entry(row, row.bank)

    def entries(self, bank: str | None = None, *, case_id: str | None = None,
                batch: int = 2000) -> Iterator[Entry]:
        """Entries (of one bank, or all), in id order, read in batches."""
        last = 0
        while True:
            with self.db.session() as s:
                q = select(BankEntryRow, BankRow).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                    BankEntryRow.id > last).order_by(BankEntryRow.id).limit(batch)
                if bank is not None:
                    q = q.where(BankRow.name == self._bank_row(s, bank).name)
                if case_id is not None:
                    q = q.where(BankEntryRow.case_id == case_id)
                rows = s.execute(q).all()
                out = [self._to_entry(e, b) for e, b in rows]
            if not out:
                return
            yield from out
            last = out[-1].id

    def find(self, signal_type: str, value: str) -> list[Entry]:
        """Entries holding exactly this value (any bank)."""
        st = normalize_signal_type(signal_type)
        v = validate_signal_value(st, value)
        with self.db.session() as s:
            rows = s.execute(select(BankEntryRow, BankRow).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                BankEntryRow.signal_type == st, BankEntryRow.value == v)).all()
            return [self._to_entry(e, b) for e, b in rows]

    def set_status(self, entry_id: int, status: str) -> Entry:
        status = _status(status)
        with self.db.session() as s:
            row = s.get(BankEntryRow, int(entry_id))
            if row is None:
                raise BankError(f"no entry {entry_id}")
            row.status = status
            row.updated_at = utcnow()
            self._bump(s, [("update", row.id)])
            self._audit_append(s, "bank.entry.status", "bank_entry", row.id, {"bank": row.bank.name, "status": status})
            return self._to_entry(row, row.bank)

    def withdraw(self, entry_id: int | None = None, *, case_id: str | None = None, bank: str | None = None,
                 value: str | None = None) -> int:
        """Delete entries (withdrawal means deletion). Returns how many were deleted.

        Select by entry id, by case id (every entry of a survivor's case), or by value (optionally
        within one bank). The rows are gone when this returns; matchers drop them on their next
        query (they poll the revision), and nothing of the hash stays in the log or audit trail.
        """
        if entry_id is None and case_id is None and value is None:
            raise BankError("withdraw needs an entry id, a case id or a hash value")
        with self.db.session() as s:
            q = select(BankEntryRow.id, BankEntryRow.bank_id, BankEntryRow.case_id)
            if entry_id is not None:
                q = q.where(BankEntryRow.id == int(entry_id))
            if case_id is not None:
                q = q.where(BankEntryRow.case_id == str(case_id))
            if bank is not None:
                q = q.where(BankEntryRow.bank_id == self._bank_row(s, bank).id)
            if value is not None:
                q = q.where(BankEntryRow.value == value.strip().lower())
            rows = s.execute(q).all()
            if not rows:
                return 0
            ids = [r.id for r in rows]
            for chunk in _chunks(ids, 500):
                s.execute(delete(BankEntryRow).where(BankEntryRow.id.in_(chunk)))
            self._bump(s, [("remove", i) for i in ids])
            obj = str(entry_id) if entry_id is not None else (f"case:{case_id}" if case_id else "value")
            self._audit_append(s, "bank.entry.withdraw", "bank_entry", obj,
                               {"entries": ids[:100], "count": len(ids), "case": case_id})
            return len(ids)

    # -- allow-list ----------------------------------------------------------------------------
    def allow(self, value: str, signal_type: str = "pdq", *, bank: str | None = None, note: str = "",
              source: str = "") -> Entry:
        """Put a hash on an allow-list (a known false positive): it will never produce a match."""
        st = normalize_signal_type(signal_type)
        name = bank or (DEFAULT_ALLOW_BANK if st == "pdq" else f"{DEFAULT_ALLOW_BANK}-{st}")
        self.ensure_bank(name, st, "allow", "Known false positives: never reported as matches.")
        return self.add_entry(name, value, source=source or "allow", note=note)

    # -- import / export -----------------------------------------------------------------------
    def import_file(self, path: str | Path, *, bank: str | None = None, signal_type: str | None = None,
                    fmt: str | None = None, strict: bool = False, source: str | None = None,
                    case_id: str | None = None) -> ImportReport:
        """Import a CSV / JSON / text hash list (see :mod:`nciiguard.banks.formats`).

        Per-row with a report: good rows are committed together in one transaction, bad rows are
        listed with their line and reason; with ``strict`` one bad row rejects the whole file.
        A file that cannot be parsed at all is rejected whole. ``case_id`` is the case of rows
        without one. The report and the audit log name the file by its base name only (a
        server's upload lands in a temporary folder whose path is nobody's business).
        """
        from dataclasses import replace

        from .formats import read_entries

        p = Path(path)
        if signal_type is None and bank is not None:
            signal_type = self.get_bank(bank).signal_type  # rows without a type are of the bank's type
        items, parse_errors = read_entries(p, fmt=fmt, default_signal_type=signal_type)
        if case_id is not None:
            items = [it if it.case_id else replace(it, case_id=case_id) for it in items]
        if strict and parse_errors:
            raise BankError(f"{p.name}: {parse_errors[0].item}: {parse_errors[0].error}")
        report = self.add_entries(bank, items, strict=strict, source=source or f"import:{p.name}", label=p.name)
        report.items = parse_errors + report.items
        report.errors += len(parse_errors)
        return report

    def export(self, stream, *, bank: str | None = None, fmt: str = "csv", case_id: str | None = None) -> int:
        from .formats import write_entries

        return write_entries(stream, self.entries(bank, case_id=case_id), fmt=fmt)


def _chunks(seq: Sequence, n: int):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
