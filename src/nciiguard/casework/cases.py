"""Survivor cases: a case number and a PIN, shown once, stored only as hashes.

* The case number (``NG-XXXX-XXXX-XXXX``, 60 random bits) is stored as its SHA-256 to find the
  case; the PIN (8 random digits) as a salted scrypt hash, so a copy of the database does not let
  anyone into a case.
* Wrong PINs are counted per case: after ``pin_max_failures`` the case locks for
  ``pin_lock_minutes`` (even the right PIN is refused while locked). The HTTP layer also throttles
  attempts per client address.
* The survivor's hashes go into the survivor banks (one per signal type), held by the owner
  ``case:<ref>`` (the case's opaque ref, not its number, is what matches and audit records show).
  They are active at once: protection cannot wait for a review of a picture nobody may see. A
  match on a survivor bank holds the content for human review (the ``ncii`` profile), it does not
  block by itself, so banking someone else's harmless picture cannot silently censor it.
* No answer to a survivor says anything about other cases: a hash another survivor (or a
  moderator) banked already looks exactly like a new one. The case learns how many values *it*
  holds, nothing else.
* Budgets: a case holds at most ``max_case_hashes`` values (checked under the bank write lock);
  the HTTP layer adds a per-address budget. A refusal is audited.
* Withdrawal releases the case's hashes (and those of its removal requests) from every bank:
  a value no one else holds is deleted; one that another survivor also banked stays for them.
  The copies in its takedown requests and their review items are erased, the SQLite WAL is
  checkpointed and the match index (and its files) updated at once. The case row stays as a
  tombstone (status ``withdrawn``, no hashes) so the survivor can see it happened.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, or_, select, update

from ..audit import AuditLog
from ..banks.store import BankError, BankStore, NewEntry, OwnerLimitError, owner_key
from ..errors import InputError, NciiguardError
from ..store.base import as_utc, utcnow
from .copies import scrub_copies
from .models import CaseRow, ReviewItemRow, TakedownRow

#: Crockford-like alphabet: no 0/O, 1/I/L confusion when read aloud or copied by hand.
_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_NUMBER_SYMBOLS = 12
PIN_DIGITS = 8


class CaseAuthError(NciiguardError):
    """Unknown case number or wrong PIN (the two are not told apart)."""


class CaseLocked(NciiguardError):
    def __init__(self, until: datetime):
        self.until = until
        super().__init__("too many wrong PINs: this case is locked for now")


class CaseClosed(NciiguardError):
    """The case was withdrawn."""


class CaseHashLimit(NciiguardError):
    """The case would hold more hashes than its budget (nothing was added)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"a case can hold at most {limit} fingerprints; withdraw this case and open a new one, "
                         "or contact the operator")


def case_owner(ref: str) -> str:
    return owner_key(case_id=ref)


def new_case_number() -> str:
    s = "".join(secrets.choice(_ALPHABET) for _ in range(_NUMBER_SYMBOLS))
    return f"NG-{s[0:4]}-{s[4:8]}-{s[8:12]}"


def canonical_number(number: str) -> str:
    """Upper-case, without spaces or dashes, so 'ng-abcd efgh...' finds the same case."""
    return "".join(c for c in (number or "").upper() if c.isalnum())


def number_digest(number: str) -> str:
    return hashlib.sha256(("nciiguard-case:" + canonical_number(number)).encode("ascii", "replace")).hexdigest()


def new_pin() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))


def hash_pin(pin: str, log_n: int = 15) -> str:
    salt = secrets.token_bytes(16)
    n, r, p = 1 << log_n, 8, 1
    dk = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * n + (1 << 20), dklen=32)
    return f"scrypt${log_n}${r}${p}${_b64(salt)}${_b64(dk)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, log_n, r, p, salt, dk = stored.split("$")
        n, r, p = 1 << int(log_n), int(r), int(p)
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(pin.encode("utf-8", "replace"), salt=_unb64(salt), n=n, r=r, p=p,
                             maxmem=2 * 128 * r * n + (1 << 20), dklen=len(_unb64(dk)))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, _unb64(dk))


