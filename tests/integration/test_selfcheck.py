"""The README's main job: ``nciiguard selfcheck`` on a fresh data directory, as a real subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path


def test_selfcheck_on_a_fresh_data_dir(tmp_path):
    exe = Path(sys.executable).with_name("nciiguard")
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("NCIIGUARD_DATABASE_URL", None)
    out = subprocess.run([str(exe), "selfcheck", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] and all(c["ok"] for c in report["checks"])
    assert (tmp_path / "data" / "nciiguard.db").is_file()
    # privacy: the store holds no prompt text from the checks
    assert b"lighthouse" not in (tmp_path / "data" / "nciiguard.db").read_bytes()


def test_selfcheck_names_a_drifted_schema(tmp_path):
    """A store that records the right revision but lacks a column (a draft migration's leftover) is
    named, with the command to run, instead of surfacing as a raw database error."""
    from nciiguard.store import open_database

    data = tmp_path / "data"
    db = open_database(f"sqlite:///{data / 'nciiguard.db'}")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE bank_entries DROP COLUMN note")
    db.dispose()
    exe = Path(sys.executable).with_name("nciiguard")
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(data)}
    env.pop("NCIIGUARD_DATABASE_URL", None)
    out = subprocess.run([str(exe), "selfcheck", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    report = json.loads(out.stdout)
    assert not report["ok"]
    store = report["checks"][0]
    assert store["check"].startswith("store ready") and not store["ok"]
    assert store["detail"] == ("schema differs from revision banks_0003: column bank_entries.note missing; "
                               "run `nciiguard db status`")
    # the rest of the guard still ran and passed; only the store check failed
    assert [c["check"] for c in report["checks"] if not c["ok"]] == [store["check"]]
    assert not any(c["check"].startswith("audit log") for c in report["checks"])


def test_selfcheck_never_prints_a_database_password(tmp_path):
    """An unreachable PostgreSQL URL with a password: a clear exit 2, and the password appears nowhere."""
    exe = Path(sys.executable).with_name("nciiguard")
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data"),
           "NCIIGUARD_DATABASE_URL": "postgresql+psycopg://guard:s3cret-pw@127.0.0.1:1/nciiguard"}
    for extra in ([], ["--json"]):
        out = subprocess.run([str(exe), "selfcheck", *extra], capture_output=True, text=True, env=env, timeout=300)
        assert out.returncode == 2, out.stdout + out.stderr
        assert "s3cret-pw" not in out.stdout + out.stderr
        assert "Traceback" not in out.stderr
