"""Issue 11, item 7: racing duplicate writes are idempotent, never a 500, IntegrityError or traceback.

Real threads against real SQLite and PostgreSQL: the store directly, the service over real HTTP
(uvicorn on loopback), and two ``nciiguard bank import`` processes of the same hashes at once.
Benign synthetic hashes only.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text

from helpers.net import ThreadedServer
from helpers.service import auth, make_app
from helpers.threads import run_in_threads
from nciiguard.banks import BankStore
from nciiguard.banks.models import BankEntryRow
from nciiguard.banks.store import NewEntry
from nciiguard.store import open_database

THREADS = 8


def _count(db, model) -> int:
    with db.session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _owners(db) -> int:
    with db.session() as s:
        return int(s.execute(text("SELECT count(*) FROM bank_entry_owners")).scalar_one())


def test_store_adds_of_the_same_values_race_safely(db_url):
    store = BankStore.open(db_url, actor="test")
    try:
        store.create_bank("survivor-pdq", "pdq", "survivor")
        values = [secrets.token_hex(32) for _ in range(40)]
        start = threading.Barrier(THREADS)
        reports = []

        def add(k: int) -> None:
            # each thread its own Database, like separate processes; half share one owner
            own = BankStore(open_database(db_url, migrate=False), actor=f"t{k}")
            try:
                start.wait()
                reports.append(own.add_entries("survivor-pdq", [NewEntry(v, case_id=f"case-{k % 4}") for v in values]))
            finally:
                own.db.dispose()

        assert run_in_threads(add, THREADS) == []
        assert _count(store.db, BankEntryRow) == len(values)
        assert _owners(store.db) == 4 * len(values)  # four owners, each once
        assert sum(r.added for r in reports) == len(values)
        assert sum(sum(i.owner_added for i in r.items) for r in reports) == 4 * len(values)
    finally:
        store.db.dispose()


@pytest.fixture
def server(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    srv = ThreadedServer(app, log_level="warning").start()
    try:
        yield app, db, srv.url
    finally:
        srv.stop()
        db.dispose()


def _post_all(url: str, path: str, body: dict, headers=None, n: int = 12) -> list[int]:
    start = threading.Barrier(n)
    codes: list[int] = []

    def post(_k: int) -> None:
        with httpx.Client(timeout=60) as c:
            start.wait()
            codes.append(c.post(url + path, json=body, headers=headers or {}).status_code)

    assert run_in_threads(post, n) == []
    return codes


def test_racing_duplicate_writes_over_http(server):
    app, db, url = server
    hashes = [{"signal_type": "pdq", "value": secrets.token_hex(32)} for _ in range(5)]
    codes = _post_all(url, "/v1/cases", {"hashes": hashes})
    assert codes == [201] * 12
    assert _count(db, BankEntryRow) == 5 and _owners(db) == 5 * 12

    admin = auth(app.state.svc.keys.create("a", "admin", actor="test")[0])
    with httpx.Client(timeout=30) as c:
        assert c.post(url + "/v1/banks", json={"name": "partner", "signal_type": "pdq", "purpose": "confirmed"},
                      headers=admin).status_code == 201
    entries = [{"value": secrets.token_hex(32)} for _ in range(20)]
    codes = _post_all(url, "/v1/banks/partner/entries", {"entries": entries}, admin)
    assert codes == [200] * 12
    with db.session() as s:
        assert s.execute(select(func.count()).select_from(BankEntryRow).where(
            BankEntryRow.signal_type == "pdq")).scalar_one() == 25


def test_two_identical_bank_imports_at_once(db_url, tmp_path):
    store = BankStore.open(db_url, actor="test")
    store.create_bank("partner", "pdq", "confirmed")
    lines = [secrets.token_hex(32) for _ in range(3000)]
    files = []
    for name in ("a.txt", "b.txt"):
        f = tmp_path / name
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(f)
    exe = Path(sys.executable).with_name("nciiguard")
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data")}
    cmd = [str(exe), "--database-url", db_url, "bank", "import", "--bank", "partner", "--format", "txt"]
    procs = [subprocess.Popen(cmd + [str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for f in files]
    try:
        outs = [p.communicate(timeout=240) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0, out + err
            assert "Traceback" not in err and "IntegrityError" not in err
            assert not any(v in out + err for v in lines[:50])
        assert _count(store.db, BankEntryRow) == 3000
        assert _owners(store.db) == 6000  # both files own every value
        added = sorted(int(out.split(": ")[1].split(" added")[0]) for out, _ in outs)
        assert added == [0, 3000]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        store.db.dispose()
