"""The service's JSON routes under ``/v1``, one module per area. ``ROUTERS`` is the order
``create_app`` mounts them in; the registry's routes are mounted only when a registry can be
opened (``routes.registry``)."""

from __future__ import annotations

from . import admin, appeals, cases, exchange, review, screen, shadow, takedown, webhooks

ROUTERS = [screen.router, cases.router, takedown.router, review.router, admin.router, appeals.router,
           shadow.router, webhooks.router, exchange.router]
