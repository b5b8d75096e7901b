"""The owner side: shares (bank x partner key) and the feed a partner pulls.

The feed of one bank comes from the banks' change log (``bank_changes``, which records the bank of
every change since exchange_0001). A page answers, in log order, ``upsert`` (the entry as it is
now, if it is active) or ``remove`` (withdrawn, deleted, or no longer active) for the changes of
that bank only. Changes of other banks move the cursor and are never named. Entry states are read
at answer time, so a replayed page converges on the current state: pulls are idempotent.

A cursor ``R:I`` means "every change up to revision R, change id I is applied". It is valid only
while R >= the change-log horizon (rows at or below it may be pruned) and R >= the revision the
share was made at (older rows have no bank id); otherwise :class:`ResyncRequired`, and the partner
pulls :meth:`ShareStore.snapshot` pages (the active entries by id) and then the changes after the
snapshot's revision.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select

from ..banks.models import BankChangeRow, BankEntryRow, BankMetaRow, BankRow
from ..banks.store import BankError
from ..store.base import as_utc, utcnow
from .errors import BadCursor, ExchangeError, NotShared, ResyncRequired, ShareRevoked
from .models import ShareRow

#: Largest page a partner may ask for (entries or change-log rows scanned).
MAX_PAGE = 1000
_CURSOR_RE = re.compile(r"^(\d{1,18}):(\d{1,18})$")
_PARTNER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


def parse_cursor(cursor: str) -> tuple[int, int]:
    m = _CURSOR_RE.match(cursor or "")
    if not m:
        raise BadCursor("a cursor is '<revision>:<change id>' as a previous page returned it")
    return int(m.group(1)), int(m.group(2))


def _page_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise BadCursor(f"limit must be a whole number from 1 to {MAX_PAGE}")
    return limit


@dataclass(frozen=True)
class ShareInfo:
    bank: str
    partner: str
    key_id: str
    from_revision: int
    created_at: datetime
    revoked_at: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {"bank": self.bank, "partner": self.partner, "key_id": self.key_id,
                "from_revision": self.from_revision, "created_at": self.created_at.isoformat(),
                "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None}


@dataclass(frozen=True)
class Feed:
    """One page of a bank's feed (changes or snapshot), as the HTTP route returns it."""

    bank: dict[str, str]
    revision: int
    items: list[dict[str, Any]]
    #: changes: the cursor to ask with next; snapshot: the entry id to ask ``after`` next.
    next: str | int | None
    more: bool

    def to_dict(self, kind: str) -> dict[str, Any]:
        key = "changes" if kind == "changes" else "entries"
        nxt = "cursor" if kind == "changes" else "after"
        return {"bank": self.bank, "revision": self.revision, key: self.items, nxt: self.next, "more": self.more}


def _entry_item(row: BankEntryRow) -> dict[str, Any]:
    item: dict[str, Any] = {"op": "upsert", "id": int(row.id), "value": row.value}
    if row.variants:
        item["variants"] = json.loads(row.variants)
    return item


