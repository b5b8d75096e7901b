"""Appeals: POST /v1/appeals, GET /v1/appeals/{ref}/status (the requester); GET /v1/appeals,
GET /v1/appeals/{ref}, POST /v1/appeals/{ref}/decision (moderators). See docs/appeals.md."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import Field

from ..errors import ApiError
from ...casework.appeals import AppealConflict, AppealNotFound
from ...access.keys import Principal
from ..deps import require, svc
from ..schemas import Strict

router = APIRouter(tags=["appeals"])

_REF = Path(..., min_length=1, max_length=40, pattern=r"^apl_[0-9a-f]{20}$")
_ERR = {401: {"description": "missing or wrong API key"}, 403: {"description": "role not allowed"},
        404: {"description": "no such decision or appeal (for this key)"},
        409: {"description": "already appealed or decided, or the appeal window closed"},
        422: {"description": "invalid input"}}


class AppealIn(Strict):
    #: The ``decision_id`` of a review or block answer this API key received.
    decision_id: str = Field(min_length=1, max_length=40, pattern=r"^dec_[0-9a-f]{24}$")
    #: Why the decision is wrong, in the requester's words (kept for the moderator; never logged).
    text: str = Field(min_length=1, max_length=2000)


class AppealDecisionIn(Strict):
    outcome: Literal["uphold", "overturn"]
    note: str = Field(default="", max_length=5000)
    #: With overturn: put the decision's image hashes on the allow-list (they never match again).
    allow_list: bool = False
    #: With overturn: note a false positive of the policy for retraining (codes only, no content).
    false_positive: bool = False


def _desk(request: Request):
    desk = getattr(svc(request), "appeals", None)
    if desk is None:
        raise ApiError(503, "not_configured", "appeals are not enabled on this service")
    return desk


@router.post("/appeals", status_code=201, responses=_ERR, summary="Appeal a review or block decision")
def create_appeal(body: AppealIn, request: Request, principal: Principal = Depends(require("screen"))) -> dict:
    try:
        return _desk(request).appeal(body.decision_id, body.text, key_id=principal.key_id, actor=principal.actor)
    except AppealNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except AppealConflict as exc:
        raise ApiError(409, "conflict", str(exc)) from None


@router.get("/appeals/{ref}/status", responses=_ERR, summary="The requester's view of an appeal")
def appeal_status(request: Request, ref: str = _REF, principal: Principal = Depends(require("screen"))) -> dict:
    try:
        return _desk(request).status(ref, key_id=principal.key_id)
    except AppealNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None


@router.get("/appeals", responses=_ERR, summary="The appeals queue, with each decision's reasons")
def list_appeals(request: Request, status: Literal["open", "upheld", "overturned"] | None = "open",
                 false_positive: bool | None = None, limit: int = Query(50, ge=1, le=500),
                 after_id: int = Query(0, ge=0, le=2**62),
                 principal: Principal = Depends(require("review"))) -> dict:
    return {"items": _desk(request).list(status=status, limit=limit, after_id=after_id,
                                         false_positive=false_positive)}


@router.get("/appeals/{ref}", responses=_ERR, summary="One appeal with its decision's reasons")
def get_appeal(request: Request, ref: str = _REF, principal: Principal = Depends(require("review"))) -> dict:
    try:
        return _desk(request).get(ref)
    except AppealNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None


@router.post("/appeals/{ref}/decision", responses=_ERR,
             summary="Uphold or overturn; an overturn can allow-list the image's hashes and note a false positive")
def decide_appeal(body: AppealDecisionIn, request: Request, ref: str = _REF,
                  principal: Principal = Depends(require("review"))) -> dict:
    try:
        return _desk(request).decide(ref, outcome=body.outcome, note=body.note, allow_list=body.allow_list,
                                     false_positive=body.false_positive, actor=principal.actor)
    except AppealNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except AppealConflict as exc:
        raise ApiError(409, "conflict", str(exc)) from None
