"""Change-log compaction of the hash banks, on real SQLite and PostgreSQL.

The danger compaction brings: a matcher in another process that polls "changes after revision N"
after those changes were pruned would silently miss them. A missed withdrawal of a survivor's hash
keeps it matching; a missed withdrawal of an allow-list entry keeps suppressing real matches; a
missed addition never matches. The matcher's ``_resolve`` re-reads every *hit* from the database,
which hides the first case from a plain ``match`` call, so these tests check the two cases it
cannot hide (allow-list withdrawals, additions) and the index contents themselves.
"""

from __future__ import annotations

import json
import random
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from helpers.cli import run_cli
from helpers.threads import threads_running
from nciiguard.banks import BankError, BankMatcher, BankStore
from nciiguard.banks.models import BankChangeRow

RNG = random.Random(20261121)


def _pdq() -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(64))


@pytest.fixture
def store(db_url):
    s = BankStore.open(db_url, actor="test")
    yield s
    s.db.dispose()


@pytest.fixture
def other(db_url, store):
    """A second store on its own connection pool: another process (store first: it migrates)."""
    s = BankStore.open(db_url, migrate=False, actor="other")
    yield s
    s.db.dispose()


def _log(store) -> list[tuple[int, str, int | None]]:
    with store.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT revision, op, entry_id FROM bank_changes ORDER BY revision, id")]


def _indexed(matcher: BankMatcher, hashes: dict[str, int]) -> set[int]:
    """Entry ids the matcher's PDQ index (banks, not allow-lists) holds for these hashes."""
    return {m.id for h in hashes for m in matcher._index.query(h, 0)}


def _allow_indexed(matcher: BankMatcher, hashes) -> set[int]:
    return {m.id for h in hashes for m in matcher._allow.query(h, 0)}


def _ids(matches) -> list[int]:
    return sorted(m.entry_id for m in matches)


# -- what compaction keeps ---------------------------------------------------------------------

def test_keep_revisions_prunes_older_revisions_and_records_the_horizon(store):
    store.create_bank("s", "pdq", "survivor")  # revision 1
    entries = [store.add_entry("s", _pdq()) for _ in range(6)]  # revisions 2..7
    store.withdraw(entries[0].id)  # revision 8
    assert store.revision() == 8 and store.changes_horizon() == 0
    dry = store.compact_changes(keep_revisions=3, dry_run=True)
    assert (dry.horizon, dry.deleted, dry.remaining, dry.dry_run) == (5, 5, 3, True)
    assert store.changes_horizon() == 0 and len(_log(store)) == 8  # a dry run changes nothing
    rep = store.compact_changes(keep_revisions=3)
    assert (rep.revision, rep.horizon_before, rep.horizon, rep.deleted, rep.remaining) == (8, 0, 5, 5, 3)
    assert [r[0] for r in _log(store)] == [6, 7, 8]
    assert store.changes_horizon() == 5
    # The horizon never moves back: keeping more than is left deletes nothing.
    again = store.compact_changes(keep_revisions=100)
    assert (again.horizon_before, again.horizon, again.deleted, again.remaining) == (5, 5, 0, 3)
    assert store.changes_horizon() == 5
    # Entries are never touched by compaction.
    assert store.get_bank("s").entries == 5
    # keep 0: everything logged so far goes, the horizon is the current revision.
    assert store.compact_changes(keep_revisions=0).horizon == 8 and _log(store) == []
    assert store.add_entry("s", _pdq()) and [r[0] for r in _log(store)] == [9]