class ShareStore:
    """Share banks with partners and serve their pulls. Every share change is audited."""

    def __init__(self, db, *, actor: str = "nciiguard"):
        from ..audit import AuditLog

        self.db = db
        self.actor = actor
        self._audit = AuditLog()

    # -- shares --------------------------------------------------------------------------------
    def share(self, bank: str, partner: str) -> tuple[str | None, ShareInfo]:
        """Share ``bank`` with ``partner``. Returns (the partner's new API key, shown once, or None
        when the partner has a key already from another share; the share)."""
        from ..access.keys import KeyStore

        partner = (partner or "").strip()
        if not _PARTNER_RE.match(partner):
            raise ExchangeError("a partner name is 1-100 letters, digits, '.', '_' or '-'")
        with self.db.session() as s:
            brow = s.execute(select(BankRow).where(BankRow.name == bank)).scalar_one_or_none()
            if brow is None:
                raise BankError(f"no bank named {bank!r}")
            from .models import MirrorRow

            if s.execute(select(MirrorRow.id).where(MirrorRow.bank_id == brow.id)).first():
                raise ExchangeError(f"bank {bank!r} is a mirror of another instance's bank; share it at its origin")
            prior = s.execute(select(ShareRow).where(ShareRow.partner == partner, ShareRow.revoked_at.is_(None))
                              .order_by(ShareRow.id)).scalars().first()
            key_id = prior.key_id if prior is not None else None
        key = None
        if key_id is None:
            key, info = KeyStore(self.db, cache_seconds=0).create(f"partner:{partner}", "partner", actor=self.actor)
            key_id = info.key_id
        with self.db.session() as s:
            brow = s.execute(select(BankRow).where(BankRow.name == bank)).scalar_one()
            rev = int(s.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one())
            row = s.execute(select(ShareRow).where(ShareRow.bank_id == brow.id, ShareRow.key_id == key_id)
                            ).scalar_one_or_none()
            if row is not None and row.revoked_at is None:
                raise ExchangeError(f"bank {bank!r} is shared with {partner!r} already")
            if row is None:
                row = ShareRow(bank_id=brow.id, partner=partner, key_id=key_id, from_revision=rev, created_at=utcnow())
                s.add(row)
            else:  # shared again after an unshare: the partner re-syncs from here
                row.revoked_at, row.from_revision, row.created_at = None, rev, utcnow()
            s.flush()
            self._audit.append(s, actor=self.actor, action="exchange.share", object_type="bank", object_id=bank,
                               details={"partner": partner, "key_id": key_id, "from_revision": rev})
            return key, self._info(row, bank)

    def unshare(self, bank: str, partner: str) -> ShareInfo:
        """Stop sharing: the partner's next pull is told (410) and drops its mirror's entries."""
        with self.db.session() as s:
            row = s.execute(select(ShareRow).join(BankRow, BankRow.id == ShareRow.bank_id).where(
                BankRow.name == bank, ShareRow.partner == partner, ShareRow.revoked_at.is_(None))).scalar_one_or_none()
            if row is None:
                raise ExchangeError(f"bank {bank!r} is not shared with {partner!r}")
            row.revoked_at = utcnow()
            self._audit.append(s, actor=self.actor, action="exchange.unshare", object_type="bank", object_id=bank,
                               details={"partner": partner, "key_id": row.key_id})
            return self._info(row, bank)

    def shares(self) -> list[ShareInfo]:
        with self.db.session() as s:
            rows = s.execute(select(ShareRow, BankRow.name).join(BankRow, BankRow.id == ShareRow.bank_id)
                             .order_by(BankRow.name, ShareRow.partner)).all()
            return [self._info(r, name) for r, name in rows]

    @staticmethod
    def _info(row: ShareRow, bank: str) -> ShareInfo:
        return ShareInfo(bank, row.partner, row.key_id, int(row.from_revision), as_utc(row.created_at),
                         as_utc(row.revoked_at))

    # -- the feed ------------------------------------------------------------------------------
    @staticmethod
    def _shared(s, key_id: str, bank: str) -> tuple[BankRow, ShareRow]:
        """The bank and its share with this key; the same NotShared for unknown and unshared."""
        hit = s.execute(select(BankRow, ShareRow).join(ShareRow, ShareRow.bank_id == BankRow.id).where(
            BankRow.name == bank, ShareRow.key_id == key_id)).first()
        if hit is None:
            raise NotShared()
        if hit[1].revoked_at is not None:
            raise ShareRevoked("this bank is no longer shared with this key: delete its mirror")
        return hit[0], hit[1]

    @staticmethod
    def _bank_info(b: BankRow) -> dict[str, str]:
        return {"name": b.name, "signal_type": b.signal_type, "purpose": b.purpose}

    def changes(self, key_id: str, bank: str, cursor: str, limit: int = 500) -> Feed:
        """The bank's changes after ``cursor`` (at most ``limit`` change-log rows scanned)."""
        rev0, id0 = parse_cursor(cursor)
        limit = _page_limit(limit)
        with self.db.session() as s:
            b, share = self._shared(s, key_id, bank)
            log = BankChangeRow
            rows = s.execute(select(log.id, log.revision, log.op, log.entry_id, log.bank_id).where(
                or_(log.revision > rev0, and_(log.revision == rev0, log.id > id0)))
                .order_by(log.revision, log.id).limit(limit)).all()
            # Read the horizon after the rows: a compaction that raced with this read shows here.
            meta = s.execute(select(BankMetaRow.revision, BankMetaRow.changes_from_revision)
                             .where(BankMetaRow.id == 1)).one()
            if rev0 < int(meta.changes_from_revision) or rev0 < int(share.from_revision):
                raise ResyncRequired("the cursor is older than the change log kept here: pull a snapshot")
            mine = [r for r in rows if r.bank_id == b.id and r.op in ("add", "update", "remove")
                    and r.entry_id is not None]
            ids = sorted({int(r.entry_id) for r in mine if r.op != "remove"})
            live: dict[int, BankEntryRow] = {}
            for i in range(0, len(ids), 500):
                for e in s.execute(select(BankEntryRow).where(BankEntryRow.id.in_(ids[i:i + 500]),
                                                              BankEntryRow.bank_id == b.id)).scalars():
                    live[int(e.id)] = e
            items = []
            for r in mine:
                e = live.get(int(r.entry_id)) if r.op != "remove" else None
                if e is not None and e.status == "active":
                    items.append(_entry_item(e))
                else:
                    items.append({"op": "remove", "id": int(r.entry_id)})
            nxt = f"{rows[-1].revision}:{rows[-1].id}" if rows else cursor
            if items:
                self._served(s, bank, share, "changes", items)
            return Feed(self._bank_info(b), int(meta.revision), items, nxt, len(rows) == limit)

    def _served(self, s, bank: str, share: ShareRow, kind: str, items: list[dict]) -> None:
        """The owner's record of what a partner pulled: counts only (empty pages are not recorded,
        so a partner polling every minute does not flood the log)."""
        removed = sum(1 for i in items if i.get("op") == "remove")
        self._audit.append(s, actor=f"partner:{share.key_id}", action=f"exchange.serve.{kind}", object_type="bank",
                           object_id=bank, details={"partner": share.partner, "entries": len(items) - removed,
                                                    "removals": removed})

    def snapshot(self, key_id: str, bank: str, after: int = 0, limit: int = 500) -> Feed:
        """The bank's active entries with id > ``after``; ``revision`` is read before them, so the
        changes after it (cursor ``<revision>:<max>``, see mirror.snapshot_cursor) cover whatever changed
        while paging."""
        limit = _page_limit(limit)
        if isinstance(after, bool) or not isinstance(after, int) or after < 0:
            raise BadCursor("after must be an entry id >= 0")
        with self.db.session() as s:
            b, share = self._shared(s, key_id, bank)
            rev = int(s.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one())
            rows = s.execute(select(BankEntryRow).where(BankEntryRow.bank_id == b.id, BankEntryRow.id > after,
                                                        BankEntryRow.status == "active")
                             .order_by(BankEntryRow.id).limit(limit)).scalars().all()
            items = [{k: v for k, v in _entry_item(e).items() if k != "op"} for e in rows]
            if after == 0 or items:
                self._served(s, bank, share, "snapshot", items)
            return Feed(self._bank_info(b), rev, items, int(rows[-1].id) if rows else None, len(rows) == limit)
