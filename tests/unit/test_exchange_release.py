"""Releasing mirrored entries (upstream withdrawals) on real SQLite and PostgreSQL: one transaction
per batch of upstream ids, with the audit record inside it, so a failure part-way through a batch
leaves the mirror, the bank and the audit log exactly as they were; the next pull then applies it."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import event, func, select

from nciiguard.audit.models import AuditRow
from nciiguard.banks import BankStore
from nciiguard.exchange import mirror as mirror_mod
from nciiguard.exchange.mirror import MirrorStore, PullReport, Upsert
from nciiguard.exchange.models import MirrorEntryRow

ORIGIN = "http://127.0.0.1:9"


def mirrored(db, n: int) -> tuple[MirrorStore, int, list[str]]:
    ms = MirrorStore(db)
    mid = ms.ensure("m", ORIGIN, "s", "pdq", "survivor")
    values = [secrets.token_hex(32) for _ in range(n)]
    ms.apply_changes(mid, [Upsert(i + 1, v) for i, v in enumerate(values)], "1:0", 1, PullReport("m", ORIGIN))
    return ms, mid, values


def state(db, mid: int) -> tuple[int, int, int, int]:
    """(mapped upstream ids, mirror bank entries, bank revision, audit records)."""
    with db.session() as s:
        mapped = s.execute(select(func.count()).select_from(MirrorEntryRow)
                           .where(MirrorEntryRow.mirror_id == mid)).scalar_one()
        audits = s.execute(select(func.count()).select_from(AuditRow)).scalar_one()
    banks = BankStore(db)
    return mapped, len(list(banks.entries("m"))), banks.revision(), audits


class Boom(RuntimeError):
    pass


def fail_on_audit_insert(db, after: int = 0):
    """Make the ``after``+1-th audit INSERT from now on fail, as a lost connection would: a real
    statement error inside the transaction, after its deletes ran."""
    seen = {"n": 0}

    def before(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_LOG"):
            seen["n"] += 1
            if seen["n"] > after:
                raise Boom("audit insert failed")

    event.listen(db.engine, "before_cursor_execute", before)
    return lambda: event.remove(db.engine, "before_cursor_execute", before)


def test_a_failure_mid_batch_leaves_nothing_half_applied(db, monkeypatch):
    ms, mid, values = mirrored(db, 12)
    monkeypatch.setattr(mirror_mod, "RELEASE_BATCH", 5)  # 12 removals: batches of 5, 5 and 2
    before = state(db, mid)
    assert before[:2] == (12, 12)
    removes = list(range(1, 13))
    undo = fail_on_audit_insert(db, after=1)  # the first batch commits, the second fails at its audit record
    try:
        with pytest.raises(Boom):
            ms.apply_changes(mid, removes, "2:0", 2, PullReport("m", ORIGIN))
    finally:
        undo()
    mapped, entries, revision, audits = state(db, mid)
    # Exactly the first batch is gone, with its one revision and one audit record; nothing of the second.
    assert (mapped, entries) == (7, 7)
    assert revision == before[2] + 1 and audits == before[3] + 1
    remaining = {e.value for e in BankStore(db).entries("m")}
    assert remaining == set(values[5:])
    # The cursor did not move: the next pull replays the page and finishes it.
    report = PullReport("m", ORIGIN)
    ms.apply_changes(mid, removes, "2:0", 2, report)
    assert state(db, mid)[:2] == (0, 0) and report.removed == 7


def test_a_failed_single_batch_changes_nothing(db):
    ms, mid, _ = mirrored(db, 30)
    before = state(db, mid)
    undo = fail_on_audit_insert(db)
    try:
        with pytest.raises(Boom):
            ms.apply_changes(mid, list(range(1, 31)), "2:0", 2, PullReport("m", ORIGIN))
    finally:
        undo()
    assert state(db, mid) == before


def test_one_transaction_and_one_audit_record_per_batch(db, monkeypatch):
    ms, mid, _ = mirrored(db, 9)
    monkeypatch.setattr(mirror_mod, "RELEASE_BATCH", 4)
    commits = []

    def count(conn):
        commits.append(1)

    before = state(db, mid)
    event.listen(db.engine, "commit", count)
    try:
        assert ms._release(mid, "m", mirror_mod.owner_for(ORIGIN, "s"), range(1, 10)) == 9
    finally:
        event.remove(db.engine, "commit", count)
    mapped, entries, revision, audits = state(db, mid)
    assert (mapped, entries) == (0, 0)
    assert revision == before[2] + 3 and audits == before[3] + 3  # batches of 4, 4 and 1
    assert len(commits) == 3


def test_an_entry_still_held_by_another_upstream_id_stays(db):
    """Two upstream ids on one value (an id reused for the same hash): releasing one keeps the entry."""
    ms, mid, values = mirrored(db, 2)
    ms.apply_changes(mid, [Upsert(3, values[0])], "2:0", 2, PullReport("m", ORIGIN))
    assert ms._release(mid, "m", mirror_mod.owner_for(ORIGIN, "s"), [1]) == 0
    assert {e.value for e in BankStore(db).entries("m")} == set(values)
    assert ms._release(mid, "m", mirror_mod.owner_for(ORIGIN, "s"), [3]) == 1
    assert {e.value for e in BankStore(db).entries("m")} == {values[1]}
