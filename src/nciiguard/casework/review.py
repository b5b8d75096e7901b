"""The moderator review queue: matches, platform reports and removal requests awaiting a decision.

Items carry hashes, the platform's content id or URL, scores and reasons; never image bytes.

* ``confirm`` a match or report: its hashes go into the confirmed banks (``confirmed-<type>``).
* ``reject`` a match or report: its hashes go onto the allow-list and stop matching.
* A removal-request item is decided through the takedown workflow: confirm = valid, reject =
  invalid. Rejecting a removal request never allow-lists its image.

The item is claimed first (a conditional update from ``pending``, audited), so two moderators
deciding at once cannot both win; if the bank write then fails, the claim is undone and audited.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from ..audit import AuditLog
from ..banks.store import BankError, BankStore
from ..errors import NciiguardError
from .cases import add_hashes_to_banks
from ..store.base import as_utc, utcnow
from .models import ReviewItemRow, TakedownRow


class ReviewNotFound(NciiguardError, LookupError):
    pass


class ReviewConflict(NciiguardError):
    pass


def item_view(row: ReviewItemRow, takedown_ref: str | None = None) -> dict[str, Any]:
    return {
        "id": row.id, "kind": row.kind, "status": row.status, "hashes": row.hashes, "content_id": row.content_id,
        "url": row.url, "scores": row.scores, "reasons": row.reasons, "matches": row.matches,
        "takedown": takedown_ref, "source": row.source, "created_at": as_utc(row.created_at).isoformat(),
        "decided_at": as_utc(row.decided_at).isoformat() if row.decided_at else None,
        "decided_by": row.decided_by, "note": row.note,
    }


class ReviewQueue:
    def __init__(self, db, *, confirmed_prefix: str = "confirmed", desk=None):
        self.db = db
        self.confirmed_prefix = confirmed_prefix
        self.desk = desk
        self._audit = AuditLog()

    def add(self, *, kind: str, hashes: list[dict], content_id: str | None, url: str | None,
            scores: dict | None = None, reasons: list | None = None, matches: list | None = None,
            actor: str, also=None) -> int:
        """Queue an item; ``also(session, item_id)`` adds to the same transaction (webhook outbox)."""
        with self.db.session() as s:
            row = ReviewItemRow(kind=kind, status="pending", hashes=hashes, content_id=content_id, url=url,
                                scores=scores or {}, reasons=reasons or [], matches=matches or [], source=actor,
                                created_at=utcnow(), note="")
            s.add(row)
            s.flush()
            self._audit.append(s, actor=actor, action="review.add", object_type="review_item", object_id=row.id,
                               details={"kind": kind, "hashes": len(hashes), "matches": len(matches or [])})
            if also is not None:
                also(s, row.id)
            return row.id

    def _refs(self, s, rows) -> dict[int, str]:
        ids = {r.takedown_id for r in rows if r.takedown_id}
        if not ids:
            return {}
        return dict(s.execute(select(TakedownRow.id, TakedownRow.ref).where(TakedownRow.id.in_(ids))).all())

    def list(self, *, status: str | None = "pending", kind: str | None = None, limit: int = 50,
             after_id: int = 0) -> list[dict]:
        q = select(ReviewItemRow).where(ReviewItemRow.id > after_id).order_by(ReviewItemRow.id).limit(limit)
        if status:
            q = q.where(ReviewItemRow.status == status)
        if kind:
            q = q.where(ReviewItemRow.kind == kind)
        with self.db.session() as s:
            rows = list(s.execute(q).scalars())
            refs = self._refs(s, rows)
            return [item_view(r, refs.get(r.takedown_id)) for r in rows]

    def get(self, item_id: int) -> dict:
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            if row is None:
                raise ReviewNotFound(f"no review item {item_id}")
            return item_view(row, self._refs(s, [row]).get(row.takedown_id))

    def decide(self, item_id: int, *, decision: str, note: str, actor: str) -> dict:
        if decision not in ("confirm", "reject"):
            raise ReviewConflict("decision must be confirm or reject")
        with self.db.session() as s:
            row = s.get(ReviewItemRow, item_id)
            if row is None:
                raise ReviewNotFound(f"no review item {item_id}")
            if row.kind == "takedown":
                ref = s.get(TakedownRow, row.takedown_id).ref if row.takedown_id else None
            else:
                ref = None
            kind, hashes = row.kind, list(row.hashes or [])
        if kind == "takedown":
            if ref is None or self.desk is None:
                raise ReviewConflict("this item's removal request no longer exists")
            from .takedown import TakedownConflict

            try:
                self.desk.decide(ref, valid=decision == "confirm", reason=note, actor=actor)
            except TakedownConflict as exc:
                raise ReviewConflict(str(exc)) from None
            return self.get(item_id)
        status = "confirmed" if decision == "confirm" else "rejected"
        with self.db.session() as s:
            claimed = s.execute(update(ReviewItemRow).where(ReviewItemRow.id == item_id,
                                                            ReviewItemRow.status == "pending").values(
                status=status, decided_at=utcnow(), decided_by=actor, note=note)).rowcount
            if not claimed:
                raise ReviewConflict("this item was already decided")
            self._audit.append(s, actor=actor, action=f"review.{decision}", object_type="review_item",
                               object_id=item_id, details={"kind": kind, "hashes": len(hashes)})
        try:
            banks = BankStore(self.db, actor=actor)
            if decision == "confirm":
                add_hashes_to_banks(banks, self.confirmed_prefix, "confirmed", hashes, case_id=None,
                                    source=f"review:{item_id}")
            else:
                for h in hashes:
                    try:
                        banks.allow(h["value"], h["signal_type"], note=f"rejected in review item {item_id}",
                                    source=f"review:{item_id}")
                    except BankError as exc:
                        if "already" not in str(exc):
                            raise
        except BaseException:
            with self.db.session() as s:
                s.execute(update(ReviewItemRow).where(ReviewItemRow.id == item_id).values(
                    status="pending", decided_at=None, decided_by=None, note=""))
                self._audit.append(s, actor=actor, action="review.undo", object_type="review_item",
                                   object_id=item_id, details={"reason": "bank write failed"})
            raise
        return self.get(item_id)
