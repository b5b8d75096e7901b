"""Fixtures for the service tests: a real database, a real Guard, a real app.

The policy profile uses the real text signals and the real hash_match signal, so these tests do
not load the image models (tests that screen images build the app with the shipped profile).
No mocks: requests go through FastAPI, SQLAlchemy and the banks.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from _profiles import LIGHT_SERVICE_PROFILE

from nciiguard import Config
from nciiguard.service import ServiceConfig
from nciiguard.store import open_database

PROFILE = LIGHT_SERVICE_PROFILE

#: Fast scrypt for tests (the production default is 2**15); generous rate limits unless a test lowers them.
FAST = dict(scrypt_log_n=10, rate_public={"rate": 1000, "burst": 1000}, key_cache_seconds=0)


def make_app(db_url: str, tmp_path, *, registry=None, registry_key=None, policy=PROFILE, **settings):
    from nciiguard.service import create_app

    config = Config(data_dir=tmp_path, database_url=db_url, workers=0, registry_key=registry_key)
    db = open_database(db_url)
    app = create_app(config, service_config=ServiceConfig(**{**FAST, **settings}), policy=policy, db=db,
                     migrate=False, registry=registry)
    return app, db


def synthetic_png(seed: int = 0, size: int = 256) -> bytes:
    """A benign synthetic image with structure (PDQ quality well above the floor)."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
    img = Image.fromarray(base).resize((size, size), Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture
def app_db(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path)
    yield app, db
    db.dispose()


@pytest.fixture
def client(app_db):
    from fastapi.testclient import TestClient

    app, _ = app_db
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def keys(app_db):
    """One key per role: {"platform": key, "moderator": key, "admin": key}."""
    app, _ = app_db
    ks = app.state.svc.keys
    return {role: ks.create(f"test-{role}", role, actor="test")[0] for role in ("platform", "moderator", "admin")}


def auth(key: str) -> dict:
    return {"X-API-Key": key}
