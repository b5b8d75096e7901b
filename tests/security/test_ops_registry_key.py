"""Issue 11 item 10: a process without the registry key is not "ready", and fails closed per face.

Before: after one likeness enrolment (face templates, encrypted with the registry key), every image
with a face failed in any process without the key (503 over HTTP, a traceback in the library, exit
2 in the CLI) while ``/readyz`` said ready and ``selfcheck`` said all passed. Now ``/readyz`` and
``selfcheck`` fail and name the missing key; screening in that state is held for review with the
reason ``signal_error.likeness_match`` naming the key problem, never a 503 or a traceback.

Real face models (the ``image`` extra), a real registry on SQLite, real photos from
tests/fixtures/faces (public-domain portraits, benign).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

pytest.importorskip("dlib")

from fastapi.testclient import TestClient  # noqa: E402

from helpers.profiles import LIGHT_SERVICE_PROFILE  # noqa: E402
from helpers.service import auth, make_app  # noqa: E402
from nciiguard import Action, Config, Guard  # noqa: E402
from nciiguard.registry import Consent, LikenessRegistry, generate_key  # noqa: E402
from nciiguard.signals.base import Signal  # noqa: E402
from nciiguard.store import open_database  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "faces"


@pytest.fixture
def enrolled(tmp_path, monkeypatch):
    """(data dir, url, key): one person enrolled with a face template, by a process with the key."""
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY", raising=False)
    monkeypatch.delenv("NCIIGUARD_REGISTRY_KEY_FILE", raising=False)
    data = tmp_path / "data"
    url = f"sqlite:///{data / 'nciiguard.db'}"
    key = generate_key()
    db = open_database(url)
    LikenessRegistry(db, key=key).enrol("Barack Obama", photos=[FIX / "obama_a.jpg"],
                                         consent=Consent(by="the person"))
    db.dispose()
    return data, url, key


def _key_reason(decision):
    (reason,) = [r for r in decision.reasons if r.code == "signal_error.likeness_match"]
    return reason.evidence["error"]


def test_screening_a_face_without_the_key_is_held_for_review(enrolled):
    data, url, key = enrolled
    with Guard(config=Config(data_dir=data, database_url=url)) as guard:
        d = guard.screen_image(FIX / "obama_b.jpg")
    assert d.action is Action.REVIEW
    assert "no registry key configured" in _key_reason(d)
    # With the key, the same image is compared and matches the enrolled person.
    with Guard(config=Config(data_dir=data, database_url=url, registry_key=key)) as guard:
        d = guard.screen_image(FIX / "obama_b.jpg")
    assert not any(r.code.startswith("signal_error.") for r in d.reasons)
    (likeness,) = [r for r in d.results if r.signal == "likeness_match"]
    assert likeness.ok and [f.label for f in likeness.findings] == ["registered_face"]


def test_wrong_key_is_held_for_review_too(enrolled):
    data, url, _ = enrolled
    with Guard(config=Config(data_dir=data, database_url=url, registry_key=generate_key())) as guard:
        d = guard.screen_image(FIX / "obama_b.jpg")
    assert d.action is Action.REVIEW and "wrong registry key" in _key_reason(d)


def test_readyz_and_the_image_endpoint_without_the_key(enrolled):
    data, url, key = enrolled
    app, db = make_app(url, data, registry="auto", policy="ncii")
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.get("/readyz")
            assert r.status_code == 503, r.text
            err = r.json()["error"]
            assert err["code"] == "not_ready" and "likeness registry" in err["message"]
            assert "no registry key configured" in err["message"]
            assert {d["check"]: d["ok"] for d in err["details"]} == {
                "database": True, "likeness registry": False, "signals": True}
            platform = app.state.svc.keys.create("p", "platform")[0]
            with open(FIX / "obama_b.jpg", "rb") as f:
                r = c.post("/v1/screen/image", files={"image": ("a.jpg", f.read(), "image/jpeg")},
                           headers=auth(platform))
            assert r.status_code == 200, r.text  # was 503
            body = r.json()
            assert body["action"] == "review"
            assert "signal_error.likeness_match" in {x["code"] for x in body["reasons"]}
    finally:
        db.dispose()
    app, db = make_app(url, data, registry="auto", registry_key=key)
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            assert c.get("/readyz").status_code == 200
    finally:
        db.dispose()


class FailsToLoad(Signal):
    """A signal whose model cannot be loaded here (injected: a real model is never broken on purpose)."""

    name = "fails_to_load"
    modalities = frozenset({"text"})

    def load(self):
        raise RuntimeError("model file unreadable")

    def detect(self, ctx):
        return []


def test_readyz_names_a_signal_that_cannot_load(tmp_path):
    from nciiguard.signals.registry import DEFAULT_REGISTRY, using_default

    profile = {**LIGHT_SERVICE_PROFILE, "signals": {**LIGHT_SERVICE_PROFILE["signals"], "fails_to_load": {}}}
    # The service builds its Guard itself: the test's registry is the default while it does.
    with using_default(DEFAULT_REGISTRY.extended({"fails_to_load": FailsToLoad})):
        app, db = make_app(f"sqlite:///{tmp_path / 'x.db'}", tmp_path, policy=profile)
    try:
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.get("/readyz")
        assert r.status_code == 503
        assert ("signals: cannot load: fails_to_load (RuntimeError: model file unreadable)"
                in r.json()["error"]["message"])
    finally:
        db.dispose()


def test_selfcheck_fails_and_names_the_missing_key(enrolled):
    from nciiguard.cli import main

    data, url, _ = enrolled
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data), "--database-url", url, "selfcheck", "--json"], out, err)
    report = json.loads(out.getvalue())
    failed = [c for c in report["checks"] if not c["ok"]]
    assert code == 1 and not report["ok"]
    assert [c["check"] for c in failed] == ["likeness registry usable (templates open with the configured key)"]
    assert "no registry key configured" in failed[0]["detail"] and "NCIIGUARD_REGISTRY_KEY" in failed[0]["detail"]
