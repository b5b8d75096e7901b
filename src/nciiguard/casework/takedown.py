"""The takedown workflow: intake, validity, the 48-hour clock, removal, and the sweep for copies.

1. **Intake** (anyone; throttled per client address): a request must carry the elements the law
   asks for (US TAKE IT DOWN Act, 47 U.S.C. 223a): a physical or electronic signature, the
   identification of the content and where it is (URL or content id), a statement of good-faith
   belief that it was published without consent, and contact details. A request missing any is
   refused with the list of what is missing and nothing is stored. A complete request is
   ``received``: its clock starts (``due_at = received_at + 48 h``), a review item is queued and
   the requester gets a status token, once.
2. **Validity** (moderator): ``valid`` (the request's hashes go into the survivor banks so new
   uploads match, held by the owner ``takedown:<ref>``; withdrawing the case the request was
   filed from releases them) or ``invalid`` with a reason (the clock stops).
3. **Removal** (platform): confirms what was removed; ``within_deadline`` records whether it was
   done before ``due_at``.
4. **Sweep** (platform or moderator): looks for identical (MD5/SHA-256) and near-identical (PDQ
   within ``max_distance``) copies among bank entries and the content platforms have reported or
   matched (review items), so copies at other locations can be removed too.
5. **Overdue**: open requests (received or valid) past ``due_at``.

Every step is timestamped on the row and written to the audit log in the same transaction.
Contact details and signatures are stored on the row (the platform must be able to answer the
requester) but never written to the audit log or to logs.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from ..audit import AuditLog
from ..banks.store import BankStore
from ..errors import NciiguardError
from ..limits import PDQ_MATCH_DISTANCE
from .cases import CaseView, add_hashes_to_banks
from ..store.base import as_utc, utcnow
from .models import CaseRow, ReviewItemRow, TakedownRow

OPEN = ("received", "valid")


class IncompleteRequest(NciiguardError):
    def __init__(self, missing: list[dict[str, str]]):
        self.missing = missing
        super().__init__("the removal request is missing required elements: "
                         + ", ".join(m["element"] for m in missing))


class TakedownNotFound(NciiguardError, LookupError):
    pass


class TakedownConflict(NciiguardError):
    """The step does not fit the request's status (e.g. removing an invalid request)."""


def token_digest(token: str) -> str:
    return hashlib.sha256(("nciiguard-takedown:" + (token or "")).encode("utf-8", "replace")).hexdigest()


def completeness(req) -> list[dict[str, str]]:
    """The legal elements a TakedownIn lacks (empty list: complete)."""
    missing = []
    sig = req.signature
    if not sig.name.strip() and not (sig.kind == "physical" and (sig.reference or "").strip()):
        missing.append({"element": "signature",
                        "message": "sign the request: type your full name (electronic signature) or say where "
                                   "the signed copy is (physical signature)"})
    if not any((loc.url or "").strip() or (loc.content_id or "").strip() for loc in req.locations):
        missing.append({"element": "locations",
                        "message": "say where the image is: at least one URL or content id"})
    if not req.good_faith:
        missing.append({"element": "good_faith",
                        "message": "confirm that you believe in good faith the image was published without "
                                   "consent (good_faith: true)"})
    c = req.contact
    if not ((c.email or "").strip() or (c.phone or "").strip() or (c.address or "").strip()):
        missing.append({"element": "contact", "message": "give at least one way to reach you: email, phone or address"})
    return missing


def _iso(at: datetime | None) -> str | None:
    return as_utc(at).isoformat() if at is not None else None


