"""Survivor cases: POST /v1/cases (no key; throttled per address), then the case number and PIN
in headers for GET /v1/cases/me, POST /v1/cases/me/hashes and POST /v1/cases/me/withdraw."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from .app import ApiError
from .deps import case_session, svc, throttle_address
from .schemas import CaseCreateIn, CaseHashesIn

router = APIRouter(tags=["cases"])

_ERR = {401: {"description": "wrong case number or PIN"}, 423: {"description": "case locked after wrong PINs"},
        429: {"description": "too many attempts from this address"}, 422: {"description": "invalid input"}}


def _pairs(hashes) -> list[dict]:
    return [h.model_dump(exclude_none=True) for h in hashes]


@router.post("/cases", status_code=201, responses=_ERR,
             summary="Open a case with hashes computed on your device; the case number and PIN are shown once")
def create_case(body: CaseCreateIn, request: Request) -> dict:
    throttle_address(request, "newcase", 2.0)
    number, pin, case, report = svc(request).cases.create(_pairs(body.hashes))
    return {"case_number": number, "pin": pin, "ref": case.ref, "status": case.status,
            "created_at": case.created_at.isoformat(), "hashes": report,
            "notice": "Write down the case number and PIN now: they are shown only this once and cannot be "
                      "recovered. Anyone with both can see and withdraw this case."}


@router.get("/cases/me", responses=_ERR, summary="Your case: status, hash counts and removal requests")
def get_case(request: Request, case=Depends(case_session)) -> dict:
    return svc(request).cases.summary(case)


@router.post("/cases/me/hashes", responses=_ERR, summary="Add more hashes to your case")
def add_case_hashes(body: CaseHashesIn, request: Request, case=Depends(case_session)) -> dict:
    if case.status != "open":
        raise ApiError(409, "case_withdrawn", "this case was withdrawn; open a new case to add hashes")
    return svc(request).cases.add_hashes(case, _pairs(body.hashes))


@router.post("/cases/me/withdraw", responses=_ERR,
             summary="Withdraw your case: its hashes are deleted from every bank")
def withdraw_case(request: Request, case=Depends(case_session)) -> dict:
    if case.status != "open":
        return {"status": "withdrawn", "bank_entries_deleted": 0}
    return svc(request).cases.withdraw(case)
