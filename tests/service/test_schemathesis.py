"""Schemathesis against the service's OpenAPI: generated requests never produce a 500.

Bounded: a handful of examples per operation, no deadline (the whole module runs in well under a
minute on a laptop). Requests carry an admin key so they get past authentication and reach the
handlers; a second pass sends no key at all.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from helpers.service import make_app  # noqa: E402

FAST_LIMITS = {"rate_platform": {"rate": 1e6, "burst": 10**6}, "rate_admin": {"rate": 1e6, "burst": 10**6},
               "rate_moderator": {"rate": 1e6, "burst": 10**6}, "rate_public": {"rate": 1e6, "burst": 10**6}}


# Schemathesis builds its tests at import time, so the app is built here (in a temporary directory).
_TMP = Path(tempfile.mkdtemp(prefix="nciiguard-schemathesis-"))
_APP, _DB = make_app(f"sqlite:///{_TMP / 'st.db'}", _TMP, **FAST_LIMITS)
_KEY = _APP.state.svc.keys.create("schemathesis", "admin", actor="test")[0]
schema = schemathesis.openapi.from_asgi("/v1/openapi.json", _APP)


def teardown_module(module):
    _DB.dispose()
    shutil.rmtree(_TMP, ignore_errors=True)


@schema.parametrize()
@settings(max_examples=4, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck), database=None)
def test_no_server_errors(case):
    key = _KEY
    response = case.call(headers={"X-API-Key": key})
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:300])
    anonymous = case.call()
    assert anonymous.status_code < 500, (case.method, case.path, anonymous.status_code, anonymous.text[:300])
