"""BankStore: create banks, add, import, export and withdraw entries, manage the allow-list.

Every change is one database transaction that also bumps the bank revision, appends to the
change log (so matchers in other processes update their index) and writes an audit record. Either
all of it commits or none of it does: a failed import leaves the banks exactly as they were.

Ownership: a value is banked once per bank, and held by one or more owners (``case:<id>``,
``takedown:<ref>``, ``source:<name>``, see :func:`owner_key`). Adding a value that is already there
adds an owner; withdrawing an owner deletes only the entries no other owner holds. So one
survivor's withdrawal never unprotects another survivor who banked the same picture.

Concurrency: every writer first takes the bank write lock (a no-op UPDATE of ``bank_meta``: the
PostgreSQL row lock, the SQLite write lock), so the duplicate check and the insert see the same
data; the inserts are ``INSERT ... ON CONFLICT DO NOTHING`` besides. Racing duplicate writes are
idempotent, never an IntegrityError.

Privacy: audit records and the change log carry entry ids, banks, case ids and counts, never hash
values, so a withdrawn hash leaves no copy behind. On SQLite a withdrawal checkpoints the WAL
(with ``secure_delete`` on, see :mod:`nciiguard.store.db`), so the deleted value is not left in
the database files either.
"""

from __future__ import annotations

import json
import logging
from contextlib import nullcontext
from datetime import timedelta
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InputError
from ..hashing.signal_types import normalize_signal_type, validate_signal_value
from ..store.base import as_utc, utcnow
from .models import BankChangeRow, BankEntryOwnerRow, BankEntryRow, BankMetaRow, BankRow
from .types import (DEFAULT_ALLOW_BANK, Bank, BankError, CompactionReport, Entry, ImportReport, ItemResult, NewEntry,
                    OwnerLimitError, WithdrawReport, normalize_purpose, normalize_status, owner_key, read_only_banks)

