"""The moderator review queue: GET /v1/review, GET /v1/review/{id}, POST /v1/review/{id}/decision."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import ApiError
from ...access.keys import Principal
from ..deps import require, svc
from ...casework.review import ReviewConflict, ReviewNotFound
from ..schemas import ReviewDecisionIn

router = APIRouter(tags=["review"])


@router.get("/review", summary="Items awaiting review (hashes, content id/URL, scores, reasons; never images)")
def list_review(request: Request, status: Literal["pending", "confirmed", "rejected"] | None = "pending",
                kind: Literal["match", "report", "takedown"] | None = None,
                limit: int = Query(50, ge=1, le=500), after_id: int = Query(0, ge=0, le=2**62),
                principal: Principal = Depends(require("review"))) -> dict:
    return {"items": svc(request).review.list(status=status, kind=kind, limit=limit, after_id=after_id)}


@router.get("/review/{item_id}", summary="One review item")
def get_review(request: Request, item_id: int = Path(..., ge=1, le=2**62),
               principal: Principal = Depends(require("review"))) -> dict:
    try:
        return svc(request).review.get(item_id)
    except ReviewNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None


@router.post("/review/{item_id}/decision",
             summary="Confirm (hashes go to the confirmed bank) or reject (hashes go to the allow-list)")
def decide_review(body: ReviewDecisionIn, request: Request, item_id: int = Path(..., ge=1, le=2**62),
                  principal: Principal = Depends(require("review"))) -> dict:
    try:
        return svc(request).review.decide(item_id, decision=body.decision, note=body.note, actor=principal.actor)
    except ReviewNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except ReviewConflict as exc:
        raise ApiError(409, "conflict", str(exc)) from None
