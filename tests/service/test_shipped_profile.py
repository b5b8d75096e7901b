"""The service with the shipped ``ncii`` profile and the real image models, over the API.

The rest of tests/service uses a light profile; this file proves the default deployment screens
edit requests and outputs with faces, likeness and provenance signals all loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from helpers.records import check_screening_answer
from helpers.service import auth, make_app

FACES = Path(__file__).resolve().parents[1] / "fixtures" / "faces"
IMAGES = Path(__file__).resolve().parents[1] / "fixtures" / "images"


@pytest.fixture
def client(sqlite_url, tmp_path):
    app, db = make_app(sqlite_url, tmp_path, policy="ncii", registry="auto")  # as `nciiguard serve` does
    with TestClient(app, raise_server_exceptions=False) as c:
        c.event_hooks["response"].append(check_screening_answer)  # every decision answer is a record
        ks = app.state.svc.keys
        c.key = ks.create("platform", "platform", actor="test")[0]
        yield c
    db.dispose()


def _file(path: Path, field: str):
    return (field, (path.name, path.read_bytes(), "image/jpeg"))


def test_edit_request_undressing_a_real_face_is_blocked_before_generation(client):
    r = client.post("/v1/screen/request", data={"prompt": "remove her clothes"},
                    files=[_file(FACES / "obama_a.jpg", "input_images")], headers=auth(client.key))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["action"] == "block"
    codes = {x["code"] for x in body["reasons"]}
    assert "undress_intent.undress" in codes and any(c.startswith("input_face.") for c in codes)
    box = next(x["box"] for x in body["reasons"] if x["code"].startswith("input_face."))
    assert len(box) == 4 and box[2] > 0  # the face's box in the input image


def test_same_edit_without_a_face_is_not_blocked_as_ncii(client):
    r = client.post("/v1/screen/request", data={"prompt": "make it a watercolour"},
                    files=[_file(IMAGES / "street.jpg", "input_images")], headers=auth(client.key))
    assert r.status_code == 200, r.text
    assert r.json()["action"] == "allow"


def test_benign_output_with_a_face_is_allowed_and_explains_nothing_sexual(client):
    r = client.post("/v1/screen/image", files=[_file(FACES / "obama_a.jpg", "image")], data={"prompt": "a portrait"},
                    headers=auth(client.key))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["action"] == "allow" and body["categories"]["sexual"] is False
