"""Appeals over real HTTP on loopback: a blocked or held answer is appealed by its requester with
the decision id and a short text, the appeal reaches the moderators' queue with the decision's
reasons, and the outcome is audited and can allow-list the image's hashes or note a false
positive. Other keys, allowed decisions and unknown ids all look the same: not found."""

from __future__ import annotations

import json

import httpx
import pytest

from helpers.images import synthetic_png
from helpers.net import ThreadedServer
from helpers.records import check_screening_answer
from helpers.service import make_app
from nciiguard.audit import AuditLog
from nciiguard.hashing.records import hash_image


@pytest.fixture
def server(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    srv = ThreadedServer(app, log_level="warning").start()
    ks = app.state.svc.keys
    keys = {r: ks.create(f"t-{r}", r)[0] for r in ("platform", "moderator")}
    keys["other"] = ks.create("t-other", "platform")[0]
    try:
        with httpx.Client(base_url=srv.url, timeout=60, event_hooks={"response": [check_screening_answer]}) as c:
            yield app, db, c, keys
    finally:
        srv.stop()
        db.dispose()


def h(key):
    return {"X-API-Key": key}


def test_prompt_appeal_to_queue_to_false_positive(server):
    app, db, c, k = server
    held = c.post("/v1/screen/prompt", json={"prompt": "APPEAL-MARKER a naked woman, explicit porn"},
                  headers=h(k["platform"])).json()
    assert held["action"] == "review" and held["flagged"]
    ok = c.post("/v1/screen/prompt", json={"prompt": "a lighthouse"}, headers=h(k["platform"])).json()
    batch = c.post("/v1/screen/prompt", json={"input": ["a cat", "explicit porn video"]},
                   headers=h(k["platform"])).json()["results"]
    # Not appealable: allowed decisions, another key's decision, unknown ids (all the same 404).
    for did, key in ((ok["decision_id"], k["platform"]), (held["decision_id"], k["other"]),
                     ("dec_" + "0" * 24, k["platform"])):
        r = c.post("/v1/appeals", json={"decision_id": did, "text": "please"}, headers=h(key))
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    for bad in ({"decision_id": "dec_x", "text": "a"}, {"decision_id": held["decision_id"], "text": ""},
                {"decision_id": held["decision_id"], "text": "x" * 2001}, {"decision_id": held["decision_id"]}):
        assert c.post("/v1/appeals", json=bad, headers=h(k["platform"])).status_code == 422
    assert c.post("/v1/appeals", json={"decision_id": held["decision_id"], "text": "a"},
                  headers=h(k["moderator"])).status_code == 403
    r = c.post("/v1/appeals", json={"decision_id": held["decision_id"], "text": "APPEAL-TEXT it is a painting"},
               headers=h(k["platform"]))
    assert r.status_code == 201, r.text
    ref = r.json()["ref"]
    assert r.json()["status"] == "open" and "text" not in r.json()
    again = c.post("/v1/appeals", json={"decision_id": held["decision_id"], "text": "again"}, headers=h(k["platform"]))
    assert again.status_code == 409
    # A batch item's decision is appealable too.
    assert c.post("/v1/appeals", json={"decision_id": batch[1]["decision_id"], "text": "b"},
                  headers=h(k["platform"])).status_code == 201
    # The moderators' queue: the appeal with the decision's reasons, never the prompt.
    assert c.get("/v1/appeals", headers=h(k["platform"])).status_code == 403
    queue = c.get("/v1/appeals", headers=h(k["moderator"])).json()["items"]
    assert [a["ref"] for a in queue][0] == ref and len(queue) == 2
    item = queue[0]
    assert item["text"] == "APPEAL-TEXT it is a painting" and item["decision"]["action"] == "review"
    assert item["decision"]["policy"] == "service_test@1" and item["decision"]["hashes"] == []
    assert any(x["code"].startswith("sexual.") and x["field"] == "prompt" for x in item["decision"]["reasons"])
    assert "APPEAL-MARKER" not in json.dumps(queue) and "naked" not in json.dumps(queue)
    # Uphold cannot allow-list; a prompt has no hashes to allow-list.
    r = c.post(f"/v1/appeals/{ref}/decision", json={"outcome": "uphold", "allow_list": True}, headers=h(k["moderator"]))
    assert r.status_code == 409
    r = c.post(f"/v1/appeals/{ref}/decision", json={"outcome": "overturn", "allow_list": True},
               headers=h(k["moderator"]))
    assert r.status_code == 409 and "no image hashes" in r.json()["error"]["message"]
    r = c.post(f"/v1/appeals/{ref}/decision", json={"outcome": "overturn", "false_positive": True, "note": "art"},
               headers=h(k["moderator"]))
    assert r.status_code == 200 and r.json()["status"] == "overturned" and r.json()["false_positive"] is True
    assert c.post(f"/v1/appeals/{ref}/decision", json={"outcome": "uphold"}, headers=h(k["moderator"])).status_code == 409
    # The requester sees the outcome; another key does not.
    st = c.get(f"/v1/appeals/{ref}/status", headers=h(k["platform"])).json()
    assert st["status"] == "overturned" and st["note"] == "art" and "text" not in st
    assert c.get(f"/v1/appeals/{ref}/status", headers=h(k["other"])).status_code == 404
    fps = c.get("/v1/appeals", params={"status": "overturned", "false_positive": "true"},
                headers=h(k["moderator"])).json()["items"]
    assert [a["ref"] for a in fps] == [ref]
    with db.session() as s:
        audit = [r.to_dict() for r in AuditLog().records(s, object_type="appeal")]
    assert [a["action"] for a in audit] == ["appeal.create", "appeal.create", "appeal.overturn"]
    assert audit[2]["details"]["false_positive"] is True and audit[2]["details"]["reason_codes"]
    assert "APPEAL-TEXT" not in json.dumps(audit) and "APPEAL-MARKER" not in json.dumps(audit)


def test_image_appeal_overturned_allow_lists_its_hashes(server):
    app, db, c, k = server
    img = synthetic_png(31)
    rec = hash_image(img)
    assert c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": rec.pdq}]}).status_code == 201
    r = c.post("/v1/screen/image", files={"image": ("a.png", img, "image/png")}, headers=h(k["platform"]))
    blocked = r.json()
    assert blocked["action"] == "block" and blocked["categories"]["known_ncii"] and blocked["decision_id"]
    ref = c.post("/v1/appeals", json={"decision_id": blocked["decision_id"], "text": "this is my own photo"},
                 headers=h(k["platform"])).json()["ref"]
    item = c.get(f"/v1/appeals/{ref}", headers=h(k["moderator"])).json()
    assert {x["signal_type"] for x in item["decision"]["hashes"]} == {"pdq", "md5", "sha256"}
    assert item["decision"]["reasons"][0]["signal"] == "hash_match"
    assert "case_id" not in json.dumps(item["decision"]["reasons"])  # never leads back to the survivor's case
    r = c.post(f"/v1/appeals/{ref}/decision", json={"outcome": "overturn", "allow_list": True},
               headers=h(k["moderator"]))
    assert r.status_code == 200 and r.json()["allow_listed"] == 3
    again = c.post("/v1/screen/image", files={"image": ("a.png", img, "image/png")}, headers=h(k["platform"])).json()
    assert again["action"] == "allow"  # the allow-list entry now suppresses the match
    # A different banked image still blocks: the allow-list is per hash.
    other = synthetic_png(32)
    c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": hash_image(other).pdq}]})
    assert c.post("/v1/screen/image", files={"image": ("b.png", other, "image/png")},
                  headers=h(k["platform"])).json()["action"] == "block"
    with db.session() as s:
        audit = [r.to_dict() for r in AuditLog().records(s, object_type="appeal")]
    assert audit[-1]["action"] == "appeal.overturn" and audit[-1]["details"]["allow_listed"] == 3


def test_appeal_window_closes(db_url, tmp_path):
    from datetime import timedelta

    from sqlalchemy import update

    from nciiguard.casework.appeal_models import AppealDecisionRow
    from nciiguard.store.base import utcnow

    app, db = make_app(db_url, tmp_path, appeal_window_days=1)
    srv = ThreadedServer(app, log_level="warning").start()
    try:
        key = app.state.svc.keys.create("p", "platform")[0]
        with httpx.Client(base_url=srv.url, headers=h(key), timeout=30) as c:
            did = c.post("/v1/screen/prompt", json={"prompt": "explicit porn video"}).json()["decision_id"]
            with db.session() as s:
                s.execute(update(AppealDecisionRow).values(created_at=utcnow() - timedelta(days=2)))
            r = c.post("/v1/appeals", json={"decision_id": did, "text": "late"})
            assert r.status_code == 409 and "window" in r.json()["error"]["message"]
    finally:
        srv.stop()
        db.dispose()


def test_decisions_past_the_window_are_pruned_unless_appealed(db_url, tmp_path):
    from datetime import timedelta

    from sqlalchemy import func, select, update

    from nciiguard.casework.appeal_models import AppealDecisionRow
    from nciiguard.casework.appeals import AppealDesk
    from nciiguard.store.base import utcnow

    app, db = make_app(db_url, tmp_path)
    try:
        desk = AppealDesk(db, window_days=1)
        item = {"key_id": "k1", "endpoint": "screen/prompt", "action": "block", "policy": "p@1",
                "reasons": [{"code": "sexual.explicit", "field": "prompt", "text": "NEVER-STORED"}]}
        desk.record([dict(item, decision_id=f"dec_{i:024x}") for i in range(3)])
        desk.appeal(f"dec_{1:024x}", "please", key_id="k1", actor="platform:k1")
        with db.session() as s:
            s.execute(update(AppealDecisionRow).values(created_at=utcnow() - timedelta(days=2)))
            assert "NEVER-STORED" not in str(s.execute(select(AppealDecisionRow.reasons)).scalars().all())
        # The first recording of a process (here: after a restart) prunes, then once an hour.
        AppealDesk(db, window_days=1).record([dict(item, decision_id=f"dec_{9:024x}")])
        with db.session() as s:
            left = sorted(s.execute(select(AppealDecisionRow.decision_id)).scalars())
        assert left == [f"dec_{1:024x}", f"dec_{9:024x}"]  # the appealed one and the new one
        assert desk.prune() == 0
        with db.session() as s:
            assert s.execute(select(func.count()).select_from(AppealDecisionRow)).scalar_one() == 2
    finally:
        db.dispose()
