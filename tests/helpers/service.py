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


class BotService:
    """A real service on loopback for a chat bot's ``service:`` link, as the bot tests use it.

    The service's Guard runs ``policy`` on the default registry extended by ``signals`` (for the
    test only); ``bank_image`` is put in a confirmed survivor bank; the bot's platform key is in
    ``key_file``. :meth:`stop` takes the service away mid-test (a dead service);
    :meth:`appeals` starts it again and returns the moderators' appeals queue."""

    def __init__(self, request, db_url: str, tmp_path, *, policy, signals: dict, bank_image):
        import contextlib

        from nciiguard.banks import BankStore, hash_file
        from nciiguard.signals.registry import DEFAULT_REGISTRY, using_default

        from .net import ThreadedServer

        scope = contextlib.ExitStack()
        scope.enter_context(using_default(DEFAULT_REGISTRY.extended(signals)))
        request.addfinalizer(scope.close)
        self.app, self.db = make_app(db_url, tmp_path, policy=policy)
        request.addfinalizer(self.db.dispose)
        banks = BankStore(self.db, actor="test")
        banks.create_bank("survivors", "pdq", "confirmed")
        banks.add_record("survivors", hash_file(bank_image), case_id="C-7")
        self._server_type = ThreadedServer
        self.server = ThreadedServer(self.app, log_level="warning").start()
        request.addfinalizer(self.stop)
        keys = self.app.state.svc.keys
        self.key_file = tmp_path / "bot.key"
        self.key_file.write_text(keys.create("chat-bot", "platform")[0] + "\n")
        self.moderator_key = keys.create("mods", "moderator")[0]

    def link(self) -> dict:
        """The bot configuration's ``service:`` block."""
        return {"url": self.server.url, "key_file": str(self.key_file), "timeout_seconds": 5}

    def stop(self) -> None:
        self.server.stop()

    def appeals(self) -> dict:
        """The appeals queue as the service's moderators see it (``GET /v1/appeals``)."""
        import httpx

        srv = self._server_type(self.app, log_level="warning").start()
        try:
            r = httpx.get(f"{srv.url}/v1/appeals", headers=auth(self.moderator_key), timeout=30)
        finally:
            srv.stop()
        assert r.status_code == 200, r.text
        return r.json()