def _b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


@dataclass(frozen=True)
class CaseView:
    id: int
    ref: str
    status: str
    created_at: datetime
    withdrawn_at: datetime | None


def _view(row: CaseRow) -> CaseView:
    return CaseView(row.id, row.ref, row.status, as_utc(row.created_at), as_utc(row.withdrawn_at))


def bank_name(prefix: str, signal_type: str) -> str:
    return f"{prefix}-{signal_type}"


def add_hashes_to_banks(banks: BankStore, prefix: str, purpose: str, hashes, *, case_id: str | None, source: str,
                        owner: str | None = None, owner_limit: tuple[str, int] | None = None):
    """Put validated hashes (HashIn-like: signal_type, value, pdq_variants) in ``<prefix>-<type>`` banks,
    held by ``owner`` (default ``case:<case_id>``, else ``source:<source>``).

    One transaction for all of them; a value already banked gains the owner (never an error).
    Returns the ImportReport (for administrators: it says which values were banked already).
    """
    items = []
    for h in hashes:
        st, value = h["signal_type"], h["value"]
        name = bank_name(prefix, st)
        banks.ensure_bank(name, st, purpose, f"{purpose} hashes ({st}) added through the service")
        items.append(NewEntry(value, st, name, "active", case_id, source, h.get("pdq_variants") or None, "",
                              f"hash {len(items) + 1}", owner))
    return banks.add_entries(None, items, strict=True, source=source, label=source, owner_limit=owner_limit)


def owner_counts(report) -> dict[str, int]:
    """What a survivor may learn from an add: how many of the values their case now holds anew and
    how many it held already (or sent twice). Whether someone else holds a value is never told."""
    ok = [i for i in report.items if i.ok]
    added = sum(1 for i in ok if i.owner_added)
    return {"added": added, "duplicates": len(ok) - added}