def test_older_than_is_judged_by_the_first_recent_change(store):
    store.create_bank("s", "md5", "survivor")  # revision 1
    for i in range(6):
        store.add_entry("s", f"{i:032x}")  # revisions 2..7
    old = datetime.now(timezone.utc) - timedelta(days=10)
    log = BankChangeRow.__table__
    with store.db.engine.begin() as conn:
        # Revisions 1-4 are old; 5 is recent; 6 and 7 carry an old time (a writer with a slow
        # clock): they come after a recent change, so they must be kept.
        conn.execute(update(log).where(log.c.revision.in_([1, 2, 3, 4, 6, 7])).values(at=old))
    assert store.compact_changes(older_than=timedelta(days=1), dry_run=True).horizon == 4
    # Both rules: a change is kept if either keeps it (keep 5 revisions -> horizon 2).
    rep = store.compact_changes(keep_revisions=5, older_than=timedelta(days=1))
    assert rep.horizon == 2 and [r[0] for r in _log(store)] == [3, 4, 5, 6, 7]
    rep = store.compact_changes(older_than=timedelta(days=1))
    assert (rep.horizon_before, rep.horizon, rep.deleted) == (2, 4, 2)
    assert [r[0] for r in _log(store)] == [5, 6, 7]
    # Nothing is older than 20 days: nothing more goes.
    assert store.compact_changes(older_than=timedelta(days=20)).deleted == 0
    # Further back than datetime reaches is not an error: everything is younger.
    assert store.compact_changes(older_than=timedelta(days=999_999_999)).deleted == 0


def test_compaction_is_audited_without_hash_values_and_a_no_op_is_not(store):
    from nciiguard.audit import AuditLog

    store.create_bank("s", "pdq", "survivor")
    h = _pdq()
    store.add_entry("s", h)
    store.compact_changes(keep_revisions=0)
    store.compact_changes(keep_revisions=0)  # nothing to do: no record
    with store.db.session() as s:
        recs = [r for r in AuditLog().records(s) if r.action == "bank.changes.compact"]
        assert AuditLog().verify(s).ok
    assert len(recs) == 1
    assert recs[0].details["horizon"] == 2 and recs[0].details["horizon_before"] == 0
    assert h not in json.dumps([r.to_dict() for r in recs], default=str)


@pytest.mark.parametrize("kwargs, message", [
    ({}, "say what to keep"),
    ({"keep_revisions": -1}, "keep_revisions must be"),
    ({"keep_revisions": "3"}, "keep_revisions must be"),
    ({"keep_revisions": True}, "keep_revisions must be"),
    ({"keep_revisions": 2.5}, "keep_revisions must be"),
    ({"older_than": 7}, "older_than must be a datetime.timedelta"),
    ({"older_than": timedelta(seconds=-1)}, "must not be negative"),
    ({"keep_revisions": 1, "batch_size": 0}, "batch_size"),
])
def test_bad_arguments_are_clear_errors_and_change_nothing(store, kwargs, message):
    store.create_bank("s", "pdq", "survivor")
    with pytest.raises(BankError, match=message):
        store.compact_changes(**kwargs)
    assert store.changes_horizon() == 0 and len(_log(store)) == 1


# -- matchers and the horizon --------------------------------------------------------------------

def test_matcher_ahead_of_the_horizon_keeps_updating_incrementally(store, other):
    store.create_bank("s", "pdq", "survivor")
    a, b = _pdq(), _pdq()
    ea = store.add_entry("s", a)
    m = BankMatcher(other)
    assert _ids(m.match("pdq:" + a)) == [ea.id] and m.rebuilds == 1
    seen = m.revision
    eb = store.add_entry("s", b)
    store.withdraw(ea.id)
    rep = store.compact_changes(keep_revisions=2)  # keeps exactly what m has not seen yet
    assert rep.horizon == seen and rep.deleted > 0
    assert _ids(m.match("pdq:" + b)) == [eb.id]
    assert m.match("pdq:" + a) == []
    assert m.rebuilds == 1 and m.last_update == "incremental"
    assert _indexed(m, {a: ea.id, b: eb.id}) == {eb.id}


