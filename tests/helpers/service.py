"""The service app on a real database and a real Guard, for tests/service (and its HTTP tests).

No mocks: requests go through FastAPI, SQLAlchemy and the banks. Imports of the service stay
inside the functions so that importing this module costs nothing.
"""

from __future__ import annotations

from .profiles import LIGHT_SERVICE_PROFILE

PROFILE = LIGHT_SERVICE_PROFILE

#: Fast scrypt for tests (the production default is 2**15); generous rate limits unless a test lowers them.
FAST = dict(scrypt_log_n=10, rate_public={"rate": 1000, "burst": 1000}, key_cache_seconds=0)


def make_app(db_url: str, tmp_path, *, registry=None, registry_key=None, policy=PROFILE, **settings):
    """(app, db): the real app on ``db_url``; ``settings`` override ServiceConfig fields of FAST."""
    from nciiguard import Config
    from nciiguard.service import ServiceConfig, create_app
    from nciiguard.store import open_database

    config = Config(data_dir=tmp_path, database_url=db_url, workers=0, registry_key=registry_key)
    db = open_database(db_url)
    app = create_app(config, service_config=ServiceConfig(**{**FAST, **settings}), policy=policy, db=db,
                     migrate=False, registry=registry)
    return app, db


def auth(key: str) -> dict:
    """Request headers carrying an API key."""
    return {"X-API-Key": key}