__all__ = ["DEFAULT_ALLOW_BANK", "Bank", "BankError", "BankStore", "CompactionReport", "Entry", "ImportReport",
           "ItemResult", "NewEntry", "OwnerLimitError", "WithdrawReport", "normalize_purpose", "owner_key"]


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
    @staticmethod
    def _lock(session: Session) -> None:
        """Take the bank write lock before reading what a write depends on.

        A no-op UPDATE of the meta row: the PostgreSQL row lock / the SQLite write lock (the
        first write opens the transaction), held to commit. Every bank writer takes it first, so
        "is this value banked?" and the insert that follows see the same data, and writers never
        wait for each other in two orders (no deadlock).
        """
        session.execute(update(BankMetaRow).where(BankMetaRow.id == 1).values(revision=BankMetaRow.revision))

    def _insert(self, session: Session, table, rows: list[dict], conflict: list[str]) -> None:
        """INSERT ... ON CONFLICT DO NOTHING: a row that exists already is left as it is."""
        if not rows:
            return
        dialect = self.db.engine.dialect.name
        ins = (postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table))
        stmt = ins.on_conflict_do_nothing(index_elements=conflict)
        for chunk in _chunks(rows, 1000):
            session.execute(stmt, chunk)

    def _bump(self, session: Session, ops: Iterable[tuple]) -> int:
        """Increment the revision (row lock: serialises bank writers) and log the changes."""
        session.execute(update(BankMetaRow).where(BankMetaRow.id == 1).values(revision=BankMetaRow.revision + 1))
        rev = session.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one()
        now = utcnow()
        # An op is (op, entry id) or (op, entry id, bank id): the bank lets the exchange feed of
        # one bank carry its withdrawals (the entry row is gone by then).
        rows = [{"revision": rev, "op": o[0], "entry_id": o[1], "bank_id": o[2] if len(o) > 2 else None, "at": now}
                for o in ops]
        if rows:
            session.execute(BankChangeRow.__table__.insert(), rows)
        return rev

    def _audit_append(self, session: Session, action: str, object_type: str, object_id, details: dict) -> None:
        self._audit.append(session, actor=self.actor, action=action, object_type=object_type,
                           object_id=object_id, details=details)

    @staticmethod
    def _mirrors(session: Session) -> dict[int, str]:
        """Banks that mirror another instance's bank (read-only here): bank id -> "bank at URL".
        The exchange registers the lookup (:func:`~nciiguard.banks.types.register_read_only_banks`)."""
        return read_only_banks(session)

    @staticmethod
    def _refuse_mirror(name: str, origin: str) -> BankError:
        return BankError(f"bank {name!r} is a read-only mirror of bank {origin}: change it at its origin "
                         f"(it follows on the next `nciiguard exchange pull`)")

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
        """Delete change-log rows that matchers no longer need (see
        :func:`nciiguard.banks.compaction.compact_changes` for the rules and why it is safe)."""
        from .compaction import compact_changes

        return compact_changes(self, keep_revisions=keep_revisions, older_than=older_than, dry_run=dry_run,
                               batch_size=batch_size)

    # -- banks ---------------------------------------------------------------------------------
    def create_bank(self, name: str, signal_type: str, purpose: str, description: str = "") -> Bank:
        name = (name or "").strip()
        if not name or len(name) > 128 or any(c in name for c in "\n\r\t,"):
            raise BankError("bank name must be 1-128 characters without commas, tabs or newlines")
        st = normalize_signal_type(signal_type)
        purpose = normalize_purpose(purpose)
        try:
            with self.db.session() as s:
                self._lock(s)
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
            self._lock(s)
            row = self._bank_row(s, name)
            ids = s.execute(select(BankEntryRow.id).where(BankEntryRow.bank_id == row.id)).scalars().all()
            for chunk in _chunks(ids, 500):
                s.execute(delete(BankEntryOwnerRow).where(BankEntryOwnerRow.entry_id.in_(chunk)))
            s.execute(delete(BankEntryRow).where(BankEntryRow.bank_id == row.id))
            s.delete(row)
            self._bump(s, [("bank_delete", None)] + [("remove", i, row.id) for i in ids])
            self._audit_append(s, "bank.delete", "bank", name, {"entries_deleted": len(ids)})
        self._after_delete()
        return len(ids)

    # -- entries -------------------------------------------------------------------------------
    def add_entry(self, bank: str, value: str, *, source: str = "", case_id: str | None = None,
                  status: str = "active", variants: dict[str, str] | None = None, note: str = "",
                  owner: str | None = None) -> Entry:
        """Add one hash. Raises BankError for a bad value or a value already in the bank (and then
        changes nothing: use :meth:`add_entries` to add an owner to a banked value)."""
        report = self.add_entries(bank, [NewEntry(value, None, bank, status, case_id, source, variants, note, "entry",
                                                  owner)], strict=True, refuse_duplicates=True)
        return self.get_entry(report.items[0].entry_id)

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
                    source: str = "", label: str = "batch", refuse_duplicates: bool = False,
                    owner_limit: tuple[str, int] | None = None) -> ImportReport:
        """Add many entries in ONE transaction.

        Each item is validated on its own; a bad item is reported with its reason and skipped
        (``strict=False``) or makes the whole batch roll back (``strict=True``). A value already in
        the bank is reported as a duplicate and gains the item's owner (see :func:`owner_key`); a
        value repeated in the batch for the same owner is a duplicate too. No item is ever
        half-written. ``refuse_duplicates``: a value already in the bank rolls everything back
        with a BankError instead. ``owner_limit=(owner, n)``: refuse (OwnerLimitError, nothing
        written) if that owner would then hold more than ``n`` values; counted under the write
        lock, so racing requests cannot both slip under it.

        Safe under races: the write lock is taken first and inserts are ON CONFLICT DO NOTHING,
        so two writers adding the same value both succeed, and the value is stored once.
        """
        report = ImportReport(label)
        with self.db.session() as s:
            self._lock(s)
            banks: dict[str, BankRow] = {}
            for r in s.execute(select(BankRow)).scalars():
                banks[r.name] = r
            prepared: list[tuple[NewEntry, BankRow, str, str | None, str, str | None, str, ItemResult]] = []
            seen: dict[tuple[int, str, str], str] = {}
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
                    status = normalize_status(it.status)
                    case = (str(it.case_id).strip() or None) if it.case_id is not None else None
                    if case is not None and len(case) > 128:
                        raise BankError("case id is longer than 128 characters")
                    owner = owner_key(case, (it.source or source or "")[:200], it.owner)
                except InputError as exc:
                    report.errors += 1
                    report.items.append(ItemResult(tag, False, error=str(exc)))
                    continue
                key = (brow.id, value, owner)
                if key in seen:
                    report.duplicates += 1
                    report.items.append(ItemResult(tag, True, error=f"duplicate of {seen[key]}", duplicate=True))
                    continue
                seen[key] = tag
                res = ItemResult(tag, True)
                prepared.append((it, brow, value, variants, status, case, owner, res))
                report.items.append(res)
            if strict and report.errors:
                bad = next(i for i in report.items if not i.ok)
                raise BankError(f"{bad.item}: {bad.error}")
            mirrors = self._mirrors(s) if prepared else {}
            for _, brow, *_rest, owner, _res in prepared:
                if brow.id in mirrors and not owner.startswith("exchange:"):
                    raise self._refuse_mirror(brow.name, mirrors[brow.id])
            # Values already banked: one query per bank and chunk, not per row.
            by_bank: dict[int, list[str]] = {}
            for _, brow, value, *_ in prepared:
                by_bank.setdefault(brow.id, []).append(value)
            existing = self._entry_ids(s, by_bank)
            if refuse_duplicates:
                for _, brow, value, *_rest in prepared:
                    if (brow.id, value) in existing:
                        raise BankError(f"this {brow.signal_type} hash is already in bank {brow.name!r} "
                                        f"(entry {existing[(brow.id, value)]})")
            now = utcnow()
            new_rows: dict[tuple[int, str], dict] = {}
            for it, brow, value, variants, status, case, owner, res in prepared:
                if (brow.id, value) not in existing and (brow.id, value) not in new_rows:
                    new_rows[(brow.id, value)] = {
                        "bank_id": brow.id, "signal_type": brow.signal_type, "value": value, "variants": variants,
                        "source": (it.source or source or "")[:200], "case_id": case, "status": status,
                        "note": it.note or "", "created_at": now, "updated_at": now}
            self._insert(s, BankEntryRow.__table__, list(new_rows.values()), ["bank_id", "value"])
            ids = dict(existing)
            if new_rows:
                new_by_bank: dict[int, list[str]] = {}
                for bid, v in new_rows:
                    new_by_bank.setdefault(bid, []).append(v)
                ids.update(self._entry_ids(s, new_by_bank))
            created = {k: ids[k] for k in new_rows if k in ids}
            # Owners the existing entries have already (new entries have none yet).
            held: set[tuple[int, str]] = set()
            old_ids = sorted({existing[(brow.id, value)] for _, brow, value, *_ in prepared
                              if (brow.id, value) in existing})
            owners = sorted({p[6] for p in prepared})
            for chunk in _chunks(old_ids, 500):
                q = select(BankEntryOwnerRow.entry_id, BankEntryOwnerRow.owner).where(
                    BankEntryOwnerRow.entry_id.in_(chunk))
                if len(owners) <= 100:  # else read every owner of these entries: fewer parameters
                    q = q.where(BankEntryOwnerRow.owner.in_(owners))
                held.update((int(r[0]), str(r[1])) for r in s.execute(q))
            links: dict[tuple[int, str], dict] = {}
            for it, brow, value, variants, status, case, owner, res in prepared:
                eid = ids[(brow.id, value)]
                res.entry_id = eid
                if (brow.id, value) in existing:
                    res.duplicate = True
                    res.error = f"already in bank {brow.name!r} as entry {eid}"
                    report.duplicates += 1
                if (eid, owner) not in held and (eid, owner) not in links:
                    links[(eid, owner)] = {"entry_id": eid, "owner": owner, "created_at": now}
                    res.owner_added = True
                    if res.duplicate:
                        report.owners_added += 1
            if owner_limit is not None:
                who, limit = owner_limit
                adding = sum(1 for (_, o) in links if o == who)
                if adding:
                    holding = int(s.execute(select(func.count()).select_from(BankEntryOwnerRow).where(
                        BankEntryOwnerRow.owner == who)).scalar_one())
                    if holding + adding > limit:
                        raise OwnerLimitError(who, holding, adding, limit)
            self._insert(s, BankEntryOwnerRow.__table__, list(links.values()), ["entry_id", "owner"])
            report.added = len(created)
            if created:
                self._bump(s, [("add", eid, bid) for (bid, _), eid in sorted(created.items(), key=lambda kv: kv[1])])
            if created or links:
                per_bank: dict[str, int] = {}
                names = {b.id: b.name for b in banks.values()}
                for bid, _ in created:
                    per_bank[names[bid]] = per_bank.get(names[bid], 0) + 1
                if len(created) == 1 and len(links) == 1:
                    key, eid = next(iter(created.items()))
                    row = new_rows[key]
                    self._audit_append(s, "bank.entry.add", "bank_entry", eid,
                                       {"bank": names[key[0]], "signal_type": row["signal_type"], "case": row["case_id"],
                                        "source": row["source"], "status": row["status"],
                                        "owner": next(iter(links))[1]})
                elif not created and len(links) == 1:
                    eid, who = next(iter(links))
                    self._audit_append(s, "bank.entry.own", "bank_entry", eid, {"owner": who})
                else:
                    self._audit_append(s, "bank.import", "bank", ",".join(sorted(per_bank)) or "owners",
                                       {"source": label, "added": per_bank, "duplicates": report.duplicates,
                                        "owners_added": report.owners_added, "errors": report.errors,
                                        "owners": sorted({o for _, o in links})[:20]})
        return report

    @staticmethod
    def _entry_ids(s: Session, by_bank: dict[int, list[str]]) -> dict[tuple[int, str], int]:
        out: dict[tuple[int, str], int] = {}
        for bid, values in by_bank.items():
            for chunk in _chunks(sorted(set(values)), 500):
                for eid, v in s.execute(select(BankEntryRow.id, BankEntryRow.value).where(
                        BankEntryRow.bank_id == bid, BankEntryRow.value.in_(chunk))).all():
                    out[(bid, v)] = eid
        return out

    def get_entry(self, entry_id: int) -> Entry:
        with self.db.session() as s:
            row = s.get(BankEntryRow, int(entry_id))
            if row is None:
                raise BankError(f"no entry {entry_id}")
            return self._to_entry(row, row.bank)

    def entries(self, bank: str | None = None, *, case_id: str | None = None, owner: str | None = None,
                batch: int = 2000) -> Iterator[Entry]:
        """Entries (of one bank, or all), in id order, read in batches. ``case_id`` / ``owner``:
        only the entries that this case (``case:<id>``) / owner holds, shared or not."""
        if case_id is not None:
            owner = owner_key(case_id=str(case_id))
        last = 0
        while True:
            with self.db.session() as s:
                q = select(BankEntryRow, BankRow).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                    BankEntryRow.id > last).order_by(BankEntryRow.id).limit(batch)
                if bank is not None:
                    q = q.where(BankRow.name == self._bank_row(s, bank).name)
                if owner is not None:
                    q = q.where(BankEntryRow.id.in_(select(BankEntryOwnerRow.entry_id).where(
                        BankEntryOwnerRow.owner == owner)))
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

    def held(self, owner: str | Sequence[str]) -> dict[str, int]:
        """How many values ``owner`` (or any of several owners) holds, per signal type; a value
        shared with other owners counts like any other."""
        owners = [owner] if isinstance(owner, str) else list(owner)
        with self.db.session() as s:
            ids = select(BankEntryOwnerRow.entry_id).where(BankEntryOwnerRow.owner.in_(owners))
            rows = s.execute(select(BankEntryRow.signal_type, func.count()).where(BankEntryRow.id.in_(ids))
                             .group_by(BankEntryRow.signal_type)).all()
        return {st: int(n) for st, n in rows}

    def owners(self, entry_id: int) -> list[str]:
        """Who holds an entry (admin view)."""
        with self.db.session() as s:
            return list(s.execute(select(BankEntryOwnerRow.owner).where(
                BankEntryOwnerRow.entry_id == int(entry_id)).order_by(BankEntryOwnerRow.id)).scalars())

    def set_status(self, entry_id: int, status: str) -> Entry:
        status = normalize_status(status)
        with self.db.session() as s:
            self._lock(s)
            row = s.get(BankEntryRow, int(entry_id))
            if row is None:
                raise BankError(f"no entry {entry_id}")
            mirrors = self._mirrors(s)
            if row.bank_id in mirrors:
                raise self._refuse_mirror(row.bank.name, mirrors[row.bank_id])
            row.status = status
            row.updated_at = utcnow()
            self._bump(s, [("update", row.id, row.bank_id)])
            self._audit_append(s, "bank.entry.status", "bank_entry", row.id, {"bank": row.bank.name, "status": status})
            return self._to_entry(row, row.bank)

    def withdraw(self, entry_id: int | None = None, *, case_id: str | None = None, bank: str | None = None,
                 value: str | None = None, owner: str | None = None) -> int:
        """Withdraw; returns how many entries were deleted (see :meth:`withdraw_report`)."""
        return self.withdraw_report(entry_id, case_id=case_id, bank=bank, value=value,
                                    owners=[owner] if owner else None).deleted

    def withdraw_report(self, entry_id: int | None = None, *, case_id: str | None = None, bank: str | None = None,
                        value: str | None = None, owners: Sequence[str] | None = None,
                        checkpoint: bool = True, entry_ids: Sequence[int] | None = None,
                        session: Session | None = None) -> WithdrawReport:
        """Withdraw entries. Withdrawal means deletion, but only of what nobody else holds.

        * With an owner (``case_id`` means owner ``case:<case_id>``, or ``owners``): that owner
          stops holding the selected values (all of its values, or the one ``entry_id`` /
          ``value``, optionally within ``bank``). An entry is deleted when its last owner is gone;
          a value another survivor also banked stays and keeps matching.
        * Without an owner (an administrator removing an entry by id or value): the entries are
          deleted whoever holds them.

        Deleted rows are gone when this returns; matchers drop them on their next query (they poll
        the revision) and purge them from persisted index files; nothing of the hash stays in the
        log or audit trail, and on SQLite the WAL is checkpointed (``checkpoint``) so the deleted
        value is not left in the database files.

        ``entry_ids`` selects several entries at once (at most 1,000: one record, one revision);
        ``session`` runs it inside the caller's transaction (the exchange releases a page of
        entries and its own mapping rows all or nothing); the caller then checkpoints.
        """
        want = list(owners or [])
        if case_id is not None:
            want.append(owner_key(case_id=str(case_id)))
        if entry_id is None and value is None and not want and entry_ids is None:
            raise BankError("withdraw needs an entry id, a case id, an owner or a hash value")
        if entry_ids is not None and len(entry_ids) > 1000:
            raise BankError("withdraw at most 1,000 entry ids at once")
        if entry_ids is not None and not entry_ids:
            return WithdrawReport(0, 0, [])
        with nullcontext(session) if session is not None else self.db.session() as s:
            self._lock(s)
            q = select(BankEntryRow.id, BankEntryRow.case_id)
            if entry_id is not None:
                q = q.where(BankEntryRow.id == int(entry_id))
            if entry_ids is not None:
                q = q.where(BankEntryRow.id.in_([int(i) for i in entry_ids]))
            if bank is not None:
                q = q.where(BankEntryRow.bank_id == self._bank_row(s, bank).id)
            if value is not None:
                q = q.where(BankEntryRow.value == value.strip().lower())
            released = 0
            if want:
                links = s.execute(select(BankEntryOwnerRow.id, BankEntryOwnerRow.entry_id).where(
                    BankEntryOwnerRow.owner.in_(want), BankEntryOwnerRow.entry_id.in_(
                        q.with_only_columns(BankEntryRow.id)))).all()
                released = len(links)
                for chunk in _chunks([link.id for link in links], 500):
                    s.execute(delete(BankEntryOwnerRow).where(BankEntryOwnerRow.id.in_(chunk)))
                touched = sorted({link.entry_id for link in links})
                still: set[int] = set()
                for chunk in _chunks(touched, 500):
                    still.update(s.execute(select(BankEntryOwnerRow.entry_id).where(
                        BankEntryOwnerRow.entry_id.in_(chunk))).scalars())
                gone = [i for i in touched if i not in still]
                kept = [i for i in touched if i in still]
            else:
                gone = [r.id for r in s.execute(q).all()]
                kept = []
                released = len(gone)
            if not gone and not released:
                return WithdrawReport(0, 0, [])
            values: list[tuple[str, str]] = []
            bank_of: dict[int, int] = {}
            for chunk in _chunks(gone, 500):
                for eid, bid, st, v in s.execute(select(BankEntryRow.id, BankEntryRow.bank_id, BankEntryRow.signal_type,
                                                        BankEntryRow.value).where(BankEntryRow.id.in_(chunk))):
                    values.append((str(st), str(v)))
                    bank_of[int(eid)] = int(bid)
            if not want or not all(o.startswith("exchange:") for o in want):
                mirrors = self._mirrors(s)
                hit = next((b for b in bank_of.values() if b in mirrors), None)
                if hit is not None:
                    name = s.execute(select(BankRow.name).where(BankRow.id == hit)).scalar_one()
                    raise self._refuse_mirror(name, mirrors[hit])
            for chunk in _chunks(gone, 500):
                s.execute(delete(BankEntryOwnerRow).where(BankEntryOwnerRow.entry_id.in_(chunk)))
                s.execute(delete(BankEntryRow).where(BankEntryRow.id.in_(chunk)))
            # A kept entry whose case id named a withdrawn owner: name a remaining case (or none),
            # so matches never point at a case that was withdrawn.
            cases = {o[len("case:"):] for o in want if o.startswith("case:")}
            updated = []
            for chunk in _chunks(kept, 500):
                for row in s.execute(select(BankEntryRow).where(BankEntryRow.id.in_(chunk),
                                                                BankEntryRow.case_id.in_(cases))).scalars():
                    nxt = s.execute(select(BankEntryOwnerRow.owner).where(
                        BankEntryOwnerRow.entry_id == row.id, BankEntryOwnerRow.owner.like("case:%"))
                        .order_by(BankEntryOwnerRow.id).limit(1)).scalar_one_or_none()
                    row.case_id = nxt[len("case:"):] if nxt else None
                    row.updated_at = utcnow()
                    updated.append((row.id, row.bank_id))
            self._bump(s, [("remove", i, bank_of.get(i)) for i in gone] + [("update", i, b) for i, b in updated])
            obj = str(entry_id) if entry_id is not None else (f"case:{case_id}" if case_id else
                                                              (want[0] if want else "value"))
            self._audit_append(s, "bank.entry.withdraw", "bank_entry", obj,
                               {"entries": gone[:100], "count": len(gone), "released": released, "case": case_id,
                                "owners": len(want)})
        if gone and checkpoint and session is None:
            self._after_delete()
        return WithdrawReport(released, len(gone), gone, values)

    def _after_delete(self) -> None:
        """Deleted rows must not linger in the SQLite WAL (secure_delete zeroes the database pages)."""
        checkpoint = getattr(self.db, "checkpoint", None)
        if checkpoint is not None and not checkpoint():
            logging.getLogger("nciiguard.banks").warning(
                "the WAL checkpoint after a withdrawal did not complete (readers were busy); the deleted "
                "rows stay in the WAL until the next checkpoint")

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