def test_matcher_behind_the_horizon_rebuilds_with_exactly_the_right_entries(store, other):
    store.create_bank("s", "pdq", "survivor")
    a, b, c, d = (_pdq() for _ in range(4))
    ea = store.add_entry("s", a, case_id="C-withdrawn")
    ec = store.add_entry("s", c)
    ed = store.add_entry("s", d)
    allowed = store.allow(c)  # a reviewed false positive: c must not match while it is listed
    m = BankMatcher(other, poll_interval=0.0)
    assert _ids(m.match("pdq:" + a)) == [ea.id] and m.match("pdq:" + c) == []
    assert m.rebuilds == 1
    # While m is not looking: a survivor withdraws, a new hash is banked, the allow-list entry is
    # withdrawn (so c must match again), d is disabled; then the log of all that is pruned.
    store.withdraw(case_id="C-withdrawn")
    eb = store.add_entry("s", b)
    store.withdraw(allowed.id)
    store.set_status(ed.id, "disabled")
    rep = store.compact_changes(keep_revisions=0)
    assert rep.horizon == store.revision() > m.revision
    assert m.match("pdq:" + a) == []
    assert _ids(m.match("pdq:" + b)) == [eb.id]  # an incremental update from the pruned log misses it
    assert _ids(m.match("pdq:" + c)) == [ec.id]  # ... and keeps the withdrawn allow-list entry
    assert m.match("pdq:" + d) == []
    assert m.rebuilds == 2 and m.last_update == "rebuild: behind change-log horizon"
    assert _indexed(m, {a: 0, b: 0, c: 0, d: 0}) == {eb.id, ec.id}
    assert _allow_indexed(m, [a, b, c, d]) == set()
    # And from there on it is ahead again: incremental.
    e = _pdq()
    ee = store.add_entry("s", e)
    assert _ids(m.match("pdq:" + e)) == [ee.id] and m.last_update == "incremental" and m.rebuilds == 2


def test_persisted_index_behind_the_horizon_is_rebuilt(store, other, tmp_path):
    store.create_bank("s", "pdq", "survivor")
    a, b = _pdq(), _pdq()
    ea = store.add_entry("s", a)
    first = BankMatcher(other, index_dir=tmp_path / "idx")
    assert _ids(first.match("pdq:" + a)) == [ea.id]
    saved = first.revision
    # Ahead of the horizon: the restart loads the saved index and catches up from the log.
    store.add_entry("s", _pdq())
    store.compact_changes(keep_revisions=1)
    assert store.changes_horizon() == saved
    again = BankMatcher(other, index_dir=tmp_path / "idx")
    assert _ids(again.match("pdq:" + a)) == [ea.id] and again.index_source == "persisted"
    # Behind it: the saved index would miss the withdrawal and the addition, so it is rebuilt.
    store.withdraw(ea.id)
    eb = store.add_entry("s", b)
    store.compact_changes(keep_revisions=0)
    late = BankMatcher(other, index_dir=tmp_path / "idx")
    assert _ids(late.match("pdq:" + b)) == [eb.id] and late.index_source == "database"
    assert _indexed(late, {a: 0, b: 0}) == {eb.id}


def test_compaction_between_reading_the_revision_and_the_log_is_noticed(store, other):
    """The horizon is re-read after the log: a compaction that deletes the rows a matcher is
    about to read (READ COMMITTED on PostgreSQL, statement snapshots on SQLite) makes it rebuild."""
    store.create_bank("s", "pdq", "survivor")
    a, b = _pdq(), _pdq()
    store.add_entry("s", a)
    allowed = store.allow(a)
    m = BankMatcher(other)
    assert m.match("pdq:" + a) == []  # allow-listed
    store.withdraw(allowed.id)
    eb = store.add_entry("s", b)
    real = m._changes
    raced = []

    def changes_after_a_compaction(s, after, upto):
        if not raced:
            raced.append(store.compact_changes(keep_revisions=0))
        return real(s, after, upto)

    m._changes = changes_after_a_compaction
    assert _ids(m.match("pdq:" + b)) == [eb.id]
    assert [x.bank for x in m.match("pdq:" + a)] == ["s"]  # the allow-list withdrawal was not missed
    assert raced and raced[0].deleted > 0 and m.last_update == "rebuild: behind change-log horizon"


