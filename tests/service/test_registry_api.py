"""Likeness registry endpoints (admin) over the real LikenessRegistry and database."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from helpers.images import synthetic_png
from helpers.records import check_screening_answer
from helpers.service import PROFILE, auth, make_app
from nciiguard.audit import AuditLog
from nciiguard.registry import generate_key

# The test profile plus the real name signal, fed by the registry's aliases.
NAMES_PROFILE = {
    **PROFILE,
    "signals": {**PROFILE["signals"], "real_person_text": {}},
    "categories": {**PROFILE["categories"],
                   "real_person": {"from": [{"signal": "real_person_text", "min_score": 0.5}]}},
}


@pytest.fixture
def reg_client(sqlite_url, tmp_path):
    app, db = make_app(sqlite_url, tmp_path, registry="auto", registry_key=generate_key(), policy=NAMES_PROFILE)
    with TestClient(app, raise_server_exceptions=False) as c:
        c.event_hooks["response"].append(check_screening_answer)  # every decision answer is a record
        yield app, c, db
    db.dispose()


def test_enrol_list_alias_withdraw(reg_client):
    app, c, db = reg_client
    admin = app.state.svc.keys.create("a", "admin")[0]
    platform = app.state.svc.keys.create("p", "platform")[0]
    h = auth(admin)
    r = c.post("/v1/registry/people", data={"name": "Jordan Quillfeather", "consent_by": "Jordan Quillfeather",
                                            "aliases": ["J. Quillfeather"]}, headers=h)
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    assert r.json()["aliases"] == ["J. Quillfeather"] and r.json()["templates"] == 0
    assert [p["id"] for p in c.get("/v1/registry/people", headers=h).json()["people"]] == [pid]
    # the enrolled name now reaches prompt screening (the Guard shares the registry)
    d = c.post("/v1/screen/prompt", json={"prompt": "a portrait of Jordan Quillfeather"}, headers=auth(platform)).json()
    assert d["categories"]["real_person"] is True
    up = c.post(f"/v1/registry/people/{pid}/aliases", json={"add": ["Jordie Q"], "remove": ["J. Quillfeather"]},
                headers=h).json()
    assert up["aliases"] == ["Jordie Q"]
    assert c.post(f"/v1/registry/people/{pid}/aliases", json={"add": [], "oops": 1}, headers=h).status_code == 422
    gone = c.delete(f"/v1/registry/people/{pid}", headers=h)
    assert gone.status_code == 200 and gone.json()["deleted"]["aliases"] == 1
    assert c.get(f"/v1/registry/people/{pid}", headers=h).status_code == 404
    assert c.get("/v1/registry/people", headers=auth(platform)).status_code == 403
    with db.session() as s:
        actions = [r.action for r in AuditLog().records(s) if r.action.startswith("registry.")]
    assert "registry.enrol" in actions and "registry.withdraw" in actions


def test_bad_enrolment_is_4xx_and_writes_nothing(reg_client):
    app, c, _ = reg_client
    h = auth(app.state.svc.keys.create("a", "admin")[0])
    assert c.post("/v1/registry/people", data={"name": "A B"}, headers=h).status_code == 422  # no consent
    r = c.post("/v1/registry/people", data={"name": "A B", "consent_by": "A B", "consent_method": "guess"}, headers=h)
    assert r.status_code == 422
    # a photo without a face: refused before anything is written
    r = c.post("/v1/registry/people", data={"name": "Casey Example", "consent_by": "Casey Example"},
               files={"photos": ("p.png", synthetic_png(2), "image/png")}, headers=h)
    assert r.status_code == 422 and "no face" in r.json()["error"]["message"], r.text
    assert c.get("/v1/registry/people", headers=h).json()["people"] == []
