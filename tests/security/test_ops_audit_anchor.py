"""Issue 11 item 9: the audit chain is anchored outside the database, and its triggers are checked.

Before: deleting the last 100 records, deleting all of them, or rewriting the log and re-chaining
it all verified "ok" (each is again a valid chain), and dropping the append-only triggers was not
noticed by ``db status``. Now every commit that appends audit records moves a signed head file
outside the database; ``nciiguard audit verify`` checks that the chain still contains it and that
the triggers are in place; ``db status`` reports a missing trigger as drift.

Real SQLite and PostgreSQL; the tampering is done as an attacker with database access would: drop
the triggers, then DELETE / INSERT with plain SQL. The CLI runs in-process.
"""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from nciiguard import Config
from nciiguard.audit import AuditAnchor, AuditLog
from nciiguard.audit.anchor import register, unregister
from nciiguard.audit.log import GENESIS, record_hash
from nciiguard.audit.models import AuditRow
from nciiguard.cli import main


@pytest.fixture
def setup(db, db_url, tmp_path):
    config = Config(data_dir=tmp_path / "data", database_url=db_url)
    register(config)
    yield db, config
    unregister(db_url)


def _fill(db, n):
    log = AuditLog()
    for i in range(n):
        with db.session() as s:
            log.append(s, actor="admin:k", action="bank.entry.add", object_type="bank_entry", object_id=i,
                       details={"bank": "survivor-pdq"})


def _cli(config, *args):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(config.data_dir), "--database-url", config.url, *args], out, err)
    return code, out.getvalue() + err.getvalue()


def _drop_triggers(db):
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_change ON audit_log")


def _restore_triggers(db):
    """Put the triggers back, so only the chain and its anchor can tell what happened."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                 "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
            conn.exec_driver_sql("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                 "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")
        else:
            conn.exec_driver_sql("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                                 "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")


def _rechain(db, n):
    """Replace the whole log with ``n`` forged records that chain perfectly."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
        prev, at = GENESIS, datetime(2026, 1, 1, tzinfo=timezone.utc)
        for seq in range(1, n + 1):
            at += timedelta(seconds=1)
            details = {"bank": "nothing-to-see"}
            digest = record_hash(prev, seq, at, "admin:k", "bank.entry.add", "bank_entry", str(seq), details)
            conn.execute(insert(AuditRow.__table__).values(
                seq=seq, at=at, actor="admin:k", action="bank.entry.add", object_type="bank_entry",
                object_id=str(seq), details=details, prev_hash=prev, hash=digest))
            prev = digest


def test_untouched_log_verifies_against_its_anchor(setup):
    db, config = setup
    _fill(db, 12)
    head = AuditAnchor.for_config(config).read()
    assert head is not None and head.seq == 12  # every commit moved the anchor
    code, out = _cli(config, "audit", "verify")
    assert code == 0 and "contains the anchored head (record 12)" in out and "triggers in place" in out


def test_rolled_back_append_does_not_move_the_anchor(setup):
    db, config = setup
    _fill(db, 3)
    with pytest.raises(RuntimeError):
        with db.session() as s:
            AuditLog().append(s, actor="a", action="x", object_type="t", object_id=1)
            raise RuntimeError("the change failed")
    assert AuditAnchor.for_config(config).read().seq == 3
    assert _cli(config, "audit", "verify")[0] == 0


@pytest.mark.parametrize("attack, needle", [
    ("DELETE FROM audit_log WHERE seq > 50", "the last 100 records were deleted"),
    ("DELETE FROM audit_log", "deleted wholesale"),
    ("rechain", "rewritten and re-chained"),
])
def test_truncation_deletion_and_rechaining_are_detected(setup, attack, needle):
    db, config = setup
    _fill(db, 150)
    _drop_triggers(db)
    if attack == "rechain":
        _rechain(db, 160)
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(attack)
    _restore_triggers(db)
    with db.session() as s:
        assert AuditLog().verify(s).ok  # the chain alone cannot tell: that was the hole
    code, out = _cli(config, "audit", "verify")
    assert code == 1 and needle in out, out
    code, out = _cli(config, "audit", "verify", "--json")
    assert code == 1 and json.loads(out.splitlines()[0])["ok"] is False
    assert _cli(config, "audit", "checkpoint")[0] == 1  # never anchors a tampered log


def test_dropped_triggers_fail_verify_and_show_as_drift(setup):
    db, config = setup
    _fill(db, 2)
    assert _cli(config, "db", "status")[0] == 0
    _drop_triggers(db)
    code, out = _cli(config, "audit", "verify")
    assert code == 1 and "append-only trigger(s) missing or disabled" in out
    code, out = _cli(config, "db", "status")
    assert code == 1 and "trigger" in out and "no longer append-only" in out
    status = json.loads(_cli(config, "db", "status", "--json")[1])
    assert {p["kind"] for p in status["problems"]} == {"missing_trigger"}


def test_disabled_trigger_on_postgresql_counts_as_missing(postgres_url, tmp_path):
    """PostgreSQL can disable a trigger without dropping it: as good as dropped."""
    from nciiguard.store import open_database

    db = open_database(postgres_url)
    config = Config(data_dir=tmp_path / "data", database_url=postgres_url)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
        assert _cli(config, "db", "status")[0] == 1
        code, out = _cli(config, "audit", "verify")
        assert code == 1 and "audit_log_no_change" in out
    finally:
        db.dispose()


def test_forged_anchor_file_is_refused(setup):
    db, config = setup
    _fill(db, 5)
    anchor = AuditAnchor.for_config(config)
    data = json.loads(anchor.path.read_text())
    data["seq"] = 2  # an attacker who rewrote the log would like the anchor to say less
    anchor.path.write_text(json.dumps(data))
    code, out = _cli(config, "audit", "verify")
    assert code == 1 and "valid signature" in out


def test_kept_checkpoint_catches_truncation_even_without_the_anchor(setup, tmp_path):
    db, config = setup
    _fill(db, 20)
    kept = tmp_path / "kept.json"
    code, _ = _cli(config, "audit", "checkpoint", "-o", str(kept))
    assert code == 0 and json.loads(kept.read_text())["seq"] == 20
    AuditAnchor.for_config(config).path.unlink()  # the data directory's anchor is lost too
    _drop_triggers(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq > 15")
    _restore_triggers(db)
    code, out = _cli(config, "audit", "verify", "--checkpoint", str(kept))
    assert code == 1 and "the checkpoint records 20" in out


def test_service_changes_move_the_anchor(db_url, tmp_path):
    from helpers.service import make_app

    app, db = make_app(db_url, tmp_path)
    try:
        app.state.svc.keys.create("k", "platform", actor="test")
        with db.session() as s:
            records = AuditLog().verify(s).records
        anchor = AuditAnchor.for_config(Config(data_dir=tmp_path, database_url=db_url))
        assert anchor.read().seq == records >= 1
    finally:
        unregister(db_url)
        db.dispose()
