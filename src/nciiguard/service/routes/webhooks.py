"""Admin endpoints for webhooks (``keys`` permission): add/list/remove per API key, dead letters, replay.

Translation only: the work is in nciiguard.actions. The signing secret is in the answer to the
add call and nowhere else, ever.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import Field

from ...actions import WebhookNotFound
from ...errors import InputError
from ..errors import ApiError
from ...access.keys import Principal
from ..deps import require, svc
from ..schemas import Strict

router = APIRouter(tags=["webhooks"])
_KEY = Path(..., pattern=r"^[0-9a-f]{12}$")


class WebhookIn(Strict):
    url: str = Field(min_length=1, max_length=2000)
    events: list[Literal["match", "block", "review"]] = Field(min_length=1, max_length=3)


class ReplayIn(Strict):
    delivery_id: int | None = Field(default=None, ge=1, le=2**62)
    all_dead: bool = False


def _call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except WebhookNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except InputError as exc:
        raise ApiError(422, "invalid_input", str(exc)) from None


@router.post("/keys/{key_id}/webhooks", status_code=201,
             summary="Send this key's match/block/review events to a URL (the signing secret is shown once)")
def add_webhook(body: WebhookIn, request: Request, key_id: str = _KEY,
                principal: Principal = Depends(require("keys"))) -> dict:
    ep, secret = _call(svc(request).webhooks.add, key_id, body.url, body.events, actor=principal.actor)
    return {**ep.to_dict(), "secret": secret, "notice": "Store this secret now: it is shown only once."}


@router.get("/keys/{key_id}/webhooks", summary="List a key's webhooks (never their secrets)")
def list_webhooks(request: Request, key_id: str = _KEY, principal: Principal = Depends(require("keys"))) -> dict:
    return {"webhooks": [e.to_dict() for e in svc(request).webhooks.list(key_id)]}


@router.delete("/webhooks/{ref}", summary="Remove a webhook (its undelivered events are dropped)")
def remove_webhook(request: Request, ref: str = Path(..., pattern=r"^whk_[0-9a-f]{16}$"),
                   principal: Principal = Depends(require("keys"))) -> dict:
    return _call(svc(request).webhooks.remove, ref, actor=principal.actor).to_dict()


@router.get("/webhooks/deliveries", summary="Webhook deliveries (status, attempts, last error; no bodies)")
def deliveries(request: Request, status: Literal["pending", "delivered", "dead"] | None = Query(None),
               limit: int = Query(100, ge=1, le=1000), principal: Principal = Depends(require("keys"))) -> dict:
    return {"deliveries": svc(request).webhooks.deliveries(status=status, limit=limit)}


@router.post("/webhooks/replay", summary="Send a dead (or delivered) delivery again, or every dead one")
def replay(body: ReplayIn, request: Request, principal: Principal = Depends(require("keys"))) -> dict:
    if (body.delivery_id is None) == (not body.all_dead):
        raise ApiError(422, "invalid_request", "give delivery_id or all_dead: true (one of them)")
    n = _call(svc(request).webhooks.replay, body.delivery_id, all_dead=body.all_dead, actor=principal.actor)
    return {"replayed": n}
