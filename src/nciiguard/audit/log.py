"""The audit log: each record carries the SHA-256 of the previous one, so any edit, deletion or
reordering of past records breaks the chain and ``verify()`` says where.

Records are appended inside the caller's transaction (``append(session, ...)``), so a state change
and its audit record commit together or not at all. ``prev_hash`` is unique: two writers racing for
the same tail cannot both commit, so the chain never forks (the loser's transaction fails and is
retried by the caller or reported).

Privacy: details are structured facts (ids, hashes, counts, statuses). The log refuses keys that
would carry content (prompt text, image bytes) unless the operator opted in with
``allow_content=True``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InputError
from ..store.base import as_utc
from .anchor import note_append
from .models import AuditRow

GENESIS = "0" * 64
#: Detail keys that would put screened content into the log; refused unless opted in.
CONTENT_KEYS = frozenset({"prompt", "negative_prompt", "text", "image", "image_bytes", "photo", "caption", "message_text"})
MAX_DETAILS_BYTES = 16 * 1024


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "at": _iso(self.at), "actor": self.actor, "action": self.action,
            "object_type": self.object_type, "object_id": self.object_id, "details": dict(self.details),
            "prev_hash": self.prev_hash, "hash": self.hash,
        }


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    records: int
    first_bad_seq: int | None = None
    problem: str | None = None
    head: str = GENESIS


def _iso(at: datetime) -> str:
    return as_utc(at).isoformat(timespec="microseconds")


def record_hash(prev_hash: str, seq: int, at: datetime, actor: str, action: str, object_type: str,
                object_id: str, details: Mapping[str, Any]) -> str:
    body = json.dumps(
        {"prev": prev_hash, "seq": seq, "at": _iso(at), "actor": actor, "action": action,
         "object_type": object_type, "object_id": object_id, "details": details},
        sort_keys=True, separators=(",", ":"), ensure_ascii=True,
    )
    return hashlib.sha256(body.encode("ascii")).hexdigest()


class AuditLog:
    def __init__(self, *, allow_content: bool = False):
        self.allow_content = allow_content

    def append(self, session: Session, *, actor: str, action: str, object_type: str, object_id: str | int,
               details: Mapping[str, Any] | None = None, at: datetime | None = None) -> AuditRecord:
        details = dict(details or {})
        if not self.allow_content:
            leaked = sorted(CONTENT_KEYS & set(details))
            if leaked:
                raise InputError(f"audit details must not carry content ({', '.join(leaked)}) unless the operator opts in")
        encoded = json.dumps(details, sort_keys=True, default=str)
        if len(encoded) > MAX_DETAILS_BYTES:
            raise InputError("audit details are too large")
        details = json.loads(encoded)
        at = (at or datetime.now(timezone.utc)).astimezone(timezone.utc)
        # Serialise appenders: on PostgreSQL an advisory lock for this transaction; on SQLite the
        # write lock taken by the insert below (and prev_hash uniqueness) does the same job.
        if session.get_bind().dialect.name == "postgresql":
            session.connection().exec_driver_sql("SELECT pg_advisory_xact_lock(7312024)")
        tail = session.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
        seq, prev = (tail.seq + 1, tail.hash) if tail else (1, GENESIS)
        digest = record_hash(prev, seq, at, actor, action, object_type, str(object_id), details)
        row = AuditRow(seq=seq, at=at, actor=actor, action=action, object_type=object_type,
                       object_id=str(object_id), details=details, prev_hash=prev, hash=digest)
        session.add(row)
        session.flush()
        # The head this transaction writes: after its commit, the anchor outside the database
        # (anchor.py) moves to it, in processes that registered one.
        note_append(session, seq, digest)
        return _record(row)

    def records(self, session: Session, *, object_type: str | None = None, object_id: str | None = None,
                after_seq: int = 0, limit: int | None = None) -> Iterator[AuditRecord]:
        q = select(AuditRow).where(AuditRow.seq > after_seq).order_by(AuditRow.seq)
        if object_type:
            q = q.where(AuditRow.object_type == object_type)
        if object_id is not None:
            q = q.where(AuditRow.object_id == str(object_id))
        if limit:
            q = q.limit(limit)
        for row in session.execute(q).scalars():
            yield _record(row)

    def verify(self, session: Session) -> VerifyReport:
        prev, count, expected_seq = GENESIS, 0, 1
        for row in session.execute(select(AuditRow).order_by(AuditRow.seq)).scalars().yield_per(1000):
            count += 1
            if row.seq != expected_seq:
                return VerifyReport(False, count, row.seq, f"sequence gap: expected {expected_seq}, found {row.seq}", prev)
            if row.prev_hash != prev:
                return VerifyReport(False, count, row.seq, "record does not chain to the previous one", prev)
            digest = record_hash(prev, row.seq, row.at, row.actor, row.action, row.object_type, row.object_id, row.details)
            if digest != row.hash:
                return VerifyReport(False, count, row.seq, "record content does not match its hash (edited)", prev)
            prev, expected_seq = row.hash, expected_seq + 1
        return VerifyReport(True, count, None, None, prev)

    def export(self, session: Session, stream) -> int:
        """Write every record as JSON Lines (for compliance); returns the count."""
        n = 0
        for rec in self.records(session):
            stream.write(json.dumps(rec.to_dict(), sort_keys=True) + "\n")
            n += 1
        return n


def _record(row: AuditRow) -> AuditRecord:
    return AuditRecord(row.seq, row.at, row.actor, row.action, row.object_type, row.object_id,
                       dict(row.details), row.prev_hash, row.hash)
