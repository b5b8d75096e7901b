"""The HTTP API in-process (FastAPI TestClient) over real SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from helpers.images import synthetic_png
from helpers.records import check_openapi, check_record
from helpers.service import auth
from nciiguard.audit import AuditLog
from nciiguard.banks.models import BankEntryRow
from nciiguard.hashing.records import hash_image


def _hashes(rec):
    return [{"signal_type": "pdq", "value": rec.pdq, "pdq_variants": rec.pdq_variants},
            {"signal_type": "md5", "value": rec.md5}, {"signal_type": "sha256", "value": rec.sha256}]


def _count(db, model):
    with db.session() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


# -- health and OpenAPI -----------------------------------------------------------------------------
def test_health_ready_and_openapi(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    spec = client.get("/v1/openapi.json").json()
    for path in ("/v1/screen/prompt", "/v1/screen/image", "/v1/screen/request", "/v1/match", "/v1/cases",
                 "/v1/takedowns", "/v1/review", "/v1/keys", "/v1/banks"):
        assert path in spec["paths"], path


# -- screening ---------------------------------------------------------------------------------------
def test_screen_prompt_decision_shape(client, keys):
    r = client.post("/v1/screen/prompt", json={"prompt": "a watercolour of a lighthouse at dusk"},
                    headers=auth(keys["platform"]))
    assert r.status_code == 200
    body = r.json()
    assert body["action"] == "allow" and body["reasons"] == []
    assert set(body) >= {"action", "categories", "scores", "reasons", "message", "policy"}
    assert body["categories"]["minor"] is False and body["policy"] == {"name": "service_test", "version": "1"}
    check_record(body)
    check_openapi(client.get("/v1/openapi.json").json(), "DecisionOut", body)


def test_screen_prompt_flags_explicit_text(client, keys):
    r = client.post("/v1/screen/prompt", json={"prompt": "a naked woman, explicit porn"},
                    headers=auth(keys["platform"]))
    assert r.status_code == 200
    body = r.json()
    assert body["action"] in ("review", "block") and body["categories"]["sexual"] is True
    assert any(x["code"].startswith("sexual.") and x["field"] == "prompt" for x in body["reasons"])


def test_screen_prompt_negative_prompt_is_not_policy_input(client, keys):
    # The policy of the test profile does not exclude negative_prompt; the default ncii profile
    # does. Here we only check the field is accepted and screened without error.
    r = client.post("/v1/screen/prompt", json={"prompt": "a lighthouse", "negative_prompt": "blurry"},
                    headers=auth(keys["platform"]))
    assert r.status_code == 200 and r.json()["action"] == "allow"


def test_screen_image_matches_survivor_case_and_queues_review(client, keys, app_db):
    _, db = app_db
    img = synthetic_png(3)
    rec = hash_image(img)
    created = client.post("/v1/cases", json={"hashes": _hashes(rec)})
    assert created.status_code == 201
    clean = client.post("/v1/screen/image", files={"image": ("x.png", synthetic_png(99), "image/png")},
                        headers=auth(keys["platform"]))
    assert clean.status_code == 200 and clean.json()["action"] == "allow"
    r = client.post("/v1/screen/image", files={"image": ("x.png", img, "image/png")},
                    data={"content_id": "post-17", "url": "https://example.invalid/p/17", "prompt": "a photo"},
                    headers=auth(keys["platform"]))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["action"] == "block" and body["categories"]["known_ncii"] is True
    assert body["id"] == "post-17" and body["review_item"] is not None
    spec = client.get("/v1/openapi.json").json()
    check_openapi(spec, "DecisionOut", body)
    check_openapi(spec, "DecisionOut", clean.json())  # id null: no content_id given
    ev = body["reasons"][0]["evidence"]
    assert ev["case_id"] == created.json()["ref"]  # the opaque ref, never the case number
    assert created.json()["case_number"] not in r.text
    item = client.get(f"/v1/review/{body['review_item']}", headers=auth(keys["moderator"])).json()
    assert item["content_id"] == "post-17" and {h["signal_type"] for h in item["hashes"]} == {"pdq", "md5", "sha256"}
    assert "image" not in json.dumps(item).replace("image[0]", "")  # hashes and reasons, never bytes


def test_screen_request_with_input_images(client, keys):
    r = client.post("/v1/screen/request", data={"prompt": "make it a watercolour"},
                    files=[("input_images", ("a.png", synthetic_png(5), "image/png")),
                           ("input_images", ("b.png", synthetic_png(6), "image/png"))],
                    headers=auth(keys["platform"]))
    assert r.status_code == 200, r.text
    assert r.json()["action"] == "allow"
    check_openapi(client.get("/v1/openapi.json").json(), "DecisionOut", r.json())


@pytest.mark.parametrize("payload,status,code", [
    (b"{not json", 400, "invalid_json"),
    (b'{"prompt": "x", "extra": 1}', 422, "invalid_request"),
    (b'{"prompt": 5}', 422, "invalid_request"),
    (b'[]', 422, "invalid_request"),
    (b'{}', 422, "invalid_request"),
])
def test_bad_json_is_4xx_without_echo(client, keys, payload, status, code):
    r = client.post("/v1/screen/prompt", content=payload,
                    headers={**auth(keys["platform"]), "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code
    assert all(set(d) <= {"loc", "message", "type"} for d in r.json()["error"].get("details", []))


def test_validation_error_does_not_echo_prompt(client, keys):
    secret_prompt = "SECRET-PROMPT-TEXT " * 3
    r = client.post("/v1/screen/prompt", json={"prompt": secret_prompt, "unknown": 1},
                    headers=auth(keys["platform"]))
    assert r.status_code == 422 and "SECRET-PROMPT" not in r.text


def test_wrong_content_type(client, keys):
    r = client.post("/v1/screen/prompt", content=b"prompt=hello",
                    headers={**auth(keys["platform"]), "Content-Type": "text/plain"})
    assert 400 <= r.status_code < 500
    r = client.post("/v1/screen/image", json={"image": "abc"}, headers=auth(keys["platform"]))
    assert r.status_code == 422


def test_broken_multipart_and_bad_images(client, keys):
    h = auth(keys["platform"])
    r = client.post("/v1/screen/image", content=b"--xyz\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nabc",
                    headers={**h, "Content-Type": "multipart/form-data; boundary=xyz"})
    assert 400 <= r.status_code < 500
    r = client.post("/v1/screen/image", files={"image": ("x.png", b"definitely not an image", "image/png")}, headers=h)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_image"
    r = client.post("/v1/screen/image", files={"image": ("x.png", b"", "image/png")}, headers=h)
    assert r.status_code == 422
    r = client.post("/v1/screen/image", files={"image": ("x.png", synthetic_png(1), "image/png")},
                    data={"promt": "typo"}, headers=h)
    assert r.status_code == 422 and "promt" in r.json()["error"]["message"]
    r = client.post("/v1/screen/request", data={}, headers=h)
    assert r.status_code == 422


# -- matching ----------------------------------------------------------------------------------------
def test_match_hashes_and_malformed_hashes(client, keys):
    rec = hash_image(synthetic_png(8))
    client.post("/v1/cases", json={"hashes": _hashes(rec)})
    h = auth(keys["platform"])
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": rec.pdq},
                                                  {"signal_type": "md5", "value": rec.md5},
                                                  {"signal_type": "md5", "value": "0" * 32}]}, headers=h)
    assert r.status_code == 200
    res = r.json()["results"]
    assert res[0]["matches"] and res[1]["matches"] and not res[2]["matches"]
    # near-identical: flip 4 bits of the PDQ hash
    near = format(int(rec.pdq, 16) ^ 0xF, "064x")
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": near}]}, headers=h)
    assert r.json()["results"][0]["matches"][0]["distance"] == 4
    for bad in ({"signal_type": "pdq", "value": "xyz"}, {"signal_type": "nope", "value": "ab"},
                {"signal_type": "md5", "value": "a" * 31}, {"signal_type": "pdq", "value": "a" * 64, "oops": 1}):
        r = client.post("/v1/match", json={"hashes": [bad]}, headers=h)
        assert r.status_code == 422, bad
    r = client.post("/v1/match", json={"hashes": []}, headers=h)
    assert r.status_code == 422


def test_match_image_upload(client, keys):
    img = synthetic_png(11)
    client.post("/v1/cases", json={"hashes": _hashes(hash_image(img))})
    r = client.post("/v1/match/image", files={"image": ("a.png", img, "image/png")}, data={"content_id": "c9"},
                    headers=auth(keys["platform"]))
    assert r.status_code == 200 and r.json()["matched"] and r.json()["review_item"]
    assert r.json()["flagged"] is True and r.json()["id"].startswith("mat_")


# -- review queue ------------------------------------------------------------------------------------
def test_review_confirm_and_reject(client, keys, app_db):
    _, db = app_db
    a, b = hash_image(synthetic_png(20)), hash_image(synthetic_png(21))
    p, m = auth(keys["platform"]), auth(keys["moderator"])
    ra = client.post("/v1/reports", json={"hashes": [{"signal_type": "pdq", "value": a.pdq}], "content_id": "a"},
                     headers=p).json()["review_item"]
    rb = client.post("/v1/reports", json={"hashes": [{"signal_type": "pdq", "value": b.pdq}], "url": "https://x.invalid/b"},
                     headers=p).json()["review_item"]
    assert client.post("/v1/reports", json={"hashes": [{"signal_type": "pdq", "value": b.pdq}]}, headers=p).status_code == 422
    # platform keys cannot see the queue
    assert client.get("/v1/review", headers=p).status_code == 403
    queue = client.get("/v1/review", headers=m).json()["items"]
    assert {i["id"] for i in queue} == {ra, rb}
    assert client.post(f"/v1/review/{ra}/decision", json={"decision": "confirm"}, headers=m).json()["status"] == "confirmed"
    assert client.post(f"/v1/review/{rb}/decision", json={"decision": "reject", "note": "a sunset"},
                       headers=m).json()["status"] == "rejected"
    again = client.post(f"/v1/review/{ra}/decision", json={"decision": "reject"}, headers=m)
    assert again.status_code == 409
    assert client.post("/v1/review/999999/decision", json={"decision": "reject"}, headers=m).status_code == 404
    # confirmed -> matches from the confirmed bank; rejected -> allow-listed, stops matching
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": a.pdq}]}, headers=p).json()
    assert r["results"][0]["matches"][0]["bank"] == "confirmed-pdq"
    client.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": b.pdq}]})
    r = client.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": b.pdq}]}, headers=p).json()
    assert r["results"][0]["matches"] == [] and r["results"][0]["allow_listed"]
    with db.session() as s:
        actions = [rec.action for rec in AuditLog().records(s, object_type="review_item")]
    assert "review.confirm" in actions and "review.reject" in actions
    assert client.get("/v1/review", headers=m).json()["items"] == []


# -- cases -------------------------------------------------------------------------------------------
def test_case_lifecycle_and_withdrawal_deletes(client, app_db):
    _, db = app_db
    rec = hash_image(synthetic_png(30))
    r = client.post("/v1/cases", json={"hashes": _hashes(rec)})
    assert r.status_code == 201
    case = r.json()
    assert case["case_number"].startswith("NG-") and len(case["pin"]) == 8
    hdr = {"X-Case-Number": case["case_number"], "X-Case-Pin": case["pin"]}
    me = client.get("/v1/cases/me", headers=hdr).json()
    assert me["hashes"] == {"pdq": 1, "md5": 1, "sha256": 1}
    # typed case number in lower case with spaces still works
    loose = {"X-Case-Number": case["case_number"].lower().replace("-", " "), "X-Case-Pin": case["pin"]}
    assert client.get("/v1/cases/me", headers=loose).status_code == 200
    more = hash_image(synthetic_png(31))
    assert client.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "md5", "value": more.md5}]},
                       headers=hdr).json()["added"] == 1
    assert _count(db, BankEntryRow) == 4
    w = client.post("/v1/cases/me/withdraw", headers=hdr).json()
    assert w == {"status": "withdrawn", "hashes_withdrawn": 4}
    assert _count(db, BankEntryRow) == 0
    me = client.get("/v1/cases/me", headers=hdr).json()
    assert me["status"] == "withdrawn" and me["hashes"] == {}
    assert client.post("/v1/cases/me/hashes", json={"hashes": [{"signal_type": "md5", "value": more.md5}]},
                       headers=hdr).status_code == 409


def test_case_secrets_are_stored_only_as_hashes(client, app_db):
    _, db = app_db
    case = client.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "a" * 32}]}).json()
    from nciiguard.casework.models import CaseRow

    with db.session() as s:
        row = s.execute(select(CaseRow)).scalar_one()
        stored = json.dumps({c.name: str(getattr(row, c.name)) for c in CaseRow.__table__.columns})
        audit = json.dumps([r.to_dict() for r in AuditLog().records(s)])
    digits = "".join(ch for ch in case["case_number"] if ch.isalnum())
    for secret in (case["pin"], case["case_number"], digits):
        assert secret not in stored and secret not in audit
    assert row.pin_hash.startswith("scrypt$")


def test_wrong_pin_locks_case(client):
    case = client.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "b" * 32}]}).json()
    bad = {"X-Case-Number": case["case_number"], "X-Case-Pin": "00000000" if case["pin"] != "00000000" else "11111111"}
    for _ in range(4):
        assert client.get("/v1/cases/me", headers=bad).status_code == 401
    locked = client.get("/v1/cases/me", headers=bad)
    assert locked.status_code == 423 and int(locked.headers["Retry-After"]) > 0
    good = {"X-Case-Number": case["case_number"], "X-Case-Pin": case["pin"]}
    assert client.get("/v1/cases/me", headers=good).status_code == 423  # locked even for the right PIN
    assert client.get("/v1/cases/me", headers={"X-Case-Number": "NG-AAAA-BBBB-CCCC", "X-Case-Pin": "1"}).status_code == 401
    assert client.get("/v1/cases/me").status_code == 401


def test_case_with_bad_hash_writes_nothing(client, app_db):
    _, db = app_db
    from nciiguard.casework.models import CaseRow

    r = client.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "c" * 32},
                                                  {"signal_type": "pdq", "value": "zz"}]})
    assert r.status_code == 422
    assert _count(db, CaseRow) == 0 and _count(db, BankEntryRow) == 0


# -- admin: keys and banks -----------------------------------------------------------------------------
def test_banks_admin_round_trip(client, keys):
    a = auth(keys["admin"])
    assert client.post("/v1/banks", json={"name": "partner-pdq", "signal_type": "pdq", "purpose": "confirmed"},
                       headers=a).status_code == 201
    assert client.post("/v1/banks", json={"name": "partner-pdq", "signal_type": "pdq", "purpose": "confirmed"},
                       headers=a).status_code == 409
    assert client.post("/v1/banks", json={"name": "x", "signal_type": "sha1", "purpose": "confirmed"},
                       headers=a).status_code == 422
    rec = hash_image(synthetic_png(40))
    rep = client.post("/v1/banks/partner-pdq/entries", json={"entries": [{"value": rec.pdq}, {"value": "bad"}]},
                      headers=a).json()
    assert rep["added"] == 1 and rep["errors"] == 1
    csv_body = "signal_type,signal_value\npdq," + hash_image(synthetic_png(41)).pdq + "\npdq,nothex\n"
    imp = client.post("/v1/banks/partner-pdq/import", files={"file": ("h.csv", csv_body.encode(), "text/csv")},
                      data={"format": "csv"}, headers=a).json()
    assert imp["added"] == 1 and imp["errors"] == 1
    exp = client.get("/v1/banks/partner-pdq/export", params={"format": "csv"}, headers=a)
    assert exp.status_code == 200 and rec.pdq in exp.text and exp.text.startswith("signal_type")
    banks = client.get("/v1/banks", headers=a).json()["banks"]
    assert [b["entries"] for b in banks if b["name"] == "partner-pdq"] == [2]
    assert client.get("/v1/banks/nope", headers=a).status_code == 404
    entries = client.get("/v1/banks/partner-pdq/entries", headers=a).json()["entries"]
    assert client.post("/v1/banks/withdraw", json={"entry_id": entries[0]["id"]}, headers=a).json() == {"deleted": 1}
    assert client.post("/v1/banks/withdraw", json={}, headers=a).status_code == 422
    al = client.post("/v1/allow-list", json={"signal_type": "pdq", "value": rec.pdq}, headers=a)
    assert al.status_code == 201 and al.json()["purpose"] == "allow"
    # platform and moderator keys cannot manage banks
    assert client.get("/v1/banks", headers=auth(keys["platform"])).status_code == 403
    assert client.get("/v1/banks", headers=auth(keys["moderator"])).status_code == 403


def test_keys_endpoints(client, keys):
    a = auth(keys["admin"])
    r = client.post("/v1/keys", json={"name": "acme", "role": "platform"}, headers=a)
    assert r.status_code == 201
    new = r.json()["key"]
    listed = client.get("/v1/keys", headers=a).json()["keys"]
    assert new not in json.dumps(listed) and any(k["name"] == "acme" for k in listed)
    assert client.post("/v1/screen/prompt", json={"prompt": "hi"}, headers=auth(new)).status_code == 200
    kid = r.json()["key_id"]
    assert client.delete(f"/v1/keys/{kid}", headers=a).json()["revoked_at"]
    assert client.post("/v1/screen/prompt", json={"prompt": "hi"}, headers=auth(new)).status_code == 401
    assert client.post("/v1/keys", json={"name": "x", "role": "root"}, headers=a).status_code == 422
    assert client.get("/v1/keys", headers=auth(keys["platform"])).status_code == 403


def test_failed_confirm_leaves_item_pending(client, keys):
    a, m, p = auth(keys["admin"]), auth(keys["moderator"]), auth(keys["platform"])
    client.post("/v1/banks", json={"name": "confirmed-pdq", "signal_type": "pdq", "purpose": "allow"}, headers=a)
    rec = hash_image(synthetic_png(90))
    item = client.post("/v1/reports", json={"hashes": [{"signal_type": "pdq", "value": rec.pdq}], "content_id": "z"},
                       headers=p).json()["review_item"]
    r = client.post(f"/v1/review/{item}/decision", json={"decision": "confirm"}, headers=m)
    assert r.status_code == 422
    assert client.get(f"/v1/review/{item}", headers=m).json()["status"] == "pending"
