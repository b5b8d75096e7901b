"""The places outside the banks that keep a copy of a banked hash, and how a deleted one leaves them.

A value deleted from the banks (a survivor withdrew their case, or an administrator deleted the
entry) must not stay where moderators can read it: review items of content seen on a platform
(``match`` and ``report``) keep the content's hashes and match evidence naming the entry's case,
and decisions kept for appeals keep an image's hashes and reasons. ``PLACES`` lists them; every
deletion path scrubs all of them through :func:`scrub_copies` (a new table that keeps hashes adds
one line there). Removal requests and their own review items are cleared by their owner instead
(case withdrawal), not by value: a takedown's hashes are the requester's, not a copy of a bank.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import select

from ..audit import AuditLog
from .appeal_models import AppealDecisionRow
from .models import ReviewItemRow

#: Rows read per batch: deletions are rare, and every row must be looked at.
BATCH = 2000


@dataclass(frozen=True)
class HashCopies:
    """One table holding copies: ``hashes`` ([{"signal_type", "value"}]) and ``reasons`` whose
    evidence may name a bank entry; ``matches`` (match evidence) when ``has_matches``."""

    name: str
    table: Any
    has_matches: bool = False
    #: Which rows can hold a copy (None: all).
    where: Callable[[], Any] | None = None


PLACES: tuple[HashCopies, ...] = (
    HashCopies("review_items", ReviewItemRow, has_matches=True,
               where=lambda: ReviewItemRow.kind.in_(("match", "report"))),
    HashCopies("appeal_decisions", AppealDecisionRow),
)


def scrub_copies(s, values: list[tuple[str, str]], entry_ids: set[int]) -> dict[str, int]:
    """In session ``s``: drop the deleted ``values`` ((signal type, value)) from every place's
    hashes, and make evidence naming a deleted entry stop naming its case. Returns the rows changed
    per place (no values: nothing to do)."""
    if not values and not entry_ids:
        return {p.name: 0 for p in PLACES}
    gone = {(st, v) for st, v in values}
    return {p.name: _scrub(s, p, gone, set(entry_ids)) for p in PLACES}


def scrub_deleted(db, report, *, actor: str) -> dict[str, int]:
    """After a deletion from the banks (a ``WithdrawReport``): scrub every place in one transaction,
    audited with the counts (never the values)."""
    with db.session() as s:
        counts = scrub_copies(s, report.values, set(report.entry_ids))
        if any(counts.values()):
            AuditLog().append(s, actor=actor, action="bank.copies.scrub", object_type="bank_entry",
                              object_id=str(report.entry_ids[0]) if report.entry_ids else "value",
                              details={"entries": len(report.entry_ids), **counts})
    return counts


def _scrub(s, place: HashCopies, gone: set[tuple[str, str]], entry_ids: set[int]) -> int:
    table = place.table
    changed, last = 0, 0
    while True:
        q = select(table).where(table.id > last).order_by(table.id).limit(BATCH)
        if place.where is not None:
            q = q.where(place.where())
        rows = list(s.execute(q).scalars())
        if not rows:
            return changed
        last = rows[-1].id
        for row in rows:
            hashes = [h for h in (row.hashes or []) if (h.get("signal_type"), h.get("value")) not in gone]
            reasons = [_withdrawn_reason(r, entry_ids) for r in (row.reasons or [])]
            new = {"hashes": hashes, "reasons": reasons}
            if place.has_matches:
                new["matches"] = [({**m, "case_id": None, "withdrawn": True} if m.get("entry_id") in entry_ids else m)
                                  for m in (row.matches or [])]
            if any(v != (getattr(row, k) or []) for k, v in new.items()):
                for k, v in new.items():
                    setattr(row, k, v)
                changed += 1


def _withdrawn_reason(reason, entry_ids: set[int]):
    """A decision reason whose evidence names a deleted entry stops naming its case."""
    ev = reason.get("evidence") if isinstance(reason, dict) else None
    if isinstance(ev, dict) and ev.get("entry_id") in entry_ids:
        return {**reason, "evidence": {**ev, "case_id": None, "withdrawn": True}}
    return reason