class TakedownDesk:
    def __init__(self, db, *, hours: float = 48.0, max_distance: int = PDQ_MATCH_DISTANCE, survivor_prefix: str = "survivor",
                 matcher=None):
        self.db = db
        self.window = timedelta(hours=hours)
        self.max_distance = max_distance
        self.survivor_prefix = survivor_prefix
        self.matcher = matcher
        self._audit = AuditLog()

    # -- views ---------------------------------------------------------------------------------
    def requester_view(self, row: TakedownRow, now: datetime | None = None) -> dict[str, Any]:
        """What the requester sees: status and times, nothing about moderators or other copies."""
        now = now or utcnow()
        due = as_utc(row.due_at)
        return {
            "ref": row.ref, "status": row.status, "received_at": _iso(row.received_at), "due_at": _iso(due),
            "overdue": row.status in OPEN and due < now,
            "decided_at": _iso(row.decided_at),
            "decision_reason": row.decision_reason if row.status == "invalid" else None,
            "removed_at": _iso(row.removed_at), "locations": len(row.locations or []),
        }

    def full_view(self, row: TakedownRow, now: datetime | None = None) -> dict[str, Any]:
        out = self.requester_view(row, now)
        now = now or utcnow()
        out.update({
            "signature": row.signature, "locations": row.locations, "good_faith_statement": row.good_faith_statement,
            "contact": row.contact, "hashes": row.hashes, "decided_by": row.decided_by,
            "decision_reason": row.decision_reason, "removal": row.removal, "swept_at": _iso(row.swept_at),
            "sweep": row.sweep, "seconds_left": round((as_utc(row.due_at) - now).total_seconds(), 1),
        })
        return out

    # -- intake --------------------------------------------------------------------------------
    def intake(self, req, *, case: CaseView | None = None, actor: str = "requester") -> tuple[str, TakedownRow]:
        """Store a complete request; returns (status token shown once, row). IncompleteRequest otherwise."""
        missing = completeness(req)
        if missing:
            raise IncompleteRequest(missing)
        if case is not None and case.status != "open":
            raise TakedownConflict("this case was withdrawn; file the request without it")
        token = secrets.token_urlsafe(24)
        now = utcnow()
        statement = req.good_faith_statement.strip() or (
            "I have a good-faith belief that the intimate visual depiction identified in this request "
            "was published without my consent.")
        locations = [loc.model_dump(exclude_none=True) for loc in req.locations
                     if (loc.url or "").strip() or (loc.content_id or "").strip()]
        hashes = [h.model_dump(exclude_none=True) for h in req.hashes]
        with self.db.session() as s:
            row = TakedownRow(ref=uuid.uuid4().hex, token_digest=token_digest(token),
                              case_id=case.id if case else None, status="received",
                              signature={**req.signature.model_dump(exclude_none=True), "signed_at": now.isoformat()},
                              locations=locations, good_faith_statement=statement,
                              contact=req.contact.model_dump(exclude_none=True), hashes=hashes,
                              received_at=now, due_at=now + self.window)
            s.add(row)
            s.flush()
            first = locations[0]
            s.add(ReviewItemRow(kind="takedown", status="pending", hashes=[{"signal_type": h["signal_type"],
                                                                             "value": h["value"]} for h in hashes],
                                content_id=first.get("content_id"), url=first.get("url"), scores={}, reasons=[
                                    {"code": "takedown.request", "message": "removal request awaiting a validity decision"}],
                                matches=[], takedown_id=row.id, source=actor, created_at=now, note=""))
            self._audit.append(s, actor=actor, action="takedown.receive", object_type="takedown", object_id=row.ref,
                               details={"locations": len(locations), "hashes": len(hashes),
                                        "signature_kind": req.signature.kind, "case": case.ref if case else None,
                                        "due_at": row.due_at.isoformat()})
        return token, row

    # -- lookups -------------------------------------------------------------------------------
    def by_token(self, token: str) -> TakedownRow:
        with self.db.session() as s:
            row = s.execute(select(TakedownRow).where(TakedownRow.token_digest == token_digest(token))).scalar_one_or_none()
        if row is None:
            raise TakedownNotFound("no removal request has this token")
        return row

    def get(self, ref: str) -> TakedownRow:
        with self.db.session() as s:
            row = s.execute(select(TakedownRow).where(TakedownRow.ref == ref)).scalar_one_or_none()
        if row is None:
            raise TakedownNotFound(f"no removal request {ref!r}")
        return row

    def list(self, *, status: str | None = None, overdue: bool = False, limit: int = 100,
             after_id: int = 0) -> list[TakedownRow]:
        q = select(TakedownRow).where(TakedownRow.id > after_id)
        if overdue:
            q = q.where(TakedownRow.status.in_(OPEN), TakedownRow.due_at < utcnow()).order_by(TakedownRow.due_at)
        else:
            q = q.order_by(TakedownRow.id)
        if status:
            q = q.where(TakedownRow.status == status)
        with self.db.session() as s:
            return list(s.execute(q.limit(limit)).scalars())

    # -- steps ---------------------------------------------------------------------------------
    def decide(self, ref: str, *, valid: bool, reason: str = "", actor: str) -> TakedownRow:
        with self.db.session() as s:
            row = s.execute(select(TakedownRow).where(TakedownRow.ref == ref).with_for_update()).scalar_one_or_none()
            if row is None:
                raise TakedownNotFound(f"no removal request {ref!r}")
            if row.status != "received":
                raise TakedownConflict(f"the request is already {row.status}")
            now = utcnow()
            row.status = "valid" if valid else "invalid"
            row.decided_at, row.decided_by, row.decision_reason = now, actor, reason or None
            case_ref = None
            if row.case_id is not None:
                case_ref = s.get(CaseRow, row.case_id).ref
            hashes = list(row.hashes or [])
            for item in s.execute(select(ReviewItemRow).where(ReviewItemRow.takedown_id == row.id,
                                                              ReviewItemRow.status == "pending")).scalars():
                item.status = "confirmed" if valid else "rejected"
                item.decided_at, item.decided_by, item.note = now, actor, reason
            self._audit.append(s, actor=actor, action="takedown.decide", object_type="takedown", object_id=ref,
                               details={"valid": valid, "within_deadline": now <= as_utc(row.due_at)})
        if valid and hashes:
            # New uploads of the same image now match. The request is an owner of these values
            # like a case is (a value already banked by a survivor gains it as a second owner);
            # withdrawing the case it was filed from releases them.
            try:
                add_hashes_to_banks(BankStore(self.db, actor=actor), self.survivor_prefix, "survivor", hashes,
                                    case_id=case_ref, source=f"takedown:{ref}", owner=f"takedown:{ref}")
            except BaseException:
                self._undo_decision(ref, actor)
                raise
        return row

    def _undo_decision(self, ref: str, actor: str) -> None:
        """The bank write after a decision failed: put the request back as it was (and say so)."""
        with self.db.session() as s:
            row = s.execute(select(TakedownRow).where(TakedownRow.ref == ref).with_for_update()).scalar_one()
            row.status, row.decided_at, row.decided_by, row.decision_reason = "received", None, None, None
            for item in s.execute(select(ReviewItemRow).where(ReviewItemRow.takedown_id == row.id)).scalars():
                item.status, item.decided_at, item.decided_by, item.note = "pending", None, None, ""
            self._audit.append(s, actor=actor, action="takedown.decide.undo", object_type="takedown", object_id=ref,
                               details={"reason": "adding the request's hashes to the banks failed"})

    def confirm_removal(self, ref: str, *, locations: list[dict], note: str, actor: str) -> TakedownRow:
        with self.db.session() as s:
            row = s.execute(select(TakedownRow).where(TakedownRow.ref == ref).with_for_update()).scalar_one_or_none()
            if row is None:
                raise TakedownNotFound(f"no removal request {ref!r}")
            if row.status not in OPEN:
                raise TakedownConflict(f"the request is {row.status}; only received or valid requests are removed")
            now = utcnow()
            within = now <= as_utc(row.due_at)
            removed = locations or list(row.locations or [])
            row.status, row.removed_at = "removed", now
            row.removal = {"by": actor, "locations": removed, "note": note, "within_deadline": within}
            self._audit.append(s, actor=actor, action="takedown.remove", object_type="takedown", object_id=ref,
                               details={"locations_removed": len(removed), "within_deadline": within})
        return row

    def sweep(self, ref: str, *, actor: str) -> TakedownRow:
        """Find identical and near-identical copies of the request's content; record what was found."""
        from ..hashing.query import QueryHashes

        row = self.get(ref)
        hashes = list(row.hashes or [])
        bank_matches: list[dict] = []
        if self.matcher is not None and hashes:
            q = QueryHashes.of_hashes([(h["signal_type"], h["value"]) for h in hashes
                                       if h["signal_type"] in ("pdq", "md5", "sha256")], validate=False)
            report = self.matcher.query_prepared(q, None, self.max_distance)
            bank_matches = [m.to_dict() for m in report.matches]
        copies = self._sightings(hashes, exclude_takedown=row.id)
        result = {"hashes": len(hashes), "bank_matches": bank_matches, "copies": copies,
                  "note": None if hashes else "the request carries no hashes: only its listed locations are known"}
        with self.db.session() as s:
            r = s.execute(select(TakedownRow).where(TakedownRow.ref == ref).with_for_update()).scalar_one()
            r.swept_at, r.sweep = utcnow(), result
            self._audit.append(s, actor=actor, action="takedown.sweep", object_type="takedown", object_id=ref,
                               details={"bank_matches": len(bank_matches), "copies": len(copies)})
            row = r
        return row

    def _sightings(self, hashes: list[dict], *, exclude_takedown: int) -> list[dict]:
        """Review items (content seen on the platform) holding the same or a near PDQ hash."""
        if not hashes:
            return []
        exact = {(h["signal_type"], h["value"]) for h in hashes if h["signal_type"] != "pdq"}
        pdqs = [int(h["value"], 16) for h in hashes if h["signal_type"] == "pdq"]
        found: dict[int, dict] = {}
        last = 0
        while True:
            with self.db.session() as s:
                rows = list(s.execute(select(ReviewItemRow).where(ReviewItemRow.id > last).order_by(ReviewItemRow.id)
                                      .limit(2000)).scalars())
            if not rows:
                break
            last = rows[-1].id
            for item in rows:
                if item.takedown_id == exclude_takedown or not (item.content_id or item.url):
                    continue
                for h in item.hashes or []:
                    st, v = h.get("signal_type"), h.get("value", "")
                    d = None
                    if (st, v) in exact:
                        d = 0
                    elif st == "pdq" and pdqs:
                        try:
                            d = min(bin(int(v, 16) ^ p).count("1") for p in pdqs)
                        except ValueError:
                            continue
                        if d > self.max_distance:
                            d = None
                    if d is not None and (item.id not in found or d < found[item.id]["distance"]):
                        found[item.id] = {"review_item": item.id, "content_id": item.content_id, "url": item.url,
                                          "signal_type": st, "distance": d, "identical": d == 0}
        return sorted(found.values(), key=lambda c: (c["distance"], c["review_item"]))