class CaseStore:
    def __init__(self, db, *, log_n: int = 15, max_failures: int = 5, lock_minutes: float = 15.0,
                 survivor_prefix: str = "survivor", max_case_hashes: int = 2000, matcher=None):
        self.db = db
        self.max_case_hashes = int(max_case_hashes)
        #: The process's match index: brought up to date right after a withdrawal, so the
        #: withdrawn values stop matching and leave the index files at once.
        self.matcher = matcher
        self.log_n = log_n
        self.max_failures = max_failures
        self.lock = timedelta(minutes=lock_minutes)
        self.survivor_prefix = survivor_prefix
        self._audit = AuditLog()
        # A PIN hash of nothing: verified against when the case number is unknown, so the response
        # time does not tell whether a case number exists.
        self._decoy = hash_pin(new_pin(), log_n)

    def _banks(self, actor: str) -> BankStore:
        return BankStore(self.db, actor=actor)

    def create(self, hashes: list[dict]) -> tuple[str, str, CaseView, dict]:
        """Open a case with hashes. Returns (case number, PIN, the case, bank report) — shown once."""
        if not hashes:
            raise InputError("a case needs at least one hash")
        number, pin = new_case_number(), new_pin()
        ref = uuid.uuid4().hex
        pin_hash = hash_pin(pin, self.log_n)
        with self.db.session() as s:
            now = utcnow()
            row = CaseRow(ref=ref, number_digest=number_digest(number), pin_hash=pin_hash, status="open",
                          failed_pins=0, created_at=now, updated_at=now)
            s.add(row)
            s.flush()
            self._audit.append(s, actor="survivor", action="case.create", object_type="case", object_id=ref,
                               details={"hashes": len(hashes)})
            view = _view(row)
        try:
            out = self._add(ref, hashes)
        except BaseException as exc:
            # Nothing half-written: without its hashes the case must not exist either.
            with self.db.session() as s:
                s.execute(CaseRow.__table__.delete().where(CaseRow.id == view.id))
                self._audit.append(s, actor="survivor", action="case.create.undo", object_type="case",
                                   object_id=ref, details={"reason": "hash limit" if isinstance(exc, CaseHashLimit)
                                                           else "adding hashes failed"})
            raise
        return number, pin, view, out

    def _add(self, ref: str, hashes: list[dict]) -> dict:
        """Add hashes to case ``ref``, within its budget; the counts a survivor may see."""
        banks = self._banks(f"case:{ref}")
        try:
            report = add_hashes_to_banks(banks, self.survivor_prefix, "survivor", hashes, case_id=ref, source="case",
                                         owner_limit=(case_owner(ref), self.max_case_hashes))
        except OwnerLimitError as exc:
            self.record_limit(ref, "case", len(hashes), held=exc.held)
            raise CaseHashLimit(self.max_case_hashes) from None
        out = owner_counts(report)
        out["held"] = sum(banks.held(case_owner(ref)).values())
        return out

    def record_limit(self, ref: str | None, limit: str, requested: int, *, held: int | None = None) -> None:
        """Audit a refused add (``limit``: "case" or "address"; never the address itself)."""
        details: dict = {"limit": limit, "requested": int(requested)}
        if held is not None:
            details["held"] = int(held)
        with self.db.session() as s:
            self._audit.append(s, actor=f"case:{ref}" if ref else "survivor", action="case.hashes.refused",
                               object_type="case", object_id=ref or "new", details=details)

    def authenticate(self, number: str, pin: str) -> CaseView:
        """The case for a number and PIN; CaseAuthError or CaseLocked otherwise.

        Each attempt is counted *before* the PIN is checked (an atomic increment), so guesses sent
        in parallel cannot all be checked before the first failure is recorded: at most
        ``max_failures`` PINs are ever checked per lock period. A right PIN resets the count.
        """
        digest = number_digest(number)
        now = utcnow()
        with self.db.session() as s:
            row = s.execute(select(CaseRow.id, CaseRow.ref, CaseRow.pin_hash)
                            .where(CaseRow.number_digest == digest)).first()
            if row is None:
                verify_pin(pin or "", self._decoy)
                raise CaseAuthError("case number or PIN is wrong")
            case_id, ref, pin_hash = row.id, row.ref, row.pin_hash
            # Count this attempt, unless the case is locked. The condition is part of the UPDATE, so
            # an attempt cannot slip in between another attempt's lock and its own check. After a
            # lock has expired the count starts again at 1.
            counted = s.execute(
                update(CaseRow)
                .where(CaseRow.id == case_id, or_(CaseRow.locked_until.is_(None), CaseRow.locked_until <= now))
                .values(failed_pins=case((CaseRow.locked_until.is_not(None), 1), else_=CaseRow.failed_pins + 1),
                        locked_until=None)
            ).rowcount
            if not counted:
                raise CaseLocked(self._locked_until(s, case_id, now))
            attempt = int(s.execute(select(CaseRow.failed_pins).where(CaseRow.id == case_id)).scalar_one())
            if attempt > self.max_failures:
                # Over budget (other attempts are in flight): lock without checking this PIN.
                self._lock_case(s, case_id, ref, now)
        if attempt > self.max_failures:
            raise CaseLocked(now + self.lock)
        ok = bool(pin) and verify_pin(pin, pin_hash)
        with self.db.session() as s:
            if ok:
                s.execute(update(CaseRow).where(CaseRow.id == case_id).values(failed_pins=0))
                # A withdrawn case can still sign in, to see that its hashes are gone.
                return _view(s.get(CaseRow, case_id))
            if attempt >= self.max_failures:
                self._lock_case(s, case_id, ref, now)
        if attempt >= self.max_failures:
            raise CaseLocked(now + self.lock)
        raise CaseAuthError("case number or PIN is wrong")

    def _locked_until(self, s, case_id: int, now: datetime) -> datetime:
        until = as_utc(s.execute(select(CaseRow.locked_until).where(CaseRow.id == case_id)).scalar_one())
        return until or now + self.lock

    def _lock_case(self, s, case_id: int, ref: str, now: datetime) -> None:
        """Lock the case (once: an existing lock is not extended by attempts that were in flight)."""
        locked = s.execute(update(CaseRow).where(CaseRow.id == case_id, CaseRow.locked_until.is_(None))
                           .values(locked_until=now + self.lock)).rowcount
        if locked:
            self._audit.append(s, actor="survivor", action="case.locked", object_type="case", object_id=ref,
                               details={"minutes": self.lock.total_seconds() / 60})

    def get(self, case_id: int) -> CaseView:
        with self.db.session() as s:
            return _view(s.get(CaseRow, case_id))

    def summary(self, case: CaseView) -> dict:
        with self.db.session() as s:
            tds = list(s.execute(select(TakedownRow).where(TakedownRow.case_id == case.id)
                                 .order_by(TakedownRow.id)).scalars())
            takedowns = [{"ref": t.ref, "status": t.status, "received_at": as_utc(t.received_at).isoformat(),
                          "due_at": as_utc(t.due_at).isoformat()} for t in tds]
        # What this case (and its valid removal requests) holds; a value shared with others counts
        # as the case's own: nothing about other cases shows.
        counts = self._banks("survivor").held([case_owner(case.ref)] + [f"takedown:{t.ref}" for t in tds])
        return {"ref": case.ref, "status": case.status, "created_at": case.created_at.isoformat(),
                "withdrawn_at": case.withdrawn_at.isoformat() if case.withdrawn_at else None,
                "hashes": counts, "takedowns": takedowns}

    def add_hashes(self, case: CaseView, hashes: list[dict]) -> dict:
        if case.status != "open":
            raise CaseClosed("this case was withdrawn")
        return self._add(case.ref, hashes)

    def withdraw(self, case: CaseView) -> dict:
        """Release the case's hashes everywhere (deleting those nobody else holds); mark it withdrawn."""
        with self.db.session() as s:
            takedowns = list(s.execute(select(TakedownRow.id, TakedownRow.ref)
                                       .where(TakedownRow.case_id == case.id)).all())
        owners = [case_owner(case.ref)] + [f"takedown:{t.ref}" for t in takedowns]
        banks = self._banks(f"case:{case.ref}")
        released = banks.withdraw_report(owners=owners, checkpoint=False)
        with self.db.session() as s:
            row = s.get(CaseRow, case.id)
            now = utcnow()
            cleared = 0
            ids = [t.id for t in takedowns]
            if ids:
                # The request and its review item kept copies of the hashes: erase both.
                for t in s.execute(select(TakedownRow).where(TakedownRow.id.in_(ids))).scalars():
                    if t.hashes:
                        t.hashes = []
                        cleared += 1
                for item in s.execute(select(ReviewItemRow).where(ReviewItemRow.takedown_id.in_(ids))).scalars():
                    if item.hashes:
                        item.hashes = []
            row.status, row.withdrawn_at, row.updated_at = "withdrawn", now, now
            scrubbed = sum(scrub_copies(s, released.values, set(released.entry_ids)).values())
            self._audit.append(s, actor=f"case:{case.ref}", action="case.withdraw", object_type="case",
                               object_id=case.ref, details={"hashes_released": released.released,
                                                            "bank_entries_deleted": released.deleted,
                                                            "takedowns_cleared": cleared,
                                                            "review_items_scrubbed": scrubbed})
        # Not in the WAL, not in the index (memory and files) either: right now, not at the next match.
        checkpoint = getattr(self.db, "checkpoint", None)
        if checkpoint is not None:
            checkpoint()
        if self.matcher is not None:
            self.matcher.refresh(force=True)
        # Only what this case held: how many of those values were deleted is not the case's business.
        return {"status": "withdrawn", "hashes_withdrawn": released.released}


__all__ = ["BankError", "CaseAuthError", "CaseClosed", "CaseHashLimit", "CaseLocked", "CaseStore", "CaseView"]
