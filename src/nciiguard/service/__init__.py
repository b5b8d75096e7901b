"""The HTTP service: FastAPI app under /v1 with API keys, survivor cases, takedowns and a review queue.

``create_app`` is imported lazily so ``import nciiguard.service`` does not import FastAPI until needed.
"""

from __future__ import annotations

from .settings import RateLimit, ServiceConfig

__all__ = ["RateLimit", "ServiceConfig", "create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(name)
