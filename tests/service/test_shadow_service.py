"""The service with a shadow policy (setting ``shadow_policy``), over real HTTP on loopback:
answers are the enforcing profile's, the candidate's disagreements land in shadow_counts (codes,
never text) and ``nciiguard shadow report`` reads them."""

from __future__ import annotations

import json

import httpx
import pytest
import yaml

from helpers.cli import run_cli
from helpers.net import ThreadedServer
from helpers.profiles import LIGHT_SERVICE_PROFILE
from helpers.records import check_screening_answer
from helpers.service import make_app

CANDIDATE = {**LIGHT_SERVICE_PROFILE, "name": "candidate", "version": "2",
             "rules": [dict(r, action="block") if r["id"] == "sexual" else r for r in LIGHT_SERVICE_PROFILE["rules"]]}


def _serve(db_url, tmp_path, **settings):
    app, db = make_app(db_url, tmp_path, **settings)
    srv = ThreadedServer(app, log_level="warning").start()
    return app, db, srv


def test_service_shadow_counts_disagreements_without_changing_answers(db_url, tmp_path):
    path = tmp_path / "candidate.yaml"
    path.write_text(yaml.safe_dump(CANDIDATE))
    prompts = ["a watercolour of a lighthouse", "SHADOW-HTTP-MARKER a naked woman, explicit porn", "a cat"]
    answers = {}
    for label, settings in (("plain", {}), ("shadow", {"shadow_policy": str(path), "shadow_flush_seconds": 3600})):
        app, db, srv = _serve(db_url, tmp_path / label, **settings)
        try:
            key = app.state.svc.keys.create("p", "platform")[0]
            mod = app.state.svc.keys.create("m", "moderator")[0]
            with httpx.Client(base_url=srv.url, headers={"X-API-Key": key}, timeout=30, event_hooks={"response": [check_screening_answer]}) as c:
                single = [c.post("/v1/screen/prompt", json={"prompt": p}).json() for p in prompts]
                batch = c.post("/v1/screen/prompt", json={"input": prompts}).json()["results"]
                assert c.get("/v1/shadow/report").status_code == 403  # platform keys do not see it
                live = c.get("/v1/shadow/report", headers={"X-API-Key": mod}).json()
                if label == "shadow":
                    assert live["shadow_policy"] == "candidate@2"
                    assert [(r["screened"], r["disagreements"]) for r in live["reports"]] == [(6, 2)]
                else:
                    assert live == {"shadow_policy": None, "reports": []}
            answers[label] = [{k: r[k] for k in ("action", "reasons", "policy")} for r in single + batch]
        finally:
            srv.stop()  # shutdown writes the counts (the flush interval is an hour here)
        if label == "shadow":
            with db.session() as s:
                rows = [dict(r._mapping) for r in s.execute(__import__("sqlalchemy").text("select * from shadow_counts"))]
            db.dispose()
        else:
            db.dispose()
    assert answers["shadow"] == answers["plain"]  # enforcement unchanged
    assert answers["plain"][1]["action"] == "review" and answers["plain"][0]["action"] == "allow"
    assert sum(r["count"] for r in rows) == 6  # written once (by the report), not again at shutdown
    changed = [r for r in rows if r["enforced_action"] != r["candidate_action"]]
    assert [(r["enforced_action"], r["candidate_action"], r["count"]) for r in changed] == [("review", "block", 2)]
    assert {r["surface"] for r in rows} == {"service"} and changed[0]["candidate_rules"] == "sexual"
    assert "SHADOW-HTTP-MARKER" not in json.dumps(rows, default=str)
    code, out, err = run_cli("--database-url", db_url, "shadow", "report", "--json")
    assert code == 0, err
    [rep] = json.loads(out)
    assert (rep["enforcing"], rep["candidate"], rep["screened"], rep["disagreements"]) == (
        "service_test@1", "candidate@2", 6, 2)
    assert rep["changes"] == [{"enforced": "review", "candidate": "block", "count": 2}]


def test_shadow_policy_setting_is_validated():
    from nciiguard.errors import ConfigError
    from nciiguard.service import ServiceConfig

    with pytest.raises(ConfigError, match="shadow_policy"):
        ServiceConfig.load({"NCIIGUARD_SERVICE_SHADOW_POLICY": "no-such-profile"})
    with pytest.raises(ConfigError, match="shadow_flush_seconds"):
        ServiceConfig.load({"NCIIGUARD_SERVICE_SHADOW_FLUSH_SECONDS": "-1"})
    assert ServiceConfig.load({"NCIIGUARD_SERVICE_SHADOW_POLICY": "sfw"}).shadow_policy == "sfw"
