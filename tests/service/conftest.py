"""Fixtures for the service tests: a real database, a real Guard, a real app.

The policy profile uses the real text signals and the real hash_match signal, so these tests do
not load the image models (tests that screen images build the app with the shipped profile).
No mocks: requests go through FastAPI, SQLAlchemy and the banks. The app factory, ``auth`` and
the synthetic images that tests import live in tests/helpers (never ``from conftest import``).
"""

from __future__ import annotations

import pytest
from helpers.service import make_app


@pytest.fixture
def app_db(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    yield app, db
    db.dispose()


@pytest.fixture
def client(app_db):
    from fastapi.testclient import TestClient

    from helpers.records import check_screening_answer

    app, _ = app_db
    with TestClient(app, raise_server_exceptions=False) as c:
        c.event_hooks["response"].append(check_screening_answer)  # every decision answer is a record
        yield c


@pytest.fixture
def keys(app_db):
    """One key per role: {"platform": key, "moderator": key, "admin": key}."""
    app, _ = app_db
    ks = app.state.svc.keys
    return {role: ks.create(f"test-{role}", role, actor="test")[0] for role in ("platform", "moderator", "admin")}
