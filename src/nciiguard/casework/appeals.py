"""Appeals of service decisions: record, appeal, review, decide (audited).

1. Every ``review`` or ``block`` answer of a screening endpoint is recorded under its
   ``decision_id`` (``record``): the API key it was answered to, the action, the policy, the
   reasons without matched text, and for an image its hashes. Allowed decisions are not recorded.
2. The requester (the same API key) appeals with the decision id and a short text (``appeal``);
   another key, an unknown id and an allowed decision all get the same "no such decision"
   answer, so ids cannot be probed. One appeal per decision, within ``window_days``.
3. Moderators list open appeals with the decision's reasons (``list``) and decide (``decide``):
   ``uphold`` (the decision stands) or ``overturn``; an overturn can put the decision's image
   hashes on the allow-list (they never match again) and note a false positive of the policy for
   retraining: the policy, action and reason codes are kept, never the content.
Every step is in the audit log (ids, counts and codes; never the appeal text or content).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from ..audit import AuditLog
from ..banks.store import BankError, BankStore
from ..errors import NciiguardError
from ..store.base import as_utc, utcnow
from .appeal_models import AppealDecisionRow, AppealRow

#: Reason fields kept for moderators; ``text`` (the matched words) is dropped.
_REASON_FIELDS = ("code", "category", "signal", "field", "label", "score", "span", "box")


class AppealNotFound(NciiguardError, LookupError):
    pass


class AppealConflict(NciiguardError):
    pass


def stored_reasons(reasons: list[dict]) -> list[dict]:
    """Reasons as kept for an appeal: no matched text; hash-match evidence keeps bank, entry and distance."""
    out = []
    for r in reasons:
        kept = {k: r[k] for k in _REASON_FIELDS if k in r}
        ev = r.get("evidence") or {}
        if r.get("signal") == "hash_match" and isinstance(ev, dict):
            kept["evidence"] = {k: ev[k] for k in ("bank", "entry_id", "distance", "signal_type") if k in ev}
        out.append(kept)
    return out


def _view(appeal: AppealRow, decision: AppealDecisionRow | None, *, full: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ref": appeal.ref, "decision_id": appeal.decision_id, "status": appeal.status,
        "created_at": as_utc(appeal.created_at).isoformat(),
        "decided_at": as_utc(appeal.decided_at).isoformat() if appeal.decided_at else None,
        "note": appeal.note, "allow_listed": len(appeal.allow_listed or []), "false_positive": appeal.false_positive,
    }
    if full:  # moderators
        out["text"] = appeal.text
        out["decided_by"] = appeal.decided_by
        if decision is not None:
            out["decision"] = {"action": decision.action, "policy": decision.policy, "endpoint": decision.endpoint,
                               "reasons": decision.reasons, "hashes": decision.hashes,
                               "content_id": decision.content_id,
                               "created_at": as_utc(decision.created_at).isoformat()}
    return out


class AppealDesk:
    #: Seconds between prunes of decisions that can no longer be appealed.
    PRUNE_EVERY = 3600.0

    def __init__(self, db, *, window_days: float = 30.0):
        self.db = db
        self.window = timedelta(days=window_days)
        self._audit = AuditLog()
        self._last_prune: float | None = None  # None: not yet in this process

    def prune(self) -> int:
        """Delete recorded decisions older than the appeal window that were never appealed (they
        can no longer be); appealed ones stay with their appeal. Returns how many were deleted."""
        from sqlalchemy import delete

        cutoff = utcnow() - self.window
        with self.db.session() as s:
            return s.execute(delete(AppealDecisionRow).where(
                AppealDecisionRow.created_at < cutoff,
                AppealDecisionRow.decision_id.not_in(select(AppealRow.decision_id)))).rowcount or 0

    # -- recording answered decisions ---------------------------------------------------------
    def record(self, items: list[dict[str, Any]], *, also=None) -> None:
        """Record answered review/block decisions: ``{decision_id, key_id, endpoint, action,
        policy, reasons, hashes?, content_id?}`` each, in one transaction. ``also(session)`` adds
        to that transaction (the webhook outbox: the event commits with its record)."""
        if not items:
            return
        import time

        if self._last_prune is None or time.monotonic() - self._last_prune > self.PRUNE_EVERY:
            # The table would otherwise grow with every block answered, forever.
            self._last_prune = time.monotonic()
            self.prune()
        now = utcnow()
        with self.db.session() as s:
            for it in items:
                s.add(AppealDecisionRow(decision_id=it["decision_id"], key_id=it["key_id"], endpoint=it["endpoint"],
                                        action=it["action"], policy=it["policy"][:200],
                                        reasons=stored_reasons(it.get("reasons") or []),
                                        hashes=list(it.get("hashes") or []), content_id=it.get("content_id"),
                                        created_at=now))
            if also is not None:
                also(s)

    # -- the requester --------------------------------------------------------------------------
    def appeal(self, decision_id: str, text: str, *, key_id: str, actor: str) -> dict[str, Any]:
        with self.db.session() as s:
            d = s.execute(select(AppealDecisionRow).where(AppealDecisionRow.decision_id == decision_id)).scalar_one_or_none()
            if d is None or d.key_id != key_id:
                raise AppealNotFound("no appealable decision with this id for this API key")
            if utcnow() - as_utc(d.created_at) > self.window:
                raise AppealConflict(f"the appeal window of {self.window.days} days for this decision has closed")
            row = AppealRow(ref=f"apl_{secrets.token_hex(10)}", decision_id=decision_id, key_id=key_id, text=text,
                            status="open", note="", allow_listed=[], false_positive=False, created_at=utcnow())
            s.add(row)
            try:
                s.flush()
            except IntegrityError:
                raise AppealConflict("this decision was already appealed") from None
            self._audit.append(s, actor=actor, action="appeal.create", object_type="appeal", object_id=row.ref,
                               details={"decision_id": decision_id, "decision_action": d.action,
                                        "reason_codes": sorted({r.get("code", "") for r in d.reasons})[:50]})
            return _view(row, d, full=False)

    def status(self, ref: str, *, key_id: str) -> dict[str, Any]:
        with self.db.session() as s:
            row = s.execute(select(AppealRow).where(AppealRow.ref == ref)).scalar_one_or_none()
            if row is None or row.key_id != key_id:
                raise AppealNotFound("no appeal with this reference for this API key")
            return _view(row, None, full=False)

    # -- moderators -----------------------------------------------------------------------------
    def list(self, *, status: str | None = "open", limit: int = 50, after_id: int = 0,
             false_positive: bool | None = None) -> list[dict[str, Any]]:
        q = select(AppealRow, AppealDecisionRow).join(
            AppealDecisionRow, AppealDecisionRow.decision_id == AppealRow.decision_id, isouter=True).where(
            AppealRow.id > after_id).order_by(AppealRow.id).limit(limit)
        if status:
            q = q.where(AppealRow.status == status)
        if false_positive is not None:
            q = q.where(AppealRow.false_positive == false_positive)
        with self.db.session() as s:
            return [dict(_view(a, d, full=True), id=a.id) for a, d in s.execute(q).all()]

    def get(self, ref: str) -> dict[str, Any]:
        with self.db.session() as s:
            row = s.execute(select(AppealRow).where(AppealRow.ref == ref)).scalar_one_or_none()
            if row is None:
                raise AppealNotFound(f"no appeal {ref[:40]}")
            d = s.execute(select(AppealDecisionRow).where(
                AppealDecisionRow.decision_id == row.decision_id)).scalar_one_or_none()
            return dict(_view(row, d, full=True), id=row.id)

    def decide(self, ref: str, *, outcome: str, note: str, allow_list: bool, false_positive: bool,
               actor: str) -> dict[str, Any]:
        if outcome not in ("uphold", "overturn"):
            raise AppealConflict("outcome must be uphold or overturn")
        if outcome == "uphold" and (allow_list or false_positive):
            raise AppealConflict("allow_list and false_positive go with overturn (the decision was wrong)")
        current = self.get(ref)
        hashes = (current.get("decision") or {}).get("hashes") or []
        if allow_list and not hashes:
            raise AppealConflict("this decision has no image hashes to allow-list (prompt decisions have none)")
        status = "upheld" if outcome == "uphold" else "overturned"
        with self.db.session() as s:
            claimed = s.execute(update(AppealRow).where(AppealRow.ref == ref, AppealRow.status == "open").values(
                status=status, note=note, decided_at=utcnow(), decided_by=actor, false_positive=false_positive,
                allow_listed=hashes if allow_list else [])).rowcount
            if not claimed:
                raise AppealConflict("this appeal was already decided")
            self._audit.append(s, actor=actor, action=f"appeal.{outcome}", object_type="appeal", object_id=ref,
                               details={"decision_id": current["decision_id"], "allow_listed": len(hashes) if allow_list else 0,
                                        "false_positive": false_positive,
                                        "reason_codes": sorted({r.get("code", "") for r in
                                                                (current.get("decision") or {}).get("reasons", [])})[:50]})
        if allow_list:
            try:
                banks = BankStore(self.db, actor=actor)
                for h in hashes:
                    try:
                        banks.allow(h["value"], h["signal_type"], note=f"appeal {ref} overturned",
                                    source=f"appeal:{ref}")
                    except BankError as exc:
                        if "already" not in str(exc):
                            raise
            except BaseException:
                with self.db.session() as s:  # undo the claim: the outcome must not say what did not happen
                    s.execute(update(AppealRow).where(AppealRow.ref == ref).values(
                        status="open", note="", decided_at=None, decided_by=None, false_positive=False,
                        allow_listed=[]))
                    self._audit.append(s, actor=actor, action="appeal.undo", object_type="appeal", object_id=ref,
                                       details={"reason": "allow-list write failed"})
                raise
        return self.get(ref)