def test_concurrent_adds_and_withdrawals_during_compaction_lose_nothing(store, other):
    store.create_bank("s", "pdq", "survivor")
    m = BankMatcher(other, poll_interval=0.0)
    m.refresh()
    per_writer, writers = 12, 3
    hashes = [[_pdq() for _ in range(per_writer)] for _ in range(writers)]
    added: dict[int, list[tuple[int, str]]] = {k: [] for k in range(writers)}
    done = threading.Event()
    reports = []

    def work(k: int) -> None:
        if k < writers:
            for i, h in enumerate(hashes[k]):
                e = store.add_entry("s", h)
                added[k].append((e.id, h))
                if i % 4 == 3:  # every fourth: withdraw the previous one
                    store.withdraw(added[k][-2][0])
            return
        if k == writers:  # the compactor
            while not done.is_set():
                reports.append(other.compact_changes(keep_revisions=RNG.choice([0, 1, 3])))
            return
        while not done.is_set():  # a matcher polling all along
            m.refresh(force=True)

    with threads_running(work, writers + 2) as errors:
        while any(len(v) < per_writer for v in added.values()) and not errors:
            threading.Event().wait(0.05)
        # On a loaded machine the writers can finish within one compaction: let it run again.
        deadline = time.monotonic() + 30
        while len(reports) < 2 and not errors and time.monotonic() < deadline:
            threading.Event().wait(0.05)
        done.set()
    assert errors == []
    assert len(reports) > 1 and sum(r.deleted for r in reports) > 0
    withdrawn = {added[k][i - 1][0] for k in added for i in range(3, per_writer, 4)}
    live = {eid for k in added for eid, _ in added[k]} - withdrawn
    assert {e.id for e in store.entries("s")} == live  # nothing lost, nothing resurrected
    # The log is complete above the horizon: every revision after it has its changes.
    horizon, rev = store.changes_horizon(), store.revision()
    assert {r[0] for r in _log(store)} == set(range(horizon + 1, rev + 1))
    # The matcher that polled through it all ends with exactly the live entries.
    m.refresh(force=True)
    all_hashes = {h: eid for k in added for eid, h in added[k]}
    assert _indexed(m, all_hashes) == live
    for h, eid in all_hashes.items():
        assert _ids(m.match("pdq:" + h)) == ([eid] if eid in live else [])


# -- command line ---------------------------------------------------------------------------------

def test_cli_compact_exit_codes_and_json(db_url, store):
    base = ("--database-url", db_url)
    store.create_bank("s", "md5", "survivor")
    for i in range(4):
        store.add_entry("s", f"{i:032x}")  # revisions 2..5
    code, out, err = run_cli(*base, "bank", "compact", "--keep", "2", "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out) == {"revision": 5, "horizon_before": 0, "horizon": 3, "deleted": 3, "remaining": 2,
                               "keep_revisions": 2, "older_than_days": None, "dry_run": True,
                               "elapsed_s": json.loads(out)["elapsed_s"]}
    assert store.changes_horizon() == 0
    code, out, err = run_cli(*base, "bank", "compact", "--keep", "2")
    assert code == 0, err
    assert "deleted 3 changes, 2 kept; horizon 0 -> 3" in out and "rebuild" in out
    assert store.changes_horizon() == 3
    # No rule given: a week is kept, and these changes are minutes old.
    code, out, err = run_cli(*base, "bank", "compact", "--json")
    report = json.loads(out)
    assert code == 0 and report["older_than_days"] == 7.0 and report["deleted"] == 0
    code, out, err = run_cli(*base, "bank", "compact", "--older-than", "0", "--json")
    assert code == 0 and json.loads(out)["horizon"] == 5 and json.loads(out)["remaining"] == 0
    for bad, message in [(["--keep", "-1"], "--keep must be 0 or more"),
                         (["--older-than", "-2"], "--older-than must be a number of days >= 0"),
                         (["--older-than", "nan"], "--older-than must be"),
                         (["--older-than", "1e300"], "out of range"),
                         (["--keep", "three"], "invalid int value")]:
        code, out, err = run_cli(*base, "bank", "compact", *bad)
        assert code == 2 and message in err and out == "", bad
    assert store.changes_horizon() == 5


# -- migration ------------------------------------------------------------------------------------

def test_upgrade_from_banks_0001_keeps_the_log_and_starts_at_horizon_0(db_url):
    from nciiguard.store import Database
    from nciiguard.tables import check_schema

    db = Database(db_url)
    db.migrate("audit@head")
    db.migrate("banks_0001")  # a database from before compaction existed, with data in it
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE bank_meta SET revision = 7")
        conn.exec_driver_sql("INSERT INTO bank_changes (revision, op, entry_id, at) "
                             "VALUES (7, 'remove', 3, CURRENT_TIMESTAMP)")
    db.migrate()
    assert check_schema(db).ok
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT revision, changes_from_revision FROM bank_meta").one()
    assert tuple(row) == (7, 0)
    db.dispose()
    store = BankStore.open(db_url)
    assert store.changes_horizon() == 0 and store.compact_changes(keep_revisions=0).deleted == 1
    store.db.dispose()
