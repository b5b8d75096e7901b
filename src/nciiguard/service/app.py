"""The FastAPI application: ``create_app(config, ...)``.

Everything under ``/v1``; ``/healthz`` (the process is up) and ``/readyz`` (the database answers
and its schema is current) at the root; OpenAPI at ``/v1/openapi.json`` and docs at ``/v1/docs``.

Privacy: nothing here logs request bodies, prompts, image bytes, PINs, case numbers or keys.
Secrets travel in headers (``X-API-Key`` / ``Authorization: Bearer``, ``X-Case-Number`` /
``X-Case-Pin``, ``X-Takedown-Token``), never in URLs, so access logs cannot capture them.
Unexpected errors become a generic 500 with an error id; the log gets the id, the exception type
and the stack frames, never the exception message (it could quote content).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI

from ..config import Config
from ..errors import ConfigError
from .errors import error_response, install_errors
from .settings import ServiceConfig
from .state import Service

log = logging.getLogger("nciiguard.service")


def create_app(config: Config | None = None, *, service_config: ServiceConfig | None = None,
               policy: Any = None, guard: Any = None, db: Any = None, migrate: bool = True,
               registry: Any = "auto") -> FastAPI:
    """Build the app. Opens (and migrates) the database from ``config`` unless ``db`` is given;
    builds one Guard for the app with the bank matcher (and likeness registry) as its resources."""
    from ..blas_threads import limit_blas_threads

    try:  # small matrix products: a BLAS pool per core only spins (nciiguard.blas_threads)
        log.info("%s", limit_blas_threads())
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    from ..access.keys import KeyStore
    from ..banks import BankMatcher, BankStore
    from ..casework import AppealDesk, CaseStore, ReviewQueue, TakedownDesk
    from ..signals.base import Resources
    from ..access.concurrency import ConcurrencyLimiter
    from ..access.ratelimit import make_limiter

    config = config or Config.load()
    settings = service_config or ServiceConfig.load()
    owns_db = db is None
    if db is None:
        from ..store import Database

        # An unreachable database is a configuration error in one line (ConfigError), not a
        # traceback from inside the migrations.
        db = Database(config.url)
        try:
            db.check_connection()
        except ConfigError:
            db.dispose()
            raise
        if migrate:
            db.migrate()
    elif migrate:
        db.migrate()
    # Every audited change this app commits moves the signed head outside the database.
    from ..audit.anchor import register as anchor_audit

    anchor_audit(config, db.url)
    if guard is None:
        from ..guard import Guard

        if registry == "auto":
            # The library's store-backed resources over the same database: one match index and one
            # registry snapshot shared by the Guard's signals and the service's endpoints.
            from ..resources import StoreResources

            resources = StoreResources(config, db=db)
            matcher, registry = resources.banks, _registry(resources)
        else:
            matcher = BankMatcher(BankStore(db, actor="service"))
            resources = Resources(banks=matcher, likeness=registry, protected_names=registry)
        guard = Guard(policy, config=config, resources=resources, shadow=settings.shadow_policy)
    else:
        matcher = getattr(guard.resources, "banks", None) or BankMatcher(BankStore(db, actor="service"))
        if registry == "auto":
            registry = getattr(guard.resources, "likeness", None)
    desk = TakedownDesk(db, hours=settings.takedown_hours, max_distance=settings.max_distance,
                        survivor_prefix=settings.survivor_bank_prefix, matcher=matcher)
    svc = Service(
        config=config, settings=settings, db=db, guard=guard, matcher=matcher,
        keys=KeyStore(db, cache_seconds=settings.key_cache_seconds),
        cases=CaseStore(db, log_n=settings.scrypt_log_n, max_failures=settings.pin_max_failures,
                        lock_minutes=settings.pin_lock_minutes, survivor_prefix=settings.survivor_bank_prefix,
                        max_case_hashes=settings.case_max_hashes, matcher=matcher),
        desk=desk, review=ReviewQueue(db, confirmed_prefix=settings.confirmed_bank_prefix, desk=desk),
        appeals=AppealDesk(db, window_days=settings.appeal_window_days),
        buckets=make_limiter(settings, db), slots=ConcurrencyLimiter(settings.max_concurrent_per_key),
        registry=registry, owns_db=owns_db,
    )
    _attach_webhooks(svc)

    if getattr(guard, "shadow", None) is not None:
        from ..shadow import ShadowStore
        from ..shadow.store import PeriodicFlush

        guard.shadow_surface = "service"
        guard.on_shadow = PeriodicFlush(ShadowStore(db), settings.shadow_flush_seconds)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if svc.webhook_worker is not None:
            svc.webhook_worker.start()
        yield
        if svc.webhook_worker is not None:
            svc.webhook_worker.stop()
        _flush_shadow(svc)
        svc.guard.close()
        if svc.owns_db:
            svc.db.dispose()

    from .. import __version__

    app = FastAPI(
        title="nciiguard", version=__version__, lifespan=lifespan,
        description="Screen prompts and images for non-consensual intimate imagery, match hash banks, "
                    "take survivor cases and removal requests, and review matches.",
        openapi_url="/v1/openapi.json", docs_url=None, redoc_url=None,
    )
    app.state.svc = svc
    from . import docs_page  # Swagger UI from a package, not a CDN

    docs_page.install(app, "/v1/openapi.json")
    from .schemas import install_record_schemas  # the decision record's JSON Schema (nciiguard.records)

    install_record_schemas(app)
    install_errors(app)
    from .middleware import BodyLimitMiddleware, CatchAllMiddleware

    app.add_middleware(BodyLimitMiddleware, json_limit=settings.max_json_bytes, upload_limit=settings.max_upload_bytes)
    app.add_middleware(CatchAllMiddleware)

    from .routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router, prefix="/v1")
    from .pages import router as pages_router  # survivor portal and review queue (HTML + static files)
    app.include_router(pages_router)
    if registry is not None:
        from .routes import registry as registry_routes

        app.include_router(registry_routes.router, prefix="/v1")

    heads = _heads()

    @app.get("/healthz", tags=["health"], summary="The process is up")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], summary="Every configured capability works: the database answers and "
             "is migrated, the likeness registry's templates open with the configured key, every signal loads",
             responses={503: {"description": "not ready: `error.message` names what is missing, "
                                             "`error.details` lists every check"}})
    def readyz():
        from ..readiness import readiness

        registry = svc.registry if svc.registry is not None else getattr(svc.guard.resources, "likeness", None)
        checks = readiness(svc.db, svc.guard, registry, heads=heads)
        hooks = svc.webhooks.readiness() if svc.webhooks is not None and checks[0].ok else None
        if hooks is not None:
            checks.append(hooks)
        failed = [c for c in checks if not c.ok]
        if failed:
            return error_response(503, "not_ready", "; ".join(f"{c.name}: {c.detail}" for c in failed),
                                  details=[c.to_dict() for c in checks])
        return {"status": "ready", "policy": {"name": svc.guard.policy.profile.name,
                                              "version": svc.guard.policy.profile.version}}

    return app


def _attach_webhooks(svc: "Service") -> None:
    """The webhook store, and (unless turned off) a delivery thread started with the app."""
    from ..actions import Deliverer, DeliveryWorker, WebhookStore
    from ..actions.settings import allow_list, retry_policy

    st = svc.settings
    key = svc.config.registry_key  # seals the signing secrets (docs/webhooks.md)
    svc.webhooks = WebhookStore(svc.db, key=key, allow=allow_list(st), cache_seconds=st.key_cache_seconds)
    if st.webhook_worker:
        svc.webhook_worker = DeliveryWorker(Deliverer(svc.db, key=key, policy=retry_policy(st), allow=allow_list(st)),
                                            poll=st.webhook_poll_seconds, keep_days=st.webhook_keep_days)
        svc.webhooks.on_enqueue = svc.webhook_worker.wake


def _flush_shadow(svc: "Service") -> None:
    """Write the last shadow counts at shutdown (they are otherwise written every few seconds)."""
    if getattr(svc.guard, "shadow_tally", None) is None:
        return
    from ..shadow import ShadowStore

    try:
        svc.guard.shadow_tally.flush_to(ShadowStore(svc.db))
    except Exception as exc:  # noqa: BLE001 - shutdown goes on; the counts are lost, not the service
        log.warning("could not write the shadow counts at shutdown: %s", type(exc).__name__)


def _heads() -> set[str]:
    from alembic.script import ScriptDirectory

    from ..store.db import alembic_config

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def _registry(resources):
    """The likeness registry of the store resources (None if it cannot be opened here)."""
    try:
        return resources.likeness
    except ImportError:
        return None
