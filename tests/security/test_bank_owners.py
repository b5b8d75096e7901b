"""Issue 11, item 2: one survivor's withdrawal must not unprotect another.

A banked value has owners (cases, removal requests, sources). Adding a value that is already there
adds an owner; withdrawing removes only that owner; the entry is deleted (and stops matching in
every process, through the change log) only when its last owner withdraws. Existing databases get
one owner per entry from the migration banks_0003.

Real SQLite and PostgreSQL; a second Database object plays "another process" that only learns of
changes through the database. Benign synthetic hashes only.
"""

from __future__ import annotations

import secrets

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from helpers.service import auth, make_app
from nciiguard.banks import BankMatcher, BankStore
from nciiguard.banks.store import NewEntry
from nciiguard.store import Database, open_database


def _pdq() -> str:
    return secrets.token_hex(32)


def _matches(matcher: BankMatcher, value: str) -> list:
    return matcher.match(f"pdq:{value}")


def test_shared_value_stays_until_its_last_owner_withdraws(db_url):
    store = BankStore.open(db_url, actor="test")
    other = BankMatcher(BankStore(open_database(db_url, migrate=False)))  # another process
    try:
        store.create_bank("survivor-pdq", "pdq", "survivor")
        shared, own = _pdq(), _pdq()
        a = store.add_entries("survivor-pdq", [NewEntry(shared, case_id="A"), NewEntry(own, case_id="A")])
        b = store.add_entries("survivor-pdq", [NewEntry(shared, case_id="B")])
        assert a.added == 2 and b.added == 0 and b.owners_added == 1 and b.items[0].owner_added
        eid = b.items[0].entry_id
        assert store.owners(eid) == ["case:A", "case:B"]
        assert len(_matches(other, shared)) == 1 and len(_matches(other, own)) == 1

        rep = store.withdraw_report(case_id="A")
        assert (rep.released, rep.deleted) == (2, 1)
        assert len(_matches(other, shared)) == 1, "B's picture must stay protected after A withdraws"
        assert _matches(other, own) == []
        assert store.owners(eid) == ["case:B"] and store.get_entry(eid).case_id == "B"  # never a withdrawn case
        assert [e.value for e in store.entries(case_id="B")] == [shared] and list(store.entries(case_id="A")) == []

        assert store.withdraw(case_id="B") == 1
        assert _matches(other, shared) == []
        assert store.find("pdq", shared) == []
    finally:
        other.db.dispose()
        store.db.dispose()


def test_sources_and_administrators(db_url):
    """An import is an owner too; an administrator removing by entry id removes the value for all."""
    store = BankStore.open(db_url, actor="test")
    try:
        store.create_bank("partner", "pdq", "confirmed")
        v = _pdq()
        store.add_entries("partner", [NewEntry(v)], source="import:partner-a.csv")
        store.add_entries("partner", [NewEntry(v, case_id="C-9")])
        eid = store.find("pdq", v)[0].id
        assert store.owners(eid) == ["source:import:partner-a.csv", "case:C-9"]
        assert store.withdraw(owner="source:import:partner-a.csv") == 0 and store.owners(eid) == ["case:C-9"]
        store.add_entries("partner", [NewEntry(v)], source="import:partner-a.csv")
        assert store.withdraw(eid) == 1 and store.find("pdq", v) == []  # by id: whoever holds it
    finally:
        store.db.dispose()


@pytest.fixture
def app_db(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    yield app, db
    db.dispose()


def test_two_survivors_and_a_valid_takedown_over_http(app_db):
    app, _ = app_db
    svc = app.state.svc
    platform = auth(svc.keys.create("p", "platform", actor="test")[0])
    moderator = auth(svc.keys.create("m", "moderator", actor="test")[0])
    shared, td_value = _pdq(), _pdq()

    def matched(c, value):
        return c.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": value}]}, headers=platform).json()["matched"]

    with TestClient(app, raise_server_exceptions=False) as c:
        cases = []
        for _ in range(2):
            body = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": shared}]}).json()
            cases.append({"X-Case-Number": body["case_number"], "X-Case-Pin": body["pin"]})
        assert c.post("/v1/cases/me/withdraw", headers=cases[0]).json() == {"status": "withdrawn", "hashes_withdrawn": 1}
        assert matched(c, shared), "the second survivor's identical hash must keep matching"
        assert c.post("/v1/cases/me/withdraw", headers=cases[1]).status_code == 200
        assert not matched(c, shared)

        # A removal request judged valid owns its hashes like a case: a survivor who banked the same
        # value and withdraws does not take the request's protection with them.
        body = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": td_value}]}).json()
        hdr = {"X-Case-Number": body["case_number"], "X-Case-Pin": body["pin"]}
        req = {"signature": {"name": "A. Person", "kind": "electronic"},
               "locations": [{"url": "https://example.invalid/p/1"}], "good_faith": True,
               "contact": {"email": "a@example.invalid"}, "hashes": [{"signal_type": "pdq", "value": td_value}]}
        ref = c.post("/v1/takedowns", json=req).json()["ref"]
        assert c.post(f"/v1/takedowns/{ref}/decision", json={"valid": True}, headers=moderator).status_code == 200
        c.post("/v1/cases/me/withdraw", headers=hdr)
        assert matched(c, td_value)


def test_migration_backfills_one_owner_per_entry(db_url):
    db = Database(db_url)
    try:
        db.migrate("audit@head")
        db.migrate("banks_0002")
        v1, v2 = _pdq(), _pdq()
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO bank_banks (name, signal_type, purpose, description, created_at, updated_at) "
                              "VALUES ('s', 'pdq', 'survivor', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
            for value, case, source in ((v1, "C-1", "case"), (v2, None, "import:old.csv")):
                conn.execute(text("INSERT INTO bank_entries (bank_id, signal_type, value, source, case_id, status, note, "
                                  "created_at, updated_at) VALUES (1, 'pdq', :v, :s, :c, 'active', '', "
                                  "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"v": value, "s": source, "c": case})
        db.migrate()
        assert "banks_0003" in db.current_revisions()
        store = BankStore(db, actor="test")
        assert store.owners(store.find("pdq", v1)[0].id) == ["case:C-1"]
        assert store.owners(store.find("pdq", v2)[0].id) == ["source:import:old.csv"]
        # an upgraded database behaves like a new one: a second survivor keeps the value alive
        store.add_entries("s", [NewEntry(v1, case_id="C-2")])
        assert store.withdraw(case_id="C-1") == 0 and store.find("pdq", v1)
        assert store.withdraw(case_id="C-2") == 1 and not store.find("pdq", v1)
    finally:
        db.dispose()
