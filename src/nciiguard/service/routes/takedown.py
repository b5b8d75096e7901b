"""Removal requests: intake (no key), status for the requester (token or case), and the
platform/moderator steps (list, overdue, decision, removal, sweep)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.security import APIKeyHeader

from ..errors import ApiError
from ...access.keys import Principal
from ..deps import optional_case, require, svc, throttle_address
from ..schemas import RemovalIn, TakedownDecisionIn, TakedownIn
from ...casework.takedown import IncompleteRequest, TakedownConflict, TakedownNotFound

router = APIRouter(tags=["takedowns"])
_token_header = APIKeyHeader(name="X-Takedown-Token", auto_error=False, scheme_name="TakedownToken",
                             description="the status token given once when the request was filed")
_REF = r"^[0-9a-f]{32}$"


def _conflict(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except TakedownNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except TakedownConflict as exc:
        raise ApiError(409, "conflict", str(exc)) from None


@router.post("/takedowns", status_code=201, summary="File a removal request",
             responses={422: {"description": "malformed, or missing a required element (see details)"},
                        429: {"description": "too many requests from this address"}})
def file_takedown(body: TakedownIn, request: Request, case=Depends(optional_case)) -> dict:
    throttle_address(request, "takedown", 1.0)
    s = svc(request)
    try:
        token, row = s.desk.intake(body, case=case, actor=f"case:{case.ref}" if case else "requester")
    except IncompleteRequest as exc:
        raise ApiError(422, "incomplete_request", str(exc), details=exc.missing) from None
    except TakedownConflict as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    out = s.desk.requester_view(row)
    out.update({"token": token, "notice": "Keep this token: it is shown once and lets you check the status of "
                                          "your request (header X-Takedown-Token)."})
    return out


@router.get("/takedowns/status", summary="Status of your removal request (header X-Takedown-Token)",
            responses={401: {"description": "no token"}, 404: {"description": "unknown token"}})
def takedown_status(request: Request, token: str | None = Depends(_token_header)) -> dict:
    if not token:
        raise ApiError(401, "unauthorized", "give the request's token in the X-Takedown-Token header")
    throttle_address(request, "tdstatus", 0.2)
    try:
        row = svc(request).desk.by_token(token[:200])
    except TakedownNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    return svc(request).desk.requester_view(row)


@router.get("/takedowns", summary="List removal requests (filter by status)")
def list_takedowns(request: Request,
                   status: Literal["received", "valid", "invalid", "removed"] | None = None,
                   limit: int = Query(100, ge=1, le=1000), after_id: int = Query(0, ge=0, le=2**62),
                   principal: Principal = Depends(require("takedown.read"))) -> dict:
    desk = svc(request).desk
    rows = desk.list(status=status, limit=limit, after_id=after_id)
    return {"takedowns": [{"id": r.id, **desk.full_view(r)} for r in rows]}


@router.get("/takedowns/overdue", summary="Open requests past their 48-hour deadline, oldest deadline first")
def overdue_takedowns(request: Request, limit: int = Query(100, ge=1, le=1000),
                      principal: Principal = Depends(require("takedown.read"))) -> dict:
    desk = svc(request).desk
    return {"takedowns": [{"id": r.id, **desk.full_view(r)} for r in desk.list(overdue=True, limit=limit)]}


@router.get("/takedowns/{ref}", summary="One removal request, in full")
def get_takedown(request: Request, ref: str = Path(..., pattern=_REF),
                 principal: Principal = Depends(require("takedown.read"))) -> dict:
    desk = svc(request).desk
    return desk.full_view(_conflict(desk.get, ref))


@router.post("/takedowns/{ref}/decision", summary="Validity decision by a moderator (stops the clock if invalid)")
def decide_takedown(body: TakedownDecisionIn, request: Request, ref: str = Path(..., pattern=_REF),
                    principal: Principal = Depends(require("takedown.decide"))) -> dict:
    desk = svc(request).desk
    return desk.full_view(_conflict(desk.decide, ref, valid=body.valid, reason=body.reason, actor=principal.actor))


@router.post("/takedowns/{ref}/removal", summary="The platform confirms it removed the content")
def confirm_removal(body: RemovalIn, request: Request, ref: str = Path(..., pattern=_REF),
                    principal: Principal = Depends(require("takedown.removal"))) -> dict:
    desk = svc(request).desk
    locs = [loc.model_dump(exclude_none=True) for loc in body.locations]
    return desk.full_view(_conflict(desk.confirm_removal, ref, locations=locs, note=body.note,
                                    actor=principal.actor))


@router.post("/takedowns/{ref}/sweep",
             summary="Sweep banks and reported content for identical and near-identical copies")
def sweep_takedown(request: Request, ref: str = Path(..., pattern=_REF),
                   principal: Principal = Depends(require("takedown.sweep"))) -> dict:
    desk = svc(request).desk
    return desk.full_view(_conflict(desk.sweep, ref, actor=principal.actor))
