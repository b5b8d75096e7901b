"""Issue 11, item 5: a withdrawn hash must not survive anywhere.

Checked by reading the raw bytes, not through the API: the SQLite database and its WAL (a
withdrawal checkpoints; ``secure_delete`` is on for every connection), the persisted PDQ index
files (``index/pdq-*/seg-*/hashes.npy`` ...) after the withdrawal is applied and after a restart,
and the review items and removal requests that kept a copy. Benign synthetic hashes only.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from fastapi.testclient import TestClient

from helpers.service import auth, make_app
from nciiguard.banks import BankMatcher, BankStore
from nciiguard.banks.store import NewEntry
from nciiguard.store import open_database


def _pdq() -> str:
    return secrets.token_hex(32)


def _files_holding(root: Path, value: str) -> list[str]:
    """Files under ``root`` (or the file itself) whose bytes hold ``value`` as hex text or as raw bytes."""
    needles = (value.encode("ascii"), value.upper().encode("ascii"), bytes.fromhex(value))
    paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
    return [str(p) for p in paths if any(n in p.read_bytes() for n in needles)]


def _db_files(path: Path) -> list[Path]:
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def test_secure_delete_is_on_for_every_sqlite_connection(sqlite_url):
    db = open_database(sqlite_url)
    try:
        for _ in range(3):
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        db.dispose()


def test_withdrawn_value_is_gone_from_the_database_file_and_wal(tmp_path):
    path = tmp_path / "banks.db"
    store = BankStore.open(f"sqlite:///{path}", actor="test")
    try:
        store.create_bank("survivor-pdq", "pdq", "survivor")
        gone, kept = _pdq(), _pdq()
        store.add_entries("survivor-pdq", [NewEntry(gone, case_id="A"), NewEntry(kept, case_id="B")])
        assert any(_files_holding(p, gone) for p in _db_files(path))  # the check can see it
        assert store.withdraw(case_id="A") == 1
        assert [f for p in _db_files(path) for f in _files_holding(p, gone)] == []
        assert any(_files_holding(p, kept) for p in _db_files(path))
    finally:
        store.db.dispose()


def _index_files(index_dir: Path, value: str) -> list[str]:
    return _files_holding(index_dir, value) if index_dir.exists() else []


def test_withdrawn_value_leaves_the_persisted_index_at_once_and_after_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'banks.db'}"
    idx = tmp_path / "index"
    store = BankStore.open(url, actor="test")
    try:
        store.create_bank("survivor-pdq", "pdq", "survivor")
        gone, kept = _pdq(), _pdq()
        store.add_entries("survivor-pdq", [NewEntry(gone, case_id="A"), NewEntry(kept, case_id="B")]
                          + [NewEntry(_pdq(), case_id=f"C{i}") for i in range(50)])
        matcher = BankMatcher(BankStore(open_database(url, migrate=False)), index_dir=idx)
        assert matcher.match(f"pdq:{gone}")
        assert _index_files(idx, gone), "the saved index holds the value (else this test checks nothing)"

        store.withdraw(case_id="A")  # by another process: the matcher learns it from the change log
        assert matcher.match(f"pdq:{gone}") == []
        assert _index_files(idx, gone) == [], "applied in memory, but still in the index files"
        assert _index_files(idx, kept)
        matcher.db.dispose()

        restarted = BankMatcher(BankStore(open_database(url, migrate=False)), index_dir=idx)
        assert restarted.match(f"pdq:{gone}") == [] and restarted.match(f"pdq:{kept}")
        assert restarted.index_source == "persisted" and _index_files(idx, gone) == []
        restarted.db.dispose()
    finally:
        store.db.dispose()


def test_withdrawal_while_no_matcher_runs_is_purged_on_the_next_start(tmp_path):
    url = f"sqlite:///{tmp_path / 'banks.db'}"
    idx = tmp_path / "index"
    store = BankStore.open(url, actor="test")
    try:
        store.create_bank("survivor-pdq", "pdq", "survivor")
        gone = _pdq()
        store.add_entries("survivor-pdq", [NewEntry(gone, case_id="A"), NewEntry(_pdq(), case_id="B")])
        first = BankMatcher(BankStore(open_database(url, migrate=False)), index_dir=idx)
        first.refresh()
        first.db.dispose()
        assert _index_files(idx, gone)
        store.withdraw(case_id="A")  # the service is down
        again = BankMatcher(BankStore(open_database(url, migrate=False)), index_dir=idx)
        again.refresh()
        assert again.index_source == "persisted" and again.match(f"pdq:{gone}") == []
        assert _index_files(idx, gone) == []
        again.db.dispose()
    finally:
        store.db.dispose()


def test_case_withdrawal_erases_the_copies_in_takedowns_and_review_items(tmp_path):
    path = tmp_path / "service.db"
    app, db = make_app(f"sqlite:///{path}", tmp_path)
    try:
        moderator = auth(app.state.svc.keys.create("m", "moderator", actor="test")[0])
        platform = auth(app.state.svc.keys.create("p", "platform", actor="test")[0])
        value = _pdq()
        with TestClient(app, raise_server_exceptions=False) as c:
            body = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": value}]}).json()
            hdr = {"X-Case-Number": body["case_number"], "X-Case-Pin": body["pin"]}
            req = {"signature": {"name": "A. Person", "kind": "electronic"},
                   "locations": [{"url": "https://example.invalid/p/2"}], "good_faith": True,
                   "contact": {"email": "a@example.invalid"}, "hashes": [{"signal_type": "pdq", "value": value}]}
            ref = c.post("/v1/takedowns", json=req, headers=hdr).json()["ref"]
            item = c.get("/v1/review", params={"kind": "takedown"}, headers=moderator).json()["items"][0]
            assert item["hashes"][0]["value"] == value
            c.post(f"/v1/takedowns/{ref}/decision", json={"valid": True}, headers=moderator)
            # a platform met the same picture: its match item holds the value and names the entry
            seen = c.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": value}],
                                             "content_id": "upload-7"}, headers=platform).json()
            assert seen["matched"] and seen["review_item"]
            assert c.post("/v1/cases/me/withdraw", headers=hdr).status_code == 200
            assert c.get(f"/v1/review/{item['id']}", headers=moderator).json()["hashes"] == []
            assert c.get(f"/v1/takedowns/{ref}", headers=moderator).json()["hashes"] == []
            match_item = c.get(f"/v1/review/{seen['review_item']}", headers=moderator).json()
            assert match_item["hashes"] == [] and all(m["withdrawn"] and m["case_id"] is None
                                                      for m in match_item["matches"])
            assert [f for p in _db_files(path) for f in _files_holding(p, value)] == []
    finally:
        db.dispose()


def test_withdrawal_scrubs_a_screened_upload_queued_for_review(tmp_path):
    """A platform screened the survivor's picture (an exact copy): the queued item's hashes and its
    decision reasons named the value and the case; after the withdrawal they do not."""
    from helpers.images import synthetic_png
    from nciiguard.hashing.records import hash_image

    path = tmp_path / "service.db"
    app, db = make_app(f"sqlite:///{path}", tmp_path)
    try:
        img = synthetic_png(611)
        rec = hash_image(img)
        platform = auth(app.state.svc.keys.create("p", "platform", actor="test")[0])
        moderator = auth(app.state.svc.keys.create("m", "moderator", actor="test")[0])
        with TestClient(app, raise_server_exceptions=False) as c:
            body = c.post("/v1/cases", json={"hashes": [{"signal_type": st, "value": v}
                                                        for st, v in rec.signals()]}).json()
            hdr = {"X-Case-Number": body["case_number"], "X-Case-Pin": body["pin"]}
            out = c.post("/v1/screen/image", files={"image": ("u.png", img, "image/png")},
                         data={"content_id": "upload-9"}, headers=platform).json()
            item_id = out["review_item"]
            before = c.get(f"/v1/review/{item_id}", headers=moderator).json()
            assert any(r["evidence"]["case_id"] == body["ref"] for r in before["reasons"])
            assert c.post("/v1/cases/me/withdraw", headers=hdr).status_code == 200
            after = c.get(f"/v1/review/{item_id}", headers=moderator).json()
            assert after["hashes"] == []
            assert all(r["evidence"]["case_id"] is None and r["evidence"]["withdrawn"] for r in after["reasons"])
            for _, v in rec.signals():
                assert [f for p in _db_files(path) for f in _files_holding(p, v)] == []
    finally:
        db.dispose()


def test_admin_deletion_scrubs_the_review_and_appeal_copies(tmp_path):
    """An administrator deletes a banked value (POST /v1/banks/withdraw): like a case withdrawal, it
    leaves the review item of a platform's screened upload and the decision kept for its appeal,
    not only the banks (casework/copies.py lists the places)."""
    from sqlalchemy import select

    from helpers.images import synthetic_png
    from nciiguard.casework.appeal_models import AppealDecisionRow
    from nciiguard.hashing.records import hash_image

    path = tmp_path / "service.db"
    app, db = make_app(f"sqlite:///{path}", tmp_path)
    try:
        img = synthetic_png(612)
        rec = hash_image(img)
        keys = app.state.svc.keys
        platform = auth(keys.create("p", "platform", actor="test")[0])
        moderator = auth(keys.create("m", "moderator", actor="test")[0])
        admin = auth(keys.create("a", "admin", actor="test")[0])
        with TestClient(app, raise_server_exceptions=False) as c:
            assert c.post("/v1/cases", json={"hashes": [{"signal_type": st, "value": v}
                                                        for st, v in rec.signals()]}).status_code == 201
            out = c.post("/v1/screen/image", files={"image": ("u.png", img, "image/png")},
                         data={"content_id": "upload-10"}, headers=platform).json()
            item_id = out["review_item"]
            with db.session() as s:
                kept = s.execute(select(AppealDecisionRow).where(
                    AppealDecisionRow.decision_id == out["decision_id"])).scalar_one()
                assert kept.hashes  # the check can see the copy
            for _, v in rec.signals():
                r = c.post("/v1/banks/withdraw", json={"value": v}, headers=admin)
                assert r.status_code == 200 and r.json()["deleted"] == 1
            after = c.get(f"/v1/review/{item_id}", headers=moderator).json()
            assert after["hashes"] == []
            assert all(r["evidence"]["case_id"] is None and r["evidence"]["withdrawn"]
                       for r in after["reasons"] if r.get("signal") == "hash_match")
            with db.session() as s:
                kept = s.execute(select(AppealDecisionRow).where(
                    AppealDecisionRow.decision_id == out["decision_id"])).scalar_one()
                assert kept.hashes == []
            db.checkpoint()
            for _, v in rec.signals():
                assert [f for p in _db_files(path) for f in _files_holding(p, v)] == []
    finally:
        db.dispose()
